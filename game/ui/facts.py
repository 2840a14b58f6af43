"""A fact as every screen shows it: its honesty tag (real, exaggerated, invented), its
text and its source, so a player can always tell the game's claims from the world's."""
from __future__ import annotations

import pygame

from . import theme
from .widgets import draw_paragraph, draw_text, paragraph_height

TAG_COLORS = {"real": theme.GAIN, "exaggerated": theme.ORANGE, "fiction": theme.PINK,
              "argument": theme.SKY}
TAG_MARKS = {"real": "●", "exaggerated": "▲", "fiction": "◆", "argument": "■"}


def draw_fact(app, palette, surface: pygame.Surface | None, fact, rect: pygame.Rect,
              size: str = "small", short: bool = False, lines: int | None = None) -> int:
    """The tag, then the source beside it when it fits there (else below the text; ``short``:
    on one line, cut with an ellipsis). ``lines``: at most that many lines of the fact's
    text, the last ending in "…" (the debrief has it whole). Without a surface, only
    measures; returns the height used."""
    fonts = app.fonts
    tag = f"{TAG_MARKS[fact.tag]} {app.t('debrief.tag.' + fact.tag)}"
    tag_w = fonts.font(size, "bold").size(tag + "  ·  ")[0]
    said = app.text(fact.source)
    beside = tag_w + fonts.font(size).size(said)[0] <= rect.width
    text = app.text(fact.text)
    y = rect.y + fonts.line_height(size, "bold") + 2
    wrapped = len(fonts.wrap(text, size, rect.width))
    height = y - rect.y + min(wrapped, wrapped if lines is None else lines) \
        * fonts.line_height(size)
    source = fonts.fit(said, size, rect.width) if short else said
    if not beside:
        height += paragraph_height(fonts, source, rect.width, size)
    if surface is None:
        return height
    drawn = draw_text(surface, fonts, tag, rect.topleft, size, TAG_COLORS[fact.tag], "bold")
    if beside:
        draw_text(surface, fonts, f"·  {said}", (drawn.right + 12, rect.y), size,
                  palette.ink_soft)
    y = draw_paragraph(surface, fonts, text, pygame.Rect(rect.x, y, rect.width, 0), size,
                       palette.ink, max_lines=lines)
    if not beside:
        draw_paragraph(surface, fonts, source, pygame.Rect(rect.x, y, rect.width, 200),
                       size, palette.ink_soft)
    return height
