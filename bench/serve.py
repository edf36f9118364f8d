"""Requests per second of the production stack, each as a ratio to a trivial-WSGI ceiling.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cache14_bench .venv/bin/python bench/serve.py
    .venv/bin/python bench/serve.py --seconds 5 --rounds 3     # longer, steadier

Starts the stack of deploy/ (deploy/local_stack.py: production settings, the demo content,
PostgreSQL when DATABASE_URL is set, in the database it names, made afresh and dropped
afterwards; "postgres" stands for h_perf_bench_serve): gunicorn with the page cache, the
same with it off (PAGE_CACHE_SECONDS=0: every request renders), nginx in front of the first, and
bench/trivial_wsgi.py under the same gunicorn settings answering each page's very bytes from
memory. Then, page by page and round by round (interleaved, so load from elsewhere touches
every target alike), `wrk` (Debian package) loads each target and the median req/s is
printed with its ratio to the ceiling. Goal (issue 14): cached ≥ 0.6 through gunicorn.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy import local_stack  # noqa: E402 (after the path is set)
from deploy.local_stack import LocalStack  # noqa: E402

NGINX, CACHED, UNCACHED, CEILING = 8580, 8581, 8582, 8583
WORKERS = 2
TARGETS = [
    ("ceiling", CEILING),
    ("cached gunicorn", CACHED),
    ("cached nginx", NGINX),
    ("uncached", UNCACHED),
]
# The language switcher's link to the Lao version of a page.
LAO_VERSION = re.compile(r'<a href="([^"]+)" lang="lo" hreflang="lo"')


def database_name() -> str:
    """The database DATABASE_URL names, so two benchmarks on one server do not share one."""
    name = urlsplit(os.environ.get("DATABASE_URL", "")).path.strip("/")
    return name if name and name != "postgres" else "h_perf_bench_serve"


def pages(stack: LocalStack) -> dict[str, str]:
    """Label -> path of the home page, a news article and a legal document, vi and lo."""
    index = local_stack.get(CACHED, "/vi/tin-tuc/").body.decode()
    # An article's slug has words joined by hyphens (the feed and page links have none).
    article = re.search(r'href="(/vi/tin-tuc/[a-z0-9]+-[^"/]+/)"', index).group(1)
    document = "/vi/van-ban-phap-luat/luat-dat-dai-2013/"
    found = {"home vi": "/vi/", "home lo": "/lo/"}
    for label, path in (("news article", article), ("legal document", document)):
        found[f"{label} vi"] = path
        html = local_stack.get(CACHED, path).body.decode()
        found[f"{label} lo"] = LAO_VERSION.search(html).group(1)
    return found


def requests_per_second(port: int, path: str, seconds: int) -> float:
    run = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=False,
    )
    output = run.stdout
    if run.returncode != 0 or "Non-2xx" in output:
        raise RuntimeError(f"errors from {port}{path}:\n{output}{run.stderr}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=3, help="wrk duration per measurement")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved passes (median)")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    with tempfile.TemporaryDirectory() as directory:
        stack = LocalStack(Path(directory), database_name(), NGINX)
        try:
            stack.prepare()
            stack.start_gunicorn(CACHED, WORKERS)
            stack.start_gunicorn(UNCACHED, WORKERS, PAGE_CACHE_SECONDS="0")
            stack.start_nginx(NGINX, CACHED)
            for port in (CACHED, UNCACHED, NGINX):
                stack.wait_for(port, "/vi/")
            measure(stack, Path(directory), options)
        finally:
            stack.stop()


def measure(stack: LocalStack, directory: Path, options: argparse.Namespace) -> None:
    found = pages(stack)
    bodies = {path: local_stack.get(CACHED, path).body.decode("latin-1") for path in found.values()}
    (directory / "pages.json").write_text(json.dumps(bodies))
    stack.start_gunicorn(
        CEILING, WORKERS, app="bench.trivial_wsgi", TRIVIAL_PAGES=str(directory / "pages.json")
    )
    stack.wait_for(CEILING, "/vi/")
    figures: dict[tuple[str, str], list[float]] = {}
    for _round in range(options.rounds):
        for label, path in found.items():
            for target, port in TARGETS:
                rate = requests_per_second(port, path, options.seconds)
                figures.setdefault((label, target), []).append(rate)
    print(
        f"wrk -t2 -c16, {options.seconds} s x {options.rounds} interleaved rounds, "
        f"gunicorn {WORKERS} sync workers each, load {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    header = "".join(f"{target:>22}" for target, _port in TARGETS)
    print(f"{'page':20}{'KiB':>6}{header}")
    for label, path in found.items():
        ceiling = statistics.median(figures[(label, "ceiling")])
        cells = []
        for target, _port in TARGETS:
            rate = statistics.median(figures[(label, target)])
            cells.append(f"{rate:>12.0f} ({rate / ceiling:5.3f})")
        print(f"{label:20}{len(bodies[path]) / 1024:>6.1f}" + "".join(f"{c:>22}" for c in cells))
    print("req/s (ratio to the ceiling: the same bytes from memory under the same gunicorn)")


if __name__ == "__main__":
    main()
