"""The simulator's HTTP side: a threaded stdlib server speaking the Graph API over a socket.

Besides the Graph endpoints (under /vNN.0/), it serves a page listing every simulated
Facebook Page's feed (/), the same as JSON (/_sim/state), and a small control API so tests
and benchmarks in other processes can script faults (POST /_sim/faults, /_sim/pages,
/_sim/engagement, /_sim/listing_delay; JSON bodies).
"""

import html
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from social.simulator import GraphSimulator, Reply

VERSION_SEGMENT = re.compile(r"^v\d+\.\d+$")


class SimulatorHandler(BaseHTTPRequestHandler):
    server: "SimulatorServer"
    protocol_version = "HTTP/1.1"
    # Headers and body leave in separate writes; with Nagle's algorithm and the client's
    # delayed ACK each answer would stall for ~40 ms.
    disable_nagle_algorithm = True

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def log_message(self, format, *args):
        # Quiet by default: the request line would carry query strings into the console.
        if self.server.verbose:
            super().log_message(format, *args)

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        simulator = self.server.simulator
        segments = url.path.strip("/").split("/")
        if url.path in {"/", ""} and method == "GET":
            return self._send(200, render_feeds(simulator).encode(), "text/html; charset=utf-8")
        if segments[0] == "_sim":
            return self._control(method, segments[1:], body)
        if not VERSION_SEGMENT.match(segments[0]):
            return self._json(Reply(404, {"error": {"message": "Unknown version", "code": 100}}))
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        if "json" not in self.headers.get("Content-Type", ""):
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        token = params.pop("access_token", "") or _bearer(self.headers.get("Authorization", ""))
        reply = simulator.handle(method, segments[1:] or [""], params, token)
        if reply.hang:
            # Stored, but the answer never comes: the client's read timeout must fire.
            simulator.released.wait(reply.hang)
            self.close_connection = True
            return None
        return self._json(reply)

    def _control(self, method: str, segments: list[str], body: bytes) -> None:
        simulator = self.server.simulator
        fields = json.loads(body or b"{}")
        actions = {
            ("GET", "state"): lambda: simulator.state(),
            ("POST", "faults"): lambda: vars(simulator.add_fault(**fields)),
            ("POST", "pages"): lambda: vars(simulator.add_page(**fields)),
            ("POST", "engagement"): lambda: _done(simulator.set_engagement, fields),
            ("POST", "listing_delay"): lambda: _done(simulator.set_listing_delay, fields),
        }
        action = actions.get((method, "/".join(segments)))
        if action is None:
            return self._json(Reply(404, {"error": "unknown control call"}))
        return self._json(Reply(200, action()))

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _json(self, reply: Reply) -> None:
        headers = {name: json.dumps(value) for name, value in reply.headers.items()}
        if reply.raw is not None:
            # A broken answer: sent as it is, HTML when it looks like a proxy's error page.
            kind = "text/html" if reply.raw.lstrip().startswith("<") else "application/json"
            extra = 64 if reply.truncate else 0
            self.close_connection = reply.truncate
            return self._send(reply.status, reply.raw.encode(), kind, headers, extra)
        return self._send(
            reply.status, json.dumps(reply.body).encode(), "application/json", headers
        )

    def _send(
        self, status: int, content: bytes, content_type: str, headers=None, missing: int = 0
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(content) + missing))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(content)


def _done(action: Callable[..., None], fields: dict) -> dict:
    """Runs an action that answers nothing but that it was done."""
    action(**fields)
    return {}


def _bearer(header: str) -> str:
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() in {"bearer", "oauth"} else ""


class SimulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    # Many clients (two workers, a benchmark) connect at once.
    request_queue_size = 128

    def __init__(self, simulator: GraphSimulator, host: str = "127.0.0.1", port: int = 0):
        super().__init__((host, port), SimulatorHandler)
        self.simulator = simulator
        self.verbose = False
        simulator.public_url = simulator.public_url or self.url

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="graph-simulator", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.simulator.released.set()
        self.shutdown()
        self.server_close()


def render_feeds(simulator: GraphSimulator) -> str:
    """What a person sees at the simulator's address: each simulated Page's posts."""
    sections = []
    for page_id, page in simulator.state().items():
        items = "".join(_render_post(post) for post in page["posts"]) or "<p>No posts yet.</p>"
        sections.append(
            f"<section><h2>{html.escape(page['name'])} <small>({html.escape(page_id)})</small>"
            f"</h2>{items}</section>"
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Graph API simulator</title><style>body{font-family:sans-serif;max-width:40rem;"
        "margin:auto;padding:1rem}article{border:1px solid #ccc;border-radius:8px;padding:.75rem;"
        "margin:.75rem 0}p.message{white-space:pre-wrap}small{color:#555}</style></head><body>"
        "<h1>Graph API simulator: Page feeds</h1>" + "".join(sections) + "</body></html>"
    )


def _render_post(post: dict) -> str:
    link, image = html.escape(post["link"]), html.escape(post["image_url"])
    parts = [
        f'<article id="{html.escape(post["id"])}">',
        f'<p class="message" dir="auto">{html.escape(post["message"])}</p>',
        f'<p><a href="{link}">{link}</a></p>' if link else "",
        f'<p><img src="{image}" alt="" width="300"></p>' if image else "",
        f"<small>{html.escape(post['id'])} · {html.escape(post['created_time'])} · "
        f"{post['reactions']} reactions · {post['comments']} comments · "
        f"{post['shares']} shares</small></article>",
    ]
    return "".join(parts)
