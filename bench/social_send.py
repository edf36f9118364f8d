"""Sends N due Facebook posts through W task workers to the local Graph API simulator.

Prints duplicates (posts that reached a simulated Page more than once: must be 0), posts
lost, throughput and the delay between each post's scheduled time and its send. Runs on
a scratch database it creates: PostgreSQL when DATABASE_URL is set (its database name gets
a `_bench` suffix, dropped and recreated), otherwise a temporary SQLite file.

    .venv/bin/python bench/social_send.py [--posts 1000] [--workers 2]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
APP_ID, APP_SECRET = "bench-app", "bench-app-secret"


def scratch_database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tempfile.mkdtemp(prefix='social-bench-')}/bench.sqlite3"
    import psycopg

    parts = urlsplit(url)
    name = parts.path.strip("/") + "_bench"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--faults",
        type=int,
        default=0,
        help="Per Page, this many answers are HTTP 500 after storing and as many hang after "
        "storing (read timeout 2 s); reconciliation must leave 0 duplicates.",
    )
    args = parser.parse_args()

    env = {
        **os.environ,
        # Production settings (DEBUG off, as the workers would run), with bench-only secrets.
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-secret-key",
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": scratch_database_url(),
        "FACEBOOK_APP_ID": APP_ID,
        "FACEBOOK_APP_SECRET": APP_SECRET,
        "GRAPH_API_READ_TIMEOUT": "2",
        # Look at the Page straight away; the simulator lists new posts at once.
        "SOCIAL_RECONCILE_DELAY_SECONDS": "0",
        "SOCIAL_LISTING_DELAY_SECONDS": "0",
        "SOCIAL_RETRY_BASE_DELAY_SECONDS": "0",
    }
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from social.simulator import GraphSimulator
    from social.simulator_http import SimulatorServer

    simulator = GraphSimulator(APP_ID, APP_SECRET)
    server = SimulatorServer(simulator)
    server.start_in_thread()
    env["GRAPH_API_BASE_URL"] = server.url
    try:
        run(args, env, simulator)
    finally:
        server.stop()


def run(args, env: dict, simulator) -> None:
    from django.utils import timezone
    from wagtail.models import Page

    from home.models import HomePage, StandardPage
    from social.models import FacebookConnection, SocialPost, State
    from social.tasks import send_post

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Bench", slug="bench-home"))
    page = home.add_child(instance=StandardPage(title="Tin", slug="tin", title_lo="ຂ່າວ"))
    connections = []
    for n, language in enumerate(["vi", "lo"]):
        page_id, token = f"90000000000000{n}", f"EAAbench-{language}-token-0000000000"
        simulator.add_page(page_id, language, token)
        connection = FacebookConnection(name=language, page_id=page_id, language=language)
        connection.set_token(token)
        connection.save()
        connections.append(connection)
        if args.faults:
            simulator.add_fault(
                endpoint="feed", page_id=page_id, action="error_after_store", times=args.faults
            )
            simulator.add_fault(
                endpoint="feed",
                page_id=page_id,
                action="hang_after_store",
                seconds=5,
                times=args.faults,
            )
    SocialPost.objects.bulk_create(
        SocialPost(
            page=page,
            connection=connections[n % 2],
            campaign=str(n),
            message=f"Tin số {n} · ຂ່າວທີ {n}",
            link=f"http://localhost/vi/tin/?n={n}",
            scheduled_at=timezone.now(),
        )
        for n in range(args.posts)
    )
    for pk in SocialPost.objects.values_list("pk", flat=True):
        send_post.enqueue(pk)

    started = timezone.now()
    SocialPost.objects.update(scheduled_at=started)
    clock = time.monotonic()
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"]
    workers = [
        subprocess.Popen([*command, "--no-reload", "-v0"], cwd=ROOT, env=env)
        for _ in range(args.workers)
    ]
    for worker in workers:
        worker.wait(timeout=1800)
    elapsed = time.monotonic() - clock

    sent = SocialPost.objects.filter(state=State.SENT)
    delays = sorted((post.sent_at - post.scheduled_at).total_seconds() for post in sent)
    on_pages = [post for c in connections for post in simulator.feed(c.page_id)]
    copies = Counter((post["page_id"], post["link"]) for post in on_pages)
    duplicates = sum(count - 1 for count in copies.values())
    print(f"posts: {args.posts}, workers: {args.workers}")
    print(
        f"sent: {sent.count()}, on the simulated Pages: {len(on_pages)}, "
        f"duplicates: {duplicates}, never posted: {args.posts - len(copies)}, "
        f"other states: {args.posts - sent.count()}"
    )
    print(f"elapsed: {elapsed:.1f} s, throughput: {sent.count() / elapsed:.1f} posts/s")
    print(
        f"delay after scheduled time: median {statistics.median(delays):.1f} s, "
        f"p95 {delays[int(len(delays) * 0.95) - 1]:.1f} s, max {delays[-1]:.1f} s"
    )
    print(f"Graph API calls answered: {simulator.calls}")


if __name__ == "__main__":
    main()
