"""Text that flows in two columns: down the left column, then the right, then a new page.

Two columns of about 50 characters read more easily than one line of 100 across A4, and
the short lines of a list of figures leave less of the page empty. Everything that draws
uses the page's current margins, so the same drawing code works in a column: a new page
asked for in the left column becomes the top of the right column instead.

The last page of a run is balanced: the run is first drawn on a trial document to find
how much of it lands on its last page, then drawn for real with the left column ending
near half of that, so the right column is not left empty beside a full left one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from fpdf import FPDF

GAP = 8.0  # mm between the columns
# A last page holding less than this (mm, in one column) is not balanced: half of two
# lines in each column split a short paragraph across the page (seen on a stenosis PDF).
BALANCE_FROM = 30.0
BALANCE_SLACK = 0.5  # mm


@dataclass
class _Flow:
    left: float  # the page's own margins, restored at the end
    right: float
    width: float  # of one column
    col: int = 0
    top: float = 0.0  # where the columns start on this page
    left_bottom: float = 0.0  # where the left column stopped on this page
    balance_page: int = 0  # on this page the left column ends at ``balance_at``
    balance_at: float = 0.0
    end: float = 0.0  # where the run stopped, in its column


class ColumnFlow(FPDF):
    """An FPDF that can lay text out in two columns (:meth:`two_columns`)."""

    _flow: _Flow | None = None
    _last_flow: _Flow | None = None

    def block(self, draw: Callable[[Self], object]) -> None:  # in SummaryPDF
        raise NotImplementedError

    def measure(self, draw: Callable[[Self], object]) -> float:  # in SummaryPDF
        raise NotImplementedError

    def measure_in_column(self, draw: Callable[[Self], object]) -> float:
        """Height in mm that ``draw`` takes in one of the two columns of ``two_columns``."""
        right = self.r_margin
        width = (self.w - self.l_margin - right - GAP) / 2
        self.r_margin = self.w - self.l_margin - width
        try:
            return self.measure(draw)
        finally:
            self.r_margin = right

    @property
    def top(self) -> float:
        """Where text starts in the current column (the top margin outside columns)."""
        return self._flow.top if self._flow is not None else self.t_margin

    def trial(self) -> Self:
        """A blank document like this one, for a trial run; override to copy settings."""
        raise NotImplementedError

    def two_columns(self, draw: Callable[[Self], object]) -> None:
        """``draw(self)`` in two columns from the current position down, balanced."""
        if self._flow is not None:
            draw(self)
            return
        trial = self.trial()
        trial.add_page()
        trial.set_y(self.get_y())
        trial._run(draw)
        f = trial._last_flow
        assert f is not None
        used = (f.left_bottom - f.top if f.col == 1 else 0.0) + (f.end - f.top)
        if trial.page > 1 and used < BALANCE_FROM:  # a few lines spilled onto a new
            # page: kept in its left column, not split in two
            self._run(draw)
            return
        # a little over half: where half falls exactly on the end of a block or line,
        # rounding would otherwise send that block over and leave the right column taller
        self._run(draw, self.page + trial.page - 1, f.top + used / 2 + BALANCE_SLACK)

    def space_left(self) -> float:
        return self.page_break_trigger - self.get_y()

    def keep(self, height: float) -> None:
        """Start a new column or page unless ``height`` fits below the current position."""
        fits_a_page = height <= self.h - self.b_margin - self.t_margin
        # a column that starts low on a page moves on too; only the top of a page stays
        while height > self.space_left() and self.get_y() > self.t_margin + 1 and fits_a_page:
            if self.first_in_column(height):
                break
            self.add_page()  # the next column, and then the next page if need be

    def gap(self, height: float) -> None:
        # at the foot of a page the gap is what is left: what comes next starts the new
        # page (so a gap never makes an empty page at the end)
        self.set_y(self.get_y() + min(height, max(self.space_left(), 0.0)))

    def first_in_column(self, height: float) -> bool:
        """At the top of a left column, an element that fits the column stays there even
        if it goes past the balancing point (moving it right would leave the left empty)."""
        f = self._flow
        bottom = self.h - self.b_margin
        if f is None or f.col != 0 or self.get_y() > f.top + 1 or height > bottom - self.get_y():
            return False
        self.page_break_trigger = bottom
        return True

    def blocks_in_columns(self, draws: Sequence[Callable[[Self], object]]) -> None:
        """Elements in two columns, each kept whole (see ``block``)."""

        def draw(pdf: Self) -> None:
            for d in draws:
                pdf.block(d)

        self.two_columns(draw)

    def columns_height(self, draw: Callable[[Self], object]) -> float:
        """Height ``draw`` takes in balanced columns from the top of a page (inf: more
        than a page), to keep a heading with it."""
        trial = self.trial()
        trial.add_page()
        trial.two_columns(draw)
        return trial.get_y() - trial.t_margin if trial.page == 1 else float("inf")

    def _run(self, draw: Callable[[Self], object], page: int = 0, at: float = 0.0) -> None:
        left, right = self.l_margin, self.r_margin
        width = (self.w - left - right - GAP) / 2
        flow = _Flow(left, right, width, top=self.get_y(), balance_page=page, balance_at=at)
        self._flow = flow
        self._column(0)
        try:
            draw(self)
        finally:
            flow.end = self.get_y()
            self._flow, self._last_flow = None, flow
            self.page_break_trigger = self.h - self.b_margin
            self.l_margin, self.r_margin = left, right
            self.set_x(left)
            if flow.col == 1:
                self.set_y(max(self.get_y(), flow.left_bottom))

    def _column(self, col: int) -> None:
        f = self._flow
        assert f is not None
        f.col = col
        self.l_margin = f.left + col * (f.width + GAP)
        self.r_margin = self.w - self.l_margin - f.width
        self.set_x(self.l_margin)
        bottom = self.h - self.b_margin
        if col == 0 and self.page == f.balance_page and f.top < f.balance_at < bottom:
            bottom = f.balance_at
        self.page_break_trigger = bottom

    def add_page(self, *args: Any, **kwargs: Any) -> None:
        f = self._flow
        if f is not None and f.col == 0 and self.page > 0:
            f.left_bottom = self.get_y()
            self._column(1)
            self.set_y(f.top)
            return
        super().add_page(*args, **kwargs)
        if f is not None:
            f.top = self.t_margin
            f.left_bottom = 0.0
            self._column(0)
            self.set_y(self.t_margin)
