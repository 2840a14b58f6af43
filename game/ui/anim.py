"""Small animation pieces: easing, a counting number, confetti and floating labels.

All of them advance only in ``update(dt)``; drawing never changes them. With
reduced motion they jump to their end state and nothing shakes or flies.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pygame


def ease_out(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 1 - (1 - t) ** 3


def ease_out_back(t: float) -> float:
    t = min(1.0, max(0.0, t))
    c = 1.70158
    return 1 + (c + 1) * (t - 1) ** 3 + c * (t - 1) ** 2


class Tween:
    """A value from 0 to 1 over ``duration`` seconds."""

    def __init__(self, duration: float, delay: float = 0.0):
        self.duration = max(1e-6, duration)
        self.time = -delay

    def update(self, dt: float) -> None:
        self.time += dt

    def finish(self) -> None:
        self.time = self.duration

    @property
    def t(self) -> float:
        return min(1.0, max(0.0, self.time / self.duration))

    @property
    def done(self) -> bool:
        return self.time >= self.duration


class Counter:
    """A score display that rolls toward its target like a fruit machine."""

    def __init__(self, value: int):
        self.shown = float(value)
        self.target = value
        self.start = float(value)
        self.tween = Tween(0.01)
        self.tween.finish()

    def set(self, target: int, duration: float = 1.1) -> None:
        if target != self.target:
            self.start, self.target = self.shown, target
            self.tween = Tween(duration)

    def update(self, dt: float, reduce_motion: bool = False) -> None:
        if reduce_motion:
            self.tween.finish()
        self.tween.update(dt)
        self.shown = self.start + (self.target - self.start) * ease_out(self.tween.t)

    def finish(self) -> None:
        """Land on the target now (a pop-up is about to show the state it rolls to)."""
        self.tween.finish()
        self.start = self.shown = float(self.target)

    @property
    def value(self) -> int:
        return round(self.shown)

    @property
    def rolling(self) -> bool:
        return not self.tween.done


@dataclass
class _Bit:
    x: float
    y: float
    vx: float
    vy: float
    spin: float
    color: tuple[int, int, int]
    life: float
    size: int


class Confetti:
    """A burst of coloured bits for level-ups and big gains; seeded, so screenshots repeat."""

    COLORS = ((230, 159, 0), (86, 180, 233), (0, 158, 115), (240, 228, 66), (204, 121, 167),
              (0, 114, 178))

    def __init__(self, seed: int = 0):
        self.rng = random.Random(seed)
        self.bits: list[_Bit] = []

    def burst(self, pos: tuple[int, int], count: int = 80, power: float = 900) -> None:
        for _ in range(count):
            angle = self.rng.uniform(-math.pi * 0.95, -math.pi * 0.05)
            speed = self.rng.uniform(0.35, 1.0) * power
            self.bits.append(_Bit(pos[0], pos[1], math.cos(angle) * speed,
                                  math.sin(angle) * speed, self.rng.uniform(0, 6.28),
                                  self.rng.choice(self.COLORS), self.rng.uniform(1.2, 2.2),
                                  self.rng.randint(10, 18)))

    def update(self, dt: float) -> None:
        for bit in self.bits:
            bit.vy += 1400 * dt
            bit.vx *= 1 - 0.8 * dt
            bit.x += bit.vx * dt
            bit.y += bit.vy * dt
            bit.spin += 8 * dt
            bit.life -= dt
        self.bits = [b for b in self.bits if b.life > 0 and b.y < 1200]

    def draw(self, surface: pygame.Surface) -> list[pygame.Rect]:
        """Draw every bit; returns where (clipped to the surface)."""
        drawn = []
        for bit in self.bits:
            w = max(2, int(abs(math.cos(bit.spin)) * bit.size))
            drawn.append(pygame.draw.rect(surface, bit.color,
                                          (int(bit.x), int(bit.y), w, bit.size // 2 + 4)))
        return drawn


class Floater:
    """A label that rises and fades (a "+12" flying toward the score)."""

    def __init__(self, surf: pygame.Surface, start: tuple[int, int], end: tuple[int, int],
                 duration: float = 0.9, delay: float = 0.0):
        self.surf = surf.copy()  # the cached original must keep its full opacity
        self.start, self.end = start, end
        self.tween = Tween(duration, delay)

    def update(self, dt: float) -> None:
        self.tween.update(dt)

    def draw(self, surface: pygame.Surface) -> pygame.Rect | None:
        """Draw it where it is now; returns where (None while it waits or once it is done)."""
        if self.tween.time < 0 or self.tween.done:
            return None
        t = ease_out(self.tween.t)
        x = self.start[0] + (self.end[0] - self.start[0]) * t
        y = self.start[1] + (self.end[1] - self.start[1]) * t
        self.surf.set_alpha(round(255 * (1 - max(0.0, self.tween.t - 0.6) / 0.4)))
        return surface.blit(self.surf, self.surf.get_rect(center=(round(x), round(y))))
