"""The debrief's pages about what acted on the player: the mini-games as the system judged
them, and the mechanics, each told through this player's own first moment, beside a fact
with its honesty tag and source."""
from __future__ import annotations

import pygame

from ..i18n import number, signed
from ..ui import theme
from ..ui.widgets import draw_paragraph, draw_text, paragraph_height
from .debrief_pages import (HALF, LEFT, MECHANIC_GAP, PAINTERS, WIDTH, _chip, _part,
                            _title)


def _game_lines(app, play) -> tuple[str, str, list[str]]:
    """A game's name; the day, the result and what it moved; then what it rewarded."""
    lang = app.settings.lang
    parts = [app.t("debrief.arc.day", n=play.day)]
    if play.outcome == "skipped":
        parts.append(app.t("debrief.games.skipped"))
    else:
        parts.append(app.t("minigame.points", n=number(play.points, lang)))
    arrow, _ = theme.trend(play.score_change, None)
    parts.append(app.t("debrief.games.moved", delta=signed(play.score_change), arrow=arrow))
    names = {m.claim: app.text(m.name) for m in app.config.scenario.mechanics}
    claims = [names.get(c, c) for c in play.claims]
    if claims:
        parts.append(app.t("debrief.games.about", what=", ".join(claims)))
    lesson = app.fonts.wrap(app.text(play.game.lesson), "small", WIDTH)
    return app.text(play.game.title), " · ".join(parts), lesson


def _game_height(app, play) -> int:
    _, _, lesson = _game_lines(app, play)
    fonts = app.fonts
    return fonts.line_height("lead", "bold") + (len(lesson) + 1) * fonts.line_height("small")


def paint_games(app, pal, surf, payload) -> int:
    """Each mini-game played: what it rewarded and which claim of the essay it was about."""
    plays, index, total = payload
    fonts = app.fonts
    y = _title(app, pal, surf, *_part("debrief.games.title", index, total))
    for play in plays:
        name, meta, lesson = _game_lines(app, play)
        draw_text(surf, fonts, name, (LEFT, y), "lead", pal.ink, "bold")
        y += fonts.line_height("lead", "bold")
        draw_text(surf, fonts, fonts.fit(meta, "small", WIDTH), (LEFT, y), "small", pal.accent,
                  "semibold")
        y += fonts.line_height("small")
        for line in lesson:
            draw_text(surf, fonts, line, (LEFT, y), "small", pal.ink)
            y += fonts.line_height("small")
        y += MECHANIC_GAP
    return y


def paint_mechanics(app, pal, surf, payload) -> int:
    uses, index, total = payload
    y = _title(app, pal, surf, *_part("debrief.mechanics.title", index, total))
    for use in uses:
        y = _mechanic(app, pal, surf, y, use) + MECHANIC_GAP
    if not uses:
        draw_text(surf, app.fonts, app.t("debrief.none"), (LEFT, y), "body", pal.ink_soft)
    return y


def _mechanic_lines(app, use) -> tuple[str, list[str], list[str], list[str], str]:
    meta = app.fonts.wrap(" · ".join(_moment(app, use)), "small", HALF, "semibold")
    text = app.fonts.wrap(app.text(use.mechanic.text), "small", HALF)
    fact = app.fonts.wrap(app.text(use.facts[0].text), "small", HALF) if use.facts else []
    source = (app.t("debrief.facts.source", src=app.text(use.facts[0].source))
              if use.facts else "")
    return app.text(use.mechanic.name), meta, text, fact, source


def _moment(app, use) -> list[str]:
    """This player's own moment: the day, the card or game, the points, how often."""
    m = use.moment
    parts = [app.t("debrief.mechanics.when", day=m.day) if m.day else app.t("debrief.signup")]
    if m.what is not None:
        parts.append(app.t("quote", text=app.text(m.what)))
    if m.points:
        parts.append(app.t("debrief.mechanics.points", points=signed(m.points)))
    if use.count > 1:
        parts.append(app.t("debrief.mechanics.times", n=use.count))
    return parts


def _mechanic_height(app, use) -> int:
    """A mechanic is one row: how it worked on the left, the fact behind it on the right."""
    _, meta, text, fact, _ = _mechanic_lines(app, use)
    fonts = app.fonts
    left = (paragraph_height(fonts, app.text(use.mechanic.name), HALF, "lead", "bold")
            + (len(meta) + len(text)) * fonts.line_height("small"))
    right = 52 + (len(fact) + 1) * fonts.line_height("small") if fact else 0
    return max(left, right)


def _mechanic(app, pal, surf, y: int, use) -> int:
    fonts = app.fonts
    name, meta, text, fact, source = _mechanic_lines(app, use)
    top = y
    y = draw_paragraph(surf, fonts, name, pygame.Rect(LEFT, y, HALF, 0), "lead", pal.ink,
                       "bold")
    for line in meta:
        draw_text(surf, fonts, line, (LEFT, y), "small", pal.accent, "semibold")
        y += fonts.line_height("small")
    for line in text:
        draw_text(surf, fonts, line, (LEFT, y), "small", pal.ink)
        y += fonts.line_height("small")
    if fact:
        right = LEFT + HALF + 80
        _chip(app, surf, use.facts[0].tag, (right, top + 4))
        ry = top + 52
        for line in fact:
            draw_text(surf, fonts, line, (right, ry), "small", pal.ink)
            ry += fonts.line_height("small")
        draw_text(surf, fonts, fonts.fit(source, "small", HALF), (right, ry), "small",
                  pal.ink_soft)
        y = max(y, ry + fonts.line_height("small"))
    return y


PAINTERS["games"] = paint_games
PAINTERS["mechanics"] = paint_mechanics
