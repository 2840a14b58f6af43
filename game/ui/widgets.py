"""Drawing pieces shared by every screen: buttons, panels, wrapped text, gradients.

A ``Button`` is data (label, rect, what it does); scenes keep a list of them, and
``Focus`` moves between them by keyboard while pointer taps hit-test the rects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pygame

from . import layout
from .pictures import PICTURES
from .icons import draw_icon
from .theme import RADIUS, TARGET_MIN, Fonts, Palette


@dataclass
class Button:
    label: str
    rect: pygame.Rect
    on_press: Callable[[], None]
    style: str = "primary"  # primary, secondary, quiet, locked, refused, danger
    hint: str = ""  # a second, smaller line (e.g. "Unlocks at tier A")
    enabled: bool = True
    key: str = ""  # a stable name for tests and screenshots
    icon: str = ""  # a picture of game.ui.icons left of the label

    def hit(self, pos: tuple[int, int]) -> bool:
        return self.enabled and self.rect.collidepoint(pos)


@dataclass
class Focus:
    """Keyboard focus over a scene's buttons; the ring shows once a key was used."""

    index: int = 0
    visible: bool = False
    buttons: list[Button] = field(default_factory=list)

    def set(self, buttons: list[Button], prefer: int | None = 0) -> None:
        """Focus ``prefer``; None: nothing until Tab or an arrow (a screen whose only
        buttons are the top bar's, where Enter must not open the settings)."""
        self.buttons = buttons
        enabled = [i for i, b in enumerate(buttons) if b.enabled]
        if prefer is None:
            self.index = -1
            return
        self.index = prefer if prefer in enabled else (enabled[0] if enabled else 0)

    def move(self, step: int) -> None:
        """Tab and the arrows go in reading order: the top bar left to right, then the
        screen from top to bottom, each row left to right."""
        self.visible = True
        enabled = sorted((i for i, b in enumerate(self.buttons) if b.enabled),
                         key=lambda i: (self.buttons[i].rect.y // 40, self.buttons[i].rect.x))
        if not enabled:
            return
        pos = enabled.index(self.index) if self.index in enabled else -1 if step > 0 else 0
        self.index = enabled[(pos + step) % len(enabled)]

    def current(self) -> Button | None:
        if 0 <= self.index < len(self.buttons) and self.buttons[self.index].enabled:
            return self.buttons[self.index]
        return None

    def shown(self) -> Button | None:
        """Where the ring is drawn: also on a locked button a digit pointed at."""
        if self.visible and 0 <= self.index < len(self.buttons):
            return self.buttons[self.index]
        return None


def vertical_gradient(size: tuple[int, int], top, bottom) -> pygame.Surface:
    """Built once and shared by every screen that asks; never draw onto it."""
    return PICTURES.get(("gradient", tuple(size), tuple(top), tuple(bottom)),
                        lambda: _gradient(size, top, bottom))


def _gradient(size: tuple[int, int], top, bottom) -> pygame.Surface:
    w, h = size
    strip = pygame.Surface((1, h))
    for y in range(h):
        t = y / max(1, h - 1)
        strip.set_at((0, y), [round(a + (b - a) * t) for a, b in zip(top, bottom)])
    return pygame.transform.scale(strip, (w, h)).convert()


def backing(size: tuple[int, int]) -> pygame.Surface:
    """An opaque picture to copy from, a piece at a time, every frame (a still layer to put
    back, a scrolling backdrop).

    Its rows lie one pixel further apart than the screen's, so a piece's rows never all start
    at the same offset as the screen rows they are copied to. Some C libraries copy such
    equally aligned rows on a slow path: on the benchmark machine, putting back a card-sized
    piece took five times as long from a plain picture."""
    w, h = size
    wide = pygame.Surface((w + 1, h))
    if pygame.display.get_surface() is not None:
        wide = wide.convert()
    return wide.subsurface((0, 0, w, h))


def panel(surface: pygame.Surface, rect: pygame.Rect, color, radius: int = RADIUS,
          border=None, width: int = 0, holds_words: bool = True) -> None:
    """A filled rounded box; ``holds_words``: text that starts in it must end in it (not so
    for a bar that a mark sits on)."""
    pygame.draw.rect(surface, color, rect, border_radius=radius)
    layout.cover(surface, rect, box=holds_words)
    if border is not None:
        pygame.draw.rect(surface, border, rect, width or 3, border_radius=radius)


def shadow(size: tuple[int, int], radius: int = RADIUS, alpha: int = 40) -> pygame.Surface:
    """A soft drop shadow made once and shared: a few stacked translucent rounded rects."""
    return PICTURES.get(("shadow", tuple(size), radius, alpha),
                        lambda: _shadow(size, radius, alpha))


def _shadow(size: tuple[int, int], radius: int, alpha: int) -> pygame.Surface:
    w, h = size
    pad = 18
    surf = pygame.Surface((w + pad * 2, h + pad * 2), pygame.SRCALPHA)
    for i in range(pad, 0, -3):
        a = max(1, alpha * (pad - i + 3) // (pad * 3))
        pygame.draw.rect(surf, (20, 30, 60, a), (pad - i, pad - i + 8, w + 2 * i, h + 2 * i),
                         border_radius=radius + i)
    return surf


def draw_text(surface: pygame.Surface, fonts: Fonts, text: str, pos: tuple[int, int],
              size: str | int, color, weight: str = "regular", anchor: str = "topleft") -> pygame.Rect:
    surf = fonts.render(text, size, color, weight)
    rect = surf.get_rect(**{anchor: pos})
    surface.blit(surf, rect)
    layout.text(surface, surf, rect, text)
    return rect


def draw_paragraph(surface: pygame.Surface, fonts: Fonts, text: str, rect: pygame.Rect,
                   size: str | int, color, weight: str = "regular", align: str = "left",
                   max_lines: int | None = None) -> int:
    """Wrap text into rect's width; return the y just below the last line. The words must
    stay in ``rect`` (the layout check holds them to it) unless its height is 0."""
    lines = fonts.wrap(text, size, rect.width, weight)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fonts.fit(lines[-1].rstrip(".,; ") + "…", size, rect.width, weight)
    step = fonts.line_height(size, weight)
    y = rect.top
    for line in lines:
        surf = fonts.render(line, size, color, weight)
        if align == "center":
            x = rect.centerx - surf.get_width() // 2
        else:
            x = rect.left
        surface.blit(surf, (x, y))
        layout.text(surface, surf, (x, y), line, rect if rect.height else None)
        y += step
    return y


def paragraph_height(fonts: Fonts, text: str, width: int, size: str | int,
                     weight: str = "regular") -> int:
    return len(fonts.wrap(text, size, width, weight)) * fonts.line_height(size, weight)


RING = 16  # the focus ring's margin around a button
CLEAR = (255, 0, 255)  # a colour no palette uses: the see-through corners of a cached button


def draw_button(surface: pygame.Surface, fonts: Fonts, button: Button, palette: Palette,
                focused: bool, pressed: bool = False, often: bool = True) -> None:
    """Draw a button; its picture is made once per look and then only blitted, which keeps
    screens that repaint every frame cheap. ``often``: the button is drawn every frame, so its
    picture is run-length encoded, which makes every blit but the first one (which encodes
    it) cheaper; a screen that draws a button only when it changes says False."""
    picture = button_picture(fonts, button, palette, focused, often)
    surface.blit(picture, (button.rect.x - RING, button.rect.y - RING + (3 if pressed else 0)))
    if layout.watching():
        layout.solid(surface, button.rect, f"button {button.label}")
        for words in button_words(fonts, button, palette):  # with a margin to its edges
            layout.text(surface, words, words.get_rect(center=button.rect.center), button.label,
                        button.rect.inflate(-20, 0), label=True)


def button_picture(fonts: Fonts, button: Button, palette: Palette, focused: bool,
                   often: bool = True) -> pygame.Surface:
    """The picture draw_button blits (made now if it is not made yet)."""
    return PICTURES.get(*_button_order(fonts, button, palette, focused, often))


def button_soon(fonts: Fonts, button: Button, palette: Palette, focused: bool = False,
                often: bool = True) -> None:
    """A button that may show soon: its picture is made ahead, a few pieces a frame."""
    PICTURES.ahead(*_button_order(fonts, button, palette, focused, often))


def _button_order(fonts, button, palette, focused, often) -> tuple:
    look = (button.label, button.hint, button.style, tuple(button.rect.size), palette, focused,
            button.icon, often)
    return ("button", fonts.scale, *look), lambda: _button_picture(fonts, *look)


def _button_picture(fonts: Fonts, label: str, hint: str, style: str, size: tuple[int, int],
                    palette: Palette, focused: bool, icon: str = "",
                    often: bool = True) -> pygame.Surface:
    w, h = size
    picture = pygame.Surface((w + 2 * RING, h + 2 * RING))
    if pygame.display.get_surface() is not None:
        picture = picture.convert()
    picture.fill(CLEAR)
    picture.set_colorkey(CLEAR, pygame.RLEACCEL)  # the words blend a shade differently without
    shape = Button(label, pygame.Rect(RING, RING, w, h), lambda: None, style, hint, icon=icon)
    _paint_button(picture, fonts, shape, palette, focused)
    if not often:
        picture.set_colorkey(CLEAR)
    return picture


_BUTTON_STYLES = {  # fill, ink, border
    "primary": lambda p: (p.accent, p.accent_ink, None),
    "secondary": lambda p: (p.surface, p.accent, p.accent),
    "quiet": lambda p: (p.surface_alt, p.ink, p.line),
    "locked": lambda p: (p.surface_alt, p.ink_soft, p.line),
    "refused": lambda p: (p.surface_alt, p.ink_soft, p.line),
    "danger": lambda p: (p.surface, p.ink, p.ink_soft),
}


def button_words(fonts: Fonts, button: Button, palette: Palette) -> list[pygame.Surface]:
    """A button's label (and hint) as its picture shows them; rendering them ahead of the
    picture splits the work of making one."""
    ink = _BUTTON_STYLES[button.style](palette)[1]
    size = "lead" if button.rect.height >= TARGET_MIN else "body"
    room = button.rect.width - 32
    text = fonts.render(button.label, size, ink, "semibold")
    for smaller in ("body", "small"):  # a size less, then another, rather than to the edges
        if text.get_width() <= room:
            break
        text = fonts.render(fonts.fit(button.label, smaller, room, "semibold"), smaller, ink,
                            "semibold")
    if not button.hint:
        return [text]
    hint = fonts.render(button.hint, "small", ink)
    if hint.get_width() > button.rect.width - 32:
        hint = fonts.render(fonts.fit(button.hint, "small", button.rect.width - 32), "small", ink)
    return [text, hint]


def _paint_button(surface: pygame.Surface, fonts: Fonts, button: Button, palette: Palette,
                  focused: bool) -> None:
    rect = button.rect
    fill, ink, border = _BUTTON_STYLES[button.style](palette)
    radius = min(RADIUS, rect.height // 2)
    panel(surface, rect, fill, radius, border, 3)
    words = button_words(fonts, button, palette)
    if button.hint:
        top, hint = words
        total = top.get_height() + hint.get_height() - 4
        y = rect.centery - total // 2
        surface.blit(top, top.get_rect(midtop=(rect.centerx, y)))
        surface.blit(hint, hint.get_rect(midtop=(rect.centerx, y + top.get_height() - 4)))
    else:
        text, = words
        at = text.get_rect(center=rect.center)
        surface.blit(text, at)
        if button.icon:
            box = pygame.Rect(0, 0, 56, 56)
            box.midright = (at.x - 20, rect.centery)
            if box.x > rect.x + 8:
                draw_icon(surface, button.icon, box, ink)
    if focused:
        pygame.draw.rect(surface, palette.focus, rect.inflate(16, 16), 6,
                         border_radius=radius + 8)


def progress_bar(surface: pygame.Surface, rect: pygame.Rect, fraction: float, fill, back) -> None:
    panel(surface, rect, back, rect.height // 2, holds_words=False)
    if fraction > 0:
        inner = rect.copy()
        inner.width = max(rect.height, round(rect.width * min(1.0, fraction)))
        panel(surface, inner, fill, rect.height // 2, holds_words=False)
