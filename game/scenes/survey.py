"""A workshop room's question, before play and again after it: five answers or Skip.

Shown only at a station of a room whose facilitator turned it on, and only for a level with
a ``survey``. The answer goes, with the visit's summary and without a name, to the room;
the screen says so. Skipping is one tap, and costs nothing.
"""
from __future__ import annotations

import pygame

from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text, vertical_gradient
from .base import Scene

LEFT, WIDTH = 160, 1600
ANSWER_W, ANSWER_H, GAP = 280, 150, 50
ANSWERS_Y, NOTE_Y = 520, 760


class SurveyScene(Scene):
    def __init__(self, app, when: str, then):
        super().__init__(app)
        self.when, self.then = when, then  # "before" or "after"; what comes next

    def screen_id(self) -> str:
        return f"survey-{self.when}"

    def layout(self) -> list[Button]:
        y = ANSWERS_Y
        buttons = [Button(str(n), pygame.Rect(LEFT + (n - 1) * (ANSWER_W + GAP), y, ANSWER_W,
                                              ANSWER_H), lambda n=n: self.answer(n), "secondary",
                          key=f"answer-{n}") for n in range(1, 6)]
        skip = pygame.Rect(0, 900, 420, 110)
        skip.centerx = theme.CANVAS[0] // 2
        return buttons + [Button(self.app.t("room.survey.skip"), skip, lambda: self.answer(None),
                                 "quiet", key="skip")]

    def default_focus(self) -> int:
        return 2  # the middle of the scale: no answer suggested

    def answer(self, value: int | None) -> None:
        self.app.config.room.answer(self.app.session, self.when, value)
        self.then()

    def pick(self, index: int) -> None:
        if 0 <= index < 5:
            self.answer(index + 1)

    def back(self) -> None:
        self.answer(None)

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        surface.blit(vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom), (0, 0))
        survey = app.config.scenario.survey
        draw_text(surface, fonts, app.t(f"room.survey.{self.when}"), (LEFT, 170), "lead",
                  pal.accent, "semibold")
        draw_paragraph(surface, fonts, app.text(survey.question),
                       pygame.Rect(LEFT, 230, WIDTH, 270), "headline", pal.ink, "display",
                       max_lines=3)
        under = ANSWERS_Y + ANSWER_H + 24
        draw_text(surface, fonts, "1 · " + app.text(survey.low), (LEFT, under), "body",
                  pal.ink_soft, "semibold")
        draw_text(surface, fonts, app.text(survey.high) + " · 5", (LEFT + WIDTH, under), "body",
                  pal.ink_soft, "semibold", anchor="topright")
        draw_paragraph(surface, fonts, app.t("room.survey.note"),
                       pygame.Rect(LEFT, NOTE_Y, WIDTH, 120), "small", pal.ink_soft)
        self.draw_buttons(surface)
