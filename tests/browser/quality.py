"""Checks a page-quality test runs on a page in Chromium, and the Nu HTML checker."""

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LAO_FONT_PATH = "/static/fonts/noto-sans-lao-"


@dataclass
class Visit:
    """What one first visit to a page did: its HTML as sent and every request it made."""

    url: str
    html: str = ""
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    transfers: dict[str, int] = field(default_factory=dict)  # url -> bytes, images left out
    requested: list[str] = field(default_factory=list)

    @property
    def non_image_bytes(self) -> int:
        return sum(self.transfers.values())


def visit(context, url: str) -> tuple[Visit, object]:
    """Opens `url` in a fresh tab of `context` (an empty cache: a first visit)."""
    page = context.new_page()
    seen = Visit(url)
    page.on("console", lambda m: m.type == "error" and seen.console_errors.append(m.text))
    page.on("pageerror", lambda error: seen.console_errors.append(str(error)))
    page.on("requestfailed", lambda r: seen.failed.append(f"{r.url} ({r.failure})"))
    page.on("requestfinished", lambda r: _record(seen, r))
    response = page.goto(url, wait_until="networkidle")
    seen.html = response.text()
    page.evaluate("document.fonts.ready")
    return seen, page


def _record(seen: Visit, request) -> None:
    seen.requested.append(request.url)
    response = request.response()
    if response is not None and response.status >= 400:
        seen.failed.append(f"{request.url} (HTTP {response.status})")
    if request.resource_type != "image":
        sizes = request.sizes()
        seen.transfers[request.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]


def lao_font_in_use(page) -> bool:
    """Whether the page's Lao text is drawn with the portal's own Noto Sans Lao."""
    return page.evaluate(
        """() => {
            const loaded = [...document.fonts].some(face =>
                face.family.replaceAll('"', '') === "Noto Sans Lao" && face.status === "loaded");
            const family = getComputedStyle(document.querySelector("h1")).fontFamily;
            return loaded && family.startsWith('"Noto Sans Lao"')
                && document.fonts.check('16px "Noto Sans Lao"', "ກົດໝາຍ");
        }"""
    )


def java() -> str:
    found = shutil.which("java")
    if not found:
        raise RuntimeError("java is missing: `make browser-deps` installs default-jre-headless")
    return found


def nu_errors(files: list[Path]) -> dict[str, list[str]]:
    """The Nu HTML checker's errors, by file name: one Java start for the whole batch."""
    result = subprocess.run(
        [
            java(),
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            "--stdout",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors: dict[str, list[str]] = {}
    for message in json.loads(result.stdout)["messages"]:
        name = Path(message.get("url", "")).name
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message.get('message')}"
        )
    return errors
