"""Show patient free text as text: escape Markdown and HTML so nothing is interpreted."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>$=:])")
# An invisible word joiner after ":", "w" or "@" stops GitHub-style autolinks of web
# addresses and e-mail addresses, which Markdown would otherwise turn into live links.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(://|www\.|@)", re.IGNORECASE)


# Spaces or tabs at the start of a line: four of them make a code block in Markdown.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
# Streamlit turns ":material/name:" into an icon even when the colons are escaped.
_COLON = re.compile(r":(?=[^\s\u2060])")


def _keep_indent(m: re.Match[str]) -> str:
    """Leading spaces as no-break spaces: shown as typed, never a code block."""
    return m.group(0).replace("\t", "    ").replace(" ", "&nbsp;")


def plain_markdown(text: str) -> str:
    """Escape text so Streamlit's Markdown shows it literally (no links, no HTML, no maths,
    no icons, no code blocks)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _AUTOLINK.sub(lambda m: m.group(0)[0] + WORD_JOINER + m.group(0)[1:], escaped)
    escaped = _MD_SPECIAL.sub(r"\\\1", escaped)
    escaped = _COLON.sub(":" + WORD_JOINER, escaped)
    escaped = _INDENT.sub(_keep_indent, escaped)
    # Keep line breaks as breaks, not paragraphs merged into one line.
    return escaped.replace("\n", "  \n")
