"""The content of one game, as immutable objects: what a level file describes.

The loader in ``game.content`` builds these from YAML and validates them; the
rules in ``game.core`` only read them. Nothing here knows any scenario by name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .social import Circle, SocialAction
from .survey import Survey

LENGTHS = ("kiosk", "workshop")
FACT_TAGS = ("real", "exaggerated", "fiction", "argument")  # argument: the essay's own claim
CLAIM_IDS = tuple(f"A{n}" for n in range(1, 22))
CARD_KINDS = ("choice", "rules")
# Claims the session records by itself at the moment they are lived (the score revealed,
# a perk used, a ban that refuses, a change without a reason, an old choice re-judged, an
# opt-out); a level file may not claim them, so claims_reached never runs ahead of play.
# A8, A12 and A14 come from the circle: a friend's fall that drags the score, a recruit who
# joins, a group action punished harder than a lone complaint.
# A17, A20 and A21 come after the last day: the record read by other scorers, re-scored by a
# later owner, and a rule the player changed.
ENGINE_CLAIMS = ("A1", "A3", "A4", "A6", "A8", "A10", "A12", "A13", "A14",
                 "A17", "A20", "A21")
# Where a direct loss of points belongs (the essay's edges, not the daily mechanic): a court
# or debtor record, collective action, a tie to a listed person, the past judged again
# under new rules, a machine's error. Only a card marked with one may fine a refusal.
PUNISHMENTS = ("court_record", "collective_action", "listed_contact", "rejudged",
               "machine_error")
# The kinds of score change the session logs (a changed rule may drop some of them):
CAUSES = ("choice", "impact", "rejudged", "delayed", "overnight", "minigame", "circle")
PROMPT_ABOUT = ("play", "life", "system")
# Conditions a discussion prompt may name; game.core.debrief evaluates them on the log.
PROMPT_CONDITIONS = (
    "always", "banned", "perk_used", "top_tier", "bottom_tier", "declined_data",
    "shared_everything", "appealed", "accepted_match", "rejudged", "left", "narrowed",
    "many_partners", "undisclosed", "skipped_game", "played_to_win", "dropped_friend",
    "stood_by_friend", "reported_friend", "recruited", "joined_group")


@dataclass(frozen=True)
class Text:
    """One player-facing sentence in every language the scenario declares."""

    by_lang: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The sentence in ``lang``, or in the scenario's first language if it has none."""
        return self.by_lang[lang] if lang in self.by_lang else next(iter(self.by_lang.values()))


Effects = Mapping[str, int]  # dimension id -> change of that hidden sub-score


@dataclass(frozen=True)
class Dimension:
    """A hidden sub-score (0-100). ``visible`` decides whether the breakdown shows it."""

    id: str
    name: Text
    weight: float
    start: int
    visible: bool


@dataclass(frozen=True)
class Perk:
    id: str
    name: Text
    text: Text


@dataclass(frozen=True)
class Ban:
    id: str
    name: Text
    notice: Text
    days: int
    fact: str | None = None  # shown with the refusal: how far this ban is real


@dataclass(frozen=True)
class Tier:
    """A level of the points system; tiers are sorted by ``min`` ascending."""

    id: str
    name: Text
    min: int
    perks: tuple[str, ...]
    bans: tuple[str, ...]


@dataclass(frozen=True)
class Partner:
    """A company or authority that receives the citizen's data."""

    id: str
    name: Text
    kind: str


@dataclass(frozen=True)
class Category:
    """An area of life whose data is captured (payments, browsing, the street...)."""

    id: str
    name: Text


@dataclass(frozen=True)
class Delayed:
    """Something an option sets in motion that lands some days later (an appeal)."""

    days: int
    effects: Effects
    text: Text


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    effects: Effects
    outcome: Text | None = None
    reason: Text | None = None  # None: the player is told "reason: undisclosed"
    data: int = 0
    shares: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    requires_perk: tuple[str, ...] = ()  # any of these perks opens it
    blocked_by_ban: str | None = None
    delayed: Delayed | None = None
    leaves: bool = False  # choosing it ends the session: the citizen opts out
    refuses: bool = False  # saying no to the app: it may earn less, never cost directly
    fact: str | None = None  # shown with the outcome: how far what just happened is real
    social: SocialAction | None = None  # what choosing it does to the player's circle


@dataclass(frozen=True)
class Impact:
    """What happens to the score the moment a card appears, before any choice."""

    effects: Effects
    reason: Text | None
    data: int = 0
    shares: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A rule of a later regime: every past choice tagged ``tag`` is judged again."""

    tag: str
    effects: Effects
    text: Text


@dataclass(frozen=True)
class Slot:
    day: int
    slot: int | None = None  # None: the first free slot of that day


@dataclass(frozen=True)
class Card:
    """An everyday moment with a few options. ``kind`` is choice, or rules for an update
    that judges past choices again; onboarding cards are choices shown at sign-up."""

    id: str
    kind: str
    category: str
    sender: Text
    title: Text
    text: Text
    options: tuple[Option, ...]
    at: Mapping[str, Slot] = field(default_factory=dict)
    lengths: tuple[str, ...] = LENGTHS
    impact: Impact | None = None
    rules: tuple[Rule, ...] = ()
    punishment: str | None = None  # one of PUNISHMENTS: this card may cost points directly

    def option(self, option_id: str) -> Option:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        raise KeyError(f"{self.id} has no option {option_id!r}")


@dataclass(frozen=True)
class GameSlot:
    """Where a mini-game sits: on ``day``, after that many of the day's cards."""

    day: int
    after: int


@dataclass(frozen=True)
class Minigame:
    """A mini-game placed in the days of a session, with its settings. ``game`` names a
    registered game; ``scores`` is what a play the system fully approves of moves
    (scaled down, or turned round, by how it judged the play); ``lesson`` says what it
    rewarded, for the debrief."""

    id: str
    game: str
    title: Text
    intro: Text
    lesson: Text
    at: Mapping[str, GameSlot]
    lengths: tuple[str, ...]
    seconds: int
    difficulty: int
    scores: Effects
    params: Mapping[str, object]


@dataclass(frozen=True)
class Length:
    days: int
    cards_per_day: int


@dataclass(frozen=True)
class Overnight:
    """Each morning the score drifts a little: for reasons the app does not give, or, with
    a ``reason``, for the one it names (the town climbed and scores are graded on a curve)."""

    dimensions: tuple[str, ...]
    low: int
    high: int
    reason: Text | None = None


@dataclass(frozen=True)
class Fact:
    id: str
    text: Text
    source: Text  # one string for all languages in the file, or a Text
    tag: str  # real | exaggerated | fiction | argument


@dataclass(frozen=True)
class Mechanic:
    """How the debrief names one claim of the essay and the fact behind it."""

    claim: str
    name: Text
    text: Text
    facts: tuple[str, ...]


@dataclass(frozen=True)
class Prompt:
    """A discussion question; ``when`` names a condition the engine evaluates, ``about``
    what it turns to: this play, the player's own life, or shaping the system."""

    id: str
    when: str
    text: Text
    about: str = "play"


@dataclass(frozen=True)
class Reading:
    """How a scorer values one choice of the record: points per sub-score point the choice
    moved (by the scenario's own effects), per tag it carries, per data point it gave in a
    category, and per partner it shared with."""

    dimensions: Mapping[str, float] = field(default_factory=dict)
    tags: Mapping[str, int] = field(default_factory=dict)
    categories: Mapping[str, float] = field(default_factory=dict)
    partners: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Band:
    """A stretch of a scorer's range, from ``min`` up: its label and what it means for you."""

    min: int
    label: Text
    verdict: Text


@dataclass(frozen=True)
class Scorer:
    """Another scorer that reads the same record with its own weights, range and labels."""

    id: str
    name: Text
    like: Text  # what kind of real scorer it stands for
    min: int
    max: int
    start: int  # where an empty record would put you
    reads: Reading
    bands: tuple[Band, ...]
    fact: str
    decimals: int = 0  # shown with this many decimals: 46 with 1 is "4.6"
    period: int = 0  # days a verdict weighs; a longer record counts in proportion (0: all)

    def shown(self, score: int) -> float | int:
        return score / 10 ** self.decimals if self.decimals else score


@dataclass(frozen=True)
class Epilogue:
    """Years later a new owner or authority re-scores the whole record under its rules."""

    title: Text
    text: Text
    rules: tuple[Rule, ...]
    fact: str


@dataclass(frozen=True)
class Drop:
    """Which logged score changes a changed rule would not have made: those of these causes
    (all when empty), of choices with these tags (any when empty), only losses or only gains
    when asked, only those given without a reason when asked."""

    causes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sign: str | None = None  # "loss" | "gain" | None
    unexplained: bool = False


@dataclass(frozen=True)
class AgencyRule:
    id: str
    label: Text
    text: Text
    drop: Drop


@dataclass(frozen=True)
class Agency:
    """The closing move: the player changes one rule and sees what it would have done."""

    title: Text
    text: Text
    rules: tuple[AgencyRule, ...]


@dataclass(frozen=True)
class Scenario:
    id: str
    path: str
    title: Text
    tagline: Text
    languages: tuple[str, ...]
    score_min: int
    score_max: int
    dimensions: tuple[Dimension, ...]
    tiers: tuple[Tier, ...]
    perks: Mapping[str, Perk]
    bans: Mapping[str, Ban]
    partners: Mapping[str, Partner]
    categories: Mapping[str, Category]
    lengths: Mapping[str, Length]
    overnight: Overnight
    onboarding: tuple[Card, ...]
    cards: tuple[Card, ...]
    facts: Mapping[str, Fact]
    mechanics: tuple[Mechanic, ...]
    prompts: tuple[Prompt, ...]
    credits: Text
    minigames: tuple[Minigame, ...] = ()
    circle: Circle | None = None  # optional: a scenario may have no social circle
    scorers: tuple[Scorer, ...] = ()  # optional, as are the epilogue and the closing move
    epilogue: Epilogue | None = None
    agency: Agency | None = None
    app: Text | None = None  # the app's name in the interface's words; else the title
    based_on: Text | None = None  # the work the debrief names as the game's source
    survey: Survey | None = None  # a workshop room's question before and after play

    def minigame(self, minigame_id: str) -> Minigame:
        return _find(self.minigames, minigame_id)

    def dimension(self, dim_id: str) -> Dimension:
        return _find(self.dimensions, dim_id)

    def tier(self, tier_id: str) -> Tier:
        return _find(self.tiers, tier_id)

    def card(self, card_id: str) -> Card:
        falling = (self.circle.falling.card,) if self.circle is not None else ()
        return _find(self.onboarding + self.cards + falling, card_id)


def _find(items, item_id: str):
    """The item with this id (KeyError if there is none)."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)
