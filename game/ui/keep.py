"""Pictures that stay on the canvas from one frame to the next.

A screen that repaints only what moved keeps the rest of the last frame on the canvas. A kept
picture is drawn again only when it changes, when it is new, or when something was put back
over it (the still background laid down again where a moving thing was). It is cleared
before it is drawn again, so whatever it overlaps is drawn again too, in order.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import pygame

# key, look (anything comparable: what it shows), where it lies, and how to draw it
Item = tuple[Hashable, Hashable, pygame.Rect, Callable[[pygame.Surface], object]]


class Keep:
    def __init__(self, solid: bool = False) -> None:
        """``solid``: every picture covers what it covers the same way each time it is drawn
        (no see-through blending), so it may be drawn again over itself without clearing;
        the caller then puts back ``gone()`` before anything below is drawn."""
        self.solid = solid
        self._last: dict[Hashable, tuple[Hashable, tuple[int, int, int, int]]] = {}

    def gone(self, items: Sequence[Item]) -> list[pygame.Rect]:
        """Where pictures were that have changed or gone since the last draw."""
        now = {key: (look, tuple(rect)) for key, look, rect, _ in items}
        return [pygame.Rect(rect) for key, (look, rect) in self._last.items()
                if now.get(key) != (look, rect)]

    def draw(self, surface: pygame.Surface, items: Sequence[Item],
             restored: list[pygame.Rect] | None,
             put_back: Callable[[pygame.Rect], object]) -> list[pygame.Rect]:
        """Draw ``items`` (bottom first) where the canvas no longer shows them.

        ``restored`` is where the background was put back this frame so far, or None when it
        was put back everywhere; ``put_back(rect)`` lays the background down over ``rect``,
        which is done here where a picture changed or went. Returns what was drawn."""
        now = {key: (look, tuple(rect)) for key, look, rect, _ in items}
        if restored is None:
            redo = set(range(len(items)))
        elif self.solid:
            redo = {i for i, (key, _, rect, _) in enumerate(items)
                    if self._last.get(key) != now[key] or rect.collidelist(restored) != -1}
        else:
            dirty = list(restored) + self.gone(items)  # changed or went: clear where it was
            redo = {i for i, (key, _, rect, _) in enumerate(items)
                    if self._last.get(key) != now[key] or rect.collidelist(dirty) != -1}
            # A picture drawn again is cleared first (one with see-through parts must not
            # land on itself), which clears part of whatever it overlaps: that one too.
            grown = True
            while grown:
                clear = [items[i][2] for i in redo]
                more = {i for i, item in enumerate(items)
                        if i not in redo and item[2].collidelist(clear) != -1}
                grown = bool(more)
                redo |= more
            for rect in dirty[len(restored):] + [items[i][2] for i in sorted(redo)]:
                put_back(rect)
        drawn = []
        for i, (_, _, rect, paint) in enumerate(items):
            if i in redo:
                paint(surface)
                drawn.append(rect)
        self._last = now
        return drawn
