"""Every public page type, in Vietnamese and in Lao, on the demo content, as a citizen's
phone first loads it: accessible (axe, WCAG 2.2 AA), valid HTML (Nu checker), light, without
errors or failed requests, facets named, and Lao drawn in the portal's Lao font."""

import re

import pytest

from search.models import SearchEntry
from tests.browser.axe import axe_violations
from tests.browser.quality import LAO_FONT_PATH, lao_font_in_use, nu_errors, visit
from tests.demo_pages import load_demo, public_urls
from tests.test_page_weight import BUDGET_BYTES

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
LAO = re.compile("[\u0e80-\u0eff]")


@pytest.fixture
def live_demo(transactional_db, django_db_serialized_rollback):
    load_demo()


def facet_codes() -> set[str]:
    codes = set()
    for name in ("section", "document_type", "status"):
        codes |= set(SearchEntry.objects.values_list(name, flat=True))
    return codes - {""}


@pytest.mark.parametrize("language", ["vi", "lo"])
def test_every_public_page_type_passes_the_quality_checks(
    live_server, live_demo, browser, tmp_path, language
):
    problems: list[str] = []
    saved = {}
    codes = facet_codes()
    for name, path in public_urls(language).items():
        context = browser.new_context(locale=f"{language}-LA", viewport=PHONE)
        seen, page = visit(context, live_server.url + path)
        where = f"{language} {name} {path}"
        problems += [f"{where}: axe {v['id']} at {v['nodes']}" for v in axe_violations(page)]
        problems += [f"{where}: console error {text}" for text in seen.console_errors]
        problems += [f"{where}: failed request {text}" for text in seen.failed]
        if seen.non_image_bytes > BUDGET_BYTES:
            problems.append(f"{where}: {seen.non_image_bytes} bytes, budget {BUDGET_BYTES}")
        if name.startswith("SearchPage"):
            labels = set(page.locator(".facet a > span:first-child").all_inner_texts())
            problems += [f"{where}: raw facet code {code}" for code in labels & codes]
        lao_font_requested = any(LAO_FONT_PATH in url for url in seen.requested)
        if language == "lo" and not (lao_font_requested and lao_font_in_use(page)):
            problems.append(f"{where}: Lao text is not drawn with Noto Sans Lao")
        # A Vietnamese page may need the font for Lao content (a Lao-only document's number),
        # never for the header's "ພາສາລາວ".
        lao_content = LAO.search(page.locator("main").inner_text())
        if language == "vi" and lao_font_requested and not lao_content:
            problems.append(f"{where}: a Vietnamese page downloads the Lao font")
        saved[f"{name.replace(' ', '_')}.html"] = name
        (tmp_path / f"{name.replace(' ', '_')}.html").write_text(seen.html)
        context.close()
    for file_name, errors in nu_errors(sorted(tmp_path.glob("*.html"))).items():
        problems += [f"{language} {saved.get(file_name, file_name)}: Nu {e}" for e in errors]
    assert not problems, "\n".join(problems)


def menu_and_content_left(page) -> tuple[float, float]:
    return page.evaluate(
        """() => [document.querySelector(".main-nav a"), document.querySelector("main h1")]
            .map(element => element.getBoundingClientRect().left)"""
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_main_menu_lines_up_with_the_content(live_server, live_demo, browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{live_server.url}/lo/")
    menu, content = menu_and_content_left(page)
    assert menu == content and menu >= 16  # the wrapper's padding: no letter cut off
    context.close()


def test_phone_lists_leave_the_title_most_of_the_line(live_server, live_demo, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + public_urls("lo")["NewsIndexPage"])
    widths = page.locator(".card-list--images .card__title").evaluate_all(
        "titles => titles.map(t => t.getBoundingClientRect().width)"
    )
    assert widths and min(widths) >= 0.6 * PHONE["width"]
    # The library's filters are folded: its first result is on the first screen.
    page.goto(live_server.url + public_urls("vi")["LegalDocumentLibraryPage"])
    first = page.locator(".document-list__title").first.bounding_box()
    assert first["y"] + first["height"] <= PHONE["height"]
    page.get_by_text(re.compile("^Lọc văn bản$")).click()  # opens without any JavaScript
    assert page.locator("#filter-sort").is_visible()
    context.close()
