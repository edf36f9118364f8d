"""Admin forms: sharing a page, rescheduling a post, Page connections."""

from datetime import datetime, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from social import conf
from social.models import FacebookConnection, Health
from social.sharing import Share, normalise

LOCAL_TIME_HELP = _("Vietnam and Laos time (UTC+7). Leave empty to post now.")


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def _schedule_field(required: bool = False) -> forms.DateTimeField:
    # TIME_ZONE is Asia/Ho_Chi_Minh: Django reads the naive input as UTC+7, stores UTC.
    return forms.DateTimeField(
        label=_("Post at"),
        required=required,
        widget=LocalDateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=LOCAL_TIME_HELP,
    )


def validate_schedule(when: datetime | None) -> datetime:
    now = timezone.now()
    if when is None:
        return now
    # A minute's grace: the editor who picked "now" took a moment to press the button.
    if when < now - timedelta(minutes=1):
        raise forms.ValidationError(_("This time is in the past. Choose a later time."))
    if when > now + conf.schedule_window():
        raise forms.ValidationError(
            _("Posts can be scheduled at most %(days)d days ahead.")
            % {"days": conf.schedule_window().days}
        )
    return when


def message_field(initial: str = "") -> forms.CharField:
    return forms.CharField(
        label=_("Message"),
        initial=initial,
        required=False,
        max_length=conf.MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "data-social-count": conf.MESSAGE_MAX_LENGTH}),
    )


def clean_message(value: str) -> str:
    message = normalise(value or "")
    if not message:
        raise forms.ValidationError(_("Write a message: Facebook does not accept an empty post."))
    return message


class ShareForm(forms.Form):
    """Posts for every Facebook Page in one step: one message per Page, one time for all."""

    scheduled_at = _schedule_field()
    campaign = forms.CharField(
        label=_("Campaign"),
        required=False,
        max_length=100,
        help_text=_("Leave empty the first time; name a campaign to share the page again."),
    )

    def __init__(self, *args, shares: list[Share], page_is_live: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.shares, self.page_is_live = shares, page_is_live
        for share in shares:
            key = share.connection.pk
            usable = share.translated and share.connection.health != Health.BROKEN
            self.fields[f"include_{key}"] = forms.BooleanField(
                label=_("Post to %(page)s") % {"page": share.connection.name},
                required=False,
                initial=usable and share.existing is None,
                disabled=not usable,
            )
            self.fields[f"message_{key}"] = message_field(share.message)
            if share.image:
                self.fields[f"image_{key}"] = forms.BooleanField(
                    label=_("Post as a photo with the page's image"), required=False
                )

    def sections(self) -> list[dict]:
        """Each Facebook Page's fields and preview, for the template."""
        return [
            {
                "share": share,
                "include": self[f"include_{share.connection.pk}"],
                "message": self[f"message_{share.connection.pk}"],
                "image": self[f"image_{share.connection.pk}"] if share.image else None,
            }
            for share in self.shares
        ]

    def clean_scheduled_at(self):
        return validate_schedule(self.cleaned_data.get("scheduled_at"))

    def clean(self):
        cleaned = super().clean()
        if not self.page_is_live:
            raise forms.ValidationError(
                _("Only published pages can be shared: publish the page first.")
            )
        if not self.entries():
            raise forms.ValidationError(_("Choose at least one Facebook Page."))
        for share in self.shares:
            key = share.connection.pk
            if cleaned.get(f"include_{key}"):
                try:
                    cleaned[f"message_{key}"] = clean_message(cleaned.get(f"message_{key}"))
                except forms.ValidationError as error:
                    self.add_error(f"message_{key}", error)
        return cleaned

    def entries(self) -> list[tuple[Share, str, bool]]:
        data = self.cleaned_data
        return [
            (
                share,
                data.get(f"message_{share.connection.pk}", ""),
                bool(data.get(f"image_{share.connection.pk}")),
            )
            for share in self.shares
            if data.get(f"include_{share.connection.pk}")
        ]


class RescheduleForm(forms.Form):
    scheduled_at = _schedule_field()
    message = message_field()

    def clean_scheduled_at(self):
        return validate_schedule(self.cleaned_data.get("scheduled_at"))

    def clean_message(self):
        return clean_message(self.cleaned_data.get("message"))


class ConfirmPostedForm(forms.Form):
    permalink = forms.URLField(
        label=_("Address of the post on Facebook"),
        max_length=500,
        assume_scheme="https",
        help_text=_("Open the post on the Facebook Page and copy the address from the browser."),
    )


class ConnectionForm(forms.ModelForm):
    """A Facebook Page connection. The token is write-only: it is never shown again."""

    access_token = forms.CharField(
        label=_("Page access token"),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_(
            "Paste a long-lived Page access token. It is stored encrypted and never shown "
            "again; to rotate it, paste a new one. Leave empty to keep the current token."
        ),
    )

    class Meta:
        model = FacebookConnection
        fields = ["name", "page_id", "language", "active"]

    def clean_page_id(self):
        page_id = self.cleaned_data["page_id"].strip()
        if not page_id.isdigit():
            raise forms.ValidationError(_("A Facebook Page id is made of digits only."))
        return page_id

    def clean_access_token(self):
        token = self.cleaned_data["access_token"]
        if not token and not self.instance.sealed_token:
            raise forms.ValidationError(_("Paste the Page access token."))
        if token and (len(token) < 20 or any(char.isspace() for char in token)):
            raise forms.ValidationError(_("This does not look like a Facebook access token."))
        return token

    def save(self, commit: bool = True) -> FacebookConnection:
        connection = super().save(commit=False)
        if self.cleaned_data.get("access_token"):
            connection.set_token(self.cleaned_data["access_token"])
        if commit:
            connection.save()
        return connection
