"""The attract screen: the app's cheerful promise, and the start of every visit.

It doubles as the trailer: beside each of its three promises in turn, the phone shows
it kept (``attract``). Any tap begins. It says plainly what the session records, before
anything is recorded.
"""
from __future__ import annotations


import pygame

from ..ui import layout
from ..ui import theme
from ..ui.pictures import PICTURES
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, shadow, vertical_gradient
from .attract import Preview
from .base import Scene

PULSE, RING = 3.0, 0.5  # seconds: the ring around Join pulses out every PULSE, for RING
LEFT = 140
PHONE = pygame.Rect(1160, 250, 620, 560)
PROMISES = ("title.point1", "title.point2", "title.point3")
PROMISE_Y, PROMISE_STEP = 540, 62


class TitleScene(Scene):
    watches_idle = False
    frame_interval = 1 / 20  # the attract loop: smooth enough, and a kiosk keeps cool
    keeps_frame = False  # a blit and a number: cheaper to paint than to copy the canvas

    def __init__(self, app):
        super().__init__(app)
        self.time = 0.0
        self.preview = Preview(app, PHONE, self.palette)
        self.base: pygame.Surface | None = None

    def layout(self) -> list[Button]:
        rect = pygame.Rect(0, 0, 620, 130)
        rect.topleft = (140, 740)
        return [Button(self.app.t("title.start"), rect, self.start, key="start")]

    def start(self) -> None:
        from .play import PlayScene
        app = self.app
        session = app.new_session()
        app.play("whoosh")
        if app.config.room is not None and app.config.room.asks(session, "before"):
            from .survey import SurveyScene  # a workshop room's question first
            app.replace(SurveyScene(app, "before", lambda: app.replace(PlayScene(app))))
            return
        app.replace(PlayScene(app))

    def tap_elsewhere(self, pos) -> None:
        self.start()

    def animating(self) -> bool:
        """The attract loop moves for moments (a scene rises, a score rolls, the ring
        around Join pulses out), shown at ``frame_interval``; between them it stands
        still, and a kiosk waiting for a visitor draws almost nothing."""
        return (self.time % PULSE < RING + 0.05 or self.preview.animating()
                or super().animating())

    def update(self, dt: float) -> None:
        super().update(dt)
        self.time += dt
        promise = self.preview.promise
        self.preview.update(dt)
        if self.preview.promise != promise:
            self.repaint()  # the next scene: its last still picture must show it

    def relayout(self) -> None:
        super().relayout()
        app = self.app  # the next visitor's title is the same picture
        key = ("title-base", id(app.config.scenario), app.config.room is not None,
               app.settings.lang, app.fonts.scale,
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
        start = self.buttons[0].rect
        draw_text(base, fonts, app.t("title.tap"), (start.centerx, start.bottom + 26), "body",
                  pal.ink_soft, anchor="midtop")
        privacy = "title.privacy_room" if app.config.room is not None else "title.privacy"
        draw_paragraph(base, fonts, app.t(privacy), pygame.Rect(LEFT, 972, 1640, 100),
                       "small", pal.ink_soft)
        base.blit(shadow(PHONE.size), (PHONE.x - 18, PHONE.y - 18))
        panel(base, PHONE, pal.surface)
        return base

    def exit(self) -> None:
        super().exit()
        self.base = None

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        layout.blit(surface, self.base, (0, 0))
        self.draw_buttons(surface)
        if not app.settings.reduce_motion:
            pulse = max(0.0, 1 - (self.time % PULSE) / RING)  # out on the beat, then still
            grow = round(10 + 8 * pulse)  # the ring follows the button's own corners
            ring = self.buttons[0].rect.inflate(2 * grow, 2 * grow)
            pygame.draw.rect(surface, pal.accent, ring, 3, border_radius=theme.RADIUS + grow)
        shown = self.preview.promise  # the promise the phone shows sits on the phone's white
        weights = ["semibold" if i == shown else "regular" for i in range(len(PROMISES))]
        width, height = fonts.font("lead", "semibold").size(app.t(PROMISES[shown]))
        panel(surface, pygame.Rect(LEFT - 16, PROMISE_Y + shown * PROMISE_STEP - 6, width + 84,
                                   height + 14), pal.surface, 24)
        for i, key in enumerate(PROMISES):
            y = PROMISE_Y + i * PROMISE_STEP
            pygame.draw.circle(surface, theme.GAIN, (LEFT + 14, y + 24), 12)
            draw_text(surface, fonts, app.t(key), (LEFT + 44, y), "lead", pal.ink, weights[i])
        self.preview.paint(surface, at_rest=app.top is not self)
