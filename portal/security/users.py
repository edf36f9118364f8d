"""Who may manage whom in the admin.

Wagtail lets anyone holding `auth.change_user` edit every user, superusers included, tick
`is_superuser` and hand out any group. Here a user who is not a superuser may not create, edit,
promote, deactivate or delete a superuser, and may only give the groups they hold themselves.
The views and bulk actions check this on every request, not only by hiding form fields.
"""

from typing import TYPE_CHECKING

from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms import ModelMultipleChoiceField
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from portal.security.signed_in import SignedInRequest

# The mixins below are told, for type checking only, what they are mixed into.
if TYPE_CHECKING:
    from django.forms import ModelForm as _UserForm
    from django.views.generic.edit import FormMixin as _UserFormView
    from wagtail.users.views.bulk_actions.user_bulk_action import (
        UserBulkAction as _UserBulkAction,
    )
else:
    _UserForm = _UserFormView = _UserBulkAction = object


def may_manage(actor: User, target: User) -> bool:
    """Only a superuser may touch a superuser's account."""
    return actor.is_superuser or not target.is_superuser


def grantable_groups(actor: User) -> QuerySet[Group]:
    """The groups `actor` may give to someone: all for superusers, else the actor's own."""
    return Group.objects.all() if actor.is_superuser else actor.groups.all()


class RoleLimitedFormMixin(_UserForm):
    """Drops `is_superuser` for non-superusers and limits `groups` to the grantable ones.

    Groups the edited user already holds outside the actor's reach are kept, not removed.
    """

    def __init__(self, *args, actor: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.actor = actor
        if not actor.is_superuser:
            self.fields.pop("is_superuser", None)
        groups = self.fields.get("groups")
        if isinstance(groups, ModelMultipleChoiceField):
            groups.queryset = grantable_groups(actor)

    def clean_groups(self) -> list[Group]:
        chosen = list(self.cleaned_data.get("groups") or [])
        if self.instance.pk is None:
            return chosen
        kept = self.instance.groups.exclude(pk__in=grantable_groups(self.actor))
        return chosen + list(kept)


class PortalUserCreationForm(RoleLimitedFormMixin, UserCreationForm):
    pass


class PortalUserEditForm(RoleLimitedFormMixin, UserEditForm):
    pass


class ActorFormKwargsMixin(_UserFormView):
    request: SignedInRequest

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "actor": self.request.user}


class CreateView(ActorFormKwargsMixin, wagtail_users.CreateView):
    pass


class EditView(ActorFormKwargsMixin, wagtail_users.EditView):
    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        if not may_manage(request.user, self.object):
            raise PermissionDenied


class UserViewSet(wagtail_users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update: bool = False) -> type:
        return PortalUserEditForm if for_update else PortalUserCreationForm


class ManagedUsersOnlyMixin(_UserBulkAction):
    """A bulk action that leaves out the users the actor may not manage."""

    request: SignedInRequest

    def check_perm(self, obj: User) -> bool:
        return may_manage(self.request.user, obj) and super().check_perm(obj)


class PortalAssignRoleBulkAction(ManagedUsersOnlyMixin, AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = grantable_groups(self.request.user)
        return form


class PortalDeleteBulkAction(ManagedUsersOnlyMixin, DeleteBulkAction):
    pass


class PortalSetActiveStateBulkAction(ManagedUsersOnlyMixin, SetActiveStateBulkAction):
    pass


BULK_ACTIONS = [PortalAssignRoleBulkAction, PortalDeleteBulkAction, PortalSetActiveStateBulkAction]
