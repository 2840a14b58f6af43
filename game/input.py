"""The one edge where mouse, touch and keys become the game's few actions.

SDL also turns every touch into a mouse click; those synthesized clicks are dropped
here so that a tap counts once. Finger positions arrive as 0-1 of the picture (SDL's
renderer has already taken the letterbox bars off), so they scale straight to the canvas.
"""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from .ui.theme import CANVAS

POINT, CONFIRM, BACK, NEXT, PREV, PICK, QUIT = (
    "point", "confirm", "back", "next", "prev", "pick", "quit")

_KEYS = {
    pygame.K_RETURN: CONFIRM, pygame.K_KP_ENTER: CONFIRM, pygame.K_SPACE: CONFIRM,
    pygame.K_ESCAPE: BACK, pygame.K_BACKSPACE: BACK,
    pygame.K_RIGHT: NEXT, pygame.K_DOWN: NEXT,
    pygame.K_LEFT: PREV, pygame.K_UP: PREV,
}
_DIGITS = {getattr(pygame, f"K_{n}"): n - 1 for n in range(1, 10)} | {pygame.K_0: 9}  # 0: the tenth


@dataclass(frozen=True)
class Action:
    kind: str
    pos: tuple[int, int] | None = None
    index: int = 0


def finger_to_canvas(x: float, y: float) -> tuple[int, int]:
    """A finger's 0-1 position on the picture, as a point on the 1920x1080 canvas."""
    return round(x * CANVAS[0]), round(y * CANVAS[1])


def translate(event: pygame.event.Event) -> Action | None:
    if event.type == pygame.QUIT:
        return Action(QUIT)
    if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
        if getattr(event, "touch", False):
            return None  # the FINGERUP of the same touch is handled instead
        return Action(POINT, tuple(event.pos))
    if event.type == pygame.FINGERUP:
        return Action(POINT, finger_to_canvas(event.x, event.y))
    if event.type == pygame.KEYDOWN:
        if event.key == pygame.K_TAB:
            return Action(PREV if event.mod & pygame.KMOD_SHIFT else NEXT)
        if event.key in _DIGITS:
            return Action(PICK, index=_DIGITS[event.key])
        kind = _KEYS.get(event.key)
        return Action(kind) if kind else None
    return None


def is_activity(event: pygame.event.Event) -> bool:
    """Any touch, click, key or movement counts as someone being there."""
    return event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.FINGERDOWN,
                          pygame.FINGERUP, pygame.KEYDOWN, pygame.MOUSEMOTION,
                          pygame.FINGERMOTION)
