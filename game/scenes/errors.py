"""Shown instead of the game when a level file is broken: every problem, then a clean exit.

A museum technician reads ``file:line:col: message`` here and in the terminal;
no traceback ever reaches the screen.
"""
from __future__ import annotations

import pygame

from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text
from .base import Scene

MAX_LINES = 14


class ErrorScene(Scene):
    palette = theme.DEBRIEF
    watches_idle = False

    def __init__(self, app, problems: list[str]):
        super().__init__(app)
        self.problems = problems

    def chrome(self) -> list[Button]:
        return []

    def layout(self) -> list[Button]:
        rect = pygame.Rect(80, 940, 420, 100)
        return [Button(self.app.t("errors.quit"), rect, self.quit, key="quit")]

    def quit(self) -> None:
        self.app.running = False

    def back(self) -> None:
        self.quit()

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        surface.fill(pal.bg_bottom)
        # Each part below the one before: the visitor's line wraps rather than run off the
        # screen (German, larger text).
        y = draw_paragraph(surface, fonts, app.t("errors.visitor"), pygame.Rect(80, 60, 1760,
                           200), "title", pal.ink, "bold") + 30
        y = draw_paragraph(surface, fonts, app.t("errors.title", n=len(self.problems)),
                           pygame.Rect(80, y, 1760, 100), "lead", pal.ink, "semibold") + 10
        y = draw_paragraph(surface, fonts, app.t("errors.lead"), pygame.Rect(80, y, 1760, 100),
                           "body", pal.ink_soft) + 24
        for line in self.problems[:MAX_LINES]:
            y = draw_paragraph(surface, fonts, line, pygame.Rect(80, y, 1760, 100), "small",
                               pal.ink, max_lines=1) + 8
        if len(self.problems) > MAX_LINES:
            draw_text(surface, fonts, app.t("errors.more", n=len(self.problems) - MAX_LINES),
                      (80, y + 10), "small", pal.ink_soft)
        self.draw_buttons(surface)
