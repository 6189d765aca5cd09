"""Show patient free text as text: escape Markdown and HTML so nothing is interpreted."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$=:])")
# An invisible word joiner after ":", "w" or "@" stops GitHub-style autolinks of web
# addresses and e-mail addresses, which Markdown would otherwise turn into live links.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(://|www\.|@)", re.IGNORECASE)


def plain_markdown(text: str) -> str:
    """Escape text so Streamlit's Markdown shows it literally (no links, no HTML, no maths)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _AUTOLINK.sub(lambda m: m.group(0)[0] + WORD_JOINER + m.group(0)[1:], escaped)
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    # Keep line breaks as breaks, not paragraphs merged into one line.
    return escaped.replace("\n", "  \n")
