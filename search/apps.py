from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search: the index of every page in each language, the search page, suggestions."""

    name = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from search import signals  # connects to other apps' models, loaded only now

        signals.connect()
