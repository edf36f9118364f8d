"""The ceiling for bench/serve.py: a WSGI app answering the portal's own bytes from memory.

TRIVIAL_PAGES names a JSON file {path: latin-1 text of the page's bytes}, written by
bench/serve.py from the portal's answers; gunicorn runs this app like the portal.
"""

import json
import os
from pathlib import Path

PAGES = {
    path: body.encode("latin-1")
    for path, body in json.loads(Path(os.environ["TRIVIAL_PAGES"]).read_text()).items()
}


def application(environ, start_response):
    body = PAGES.get(environ["PATH_INFO"])
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
    )
    return [body]
