"""axe-core, injected from node_modules into a page under test."""

from pathlib import Path

from django.conf import settings

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page, within: str | None = None) -> list[dict]:
    """WCAG 2.2 A/AA violations axe-core finds on the page (or the part `within` selects),
    injected from node_modules."""
    # Evaluated by the test driver, not added as an inline <script> the page's CSP would block.
    page.evaluate(AXE_SCRIPT.read_text())
    return page.evaluate(
        """async ([tags, within]) => {
            const context = within || document;
            const result = await axe.run(context, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(v => ({id: v.id, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" "))}));
        }""",
        [WCAG_AA_TAGS, within],
    )
