"""The look of every report: A4 (landscape for wide tables), calm colours, DejaVu Sans: a
Unicode TrueType font shipped in the package (ido_desk/data/fonts, with its licence) and
embedded in every PDF, so any list label prints."""

from __future__ import annotations

from importlib.resources import as_file, files

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE = A4
WIDE_PAGE = landscape(A4)
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X
WIDE_WIDTH = WIDE_PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
BAND = colors.HexColor("#f0f4f8")
ACCENT = colors.HexColor("#0b5e8a")  # bars, the trend line of visits
ACCENT_LIGHT = colors.HexColor("#7fb3d5")  # sub-rows, the trend line of questions
GOOD = colors.HexColor("#2f7d4f")
HEAT_LOW = colors.HexColor("#f4f8fb")
HEAT_HIGH = colors.HexColor("#0b4f74")

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def _register_fonts() -> None:
    fonts = files("ido_desk").joinpath("data", "fonts")
    for name, filename in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            with as_file(fonts.joinpath(filename)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


_register_fonts()

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=24, textColor=INK)
SUBTITLE = ParagraphStyle("subtitle", fontName=FONT, fontSize=12, leading=16, textColor=MUTED)
H1 = ParagraphStyle(
    "h1", fontName=BOLD, fontSize=16, leading=20, textColor=INK, spaceBefore=4, spaceAfter=4
)
H2 = ParagraphStyle(
    "h2",
    fontName=BOLD,
    fontSize=13,
    leading=16,
    textColor=ACCENT,
    spaceBefore=10,
    spaceAfter=5,
    keepWithNext=1,
)
H3 = ParagraphStyle(
    "h3", fontName=BOLD, fontSize=10.5, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3
)
BODY = ParagraphStyle(
    "body", fontName=FONT, fontSize=9, leading=12, textColor=INK, alignment=TA_LEFT
)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=10, textColor=MUTED)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName=BOLD)
HEAD_RIGHT = ParagraphStyle("headright", parent=CELL_BOLD, alignment=2, fontSize=8, leading=9.5)
NOTICE = ParagraphStyle(
    "notice",
    fontName=BOLD,
    fontSize=13,
    leading=18,
    textColor=INK,
    backColor=BAND,
    borderPadding=(10, 10, 10, 10),
    spaceBefore=14,
    spaceAfter=14,
)


def blend(low: colors.Color, high: colors.Color, t: float) -> colors.Color:
    """A colour between low (t = 0) and high (t = 1)."""
    t = max(0.0, min(1.0, t))
    return colors.Color(
        low.red + (high.red - low.red) * t,
        low.green + (high.green - low.green) * t,
        low.blue + (high.blue - low.blue) * t,
    )
