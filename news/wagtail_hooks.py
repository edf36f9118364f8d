from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news.taxonomy import LegalTopic, NewsCategory, NewsTag


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    ordering = ["slug"]


class NewsCategoryViewSet(TermViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"


class NewsTagViewSet(TermViewSet):
    model = NewsTag
    icon = "tag"


class LegalTopicViewSet(TermViewSet):
    model = LegalTopic
    icon = "help"


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 250
    items = (NewsCategoryViewSet, NewsTagViewSet, LegalTopicViewSet)


register_snippet(VocabularyGroup)
