"""What every mini-game model is: rules, timing and scoring, with no pygame.

A model is built from its placement in the level file, an rng, the relaxed flag and
the perks the player's tier holds (a game may treat tiers differently, as life does);
the host drives it with ``update(dt)`` and ``act(move)`` until ``finished``, then asks
for its ``result``. In relaxed mode the clock never runs out, but the system still judges.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

SKIP = "skip"  # every game may be declined on its intro card; the system notes that too
SKIP_GRADE = -0.5


@dataclass(frozen=True)
class Move:
    """One thing the player can do now; the view makes it a button. ``label`` is an
    interface-text key, ``values`` fill its placeholders."""

    id: str
    label: str
    values: Mapping[str, Any] = field(default_factory=dict)
    icon: str = ""  # a picture from game.ui.icons, shown on the button and the intro card
    style: str = "primary"  # a button style: primary | secondary | quiet | danger
    enabled: bool = True


@dataclass(frozen=True)
class Line:
    """One line of the result card: an interface-text key and its values."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)
    tone: str = "plain"  # plain | good | bad


@dataclass(frozen=True)
class Result:
    """How the system judged one play. ``grade`` runs from -1 (what it punishes) to
    +1 (what it rewards); the placement's ``scores`` are scaled by it."""

    outcome: str  # played | skipped
    points: int  # the game's own points, as the player saw them counted
    grade: float
    claims: tuple[str, ...]
    details: Mapping[str, Any]
    lines: tuple[Line, ...]
    extra: Mapping[str, int] = field(default_factory=dict)  # sub-score changes beyond the grade


class GameModel:
    """The shared clock and bookkeeping; a game overrides the marked methods."""

    NAME = ""
    CLAIMS: tuple[str, ...] = ()
    # The moves as the intro card pictures them: (interface-text key, icon), in key order.
    CONTROLS: tuple[tuple[str, str], ...] = ()
    # Relaxed mode ends a game after this many rounds instead of when time runs out.
    RELAXED_ROUNDS = 10

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        self.placement = placement
        self.perks = perks
        self.params: Mapping[str, Any] = placement.params
        self.rng = rng
        self.relaxed = relaxed
        self.duration = float(placement.seconds)
        self.difficulty = placement.difficulty
        self.time = 0.0
        self.points = 0
        self.finished = False
        self.skipped = False
        self.moves_made = 0

    # -- the host's side ------------------------------------------------------------

    @property
    def time_left(self) -> float | None:
        """Seconds left, or None in relaxed mode, where there is no clock."""
        return None if self.relaxed else max(0.0, self.duration - self.time)

    def update(self, dt: float) -> None:
        if self.finished:
            return
        self.time += dt
        self.tick(dt)
        if not self.relaxed and self.time >= self.duration:
            self.finish()

    def act(self, move_id: str) -> None:
        if self.finished:
            return
        if move_id == SKIP:
            self.skipped = True
            self.finish()
            return
        if move_id not in {m.id for m in self.moves() if m.enabled}:
            raise ValueError(f"{self.NAME}: {move_id!r} is not a move now")
        self.moves_made += 1
        self.on_move(move_id)

    def finish(self) -> None:
        self.finished = True

    def result(self) -> Result:
        if self.skipped:
            return Result("skipped", 0, SKIP_GRADE, (), {"skipped": True},
                          (Line("minigame.result.skipped", tone="bad"),))
        return self.judge()

    @property
    def stage(self) -> str:
        """A name for a distinct later stage of play (for screenshots); "" if none."""
        return ""

    # -- a game's side -----------------------------------------------------------------

    def moves(self) -> list[Move]:
        """What the player can do right now (not counting skip)."""
        raise NotImplementedError

    def upcoming_moves(self) -> list[list[Move]]:
        """Other sets of moves the game may offer soon (another look of the current ones,
        the next question's answers), so that their buttons are drawn ahead on quiet frames.
        By default: the current moves greyed out where they are live, and the other way."""
        return [[replace(m, enabled=not m.enabled) for m in self.moves()]]

    def on_move(self, move_id: str) -> None:
        raise NotImplementedError

    def tick(self, dt: float) -> None:
        """Time passes: things arrive, lights change."""

    def judge(self) -> Result:
        raise NotImplementedError

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        """The move an autoplay citizen of this style makes now; None waits."""
        raise NotImplementedError

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        """The game's own ``params`` from the level file, checked; problems go to check."""
        return {}


def clamp(value: float, low: float = -1.0, high: float = 1.0) -> float:
    return max(low, min(high, value))
