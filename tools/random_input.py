"""Seeded random input over every screen: 1 to 3 inputs a frame (taps on buttons and
elsewhere, keys, mouse moves), frame after frame, visit after visit. The benchmark times
each frame with it; a test walks it to show that no input crashes any screen.

A tap is a finger's down and up. Half of them land on a button the screen shows: most on
the screen's own, a few on the top bar's settings, language and leave, so the walk gets
through whole visits and not only the title and the settings. A screen with none of its
own (a 3-2-1) only sees the mouse move.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable

import pygame

from game.scenes.base import CHROME_H, CHROME_Y
from game.ui.theme import CANVAS

TOP_BAR = CHROME_Y + CHROME_H  # the settings, the language switch and leaving sit above
KEYS = (pygame.K_TAB, pygame.K_RETURN, pygame.K_SPACE, pygame.K_1, pygame.K_2, pygame.K_3,
        pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_ESCAPE, pygame.K_BACKSPACE)


def _tap(x: int, y: int) -> list[pygame.event.Event]:
    return [pygame.event.Event(kind, x=x / CANVAS[0], y=y / CANVAS[1], touch_id=1,
                               finger_id=0, dx=0, dy=0, pressure=1.0)
            for kind in (pygame.FINGERDOWN, pygame.FINGERUP)]


def inputs(app, rng: random.Random) -> list[pygame.event.Event]:
    """One to three inputs for the screen on top now."""
    events: list[pygame.event.Event] = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        buttons = [b for b in app.top.buttons if b.enabled]
        own = [b for b in buttons if b.rect.y >= TOP_BAR]
        if not own or roll >= 0.85:  # a 3-2-1 runs its course, whatever the hand does
            pos = (rng.randrange(CANVAS[0]), rng.randrange(CANVAS[1]))
            events.append(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                             buttons=(0, 0, 0), touch=False))
        elif roll < 0.47:
            events += _tap(*rng.choice(own).rect.center)
        elif roll < 0.5:
            events += _tap(*rng.choice(buttons).rect.center)
        elif roll < 0.65:
            events += _tap(rng.randrange(CANVAS[0]), rng.randrange(CANVAS[1]))
        else:
            key = rng.choice(KEYS)
            events += [pygame.event.Event(kind, key=key, mod=0, unicode="", scancode=0)
                       for kind in (pygame.KEYDOWN, pygame.KEYUP)]
    return events


def walk(app, frames: int, seed: int, dt: float = 1 / 60,
         on_frame: Callable[[str, str, bool, float], None] | None = None) -> set[str]:
    """Run ``frames`` frames of ``app`` (its first screen pushed already) with random input;
    ``on_frame(before, after, changed, seconds)`` hears each frame's screens, whether another
    screen came on top, and the frame's cost (the step: input, update, draw, present).
    Returns the screens seen."""
    rng = random.Random(seed)
    seen: set[str] = set()
    for _ in range(frames):
        top = app.top
        before = top.screen_id()
        for event in inputs(app, rng):
            pygame.event.post(event)
        t0 = time.perf_counter()
        app.step(dt)
        spent = time.perf_counter() - t0
        after = app.top.screen_id()
        seen.add(after)
        if on_frame is not None:
            on_frame(before, after, app.top is not top, spent)
        if not app.running:
            break
    return seen
