from django import forms
from django.conf import settings

from portal.text.normalise import MAX_QUERY_CHARS
from search.engine import Filters


class SearchForm(forms.Form):
    """The search page's query string. Values that make no sense are left out, never refused:
    the reader still gets a page of results (see SearchForm.filters)."""

    q = forms.CharField(required=False)
    section = forms.SlugField(required=False, max_length=32)
    document_type = forms.SlugField(required=False, max_length=64)
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    status = forms.SlugField(required=False, max_length=64)
    language = forms.ChoiceField(required=False, choices=[("", ""), *settings.LANGUAGES])
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, data) -> None:
        super().__init__(data)
        self.is_valid()

    @property
    def query(self) -> str:
        return " ".join((self.cleaned_data.get("q") or "").split())[:MAX_QUERY_CHARS]

    @property
    def filters(self) -> Filters:
        values = {name: self.cleaned_data.get(name) for name in Filters.names()}
        return Filters(**{name: value for name, value in values.items() if value not in ("", None)})

    @property
    def page_number(self) -> int:
        return self.cleaned_data.get("page") or 1

    @property
    def ignored(self) -> list[str]:
        """Parameters that were left out because their values made no sense."""
        return [name for name in self.errors if name != "page"]
