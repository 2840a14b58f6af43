"""The contract every screen keeps, and the chrome they share.

A scene lays out its buttons in ``layout`` (again whenever language or text size
changes), turns actions into presses in ``handle``, animates in ``update`` and only
paints in ``draw``. Every screen carries the language switch and the settings.
"""
from __future__ import annotations

import pygame

from .. import input as inp
from ..i18n import LANGUAGE_NAMES
from ..ui.theme import APP, CANVAS, Palette
from ..ui.widgets import Button, Focus, draw_button

CHROME_Y = 28
CHROME_H = 96


class Scene:
    palette: Palette = APP
    opaque = True
    frame_interval = 0.0  # seconds between presented pictures while it animates (0: every frame)
    keeps_frame = True  # keep a copy of the still picture (a screen quick to paint need not)
    watches_idle = True

    def __init__(self, app):
        self.app = app
        self.focus = Focus()
        self.buttons: list[Button] = []
        self._pressed: Button | None = None
        self._press_time = 0.0
        self._frame: pygame.Surface | None = None  # the last still frame, reused while nothing moves
        self._dirty = True  # the picture on screen is out of date

    # -- the contract -------------------------------------------------------------

    def enter(self) -> None:
        self.relayout()

    def exit(self) -> None:
        """Let go of what this screen holds; its button actions point back at it."""
        self._frame = None
        self.buttons = []
        self.focus.buttons = []

    def resume(self) -> None:
        """Back on top after an overlay closed."""
        self.relayout()

    def layout(self) -> list[Button]:
        return []

    def relayout(self) -> None:
        current = self.focus.current()
        key = current.key if current else None
        own = self.layout()
        self.buttons = own + self.chrome()
        self.invalidate()
        # The focus stays on a button that is still there; the top bar never keeps it, so a
        # new screen starts on its primary action.
        keys = [b.key for b in own]
        prefer = keys.index(key) if key in keys else self.default_focus() if own else None
        self.focus.set(self.buttons, prefer)
        self.focus.visible = self.focus.visible or getattr(self.app, "keyboard", False)

    def default_focus(self) -> int:
        """The screen's primary action: its first primary button, else its first."""
        return next((i for i, b in enumerate(self.buttons) if b.style == "primary"
                     and b.enabled), 0)

    def invalidate(self) -> None:
        """What the screen shows may have changed: paint afresh next frame (a screen that
        keeps pictures of its content lets them go)."""
        self.repaint()

    def repaint(self) -> None:
        """Only how it looks changed (the focus ring, a button pressed): paint next frame."""
        self._frame, self._dirty = None, True

    def handle(self, action: inp.Action) -> None:
        self.repaint()
        # Once a key is used the focus ring shows on every screen, until a tap or a click.
        self.app.keyboard = action.kind != inp.POINT
        if self.app.keyboard:
            self.focus.visible = True
        if action.kind == inp.POINT:
            for button in self.buttons:
                if button.hit(action.pos):
                    self.press(button)
                    return
            self.tap_elsewhere(action.pos)
        elif action.kind == inp.NEXT:
            self.focus.move(1)
        elif action.kind == inp.PREV:
            self.focus.move(-1)
        elif action.kind == inp.CONFIRM:
            button = self.focus.current()
            if button is not None:
                self.press(button)
        elif action.kind == inp.PICK:
            self.pick(action.index)
        elif action.kind == inp.BACK:
            self.back()

    def press(self, button: Button) -> None:
        self.app.presses += 1
        self.app.play("tap")
        self._pressed, self._press_time = button, 0.12
        button.on_press()

    def tap_elsewhere(self, pos: tuple[int, int]) -> None:
        pass

    def pick(self, index: int) -> None:
        pass

    def back(self) -> None:
        pass

    def update(self, dt: float) -> None:
        if self._press_time > 0:
            self._press_time = max(0.0, self._press_time - dt)
            if self._press_time == 0:
                self.repaint()  # the pressed button springs back

    def draw(self, surface: pygame.Surface) -> None:
        """Paint while anything moves; once still, keep that frame (``keeps_frame``) and
        blit it again, or paint again if painting costs less than keeping."""
        moving = self.animating()
        if moving or self._dirty or self._frame is None:
            self.paint(surface)
            self._dirty = moving  # once it stands still, one more picture: the final one
            self._frame = surface.copy() if self.keeps_frame and not moving else None
        else:
            surface.blit(self._frame, (0, 0))

    def animating(self) -> bool:
        """True while the picture changes from frame to frame without any input."""
        return self._press_time > 0

    def needs_paint(self) -> bool:
        """The picture on screen is out of date (laid out or told so since it was drawn).
        A scene that draws in its own way says so here, or it is drawn every frame."""
        return self._dirty and not self.animating()

    def paint(self, surface: pygame.Surface) -> None:
        raise NotImplementedError

    def screen_id(self) -> str:
        return type(self).__name__.removesuffix("Scene").lower()

    # -- shared pieces --------------------------------------------------------------

    def chrome(self) -> list[Button]:
        """The language switch and the settings, top right on every screen."""
        from .settings import SettingsScene
        app = self.app
        others = [lang for lang in app.config.scenario.languages if lang != app.settings.lang]
        items = [(app.t("settings.open"), lambda: app.push(SettingsScene(app)), "settings")]
        items += [(LANGUAGE_NAMES.get(lang, lang), lambda lang=lang: app.set_language(lang),
                   f"lang-{lang}") for lang in others]
        items += self.chrome_extra()
        return self.chrome_row(items)

    def chrome_extra(self) -> list[tuple]:
        """More (label, action, key) buttons for the top row, placed left of the switches."""
        return []

    def chrome_row(self, items: list[tuple]) -> list[Button]:
        """Buttons sized to their words, right to left from the top-right corner."""
        font = self.app.fonts.font("lead", "semibold")
        x = CANVAS[0] - 40
        buttons = []
        for label, action, key in items:
            width = max(200, font.size(label)[0] + 64)
            x -= width
            buttons.append(Button(label, pygame.Rect(x, CHROME_Y, width, CHROME_H), action,
                                  "quiet", key=key))
            x -= 20
        return buttons

    def draw_buttons(self, surface: pygame.Surface, buttons: list[Button] | None = None) -> None:
        focused = self.focus.shown()
        for button in buttons if buttons is not None else self.buttons:
            draw_button(surface, self.app.fonts, button, self.palette, button is focused,
                        pressed=button is self._pressed and self._press_time > 0)

    def button(self, key: str) -> Button | None:
        return next((b for b in self.buttons if b.key == key), None)
