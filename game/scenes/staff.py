"""The staff exit of a kiosk: a PIN on an on-screen number pad, then quit or go back.

It opens only after the hidden gesture (five taps in the top-left corner within three
seconds, see ``game.kiosk``). A wrong PIN clears the pad and says so; the third in a row
closes it and rests the gesture for a minute. Left alone for 30 seconds, it closes: a
visitor who finds it by chance is back in the game.
"""
from __future__ import annotations

import pygame

from ..runlog import LOG
from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text, panel
from .overlays import BOX, Modal

STAFF_BOX = pygame.Rect(0, 0, 1200, 900)
STAFF_BOX.center = (theme.CANVAS[0] // 2, theme.CANVAS[1] // 2)
KEY_W, KEY_H, GAP = 170, 110, 16
PAD_X = STAFF_BOX.right - 60 - 3 * KEY_W - 2 * GAP
PAD_Y = STAFF_BOX.y + 60
LEFT_W = PAD_X - STAFF_BOX.x - 60 - 40  # the words' column, left of the pad
MAX_DIGITS = 8
UNATTENDED = 30.0  # seconds without input before the pad closes by itself


class StaffScene(Modal):
    watches_idle = False
    accent = theme.BLUE
    box = STAFF_BOX

    def __init__(self, app, pin: str, gesture, where: str = ""):
        super().__init__(app)
        self.pin, self.gesture, self.where = pin, gesture, where
        self.typed = ""
        self.unlocked = False
        self.wrong = False  # the last PIN was wrong: say so until the next digit
        self.quiet = 0.0  # seconds since the last input
        LOG.info("staff exit: number pad opened")

    def screen_id(self) -> str:
        return "staff-menu" if self.unlocked else "staff-pin"

    # -- buttons ------------------------------------------------------------------------

    def layout(self) -> list[Button]:
        if self.unlocked:
            return self._menu()
        keys = [str(n) for n in range(1, 10)] + ["delete", "0", "ok"]
        buttons = []
        for i, key in enumerate(keys):
            col, row = i % 3, i // 3
            rect = pygame.Rect(PAD_X + col * (KEY_W + GAP), PAD_Y + row * (KEY_H + GAP),
                               KEY_W, KEY_H)
            if key == "delete":  # the phone's backspace key: one digit back
                buttons.append(Button("\u232b", rect, self._delete, "quiet", key="pin-delete"))
            elif key == "ok":
                buttons.append(Button(self.app.t("staff.ok"), rect, self._submit, "primary",
                                      key="pin-ok"))
            else:
                buttons.append(Button(key, rect, lambda d=key: self._digit(d), "secondary",
                                      key=f"pin-{key}"))
        cancel = pygame.Rect(STAFF_BOX.x + 60, STAFF_BOX.bottom - 60 - KEY_H, LEFT_W, KEY_H)
        buttons.append(Button(self.app.t("staff.cancel"), cancel, self._cancel, "quiet",
                              key="staff-cancel"))
        return buttons

    def _menu(self) -> list[Button]:
        width = (self.box.width - 120 - 24) // 2
        y = self.box.bottom - 60 - 130
        back = pygame.Rect(self.box.x + 60, y, width, 130)
        quit_ = pygame.Rect(back.right + 24, y, width, 130)
        return [Button(self.app.t("staff.back"), back, self._cancel, "primary", key="staff-back"),
                Button(self.app.t("staff.quit"), quit_, self._quit, "danger", key="staff-quit")]

    def default_focus(self) -> int:
        return 0  # the pad's 1, or "back to the game"

    # -- what the keys do -------------------------------------------------------------

    def _digit(self, digit: str) -> None:
        self.wrong = False
        if len(self.typed) < MAX_DIGITS:
            self.typed += digit
        self.relayout()
        if len(self.typed) >= 4:  # Enter now submits, as on a phone's PIN screen
            self.focus.index = self.buttons.index(self.button("pin-ok"))

    def _delete(self) -> None:
        self.typed, self.wrong = self.typed[:-1], False
        self.relayout()

    def _submit(self) -> None:
        if self.typed == self.pin:
            self.gesture.right_pin()
            self.unlocked, self.box = True, BOX.inflate(0, 160)  # the usual box, taller
            LOG.info("staff exit: PIN accepted")
            self.relayout()
            return
        self.typed, self.wrong = "", True
        LOG.warning("staff exit: wrong PIN")
        if self.gesture.wrong_pin(self.app.elapsed):
            LOG.warning("staff exit: three wrong PINs; the gesture rests for a minute")
            self.app.pop()
            return
        self.app.play("refused")
        self.relayout()

    def _cancel(self) -> None:
        LOG.info("staff exit: back to the game")
        self.app.pop()

    def _quit(self) -> None:
        self.app.stop("staff exit")

    def pick(self, index: int) -> None:
        """Digit keys type on the pad (0 arrives as the tenth)."""
        if not self.unlocked and 0 <= index <= 9:
            self._digit(str((index + 1) % 10))

    def back(self) -> None:
        """Backspace: a digit back while there are some; then, as Esc, back to the game."""
        self._delete() if self.typed and not self.unlocked else self._cancel()

    def tap_elsewhere(self, pos) -> None:
        pass  # a stray tap beside the pad must not close it mid-PIN

    def handle(self, action) -> None:
        self.quiet = 0.0
        super().handle(action)

    def update(self, dt: float) -> None:
        super().update(dt)
        self.quiet += dt
        if self.quiet >= UNATTENDED:
            LOG.info("staff exit: closed after %d s without input", UNATTENDED)
            self.app.pop()

    # -- painting -----------------------------------------------------------------------

    def heading(self) -> str:
        return self.app.t("staff.menu_title" if self.unlocked else "staff.title")

    def body(self) -> str:
        if self.unlocked:
            return self.app.t("staff.menu_body", folder=self.where,
                              n=self.app.visits)
        return self.app.t("staff.body")

    def body_floor(self) -> int:
        return self.box.bottom - 60 - 130 - 24

    def paint(self, surface: pygame.Surface) -> None:
        if self.unlocked:
            return super().paint(surface)
        surface.blit(self.backdrop, (0, 0))
        pal, fonts = self.palette, self.app.fonts
        panel(surface, STAFF_BOX, pal.surface)
        pygame.draw.rect(surface, self.accent, (STAFF_BOX.x, STAFF_BOX.y, STAFF_BOX.width, 18),
                         border_top_left_radius=28, border_top_right_radius=28)
        left = pygame.Rect(STAFF_BOX.x + 60, STAFF_BOX.y + 60, LEFT_W, 400)
        y = draw_paragraph(surface, fonts, self.heading(), left, "headline", pal.ink, "display")
        y = draw_paragraph(surface, fonts, self.body(), pygame.Rect(left.x, y + 16, LEFT_W, 200),
                           "body", pal.ink_soft)
        field = pygame.Rect(left.x, y + 40, LEFT_W, 110)
        panel(surface, field, pal.surface_alt, 20)
        for i in range(len(self.typed)):  # a dot for each digit typed (the length is no hint)
            centre = (field.x + 40 + i * (LEFT_W - 80) // (MAX_DIGITS - 1), field.centery)
            pygame.draw.circle(surface, pal.ink, centre, 14)
        if self.wrong:
            draw_text(surface, fonts, self.app.t("staff.wrong"), (left.x, field.bottom + 24),
                      "lead", theme.LOSS, "bold")
        self.draw_buttons(surface)
