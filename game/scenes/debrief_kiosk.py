"""The debrief of a walk-up visit: three pages a visitor reads in well under 30 seconds
each. What happened (the chart, play itself named, what was kept and who got it); what
the mechanics that acted most besides play did to them, beside what is real and what
invented; and three questions (one about their play, one about their own life, one about
the rules).
"""
from __future__ import annotations

import pygame

from ..core.debrief import Debrief
from ..ui.facts import draw_fact
from ..ui.widgets import draw_paragraph, draw_text
from .debrief_acted import _moment
from .debrief_pages import BOTTOM, HALF, LEFT, MECHANIC_GAP, PAINTERS, _framing, _title

MECHANICS = 1  # the mechanic that shaped the visit most (play itself is named on page one)
FRAMING = 2  # the framing facts that matter most (the file lists them first)
RIGHT = LEFT + HALF + 80
PLAY = "A11"  # named on the first page, with what kept this visitor playing


def plan(app, summary: Debrief) -> list[tuple[str, object]]:
    played = {c for g in summary.games for c in g.claims}
    others = [u for u in summary.mechanics if u.mechanic.claim != PLAY or summary.play is None]
    ranked = sorted(others, key=lambda u: (u.mechanic.claim not in played, -u.count))
    uses = [u for u in summary.mechanics if u in ranked[:MECHANICS]]
    framing = _framing(app.config.scenario)[:FRAMING]
    prompts = summary.prompts
    prompts = prompts[:1] + prompts[-2:] if len(prompts) > 3 else prompts
    return [("arc", summary), ("did", (uses, framing)), ("prompts", prompts)]


def paint_did(app, pal, surf, payload) -> int:
    """The mechanics in this player's own moments on the left, what is real on the right."""
    uses, framing = payload
    fonts = app.fonts
    top = y = _title(app, pal, surf, "debrief.mechanics.title_single")
    for use in uses:
        y = draw_paragraph(surf, fonts, app.text(use.mechanic.name),
                           pygame.Rect(LEFT, y, HALF, 200), "lead", pal.ink, "bold")
        y = draw_paragraph(surf, fonts, " · ".join(_moment(app, use)),
                           pygame.Rect(LEFT, y, HALF, 200), "small", pal.accent, "semibold")
        y = draw_paragraph(surf, fonts, app.text(use.mechanic.text),
                           pygame.Rect(LEFT, y, HALF, 300), "small", pal.ink) + MECHANIC_GAP
    if not uses:
        draw_text(surf, fonts, app.t("debrief.none"), (LEFT, y), "body", pal.ink_soft)
    right = top
    for fact in framing:
        right += draw_fact(app, pal, surf, fact, pygame.Rect(RIGHT, right, HALF, 0)) \
            + MECHANIC_GAP
    return min(max(y, right), BOTTOM + 60)


PAINTERS["did"] = paint_did
