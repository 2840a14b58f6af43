"""The mini-game host's still pictures: the background with the game's title and the score
chip, the intro card (what the game asks, its prize, its controls as pictures) and the result
card (what happened, and how the game's points moved the score)."""
from __future__ import annotations

import pygame

from ..i18n import number, signed
from ..minigames import registry
from ..ui import layout
from ..ui import theme
from ..ui.icons import draw_icon
from ..ui.widgets import (draw_paragraph, draw_text, panel, paragraph_height, shadow,
                          vertical_gradient)

CARD = pygame.Rect(600, 150, 1280, 890)  # where the play screen has its card
CHIP = pygame.Rect(80, 140, 420, 72)


def base(scene) -> pygame.Surface:
    """The gradient and the empty score chip, under every phase of every game."""
    pal, app = scene.palette, scene.app
    base = vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom).copy()
    panel(base, CHIP, pal.surface, CHIP.height // 2)
    label = app.fonts.render(app.t("minigame.your_score"), "small", pal.ink_soft, "semibold")
    layout.blit(base, label, label.get_rect(midleft=(CHIP.x + 28, CHIP.centery)))
    return base


def title(scene, surface) -> None:
    """The game's name, top left."""
    app = scene.app
    draw_text(surface, app.fonts, app.text(scene.game.title), (80, 40), "title",
              scene.palette.ink, "display")


def card(scene, surface) -> None:
    """The white card the intro and the result are written on."""
    surface.blit(shadow(CARD.size), (CARD.x - 18, CARD.y - 18))
    panel(surface, CARD, scene.palette.surface)


def intro(scene, surface) -> None:
    """What the game asks, what it pays, and its controls."""
    pal, app, t = scene.palette, scene.app, scene.app.t
    card(scene, surface)
    inner = CARD.inflate(-140, 0)
    kicker = (t("minigame.kicker_relaxed") if app.settings.relaxed
              else t("minigame.kicker", n=scene.game.seconds))
    y = CARD.y + 56
    draw_text(surface, app.fonts, kicker.upper(), (inner.x, y), "small", pal.accent, "bold")
    y = draw_paragraph(surface, app.fonts, app.text(scene.game.intro),
                       pygame.Rect(inner.x, y + 56, inner.width, 300), "lead", pal.ink,
                       "semibold") + 20
    prize = scene.session.citizen.preview(scene.game.scores)
    if prize > 0:
        y = draw_paragraph(surface, app.fonts, t("minigame.prize", n=prize),
                           pygame.Rect(inner.x, y, inner.width, 100), "body",
                           theme.GAIN_TEXT, "semibold")
    y += 40
    draw_text(surface, app.fonts, t("minigame.controls"), (inner.x, y), "small",
              pal.ink_soft, "semibold")
    controls(scene, surface, pygame.Rect(inner.x, y + 50, inner.width, 300))


def controls(scene, surface, area: pygame.Rect) -> None:
    """A picture of the game's buttons, each with a finger on it and its key: drawn as
    an illustration on a tinted panel, so that only Play looks like something to press."""
    pal, app = scene.palette, scene.app
    moves = registry.model_class(scene.game.game).CONTROLS
    frame = pygame.Rect(area.x, area.y, area.width, 200)
    panel(surface, frame, pal.surface_alt, 24)
    gap = 40
    inner = frame.inflate(-60, 0)
    font = app.fonts.font("body", "semibold")
    need = max(font.size(app.t(label))[0] for label, _ in moves) + 160
    width = min(max(480, need), (inner.width - gap * (len(moves) - 1)) // len(moves))
    x = inner.centerx - (width * len(moves) + gap * (len(moves) - 1)) // 2
    for i, (label, icon) in enumerate(moves):
        pill = pygame.Rect(x + i * (width + gap), frame.y + 30, width - 30, 84)
        panel(surface, pill, pal.surface, 42, pal.accent, 3)
        draw_icon(surface, icon, pygame.Rect(pill.x + 22, pill.y + 17, 50, 50), pal.accent)
        text = app.fonts.render(app.fonts.fit(app.t(label), "body", pill.width - 130,
                                              "semibold"), "body", pal.accent, "semibold")
        layout.blit(surface, text, text.get_rect(midleft=(pill.x + 86, pill.centery)))
        # A fingertip pressing the pill's corner: this is how it is played.
        draw_icon(surface, "tap", pygame.Rect(pill.right - 36, pill.bottom - 40, 72, 72),
                  pal.ink)
        below = pill.bottom + 40
        hint = app.fonts.render(app.t("minigame.tap_or_key"), "small", pal.ink_soft)
        at = hint.get_rect(midleft=(pill.x + 8, below))
        layout.blit(surface, hint, at)
        key = pygame.Rect(at.right + 14, below - 24, 48, 48)
        panel(surface, key, pal.surface, 10, pal.line, 3)
        digit = app.fonts.render(str(i + 1), "small", pal.ink, "bold")
        layout.blit(surface, digit, digit.get_rect(center=key.center))


def result(scene, surface) -> None:
    """The result card's words (the card is painted already)."""
    pal, app, t = scene.palette, scene.app, scene.app.t
    inner = CARD.inflate(-140, 0)
    result = scene.outcome.result
    y = CARD.y + 56
    draw_text(surface, app.fonts, t("minigame.result").upper(), (inner.x, y), "small",
              pal.accent, "bold")
    if result.outcome == "played":
        big = t("minigame.points", n=number(result.points, app.settings.lang))
        draw_text(surface, app.fonts, big, (inner.x, y + 50), "headline", pal.ink, "display")
    y += 170
    marks = {"good": ("✓", theme.GAIN_TEXT), "bad": ("×", theme.LOSS_TEXT),
             "plain": ("•", pal.ink_soft)}
    # The lines keep clear of the score line below them: a size less, then another.
    lang = app.settings.lang  # large counts as the language writes them: 1,560 or 1.560
    texts = [t(line.key, **{k: number(v, lang) if type(v) is int and abs(v) >= 1000 else v
                            for k, v in line.values.items()}) for line in result.lines]
    floor = CARD.bottom - 260
    size = next((sz for sz in ("lead", "body", "small") if y + sum(
        paragraph_height(app.fonts, x, inner.width - 56, sz) + 14 for x in texts) <= floor),
        "small")
    for line, words in zip(result.lines, texts):
        mark, color = marks[line.tone]
        draw_text(surface, app.fonts, mark, (inner.x, y), size, color, "bold")
        y = draw_paragraph(surface, app.fonts, words,
                           pygame.Rect(inner.x + 56, y, inner.width - 56, 200), size,
                           pal.ink) + 14
    delta = scene.outcome.delta
    arrow, color = theme.trend(delta, pal.ink_soft)
    # How game points became score points: the app's grade of the play, 0 % or less
    # earning nothing (the game's own penalties aside).
    grade = str(round(scene.outcome.result.grade * 100)).replace("-", "−")
    text = (t("minigame.score_moved", delta=signed(delta), arrow=arrow, grade=grade)
            if delta else t("minigame.score_same", grade=grade))
    draw_text(surface, app.fonts, text, (inner.x, CARD.bottom - 250), "lead", color, "bold")
