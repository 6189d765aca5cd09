"""Keeping a patient's text direction marks inside their own text.

A patient may write (or paste) a right-to-left override (U+202E) or another bidi control.
On a line of the record note that also holds the app's words, or the next question, it
would reverse them too. Each patient text is therefore set apart as a bidi isolate
(FSI ... PDI, Unicode Bidirectional Algorithm, rule X6a): whatever it opens ends with it.
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"  # first strong isolate, pop directional isolate
_OPENS = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI


def isolate(text: str) -> str:
    """``text`` as an isolate. A PDI in it with no opener of its own would close the outer
    isolate early and let the rest of the text out, so such a PDI is left out (it is an
    invisible formatting mark: nothing the reader sees changes)."""
    depth, kept = 0, []
    for ch in text:
        if ch in _OPENS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    return FSI + "".join(kept) + PDI * (depth + 1)


def close_open(text: str) -> str:
    """``text`` with every isolate it leaves open closed (after a cut through one)."""
    depth = 0
    for ch in text:
        if ch in _OPENS:
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
    return text + PDI * depth
