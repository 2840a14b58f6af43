"""What every mini-game view is, and what the host promises it.

The host scene owns the background, the title, the score chip, the clock, the buttons (one
per move) and the phases around the game. It hands its view a ``Stage``: the play area,
where the moves' buttons sit and where the game's points are shown. Each frame it draws,
the host lays down the background and the view paints everything of the game inside the
play area, whole, from pictures kept in the shared cache (``ui.pictures``). Drawing only
paints: animations and the game move on in ``update``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pygame

from ..ui.pictures import PICTURES


@dataclass(frozen=True)
class Stage:
    area: pygame.Rect  # the play area: the view paints the game here, all of it, every frame
    moves: pygame.Rect  # where the moves' buttons sit, below the area
    points: pygame.Rect  # where the game's own points are shown (a gain may fly there)


class GameView:
    def __init__(self, scene, model, stage: Stage):
        self.scene = scene
        self.app = scene.app
        self.model = model
        self.stage = stage
        self.palette = scene.palette

    @property
    def fonts(self):
        return self.app.fonts  # new ones when the text size changes mid-game

    def t(self, key: str, **values) -> str:
        return self.app.t(key, **values)

    # -- what the host calls ------------------------------------------------------------

    @classmethod
    def ahead(cls, app, placement) -> Iterable[tuple[tuple, Callable[[], pygame.Surface]]]:
        """Pictures the game needs from its first frame (every post, say), as (parts, make)
        with ``parts`` as ``key`` takes them: the host hands them to the cache while the
        intro is read."""
        return ()

    def moved(self, move_id: str) -> None:
        """A move was just made: start its feedback (a flash, a slide, a sound)."""

    def update(self, dt: float) -> None:
        """Advance the view's own animations; the model's time is the host's business."""

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the game inside ``self.stage.area`` over the host's background."""
        raise NotImplementedError

    # -- for the views ------------------------------------------------------------------

    @classmethod
    def key_for(cls, app, *parts) -> tuple:
        """A cache key for a picture of this game: its name, the language and the text size
        come with it, so a switch mid-game makes new pictures."""
        return (cls.__name__, app.settings.lang, app.fonts.scale, *parts)

    def key(self, *parts) -> tuple:
        return self.key_for(self.app, *parts)

    def picture(self, parts: tuple, make: Callable[[], pygame.Surface]) -> pygame.Surface:
        """The picture ``parts`` names (see ``key``), made now if it is not kept."""
        return PICTURES.get(self.key(*parts), make)

    def soon(self, parts: tuple, make: Callable[[], pygame.Surface]) -> None:
        """A picture the game will show soon: made a few pieces a frame, ahead of need."""
        PICTURES.ahead(self.key(*parts), make)
