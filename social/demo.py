"""Demo Facebook Pages pointing at the local Graph API simulator (`make run` starts it).

The about page is shared to both on the first run, two minutes ahead (the simulator and
the worker are up by then): the queue shows the posts scheduled, then sent, with permalinks
into the simulator's feed page.
"""

from datetime import timedelta

from django.utils import timezone

from home.models import StandardPage
from social import sharing
from social.models import FacebookConnection

# Shared with the simulator command, so the demo tokens are ones it accepts.
DEMO_PAGES = [
    {
        "page_id": "100000000000001",
        "name": "Bộ Tư pháp (demo)",
        "language": "vi",
        "token": "EAAdemo-vi-page-token-accepted-by-the-simulator",
    },
    {
        "page_id": "100000000000002",
        "name": "ກະຊວງຍຸຕິທຳ (demo)",
        "language": "lo",
        "token": "EAAdemo-lo-page-token-accepted-by-the-simulator",
    },
]


def load(stdout) -> None:
    for page in DEMO_PAGES:
        connection = FacebookConnection.objects.filter(page_id=page["page_id"]).first()
        if connection is None:
            connection = FacebookConnection(page_id=page["page_id"])
            connection.set_token(page["token"])
        connection.name, connection.language = page["name"], page["language"]
        connection.save()
    about = StandardPage.objects.filter(slug_vi="gioi-thieu").first()
    if about is not None:
        shares = sharing.shares_for(about, campaign="demo")
        entries = [(share, share.message, False) for share in shares if share.translated]
        sharing.create_posts(
            about,
            entries,
            scheduled_at=timezone.now() + timedelta(minutes=2),
            campaign="demo",
            draft=False,
            user=None,
        )
    stdout.write(f"Facebook demo Pages: {', '.join(page['name'] for page in DEMO_PAGES)}")
