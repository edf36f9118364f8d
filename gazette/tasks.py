"""Background reading of PDFs (see gazette/pdf_reading.py): one bounded step per run."""

from django_tasks import task

from gazette import pdf_reading


@task()
def read_pdf(pdf_text_id: int) -> bool:
    """One step for one document; the next step is queued behind the tasks already waiting."""
    more = pdf_reading.read_step(pdf_text_id)
    if more:
        queue(pdf_text_id)
    return more


def queue(pdf_text_id: int) -> None:
    read_pdf.enqueue(pdf_text_id)
