"""Background indexing: publishing a long law must not wait for its Lao text to be segmented."""

from django_tasks import task

from search import indexing


@task()
def update_search_entries(page_ids: list[int]) -> int:
    return indexing.update_pages_by_id(page_ids)
