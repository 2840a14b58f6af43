"""A watch over where words land, for the layout check: no text runs out of its box, off
its surface, out of its panel or under other words or a button.

Drawing helpers report here what they put down, on which surface; nothing is kept unless a
check is watching (``with layout.watch():``), so play pays one comparison per call. A
layer blitted onto another surface brings its records along; an opaque shape laid over
earlier things hides them from the check, as from the eye. ``problems(surface)`` then
judges what is on a surface by ink: the pixels a text really covers.
"""
from __future__ import annotations

import contextlib
import weakref
from typing import NamedTuple

import pygame

_drawn: weakref.WeakKeyDictionary | None = None  # surface -> [Item], while watching
_words: weakref.WeakKeyDictionary | None = None  # rendered text -> its words, while watching


class Item(NamedTuple):
    rect: pygame.Rect  # on the surface's top parent
    what: str
    kind: str  # text; label (a button's: it only has to fit); solid (words may not cross it);
    # panel (words that start in it end in it)
    box: pygame.Rect | None = None  # where the words must stay
    cut: bool = False  # drawn partly outside the surface, so cut off


@contextlib.contextmanager
def watch():
    global _drawn, _words
    before = _drawn, _words
    _drawn, _words = weakref.WeakKeyDictionary(), weakref.WeakKeyDictionary()
    try:
        yield
    finally:
        _drawn, _words = before


@contextlib.contextmanager
def moving():
    """What is drawn inside is in flight (a card flying off, a number rising): the check
    judges screens at rest, so it looks away."""
    global _drawn, _words
    before = _drawn, _words
    _drawn = _words = None
    try:
        yield
    finally:
        _drawn, _words = before


def watching() -> bool:
    return _drawn is not None


def rendered(picture: pygame.Surface, words: str) -> None:
    """``picture`` shows ``words``: blitted with ``blit``, it is read as text."""
    if _words is not None:
        _words[picture] = words


def forget(surface: pygame.Surface) -> None:
    """The surface is about to be painted afresh."""
    if _drawn is not None:
        _drawn.pop(surface, None)


def _place(surface: pygame.Surface) -> tuple[list[Item], tuple[int, int]]:
    top = surface.get_abs_parent()
    return _drawn.setdefault(top, []), surface.get_abs_offset()


def text(surface: pygame.Surface, picture: pygame.Surface, at: pygame.Rect | tuple, words: str,
         box: pygame.Rect | None = None, label: bool = False) -> None:
    """Words, rendered as ``picture``, were blitted at ``at``; ``box``: where they must stay.
    ``label``: they are a button's own words, which only have to fit it."""
    if _drawn is None or not words.strip():
        return
    ink = picture.get_bounding_rect().move(at[0], at[1])
    if not ink.width:
        return
    items, (dx, dy) = _place(surface)
    cut = not surface.get_clip().contains(ink)
    items.append(Item(ink.move(dx, dy), words, "label" if label else "text",
                      box and box.move(dx, dy), cut))


def solid(surface: pygame.Surface, rect: pygame.Rect, what: str) -> None:
    """Something no words may cross (a button) was drawn over ``rect``."""
    if _drawn is not None:
        items, (dx, dy) = _place(surface)
        items.append(Item(rect.move(dx, dy), what, "solid"))


def cover(surface: pygame.Surface, rect: pygame.Rect, box: bool = True) -> None:
    """An opaque shape was laid over ``rect``: what lay wholly under it is hidden. ``box``:
    it is a panel, and words that start in it must end in it."""
    if _drawn is None:
        return
    items, (dx, dy) = _place(surface)
    rect = pygame.Rect(rect).move(dx, dy)
    items[:] = [item for item in items if not rect.contains(item.rect)]
    if box:
        items.append(Item(rect, "panel", "panel"))


def blit(target: pygame.Surface, source: pygame.Surface, dest, area=None) -> pygame.Rect:
    """``target.blit`` that reads rendered words as text and brings a layer's records along."""
    done = target.blit(source, dest, area)
    if _words is not None and source in _words and area is None:
        text(target, source, done, _words[source])
    elif _drawn is not None and source in _drawn:
        area = pygame.Rect(area) if area is not None else source.get_rect()
        if not (source.get_flags() & pygame.SRCALPHA or source.get_colorkey()):
            cover(target, done, box=False)
        items, (dx, dy) = _place(target)
        shift = (done.x - area.x + dx, done.y - area.y + dy)
        for item in _drawn[source]:
            if area.contains(item.rect):
                items.append(item._replace(rect=item.rect.move(shift),
                                           box=item.box and item.box.move(shift)))
    return done


def problems(surface: pygame.Surface) -> list[str]:
    """What is wrong with the words now on ``surface``."""
    items = (_drawn or {}).get(surface, [])
    bounds = surface.get_rect()
    found = []
    for i, item in enumerate(items):
        if item.kind not in ("text", "label"):
            continue
        words, ink = repr(item.what), item.rect
        if item.cut or not bounds.contains(ink):
            found.append(f"{words} is cut off at the edge of its picture ({_r(ink)})")
        if item.box is not None and not item.box.inflate(2, 2).contains(ink):
            found.append(f"{words} runs out of its box ({_r(ink)} beyond {_r(item.box)})")
        if item.kind == "label":
            continue
        inner = ink.inflate(-2, -2)
        for j, other in enumerate(items):
            if j == i or not other.rect.colliderect(inner):
                continue
            if other.kind == "panel":
                if j < i and other.rect.collidepoint(ink.center) \
                        and not other.rect.inflate(2, 2).contains(ink):
                    found.append(f"{words} runs out of its panel ({_r(ink)} beyond "
                                 f"{_r(other.rect)})")
                elif j > i:
                    found.append(f"{words} is partly hidden by a panel ({_r(other.rect)})")
            elif other.kind == "solid" or (j < i and other.rect.inflate(-2, -2).colliderect(inner)):
                found.append(f"{words} overlaps {other.what!r}")
    for i, item in enumerate(items):
        for other in items[i + 1:]:
            if item.kind == other.kind == "solid" and item.rect.colliderect(other.rect):
                found.append(f"{item.what!r} overlaps {other.what!r}")
    return list(dict.fromkeys(found))


def _r(rect: pygame.Rect) -> str:
    return f"{rect.x},{rect.y} {rect.width}×{rect.height}"
