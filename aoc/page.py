"""Reads the puzzle page's HTML: what the write-up and the examples need from it.

The page is the site's own text: it is cached beside the input
(inputs/<YYYY>/<DD>.page.html, git-ignored like the input) and never committed.
"""
import html
import re

TITLE = re.compile(r"<h2>\s*---\s*Day\s+\d+:\s*(?P<title>.*?)\s*---\s*</h2>", re.S)


def title(page: str) -> str | None:
    """The puzzle's title from its page, or None when the page has none."""
    match = TITLE.search(page)
    return html.unescape(re.sub(r"<[^>]+>", "", match["title"])).strip() if match else None
