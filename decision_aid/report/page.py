"""The page and text layer of the summary PDF: paper, footer, headings and paragraphs.

Every string goes through :func:`decision_aid.report.fonts.make_safe` before it is drawn.
Measuring: an element is measured by drawing it, with the same code, on a scratch page
of the same width that is too tall to break (:meth:`SummaryPDF.measure`); nothing is
measured by a second function that must agree with the drawing by hand. So a heading is
never left alone at the foot of a page, and a chart or a reference is never split.

Text the main font can draw on its own is measured from the font's width table and drawn
with ``text()`` (fast); other text (Arabic, Devanagari, Chinese...) is measured word by
word with fpdf2's fallback fonts and shaping, and drawn line by line with ``cell()``; a
paragraph that starts in a right-to-left script is right-aligned. Columns: see flow.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from decision_aid.report.flow import ColumnFlow
from decision_aid.report.fonts import MAIN, SafeText, add_main_fonts, make_safe
from decision_aid.report.fonts import use_fallbacks as _use_fallbacks
from decision_aid.report.wrap import break_lines, paragraph_rtl

PAPER = {"a4": "A4", "letter": "Letter"}
MARGIN_X = 15.0
MARGIN_TOP = 16.0
MARGIN_BOTTOM = 18.0
BODY = 10.0  # font size, pt
SMALL = 8.5
LEADING = 1.3  # line spacing / font size: 13 pt for body text (1.4 made 9-page summaries)
PT_TO_MM = 25.4 / 72
BLACK = (0, 0, 0)
GREY = (85, 85, 85)
RULE = (170, 170, 170)
RULE_GAP = 0.8  # mm under the rule of a level-1 heading
SCRATCH_HEIGHT = 3000.0  # mm: taller than any one element, so measuring never breaks a page


def line_height(size: float) -> float:
    return size * PT_TO_MM * LEADING


class SummaryPDF(ColumnFlow):
    """An FPDF with the summary's paper, margins, fonts and footer; text may flow in two
    columns (:meth:`two_columns`)."""

    def __init__(
        self,
        paper: str = "a4",
        footer: str = "{page} / {pages}",
        scratch_of: SummaryPDF | None = None,
    ) -> None:
        if paper not in PAPER:
            raise ValueError(f"Paper must be one of {', '.join(PAPER)}, not {paper!r}.")
        size: Any = PAPER[paper] if scratch_of is None else (scratch_of.w, SCRATCH_HEIGHT)
        super().__init__(orientation="P", unit="mm", format=size)
        self.paper = paper
        self.footer_text = footer  # fields: page, pages
        self.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        self.set_auto_page_break(True, MARGIN_BOTTOM)
        self.c_margin = 0
        add_main_fonts(self)
        self.set_font(MAIN, "", BODY)
        self._is_scratch = scratch_of is not None
        # measuring and trial runs lay out only: shapes that do not move the cursor are
        # left out there (icon arrays), as they change no height
        self.layout_only = self._is_scratch
        self._scratch: SummaryPDF | None = None
        # notes already printed (see :meth:`first_time`); a scratch page reads its owner's
        self._shown: set[str] = scratch_of._shown if scratch_of is not None else set()
        # make_safe results for this document only (it dies with it: nothing kept after)
        self._safe: dict[tuple[str, bool, bool], SafeText] = (
            scratch_of._safe if scratch_of is not None else {}
        )
        if self._is_scratch:
            self.add_page()

    def trial(self) -> SummaryPDF:
        pdf = SummaryPDF(self.paper, footer=self.footer_text)
        pdf._shown, pdf.layout_only, pdf._safe = set(self._shown), True, self._safe
        return pdf

    def first_time(self, note: str) -> bool:
        """True the first time ``note`` is drawn in this document (measuring does not count),
        for explanations that would otherwise repeat under every figure."""
        if note in self._shown:
            return False
        if not self._is_scratch:
            self._shown.add(note)
        return True

    @property
    def text_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def footer(self) -> None:
        if self._is_scratch:
            return
        self.set_y(-13)
        self.set_font(MAIN, "", SMALL)
        self.set_text_color(*GREY)
        text = self.footer_text.format(page=self.page_no(), pages="{nb}")
        self.set_x(MARGIN_X)  # centred on the page, not on a column
        self.cell(self.w - 2 * MARGIN_X, 5, text, align="C")
        self.set_text_color(*BLACK)

    # --- space -------------------------------------------------------------------
    def measure(self, draw: Callable[[SummaryPDF], object]) -> float:
        """Height in mm that ``draw(pdf)`` takes, found by drawing it on a scratch page.

        The scratch page has this page's width and fonts and is too tall to break, so the
        height is that of the element as drawn, by the very code that draws it.
        """
        if self._is_scratch:
            scratch = self
        else:
            if self._scratch is None:
                self._scratch = SummaryPDF(self.paper, scratch_of=self)
            scratch = self._scratch
            scratch.l_margin, scratch.r_margin = self.l_margin, self.r_margin  # column width
        start = scratch.get_y()
        try:
            draw(scratch)
            return scratch.get_y() - start
        finally:
            scratch.set_xy(scratch.l_margin, start)

    def block(self, draw: Callable[[SummaryPDF], object]) -> None:
        """Draw an element on one page: a new page first if it does not fit below."""
        self.keep(self.measure(draw))
        draw(self)

    @contextmanager
    def style(
        self, size: float = BODY, bold: bool = False, colour: tuple[int, int, int] = BLACK
    ) -> Iterator[None]:
        family, style, old_size = self.font_family, self.font_style, self.font_size_pt
        self.set_font(MAIN, "B" if bold else "", size)
        self.set_text_color(*colour)
        try:
            yield
        finally:
            self.set_font(family, style, old_size)
            self.set_text_color(*BLACK)

    # --- wrapping ------------------------------------------------------------------
    def plain_width(self, text: str) -> float:
        """Width of text the current font draws by itself (no fallback font, no shaping)."""
        font = self.current_font
        assert font is not None
        return font.get_text_width(text, self.font_size_pt, None)[1] / self.k

    def wrap(self, text: str, width: float, rich: bool = False) -> list[str]:
        """Greedy line breaking with the current font; over-long words are split.

        ``rich`` measures with fpdf2's own machinery (fallback fonts, shaping), word by
        word; otherwise widths come straight from the font's width table.
        """
        if not rich:
            return break_lines(text, width, self.plain_width)
        cache: dict[str, float] = {}

        def measure(s: str) -> float:
            if s not in cache:
                cache[s] = self.get_string_width(s)
            return cache[s]

        return break_lines(text, width, measure)

    def text_height(
        self, text: str, width: float | None = None, size: float = BODY, bold: bool = False
    ) -> float:
        """Height of a paragraph as :meth:`para` draws it (measured by drawing it)."""
        return self.measure(lambda p: p.para(text, size, bold, width=width, after=0))

    # --- drawing -----------------------------------------------------------------------
    def _make_safe(self, text: str, bold: bool = False, main_only: bool = False) -> SafeText:
        key = (text, bold, main_only)
        if key not in self._safe:
            self._safe[key] = make_safe(text, bold, main_only)
        return self._safe[key]

    def safe(self, text: str, bold: bool = False) -> SafeText:
        safe = self._make_safe(text, bold)
        if safe.fallbacks:
            _use_fallbacks(self, safe.fallbacks)
        return safe

    def plain(self, text: str, bold: bool = False) -> str:
        """Text for drawing with the main font only (chart labels); others become [?]."""
        return self._make_safe(text, bold, main_only=True).text

    def para(
        self,
        text: str,
        size: float = BODY,
        bold: bool = False,
        colour: tuple[int, int, int] = BLACK,
        indent: float = 0.0,
        width: float | None = None,
        after: float = 1.5,
    ) -> bool:
        """Draw a paragraph at the left margin (+ indent). Returns True if [?] was used."""
        safe = self.safe(text, bold)
        width = width if width is not None else self.text_width - indent
        with self.style(size, bold, colour):
            if safe.fallbacks or safe.complex:
                self._rich(safe, indent, width, size)
            else:
                self._lines(self.wrap(safe.text, width), indent, size)
        if after:
            self.gap(after)
        return safe.replaced

    def _lines(self, lines: list[str], indent: float, size: float) -> None:
        """Lines from the left margin + ``indent``: the margin of the column the line is
        in, as a paragraph may go on in the next column."""
        lh = line_height(size)
        for line in lines:
            if self.space_left() < lh:
                self.add_page()
            self.text(self.l_margin + indent, self.get_y() + lh * 0.75, line)
            self.set_y(self.get_y() + lh)

    def _rich(self, safe: SafeText, indent: float, width: float, size: float) -> None:
        """Text with fallback fonts, shaped and laid out right to left where needed."""
        lh = line_height(size)
        for para in safe.text.split("\n"):
            rtl = paragraph_rtl(para)
            if safe.complex:
                self.set_text_shaping(True, direction="rtl" if rtl else "ltr")
            try:
                for line in self.wrap(para, width * 0.97, rich=True):
                    if self.space_left() < lh:
                        self.add_page()
                    self.set_x(self.l_margin + indent)
                    self._font_on_page()
                    self.cell(width, lh, line, align="R" if rtl else "L")
                    self.set_y(self.get_y() + lh)
            finally:
                self.set_text_shaping(False)

    def _font_on_page(self) -> None:
        """Put the current font on the page before a line that may start in a fallback font.

        fpdf2 2.8.9 otherwise sets the font inside the line's own saved graphics state
        (q ... Q) and then believes it is set for the page, so the next line has no font.
        """
        if not self.current_font_is_set_on_page:
            self.text(self.l_margin, self.t_margin, "")

    def columns(self, left: str, right: str, gap: float = 6.0, size: float = BODY) -> None:
        """Two texts side by side, line by line, so both read in the same order."""
        width = (self.text_width - gap) / 2
        sides = (self.safe(left), self.safe(right))
        if any(s.fallbacks or s.complex for s in sides):  # not our own English text
            self.para(left, size)
            self.para(right, size)
            return
        with self.style(size):
            a, b = (self.wrap(s.text, width) for s in sides)
            lh = line_height(size)
            self.keep(min(len(a), len(b), 3) * lh)
            for i in range(max(len(a), len(b))):
                if self.space_left() < lh:
                    self.add_page()
                base = self.get_y() + lh * 0.75
                if i < len(a):
                    self.text(self.l_margin, base, a[i])
                if i < len(b):
                    self.text(self.l_margin + width + gap, base, b[i])
                self.set_y(self.get_y() + lh)

    def heading(self, text: str, keep_after: float = 0.0, level: int = 1) -> None:
        """A heading kept on the same page as the first ``keep_after`` mm of what follows."""
        size = {1: 14.0, 2: 11.0, 3: BODY}[level]
        before = {1: 5.0, 2: 2.5, 3: 1.5}[level]
        own = self.text_height(text, size=size, bold=True)
        rule = RULE_GAP if level == 1 else 0.0  # the gap under a level-1 heading's rule
        # kept at a column's top too, which may be low on a page (a row's heading was split)
        self.keep(before + own + 1.5 + rule + keep_after)
        if self.get_y() > self.top + 1:
            self.gap(before)
        if level == 1:
            self.start_section(text)
        self.para(text, size=size, bold=True, after=1.5 if level < 3 else 0.5)
        if level == 1:
            y = self.get_y() - 1.0
            self.set_draw_color(*RULE)
            self.set_line_width(0.3)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_draw_color(*BLACK)
            self.gap(RULE_GAP)

    def replaced_note(self, texts: list[str], note: str) -> None:
        """Before patient text: a one-line ``note`` if some of it will show as [?]."""
        if any(make_safe(t).replaced for t in texts):
            self.para(note, size=SMALL, colour=GREY)
