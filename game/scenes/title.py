"""The attract screen: the app's cheerful promise, and the start of every visit.

It doubles as the trailer: a score rolls up, rewards float by. Any tap begins.
It says plainly what the session records, before anything is recorded.
"""
from __future__ import annotations

import math

import pygame

from .. import input as inp
from ..i18n import number, signed
from ..ui import theme
from ..ui.anim import Counter
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, shadow, vertical_gradient
from .base import Scene

TEASER_SCORES = (620, 668, 701, 742, 688, 765, 803, 851)


class TitleScene(Scene):
    watches_idle = False

    def __init__(self, app):
        super().__init__(app)
        self.time = 0.0
        self.counter = Counter(TEASER_SCORES[0])
        self.teaser = 0
        self.background = vertical_gradient(theme.CANVAS, self.palette.bg_top, self.palette.bg_bottom)
        self.card_shadow = shadow((620, 560))

    def layout(self) -> list[Button]:
        rect = pygame.Rect(0, 0, 620, 130)
        rect.topleft = (140, 740)
        return [Button(self.app.t("title.start"), rect, self.start, key="start")]

    def start(self) -> None:
        from .play import PlayScene
        self.app.new_session()
        self.app.play("whoosh")
        self.app.replace(PlayScene(self.app))

    def tap_elsewhere(self, pos) -> None:
        self.start()

    def back(self) -> None:
        pass

    def update(self, dt: float) -> None:
        super().update(dt)
        self.time += dt
        beat = int(self.time / 1.6) % len(TEASER_SCORES)
        if beat != self.teaser:
            self.teaser = beat
            self.counter.set(TEASER_SCORES[beat], 0.9)
        self.counter.update(dt, self.app.settings.reduce_motion)

    def draw(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        surface.blit(self.background, (0, 0))
        scenario = app.config.scenario
        left = 140
        draw_text(surface, fonts, app.text(scenario.title), (left, 190), 150, pal.accent, "display")
        draw_paragraph(surface, fonts, app.text(scenario.tagline), pygame.Rect(left, 390, 820, 200),
                       "title", pal.ink, "semibold")
        y = 540
        for key in ("title.point1", "title.point2", "title.point3"):
            pygame.draw.circle(surface, theme.GAIN, (left + 14, y + 24), 12)
            draw_text(surface, fonts, app.t(key), (left + 44, y), "lead", pal.ink)
            y += 62
        self.draw_buttons(surface)
        pulse = 0.5 + 0.5 * math.sin(self.time * 3.0)
        if not app.settings.reduce_motion:
            ring = self.buttons[0].rect.inflate(20 + 16 * pulse, 20 + 16 * pulse)
            pygame.draw.rect(surface, pal.accent, ring, 3, border_radius=70)
        draw_text(surface, fonts, app.t("title.tap"), (self.buttons[0].rect.centerx,
                  self.buttons[0].rect.bottom + 26), "body", pal.ink_soft, anchor="midtop")
        self._draw_phone(surface)
        privacy = pygame.Rect(left, 972, 1640, 100)
        draw_paragraph(surface, fonts, app.t("title.privacy"), privacy, "small", pal.ink_soft)

    def _draw_phone(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        rect = pygame.Rect(1160, 250, 620, 560)
        surface.blit(self.card_shadow, (rect.x - 18, rect.y - 18))
        panel(surface, rect, pal.surface)
        draw_text(surface, fonts, app.t("hud.your_score"), (rect.centerx, rect.y + 50), "lead",
                  pal.ink_soft, "semibold", anchor="midtop")
        draw_text(surface, fonts, number(self.counter.value, app.settings.lang),
                  (rect.centerx, rect.y + 110), "score", pal.ink, "display", anchor="midtop")
        gained = self.counter.target - TEASER_SCORES[self.teaser - 1] if self.teaser else 0
        if gained:
            color = theme.GAIN_TEXT if gained > 0 else theme.LOSS_TEXT
            arrow = "▲" if gained > 0 else "▼"
            draw_text(surface, fonts, f"{arrow} {signed(gained)}", (rect.centerx, rect.y + 300),
                      "title", color, "bold", anchor="midtop")
        label = fonts.render(app.t("title.badge"), "body", pal.ink, "bold")
        pill = label.get_rect(midtop=(rect.centerx, rect.y + 440)).inflate(60, 30)
        panel(surface, pill, theme.ORANGE, pill.height // 2)
        surface.blit(label, label.get_rect(center=pill.center))
