"""Charts drawn with PDF vector shapes: priority bars, icon arrays, the weigh-up chart.

Colours are Okabe-Ito (blue #0072B2 for MIS, orange #E69F00 for open surgery). Colour is
never the only cue: MIS is drawn with circles and open surgery with squares, the two
differ in lightness in greyscale print, and every mark has a text label.
"""

from __future__ import annotations

from decision_aid.choices import Choices
from decision_aid.models import Content, Figure, Priority
from decision_aid.report.page import BODY, GREY, SMALL, SummaryPDF, line_height
from decision_aid.risk import COLUMNS, icon_caption, icon_cells
from decision_aid.weighing import MAX_RATING, Weighing

MIS_RGB = (0x00, 0x72, 0xB2)
OPEN_RGB = (0xE6, 0x9F, 0x00)
EMPTY_RGB = (150, 150, 150)
TRACK_RGB = (232, 232, 232)
BAR_RGB = (77, 77, 77)
ICON_CELL = 1.9  # mm per icon
ICON_GRID = ICON_CELL * COLUMNS


def marker(
    pdf: SummaryPDF, side: str, x: float, y: float, size: float, filled: bool = True
) -> None:
    """A circle (MIS) or a square (open surgery) centred on (x, y)."""
    rgb = MIS_RGB if side == "mis" else OPEN_RGB
    pdf.set_fill_color(*rgb)
    pdf.set_draw_color(*(rgb if filled else EMPTY_RGB))
    pdf.set_line_width(0.15)
    style = "DF" if filled else "D"
    r = size / 2
    if side == "mis":
        pdf.circle(x, y, r, style=style)
    else:
        pdf.rect(x - r, y - r, size, size, style=style)


def legend_label(
    pdf: SummaryPDF, side: str, x: float, y: float, text: str, size: float = BODY
) -> None:
    """A marker followed by a bold label, with the text's top at ``y``."""
    lh = line_height(size)
    marker(pdf, side, x + 1.4, y + lh / 2, 2.6)
    with pdf.style(size, bold=True):
        pdf.text(x + 4, y + lh * 0.75, pdf.plain(text, bold=True))


def _priority_label_width(pdf: SummaryPDF) -> float:
    return min(72.0, pdf.text_width * 0.42)


def priority_bars(pdf: SummaryPDF, content: Content, ranked: list[tuple[Priority, int]]) -> None:
    """One horizontal bar per rated priority, longest for "very much"; on one page."""
    pdf.block(lambda p: _priority_rows(p, Choices(content), ranked))


def _priority_rows(pdf: SummaryPDF, words: Choices, ranked: list[tuple[Priority, int]]) -> None:
    label_w = _priority_label_width(pdf)
    bar_w = pdf.text_width - label_w - 28
    lh = line_height(BODY)
    for p, rating in ranked:
        with pdf.style(BODY):
            lines = pdf.wrap(pdf.plain(p.label), label_w - 2)
        h = max(len(lines) * lh, lh) + 1.2
        pdf.keep(h)
        y = pdf.get_y()
        with pdf.style(BODY):
            for i, line in enumerate(lines):
                pdf.text(pdf.l_margin, y + lh * (i + 0.75), line)
        x0 = pdf.l_margin + label_w
        pdf.set_fill_color(*TRACK_RGB)
        pdf.rect(x0, y + 0.8, bar_w, lh - 1.6, style="F")
        if rating:
            pdf.set_fill_color(*BAR_RGB)
            pdf.rect(x0, y + 0.8, bar_w * rating / MAX_RATING, lh - 1.6, style="F")
        with pdf.style(SMALL, colour=GREY):
            pdf.text(x0 + bar_w + 2, y + lh * 0.72, words.rating(rating))
        pdf.set_y(y + h)


def _grid(pdf: SummaryPDF, side: str, value: float, x: float, y: float) -> None:
    if pdf.layout_only:  # 200 shapes that do not move the cursor
        return
    for cell in icon_cells(value):
        cx = x + cell.col * ICON_CELL + ICON_CELL / 2
        cy = y + cell.row * ICON_CELL + ICON_CELL / 2
        size = ICON_CELL * (0.8 if cell.filled else 0.62) * (0.88 if side == "open" else 1.0)
        marker(pdf, side, cx, cy, size, cell.filled)


def icon_pair(pdf: SummaryPDF, content: Content, fig: Figure, indent: float = 6.0) -> None:
    """Two 10 x 10 icon arrays: MIS (circles) and open surgery (squares), each captioned."""
    if fig.mis is None or fig.open is None:
        return
    mis, open_ = fig.mis, fig.open
    pdf.block(lambda p: _icon_pair(p, content.texts, mis, open_, indent))


def _icon_pair(pdf: SummaryPDF, t: dict[str, str], mis: float, open_: float, indent: float) -> None:
    col_w = (pdf.text_width - indent - 8) / 2
    y = pdf.get_y()
    sides = (("mis", t["label_mis"], mis), ("open", t["label_open"], open_))
    bottom = y
    for i, (side, name, value) in enumerate(sides):
        x = pdf.l_margin + indent + i * (col_w + 8)
        legend_label(pdf, side, x, y, name)
        top = y + line_height(BODY) + 0.5
        _grid(pdf, side, value, x, top)
        caption = icon_caption(value, t["option_word_" + side], t)
        with pdf.style(SMALL):
            lines = pdf.wrap(pdf.plain(caption), col_w)
            for j, line in enumerate(lines):
                pdf.text(x, top + ICON_GRID + 1.5 + line_height(SMALL) * (j + 0.75), line)
        bottom = max(bottom, top + ICON_GRID + 1.5 + len(lines) * line_height(SMALL))
    pdf.set_y(bottom + 2)


def _label_width(pdf: SummaryPDF) -> float:
    return min(62.0, pdf.text_width * 0.36)


def weigh_chart(pdf: SummaryPDF, content: Content, w: Weighing) -> None:
    """Diverging bars: left lines up with open surgery, right with MIS. No numbers shown.

    The whole chart goes on one page when it fits."""
    pdf.block(lambda p: _weigh_chart(p, content, w))


def _weigh_chart(pdf: SummaryPDF, content: Content, w: Weighing) -> None:
    t, words = content.texts, Choices(content)
    label_w = _label_width(pdf)
    chart_w = pdf.text_width - label_w
    mid = pdf.l_margin + label_w + chart_w / 2
    half = chart_w / 2 - 14
    lh = line_height(BODY)
    y = pdf.get_y()
    with pdf.style(SMALL, bold=True):
        left = pdf.plain(t["pdf_weigh_left"], bold=True)
        pdf.text(mid - 4 - pdf.plain_width(left), y + lh * 0.75, left)
        pdf.text(mid + 4, y + lh * 0.75, pdf.plain(t["pdf_weigh_right"], bold=True))
    marker(pdf, "open", mid - 2, y + lh / 2, 2.2)
    marker(pdf, "mis", mid + 2, y + lh / 2, 2.2)
    pdf.set_y(y + lh + 2)
    top = pdf.get_y()
    for f in w.factors:
        if f.rating <= 0:
            continue
        with pdf.style(BODY):
            lines = pdf.wrap(pdf.plain(f.spec.label), label_w - 2)
        h = len(lines) * lh + line_height(SMALL) + 1.5
        if h > pdf.space_left():
            _axis(pdf, mid, top, pdf.get_y())
            pdf.add_page()
            top = pdf.get_y()
        y = pdf.get_y()
        with pdf.style(BODY):
            for i, line in enumerate(lines):
                pdf.text(pdf.l_margin, y + lh * (i + 0.75), line)
        with pdf.style(SMALL, colour=GREY):
            rating = t["pdf_matters"].format(rating=words.rating(f.rating).lower())
            pdf.text(pdf.l_margin, y + len(lines) * lh + line_height(SMALL) * 0.7, rating)
        _bar(pdf, t, f.contribution, mid, half, y + 0.8, h - 3)
        pdf.set_y(y + h)
    _axis(pdf, mid, top, pdf.get_y())
    pdf.gap(2)


def _bar(
    pdf: SummaryPDF,
    t: dict[str, str],
    contribution: float,
    mid: float,
    half: float,
    y: float,
    h: float,
) -> None:
    length = abs(contribution) * half
    bar_h = min(h, 4.5)
    cy = y + bar_h / 2
    if length < 0.05:
        with pdf.style(SMALL, colour=GREY):
            pdf.text(mid + 2, cy + 1.1, t["pdf_no_pull"])
        return
    side = "mis" if contribution > 0 else "open"
    x = mid if side == "mis" else mid - length
    pdf.set_fill_color(*(MIS_RGB if side == "mis" else OPEN_RGB))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.rect(x, y, length, bar_h, style="DF")
    end = x + length + 2.5 if side == "mis" else x - 2.5
    marker(pdf, side, end, cy, 2.4)
    with pdf.style(SMALL):
        word = t["pdf_bar_" + side]
        tx = end + 2 if side == "mis" else end - 2 - pdf.get_string_width(word)
        pdf.text(tx, cy + 1.1, word)


def _axis(pdf: SummaryPDF, mid: float, top: float, bottom: float) -> None:
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.35)
    pdf.line(mid, top - 1, mid, bottom)
