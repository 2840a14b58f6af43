"""The session's end: the app's last cheerful word, then the turn to the debrief.

This is the seam between the two identities: the bright app steps aside and the
sober debrief begins.
"""
from __future__ import annotations

import pygame

from ..core import debrief
from ..i18n import number
from ..ui import layout
from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, shadow, vertical_gradient
from .base import Scene

BOX = pygame.Rect(360, 170, 1200, 800)


class EndScene(Scene):
    def __init__(self, app):
        super().__init__(app)
        self.summary = debrief.build(app.config.scenario, app.session.log)
        self.base: pygame.Surface | None = None

    def layout(self) -> list[Button]:
        rect = pygame.Rect(BOX.x + 80, BOX.bottom - 80 - 120, BOX.width - 160, 120)
        return [Button(self.app.t("end.see"), rect, self.open_debrief, key="debrief")]

    def _base(self) -> pygame.Surface:
        """Background, shadow and panel, painted once and kept."""
        if self.base is None:
            pal = self.palette
            self.base = vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom).copy()
            self.base.blit(shadow(BOX.size), (BOX.x - 18, BOX.y - 18))
            panel(self.base, BOX, pal.surface)
        return self.base

    def exit(self) -> None:
        super().exit()
        self.base = None

    def open_debrief(self) -> None:
        """The other scorers, the epilogue and the closing move come first, if the scenario
        has them; then the debrief."""
        from .afterword import go_on
        go_on(self.app)

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        s = self.summary
        layout.blit(surface, self._base(), (0, 0))
        key = "end.left" if s.left else "end.title"
        draw_text(surface, fonts, app.t(key), (BOX.centerx, BOX.y + 60), "headline", pal.ink,
                  "display", anchor="midtop")
        tier = app.config.scenario.tier(s.final_tier)
        draw_text(surface, fonts, number(s.final_score, app.settings.lang),
                  (BOX.centerx, BOX.y + 165), "score", pal.ink, "display", anchor="midtop")
        draw_text(surface, fonts, app.text(tier.name), (BOX.centerx, BOX.y + 350), "title",
                  pal.accent, "bold", anchor="midtop")
        key = {0: "end.kept_private", 1: "end.kept_one_partner"}.get(len(s.partners), "end.kept")
        line = app.t(key, n=number(s.data_points, app.settings.lang), partners=len(s.partners))
        draw_paragraph(surface, fonts, line, pygame.Rect(BOX.x + 100, BOX.y + 440, BOX.width - 200,
                       0), "lead", pal.ink, align="center")
        self.draw_buttons(surface)
