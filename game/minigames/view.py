"""What every mini-game view is: it draws its model inside the play area.

The host scene owns the buttons (one per move), the clock bar and the phases around
the game; a view only paints the play area and may animate feedback after a move.

A frame repaints only what moved. The host keeps a still layer (background, title and the
view's ``paint_static``); ``draw`` returns where it drew over it, and before the next frame
the host puts the layer back there. A picture that stays put between moves need not be drawn
every frame: hand it to ``self.kept``, which draws it only when it changes or when something
was put back over it, and leave it out of what ``draw`` returns.
"""
from __future__ import annotations

import pygame

from ..ui.keep import Item, Keep


class GameView:
    def __init__(self, scene, model):
        self.scene = scene
        self.app = scene.app
        self.model = model
        self.fonts = scene.app.fonts
        self.palette = scene.palette
        self.keep = Keep()

    def t(self, key: str, **values) -> str:
        return self.app.t(key, **values)

    def moved(self, move_id: str) -> None:
        """A move was just made: start its feedback (a flash, a slide, a sound)."""

    def update(self, dt: float) -> None:
        """Advance the view's own animations; the model's time is the host's business."""

    def prepare(self) -> None:
        """Called after each frame of the 3-2-1, and after each frame of play that left time
        to spare: make a piece of what play will need (pictures, rendered words), a little
        per call, so that no frame has to make it in a hurry."""

    def paint_static(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Paint what stays put (a road, a shelf, a banner) into the host's cached layer,
        inside ``rect`` (drawing outside it is clipped). It is painted again, over the bare
        background, only after ``self.scene.refresh_static()``: call that when it changes.
        Everything else goes in ``draw``, every frame."""

    @classmethod
    def warm(cls, app, placement) -> None:
        """Before the game starts (while its intro card is read): render what will be
        needed later, such as every text the game will show, so no frame stalls on it."""

    def covers(self, rect: pygame.Rect) -> list[pygame.Rect]:
        """Where the coming ``draw`` paints every pixel with something opaque (a scrolling
        street, say): the host need not put the layer back there first."""
        return []

    def kept(self, surface: pygame.Surface, items: list[Item]) -> list[pygame.Rect]:
        """Draw the pictures that stay put (bottom first) where the canvas lacks them; call it
        in ``draw`` before drawing anything that moves. Returns what it drew."""
        drawn = self.keep.draw(surface, items, self.scene.restored, self.scene.put_back)
        self.scene.drew(drawn)
        return drawn

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> list[pygame.Rect] | None:
        """Draw this frame's moving part inside ``rect``; return where it drew, or None for
        all of ``rect``."""
        raise NotImplementedError
