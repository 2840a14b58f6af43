"""Pictures that stay on the canvas from one frame to the next.

A screen that repaints only what moved keeps the rest of the last frame on the canvas. A kept
picture is drawn again only when it changes, when it is new, or when something was put back
over it (the still background laid down again where a moving thing was). It is cleared
before it is drawn again, so whatever it overlaps is drawn again too, in order. A picture
that covers all of its rect with opaque pixels needs no clearing: where it moved, only the
part of its old place it no longer covers is put back.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import NamedTuple

import pygame


class Item(NamedTuple):
    """One kept picture. A plain tuple in this order will do as well."""

    key: Hashable  # which picture: the same key frame after frame
    look: Hashable  # what it shows; a new look draws it again
    rect: pygame.Rect  # where it lies, all of it
    paint: Callable[[pygame.Surface], object]
    opaque: bool = False  # it covers all of its rect with opaque pixels


class Keep:
    def __init__(self, solid: bool = False) -> None:
        """``solid``: every picture covers what it covers the same way each time it is drawn
        (no see-through blending), so it may be drawn again over itself without clearing;
        the caller then puts back ``gone()`` before anything below is drawn."""
        self.solid = solid
        self._last: dict[Hashable, tuple[Hashable, tuple[int, int, int, int]]] = {}

    def gone(self, items: Iterable[tuple]) -> list[pygame.Rect]:
        """Where pictures were that have changed or gone since the last draw (for an opaque
        one still there, only what its new place does not cover)."""
        now = {item.key: item for item in map(_item, items)}
        gone = []
        for key, (look, rect) in self._last.items():
            item = now.get(key)
            if item is None or (item.look, tuple(item.rect)) != (look, rect):
                if item is not None and item.opaque:
                    gone += _minus(pygame.Rect(rect), item.rect)
                else:
                    gone.append(pygame.Rect(rect))
        return gone

    def draw(self, surface: pygame.Surface, items: Iterable[tuple],
             restored: list[pygame.Rect] | None,
             put_back: Callable[[pygame.Rect], object]) -> list[pygame.Rect]:
        """Draw ``items`` (bottom first) where the canvas no longer shows them.

        ``restored`` is where the background was put back this frame so far, or None when it
        was put back everywhere; ``put_back(rect)`` lays the background down over ``rect``,
        which is done here where a picture changed or went. Returns what was drawn."""
        items = [_item(item) for item in items]
        now = {item.key: (item.look, tuple(item.rect)) for item in items}
        changed = {i for i, item in enumerate(items) if self._last.get(item.key) != now[item.key]}
        if restored is None:
            redo = set(range(len(items)))
        elif self.solid:
            redo = changed | {i for i, item in enumerate(items)
                              if item.rect.collidelist(restored) != -1}
        else:
            gone = self.gone(items)  # changed or went: clear where it was
            redo = changed | {i for i, item in enumerate(items)
                              if item.rect.collidelist(restored + gone) != -1}
            # A picture drawn again is cleared first (one with see-through parts must not
            # land on itself), which clears part of whatever it overlaps: that one too. An
            # opaque one is not cleared, but it hides whatever it overlaps: that is redrawn.
            while True:
                clear = _merged(gone + [items[i].rect for i in sorted(redo)
                                        if not items[i].opaque])
                covered = [items[i].rect for i in redo if items[i].opaque]
                more = {i for i, item in enumerate(items) if i not in redo
                        and (item.rect.collidelist(clear) != -1
                             or item.rect.collidelist(covered) != -1)}
                if not more:
                    break
                redo |= more
            for rect in clear:
                put_back(rect)
        drawn = []
        for i, item in enumerate(items):
            if i in redo:
                item.paint(surface)
                drawn.append(item.rect)
        self._last = now
        return drawn


def _item(item: tuple) -> Item:
    return item if isinstance(item, Item) else Item(*item)


def _minus(rect: pygame.Rect, cut: pygame.Rect) -> list[pygame.Rect]:
    """``rect`` less ``cut``, as up to four rects."""
    if not rect.colliderect(cut):
        return [rect]
    top, bottom = max(rect.top, cut.top), min(rect.bottom, cut.bottom)
    pieces = [pygame.Rect(rect.x, rect.y, rect.w, top - rect.y),
              pygame.Rect(rect.x, bottom, rect.w, rect.bottom - bottom),
              pygame.Rect(rect.x, top, cut.left - rect.x, bottom - top),
              pygame.Rect(cut.right, top, rect.right - cut.right, bottom - top)]
    return [p for p in pieces if p.w > 0 and p.h > 0]


def _merged(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """The same area in fewer, larger rects where that costs no more: a picture that moved a
    little is put back once over where it was and where it is, not twice."""
    out: list[pygame.Rect] = []
    for rect in rects:
        rect = pygame.Rect(rect)
        merging = True
        while merging:
            merging = False
            for i, other in enumerate(out):
                union = rect.union(other)
                if union.w * union.h <= rect.w * rect.h + other.w * other.h:
                    rect = union
                    del out[i]
                    merging = True
                    break
        out.append(rect)
    return out
