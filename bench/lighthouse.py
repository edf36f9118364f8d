"""Lighthouse mobile scores of every public page type, in Vietnamese and in Lao.

    .venv/bin/python bench/lighthouse.py [--port 8401]

Builds a throw-away SQLite database in a temporary folder, loads the demo content
(`make run`'s), serves it with `runserver` on 127.0.0.1, and runs npm's Lighthouse 12
(`npm ci` installs it; 12.x runs on Node 20) on each page with Debian's Chromium, mobile
form factor and Lighthouse's default simulated throttling. Prints one table row per page:
performance, accessibility, best practices, SEO. A benchmark, not a test: the figures depend
on the machine. Search pages carry `noindex` on purpose, which Lighthouse's SEO score counts
against them.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8401)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("node_modules/.bin/lighthouse is missing: run `npm ci --ignore-scripts`")
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        }
        urls = demo_urls(env)
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{args.port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{args.port}"
            wait_for(base + "/vi/")
            print("| page | language | performance | accessibility | best practices | SEO |")
            print("|---|---|---|---|---|---|")
            for language, name, path in urls:
                scores = lighthouse(base + path)
                print(f"| {name} | {language} | " + " | ".join(map(str, scores)) + " |", flush=True)
        finally:
            server.terminate()
            server.wait()


def demo_urls(env: dict[str, str]) -> list[tuple[str, str, str]]:
    """Migrates, loads the demo content and lists its page addresses, in a child process
    (Django reads DATABASE_URL once, when its settings load)."""
    script = (
        "import json; from django.core.management import call_command; "
        "from tests.demo_pages import public_urls; "
        "call_command('migrate', interactive=False, verbosity=0); "
        "call_command('load_demo_content', verbosity=0); "
        "print(json.dumps([[code, name, path] for code in ('vi', 'lo') "
        "for name, path in public_urls(code).items()]))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [tuple(row) for row in json.loads(result.stdout.strip().splitlines()[-1])]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def lighthouse(url: str, attempts: int = 3) -> list[int]:
    """The four scores; a run that crashes (Chromium under load) is tried again."""
    for _ in range(attempts - 1):
        try:
            return _lighthouse_once(url)
        except subprocess.CalledProcessError:
            continue
    return _lighthouse_once(url)


def _lighthouse_once(url: str) -> list[int]:
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless --no-sandbox",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    return [round(report["categories"][name]["score"] * 100) for name in CATEGORIES]


if __name__ == "__main__":
    main()
