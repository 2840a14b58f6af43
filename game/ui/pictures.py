"""The one place the game keeps pictures it made: rendered words, buttons, cards, sprites.

Every screen asks ``PICTURES.get(key, make)``: the picture is made the first time and kept
(least recently used first out, within a memory budget). A screen that knows what it will
show soon hands it over with ``ahead(key, make)``; the app then makes ``PIECES_PER_FRAME`` of
those pictures at the end of each frame, however fast the machine is, so a frame never
decides by the clock and tests walk the same path on every machine.

A key says everything the picture depends on (words, size, colours, language, text scale).
The pictures belong to one display: ``clear()`` when it opens.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

import pygame

BUDGET_BYTES = 80 * 1024 * 1024
PIECES_PER_FRAME = 2  # pictures made ahead at the end of a frame


def _bytes(picture: pygame.Surface) -> int:
    return picture.get_pitch() * picture.get_height()


class Pictures:
    def __init__(self, budget: int = BUDGET_BYTES):
        self.budget = budget
        self._kept: OrderedDict[Hashable, pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._queue: OrderedDict[Hashable, Callable[[], pygame.Surface]] = OrderedDict()
        self.made = 0  # pictures made since the display opened (the benchmark reads it)

    def get(self, key: Hashable, make: Callable[[], pygame.Surface]) -> pygame.Surface:
        """The picture ``key`` names, made now by ``make()`` if it is not kept."""
        picture = self._kept.get(key)
        if picture is not None:
            self._kept.move_to_end(key)
            return picture
        self._queue.pop(key, None)
        picture = make()
        self.made += 1
        self._kept[key] = picture
        self._bytes += _bytes(picture)
        while self._bytes > self.budget and len(self._kept) > 1:
            _, old = self._kept.popitem(last=False)
            self._bytes -= _bytes(old)
        return picture

    def __contains__(self, key: Hashable) -> bool:
        return key in self._kept

    def ahead(self, key: Hashable, make: Callable[[], pygame.Surface]) -> None:
        """Make this picture before it is needed, in a later frame's spare pieces."""
        if key not in self._kept:
            self._queue.setdefault(key, make)

    def cancel_waiting(self) -> None:
        """Forget what was asked for ahead (the language or the text size changed: those
        pictures would be made with the new words under the old names)."""
        self._queue.clear()

    def waiting(self) -> int:
        return len(self._queue)

    def build(self, pieces: int = PIECES_PER_FRAME) -> int:
        """Make up to ``pieces`` of the pictures asked for ahead; return how many were made."""
        made = 0
        while self._queue and made < pieces:
            key, make = self._queue.popitem(last=False)
            if key not in self._kept:
                self.get(key, make)
                made += 1
        return made

    def discard(self, key: Hashable) -> None:
        """Let a picture go that will not be shown again (a screen-sized card, say)."""
        picture = self._kept.pop(key, None)
        if picture is not None:
            self._bytes -= _bytes(picture)
        self._queue.pop(key, None)

    def clear(self) -> None:
        self._kept.clear()
        self._queue.clear()
        self._bytes = 0
        self.made = 0


PICTURES = Pictures()
