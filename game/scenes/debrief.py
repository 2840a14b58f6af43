"""The sober debrief: what happened, what was kept, what it did, what is real, now what.

Pages are built from the session log (through ``core.debrief``) and painted once
into a surface; turning a page is the only thing that redraws them.
"""
from __future__ import annotations

import pygame

from ..ui import layout
from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text
from . import debrief_pages as pages
from .debrief_room import status, with_room
from .base import Scene

NAV_Y = 940
NAV_H = 100


class DebriefScene(Scene):
    palette = theme.DEBRIEF

    def __init__(self, app, summary):
        super().__init__(app)
        self.summary = summary
        self.page = 0
        self.plan: list[tuple[str, object]] = []
        self._painted: pygame.Surface | None = None
        # The page is painted on a sheet made with the screen, not in the frame that shows it.
        self._sheet = app.canvas.copy()  # (the canvas's format, in one allocation)
        self.bottom = 0  # where the painted page's content ends, for the layout tests
        self._room_said = None  # the room's answer the room page shows

    def screen_id(self) -> str:
        kind = self.plan[self.page][0] if self.plan else "page"
        return f"debrief-{kind}"

    def relayout(self) -> None:
        self.plan = with_room(self.app, pages.plan(self.app, self.summary))
        self.page = min(self.page, len(self.plan) - 1)
        self._painted = None
        super().relayout()

    def default_focus(self) -> int:
        return 1  # "Next": reading goes forward

    def layout(self) -> list[Button]:
        app = self.app
        last = self.page == len(self.plan) - 1
        back = Button(app.t("debrief.back"), pygame.Rect(80, NAV_Y, 360, NAV_H), self.previous,
                      "quiet", enabled=self.page > 0, key="back")
        label = app.t("debrief.finish") if last else app.t("debrief.next")
        width = self._fit_width(label, 560)
        nxt = Button(label, pygame.Rect(theme.CANVAS[0] - 80 - width, NAV_Y, width, NAV_H),
                     self.finish if last else self.forward, "primary", key="forward")
        if last:
            return [back, nxt]
        # Finishing is possible from any page: a visitor may not read to the end.
        label = app.t("debrief.done")
        width = self._fit_width(label, 300)
        done = Button(label, pygame.Rect(nxt.rect.x - 40 - width, NAV_Y, width, NAV_H),
                      self.finish, "quiet", key="finish")
        return [back, nxt, done]

    def _fit_width(self, label: str, least: int) -> int:
        """Wide enough for the label at full size: buttons grow, their words never shrink."""
        return max(least, self.app.fonts.font("lead", "semibold").size(label)[0] + 64)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.plan and self.plan[self.page][0] == "room":  # the room's answer came
            said = status(self.app)
            if said is not self._room_said:
                self._room_said, self._painted = said, None
                self.repaint()

    def forward(self) -> None:
        self.page = min(self.page + 1, len(self.plan) - 1)
        self._painted = None
        self.app.play("whoosh")
        self.relayout()

    def previous(self) -> None:
        self.page = max(0, self.page - 1)
        self._painted = None
        self.relayout()

    def back(self) -> None:
        self.previous()

    def finish(self) -> None:
        """The visitor's session is deleted here; the next visitor starts clean. In a room
        that asks its question, it is asked again first, and the answer sent."""
        app = self.app
        if app.config.room is not None and app.config.room.asks(app.session, "after"):
            from .survey import SurveyScene

            def done():
                app.end_session()  # the summary again, with the answer
                app.reset("finished")
            app.replace(SurveyScene(app, "after", done))
            return
        app.reset("finished")

    def pick(self, index: int) -> None:
        if 0 <= index < len(self.plan):
            self.page = index
            self._painted = None
            self.relayout()

    def paint(self, surface: pygame.Surface) -> None:
        if self._painted is None:
            self._painted = self._paint()
        layout.blit(surface, self._painted, (0, 0))
        self.draw_buttons(surface)

    def _paint(self) -> pygame.Surface:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        surf = self._sheet
        layout.forget(surf)
        surf.fill(pal.bg_bottom)
        kind, payload = self.plan[self.page]
        # The header names the source; it wraps short of the language and settings buttons.
        room = min(b.rect.x for b in self.buttons if b.key in ("settings",) or
                   b.key.startswith("lang-")) - 40 - 80
        work = app.config.scenario.based_on
        if self.page == 0 and work is not None:  # the source is named as the debrief opens
            draw_paragraph(surf, fonts, app.t("debrief.header", work=app.text(work)),
                           pygame.Rect(80, 28, room, 100), "small", pal.ink_soft, "semibold",
                           max_lines=2)
        self.bottom = pages.PAINTERS[kind](app, pal, surf, payload)
        label = app.t("debrief.page", n=self.page + 1, total=len(self.plan))
        draw_text(surf, fonts, label, (560, NAV_Y + NAV_H // 2), "body", pal.ink_soft,
                  anchor="midleft")
        return surf
