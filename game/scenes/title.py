"""The attract screen: the app's cheerful promise, and the start of every visit.

It doubles as the trailer: a score rolls up, rewards float by. Any tap begins.
It says plainly what the session records, before anything is recorded.
"""
from __future__ import annotations


import pygame

from ..i18n import number, signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Counter
from ..ui.pictures import PICTURES
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, shadow, vertical_gradient
from .base import Scene

# Where the teaser's score rolls to, as fractions of the scenario's own range.
BEAT, ROLL = 1.6, 0.5  # seconds: a new teaser score each beat, rolling up for ROLL
TEASER = (0.45, 0.53, 0.585, 0.653, 0.563, 0.692, 0.755, 0.835)
LEFT = 140
PHONE = pygame.Rect(1160, 250, 620, 560)


class TitleScene(Scene):
    watches_idle = False
    frame_interval = 1 / 20  # the attract loop: smooth enough, and a kiosk keeps cool
    keeps_frame = False  # a blit and a number: cheaper to paint than to copy the canvas

    def __init__(self, app):
        super().__init__(app)
        self.time = 0.0
        sc = app.config.scenario
        self.teaser_scores = [round(sc.score_min + f * (sc.score_max - sc.score_min)) for f in TEASER]
        self.counter = Counter(self.teaser_scores[0])
        self.teaser = 0
        self.base: pygame.Surface | None = None

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

    def animating(self) -> bool:
        """The attract loop moves on each beat for a moment (the score rolls to its next
        teaser, the ring around Join pulses out), shown at ``frame_interval``; between
        beats it stands still, and a kiosk waiting for a visitor draws almost nothing."""
        return self.time % BEAT < ROLL + 0.05 or self.counter.rolling

    def update(self, dt: float) -> None:
        super().update(dt)
        self.time += dt
        beat = int(self.time / BEAT) % len(self.teaser_scores)
        if beat != self.teaser:
            self.teaser = beat
            self.counter.set(self.teaser_scores[beat], ROLL)
        self.counter.update(dt, self.app.settings.reduce_motion)

    def relayout(self) -> None:
        super().relayout()
        app = self.app  # the next visitor's title is the same picture
        key = ("title-base", id(app.config.scenario), app.settings.lang, app.fonts.scale,
               self.palette, tuple(self.buttons[0].rect))
        self.base = PICTURES.get(key, self._paint_base)

    def _paint_base(self) -> pygame.Surface:
        """The words and panels that stand still, painted once per language."""
        app, pal, fonts = self.app, self.palette, self.app.fonts
        base = vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom).copy()
        scenario = app.config.scenario
        draw_text(base, fonts, app.text(scenario.title), (LEFT, 190), 150, pal.accent, "display")
        tagline = app.text(scenario.tagline)
        # One line above the promises: larger text or a longer language takes a size less.
        size = "title" if len(fonts.wrap(tagline, "title", 820, "semibold")) == 1 else "lead"
        draw_paragraph(base, fonts, fonts.fit(tagline, size, 820, "semibold"),
                       pygame.Rect(LEFT, 390, 820, 200), size, pal.ink, "semibold")
        y = 540
        for key in ("title.point1", "title.point2", "title.point3"):
            pygame.draw.circle(base, theme.GAIN, (LEFT + 14, y + 24), 12)
            draw_text(base, fonts, app.t(key), (LEFT + 44, y), "lead", pal.ink)
            y += 62
        start = self.buttons[0].rect
        draw_text(base, fonts, app.t("title.tap"), (start.centerx, start.bottom + 26), "body",
                  pal.ink_soft, anchor="midtop")
        draw_paragraph(base, fonts, app.t("title.privacy"), pygame.Rect(LEFT, 972, 1640, 100),
                       "small", pal.ink_soft)
        base.blit(shadow(PHONE.size), (PHONE.x - 18, PHONE.y - 18))
        panel(base, PHONE, pal.surface)
        draw_text(base, fonts, app.t("hud.your_score"), (PHONE.centerx, PHONE.y + 50), "lead",
                  pal.ink_soft, "semibold", anchor="midtop")
        label = fonts.render(app.t("title.badge"), "body", pal.ink, "bold")
        pill = label.get_rect(midtop=(PHONE.centerx, PHONE.y + 440)).inflate(60, 30)
        panel(base, pill, theme.ORANGE, pill.height // 2)
        layout.blit(base, label, label.get_rect(center=pill.center))
        return base

    def exit(self) -> None:
        super().exit()
        self.base = None

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        layout.blit(surface, self.base, (0, 0))
        self.draw_buttons(surface)
        if not app.settings.reduce_motion:
            pulse = max(0.0, 1 - (self.time % BEAT) / ROLL)  # out on the beat, then still
            ring = self.buttons[0].rect.inflate(20 + 16 * pulse, 20 + 16 * pulse)
            pygame.draw.rect(surface, pal.accent, ring, 3, border_radius=70)
        figure = fonts.render(number(self.counter.value, app.settings.lang), "score", pal.ink,
                              "display", cache=not self.counter.rolling)
        layout.blit(surface, figure, figure.get_rect(midtop=(PHONE.centerx, PHONE.y + 110)))
        gained = self.counter.target - self.teaser_scores[self.teaser - 1] if self.teaser else 0
        if gained:
            arrow, color = theme.trend(gained, pal.ink_soft)
            draw_text(surface, fonts, f"{arrow} {signed(gained)}", (PHONE.centerx, PHONE.y + 300),
                      "title", color, "bold", anchor="midtop")
