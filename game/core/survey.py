"""A level's optional workshop survey: one question on a 5-point scale, asked before play and
again after it, when the room's facilitator turns it on and the player agrees to answer."""
from __future__ import annotations

from dataclasses import dataclass

SCALE = 5


@dataclass(frozen=True)
class Survey:
    question: "Text"  # noqa: F821 (game.core.scenario.Text)
    low: "Text"  # what 1 means
    high: "Text"  # what 5 means
