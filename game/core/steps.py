"""What a session hands the screens: the step the player faces, what a choice or a game
did, and the changes they are shown; plus the session's own small bookkeeping records."""
from __future__ import annotations

from dataclasses import dataclass, field

from .scenario import Ban, Card, Effects, Minigame, Option, Perk, Text, Tier


@dataclass(frozen=True)
class Change:
    """One visible score change, as the player is shown it."""

    before: int
    after: int
    reason: Text | None
    source: str
    seq: int = -1  # its score_change entry in the log, so a screen can say it showed it

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class Step:
    """What the player faces now. ``kind``: onboarding, morning, card, minigame, day_end
    or end."""

    kind: str
    day: int
    card: Card | None = None
    index: int = 0  # position among the onboarding steps or the day's cards
    total: int = 0
    changes: tuple[Change, ...] = ()  # what happened as this step appeared
    notes: tuple[Text, ...] = ()  # rule texts, appeal results shown with the step
    refused: frozenset[str] = frozenset()  # options already refused by a ban
    game: Minigame | None = None  # the mini-game of a minigame step


@dataclass(frozen=True)
class Outcome:
    """What one choice did, for the screen to animate."""

    option: Option
    changes: tuple[Change, ...]
    data_points: int
    shared: tuple[str, ...]
    tier_before: Tier
    tier_after: Tier
    refused: Ban | None = None
    perk_used: Perk | None = None

    @property
    def delta(self) -> int:
        return sum(c.delta for c in self.changes)


@dataclass(frozen=True)
class GameOutcome:
    """What one mini-game did: the system's judgement and what it moved."""

    game: Minigame
    result: object  # game.minigames.base.Result
    changes: tuple[Change, ...]
    tier_before: Tier
    tier_after: Tier

    @property
    def delta(self) -> int:
        return sum(c.delta for c in self.changes)


@dataclass
class _Pending:
    due_day: int
    effects: Effects
    text: Text
    card_id: str


@dataclass
class _DayStats:
    start_score: int
    data_points: int = 0
    cards: list[str] = field(default_factory=list)
