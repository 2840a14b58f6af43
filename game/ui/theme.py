"""The game's visual identity: colours, type sizes and the bundled fonts.

The app side is bright and rewarding; the debrief side is sober. Colours that must
be told apart come from the Okabe-Ito palette and always travel with a sign or icon.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from . import layout
from .pictures import PICTURES

ASSETS = Path(__file__).resolve().parents[2] / "assets"
FONT_FILES = {
    "regular": "Inter-Regular.otf",
    "semibold": "Inter-SemiBold.otf",
    "bold": "Inter-Bold.otf",
    "display": "InterDisplay-Bold.otf",
}
CANVAS = (1920, 1080)

# Okabe-Ito, for anything that must be told apart.
GAIN = (0, 158, 115)
LOSS = (213, 94, 0)
BLUE = (0, 114, 178)
ORANGE = (230, 159, 0)
SKY = (86, 180, 233)
PINK = (204, 121, 167)
YELLOW = (240, 228, 66)
# Darker twins of the above for small text on white (WCAG 4.5:1).
GAIN_TEXT = (0, 118, 86)
LOSS_TEXT = (170, 66, 0)


@dataclass(frozen=True)
class Palette:
    bg_top: tuple[int, int, int]
    bg_bottom: tuple[int, int, int]
    surface: tuple[int, int, int]
    surface_alt: tuple[int, int, int]
    ink: tuple[int, int, int]
    ink_soft: tuple[int, int, int]
    accent: tuple[int, int, int]
    accent_ink: tuple[int, int, int]
    focus: tuple[int, int, int]
    line: tuple[int, int, int]


APP = Palette(
    bg_top=(255, 236, 214),
    bg_bottom=(214, 231, 255),
    surface=(255, 255, 255),
    surface_alt=(244, 246, 252),
    ink=(27, 31, 59),
    ink_soft=(74, 80, 110),
    accent=(0, 98, 160),
    accent_ink=(255, 255, 255),
    focus=(204, 80, 0),
    line=(210, 214, 230),
)

DEBRIEF = Palette(
    bg_top=(24, 27, 33),
    bg_bottom=(18, 20, 25),
    surface=(34, 38, 46),
    surface_alt=(44, 49, 59),
    ink=(236, 236, 232),
    ink_soft=(178, 182, 190),
    accent=(86, 180, 233),
    accent_ink=(18, 20, 25),
    focus=(240, 228, 66),
    line=(70, 76, 88),
)

def _luminance(color) -> float:
    """Relative luminance as WCAG defines it."""
    def channel(v: int) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return sum(w * channel(c) for w, c in zip((0.2126, 0.7152, 0.0722), color))


def readable_on(color) -> tuple[int, int, int]:
    """Dark ink or white, whichever contrasts more with the given background."""
    lum = _luminance(color)
    with_dark = (lum + 0.05) / (_luminance(APP.ink) + 0.05)
    with_white = 1.05 / (lum + 0.05)
    return APP.ink if with_dark >= with_white else (255, 255, 255)


def trend(delta: int, neutral, bright: bool = False) -> tuple[str, tuple[int, int, int]]:
    """The arrow and colour of a score change: the sign travels with the colour, always.
    ``bright`` picks the large-text shades, for numbers big enough not to need the dark ones."""
    if delta > 0:
        return "▲", GAIN if bright else GAIN_TEXT
    if delta < 0:
        return "▼", LOSS if bright else LOSS_TEXT
    return "•", neutral


# Type sizes on the 1920x1080 canvas; body text never below 28 px.
SIZES = {"small": 28, "body": 34, "lead": 40, "title": 56, "headline": 76, "score": 150}
LARGE_TEXT_SCALE = 1.2
RADIUS = 28
TARGET_MIN = 96  # px: a 15 mm touch target on a 24-inch 1080p kiosk


WRAP_SLACK = 40  # px: how near the edge a line's guessed width is measured exactly


class Fonts:
    """Loads the bundled fonts once per (weight, size); rendered text is kept with every other
    picture (``pictures.PICTURES``)."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self._wrapped: dict[tuple, list[str]] = {}

    def font(self, size: str | int, weight: str = "regular") -> pygame.font.Font:
        px = round((SIZES[size] if isinstance(size, str) else size) * self.scale)
        key = (weight, px)
        if key not in self._fonts:
            self._fonts[key] = pygame.font.Font(ASSETS / "fonts" / FONT_FILES[weight], px)
        return self._fonts[key]

    def render(self, text: str, size: str | int, color, weight: str = "regular",
               cache: bool = True) -> pygame.Surface:
        """Rendered text, kept with the other pictures unless ``cache`` is off for text that
        changes every frame, like a rolling number."""
        if not cache:
            surf = self.font(size, weight).render(text, True, color)
            layout.rendered(surf, text)
            return surf
        font = self.font(size, weight)

        def make() -> pygame.Surface:
            surf = font.render(text, True, color)
            layout.rendered(surf, text)
            return surf
        return PICTURES.get(("text", self.scale, text, size, tuple(color), weight), make)

    def wrap(self, text: str, size: str | int, width: int, weight: str = "regular") -> list[str]:
        key = (text, size, width, weight)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > 2000:
                self._wrapped.clear()
            lines = self._wrapped[key] = self._wrap(text, size, width, weight)
        return lines

    def _wrap(self, text: str, size: str | int, width: int, weight: str) -> list[str]:
        """Words to lines no wider than ``width``. A line's width is guessed from its words'
        widths and measured whole only when the guess comes near the edge (within
        ``WRAP_SLACK``, far more than kerning and rounding can move it), so the lines are
        the ones measuring every trial would give, for a fraction of the measuring."""
        font = self.font(size, weight)
        space = font.size(" ")[0]
        lines: list[str] = []
        # "A · Trusted" is one name: never break a line at its middle dot.
        text = text.replace(" · ", "\u00a0·\u00a0")
        for paragraph in text.split("\n"):
            line, guess = "", 0
            for word in paragraph.split(" "):
                word_width = font.size(word)[0]
                trial, longer = f"{line} {word}", guess + space + word_width
                if not line:
                    line, guess = word, word_width
                elif longer <= width - WRAP_SLACK or (longer <= width + WRAP_SLACK
                                                      and font.size(trial)[0] <= width):
                    line, guess = trial, longer
                else:
                    lines.append(line)
                    line, guess = word, word_width
            lines.append(line)
        return lines

    def fit(self, text: str, size: str | int, width: int, weight: str = "regular") -> str:
        """The text, cut with an ellipsis only if it would not fit the width."""
        font = self.font(size, weight)
        if font.size(text)[0] <= width:
            return text
        low, high = 0, len(text)  # the longest start that fits with "…": found by halving
        while low < high:
            mid = (low + high + 1) // 2
            if font.size(text[:mid] + "…")[0] <= width:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + "…"

    def line_height(self, size: str | int, weight: str = "regular") -> int:
        return round(self.font(size, weight).get_linesize() * 1.12)
