"""What the debrief says, derived from the session log alone.

What happened (the arc), what it did (mechanics and narrowing), what is real (facts),
and now what (prompts chosen from this player's own choices).
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from . import circle_debrief
from .log import Entry, SessionLog
from .scenario import Fact, Mechanic, Minigame, Prompt, Scenario, Text

UNDISCLOSED_FOR_PROMPT = 3
PARTNERS_FOR_PROMPT = 4
NARROWING_MARGIN = 0.15
MIN_CHOICES_FOR_NARROWING = 4
PROMPTS_SHOWN = 4
PLEASED_GRADE = 0.5  # a mini-game played this well was played the system's way


@dataclass(frozen=True)
class DossierItem:
    day: int
    category: str
    title: Text
    points: int
    partners: tuple[str, ...]


@dataclass(frozen=True)
class Moment:
    """Where a mechanic first acted on this player: the day, the card, game, perk, ban or
    tier it came with (None when there is nothing to name), and the points it moved on
    the visible score (None when it moved none)."""

    day: int
    what: Text | None
    points: int | None


@dataclass(frozen=True)
class MechanicUse:
    mechanic: Mechanic
    first: Entry
    count: int
    facts: tuple[Fact, ...]
    moment: Moment | None = None


@dataclass(frozen=True)
class GamePlay:
    """One mini-game as the debrief tells it: what it rewarded, how the player did,
    what it moved, and which claims it made felt."""

    game: Minigame
    day: int
    outcome: str
    points: int
    grade: float
    relaxed: bool
    score_change: int
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Narrowing:
    """Share of choices that took the best-scoring option, early versus late; ``choices``
    counts the real choices behind it (too few, and nothing can be said)."""

    early: float
    late: float
    choices: int = 0

    @property
    def known(self) -> bool:
        return self.choices >= MIN_CHOICES_FOR_NARROWING

    @property
    def narrowed(self) -> bool:
        return self.known and self.late >= self.early + NARROWING_MARGIN


@dataclass(frozen=True)
class Play:
    """The game in the system, as this player met it: how often points moved, tiers
    climbed, the longest streak, the leaderboard places, the mini-games played."""

    changes: int
    tiers_up: int
    streak: int
    boards: int
    games: tuple[Text, ...]


@dataclass(frozen=True)
class Debrief:
    series: tuple[tuple[int, int], ...]  # (day, score) after every change, from the start
    start_score: int
    final_score: int
    final_tier: str
    perks_used: tuple[Entry, ...]
    bans: tuple[Entry, ...]
    dossier: tuple[DossierItem, ...]
    data_points: int
    partners: dict[str, int]
    mechanics: tuple[MechanicUse, ...]
    narrowing: Narrowing
    prompts: tuple[Prompt, ...]
    left: bool
    rejudged: tuple[Entry, ...]
    pending_appeals: int
    games: tuple[GamePlay, ...] = ()
    network: circle_debrief.Network | None = None  # None: the scenario has no circle
    play: Play | None = None
    reshaped: Entry | None = None  # the rule the player changed after the last day, if any
    perks_lost: tuple[str, ...] = ()  # perk ids a tier drop took away (and not given back)


def build(scenario: Scenario, log: SessionLog) -> Debrief:
    start = log.first("session_start")
    end = log.first("session_end")
    changes = log.of_kind("score_change")
    series = [(0, start["score"])] + [(e.day, e["after"]) for e in changes]
    partners: dict[str, int] = {}
    for e in log.of_kind("data_shared"):
        partners[e["partner"]] = partners.get(e["partner"], 0) + e["points"]
    return Debrief(
        series=tuple(series),
        start_score=start["score"],
        final_score=end["score"] if end else series[-1][1],
        final_tier=end["tier"] if end else start["tier"],
        perks_used=tuple(log.of_kind("perk_used")),
        bans=tuple(log.of_kind("ban_applied")),
        dossier=_dossier(scenario, log),
        data_points=sum(e["points"] for e in log.of_kind("data_collected")),
        partners=partners,
        mechanics=_mechanics(scenario, log),
        narrowing=narrowing(log),
        prompts=choose_prompts(scenario, log),
        left=bool(log.of_kind("left")),
        rejudged=tuple(log.of_kind("rejudged")),
        pending_appeals=len(log.of_kind("delayed_unresolved")),
        games=games(scenario, log),
        network=circle_debrief.network(log),
        play=Play(len(changes), sum(1 for e in log.of_kind("tier_change") if e["up"]),
                  max((e["streak"] for e in log.of_kind("day_end")), default=0),
                  len(log.of_kind("leaderboard")),
                  tuple(scenario.minigame(e["id"]).title for e in log.of_kind("minigame")
                        if e["outcome"] != "skipped")),
        reshaped=log.first("reshaped"),
        perks_lost=_perks_lost(scenario, log),
    )


def _perks_lost(scenario: Scenario, log: SessionLog) -> tuple[str, ...]:
    """Perks a tier drop took away and the end did not give back: a loss as real as a ban."""
    tiers = {t.id: t for t in scenario.tiers}
    lost = [p for e in log.of_kind("tier_change") if not e["up"]
            for p in tiers[e["before"]].perks if p not in tiers[e["after"]].perks]
    end = log.first("session_end")
    kept = tiers[end["tier"]].perks if end else ()
    return tuple(dict.fromkeys(p for p in lost if p not in kept))


def games(scenario: Scenario, log: SessionLog) -> tuple[GamePlay, ...]:
    moved: dict[tuple[int, str], int] = {}
    for e in log.of_kind("score_change"):
        moved[(e.day, e["source"])] = moved.get((e.day, e["source"]), 0) + e["delta"]
    return tuple(
        GamePlay(scenario.minigame(e["id"]), e.day, e["outcome"], e["points"], e["grade"],
                 e["relaxed"], moved.get((e.day, f"{e['id']}/minigame"), 0), e.claims)
        for e in log.of_kind("minigame"))


def _dossier(scenario: Scenario, log: SessionLog) -> tuple[DossierItem, ...]:
    """One record per card and day: what it captured, and which partners received it."""
    points: dict[tuple[int, str], int] = {}
    partners: dict[tuple[int, str], list[str]] = {}
    for e in log.of_kind("data_collected", "data_shared"):
        key = (e.day, e["card"])
        if e.kind == "data_collected":
            points[key] = points.get(key, 0) + e["points"]
        elif e["partner"] not in partners.setdefault(key, []):
            partners[key].append(e["partner"])
    return tuple(
        DossierItem(day, scenario.card(card).category, scenario.card(card).title, total,
                    tuple(partners.get((day, card), ())))
        for (day, card), total in points.items())


def _mechanics(scenario: Scenario, log: SessionLog) -> tuple[MechanicUse, ...]:
    uses = []
    for mech in scenario.mechanics:
        hits = [e for e in log if mech.claim in e.claims]
        if hits:
            facts = tuple(scenario.facts[f] for f in mech.facts)
            uses.append(MechanicUse(mech, hits[0], len(hits), facts,
                                    moment(scenario, log, hits[0])))
    return tuple(sorted(uses, key=lambda u: u.first.seq))


def moment(scenario: Scenario, log: SessionLog, e: Entry) -> Moment:
    """The player's own moment behind a logged claim, for the debrief to name."""
    if e.kind == "choice":
        source = f"{e['card']}/{e['option']}"
        points = [c["delta"] for c in log.of_kind("score_change")
                  if c.day == e.day and c["source"] == source]
        return Moment(e.day, scenario.card(e["card"]).title, sum(points) if points else None)
    if e.kind == "score_change":
        return Moment(e.day, _source_title(scenario, e["source"]), e["delta"])
    if e.kind == "minigame":
        points = [c["delta"] for c in log.of_kind("score_change")
                  if c.day == e.day and c["source"] == f"{e['id']}/minigame"]
        return Moment(e.day, scenario.minigame(e["id"]).title, sum(points) if points else None)
    names = {"perk_used": lambda: scenario.perks[e["perk"]].name,
             "ban_applied": lambda: scenario.bans[e["ban"]].name,
             "tier_change": lambda: _tier(scenario, e["after"]).name,
             "rejudged": lambda: e["title"],
             "hidden_change": lambda: _source_title(scenario, e["source"])}
    return Moment(e.day, names[e.kind]() if e.kind in names else None, None)


def _source_title(scenario: Scenario, source: str) -> Text | None:
    """The card or mini-game a logged change came from ("card/option", "game/minigame")."""
    head = source.split("/")[0]
    if any(c.id == head for c in scenario.onboarding + scenario.cards):
        return scenario.card(head).title
    if any(g.id == head for g in scenario.minigames):
        return scenario.minigame(head).title
    return None


def _tier(scenario: Scenario, tier_id: str):
    return next(t for t in scenario.tiers if t.id == tier_id)


def narrowing(log: SessionLog) -> Narrowing:
    choices = [e for e in log.of_kind("choice")
               if not e["onboarding"] and e["compliant"] is not None]
    if len(choices) < 2:
        return Narrowing(0.0, 0.0, len(choices))
    half = len(choices) // 2
    return Narrowing(_rate(choices[:half]), _rate(choices[half:]), len(choices))


def _rate(entries: list[Entry]) -> float:
    return sum(e["compliant"] for e in entries) / len(entries)


def conditions(scenario: Scenario, log: SessionLog) -> set[str]:
    onboarding = [e for e in log.of_kind("choice") if e["onboarding"]]
    end = log.first("session_end")
    tiers = [t.id for t in scenario.tiers]
    held = {"always"}
    checks = {
        "banned": bool(log.of_kind("ban_applied")),
        "perk_used": bool(log.of_kind("perk_used")),
        "top_tier": end is not None and end["tier"] == tiers[-1],
        "bottom_tier": end is not None and end["tier"] == tiers[0],
        "declined_data": any(e["option"] == "decline" for e in onboarding),
        "shared_everything": bool(onboarding) and len(onboarding) == len(
            [e for e in log.of_kind("card_shown") if e.day == 0])
        and all(e["option"] == "accept" for e in onboarding),
        "appealed": bool(log.of_kind("delayed_filed")),
        "accepted_match": _accepted_match(scenario, log),
        "rejudged": bool(log.of_kind("rejudged")),
        "left": bool(log.of_kind("left")),
        "narrowed": narrowing(log).narrowed,
        "many_partners": len({e["partner"] for e in log.of_kind("data_shared")})
        >= PARTNERS_FOR_PROMPT,
        "undisclosed": sum(1 for e in log.of_kind("score_change") if e["reason"] is None)
        >= UNDISCLOSED_FOR_PROMPT,
        "skipped_game": any(e["outcome"] == "skipped" for e in log.of_kind("minigame")),
        "played_to_win": any(e["grade"] >= PLEASED_GRADE for e in log.of_kind("minigame")),
    }
    held |= circle_debrief.conditions(log)
    return held | {name for name, ok in checks.items() if ok}


def _accepted_match(scenario: Scenario, log: SessionLog) -> bool:
    """The player took a penalty without appealing, though an appeal was offered."""
    for e in log.of_kind("choice"):
        card = scenario.card(e["card"])
        if card.impact and any(o.delayed for o in card.options):
            if card.option(e["option"]).delayed is None:
                return True
    return False


def choose_prompts(scenario: Scenario, log: SessionLog) -> tuple[Prompt, ...]:
    """One question about something this player did, one more about their play (theirs or
    an open one), then one about the player's own life and one about shaping the system,
    where the file has them. Among the prompts that apply a draw seeded by this session's
    record decides, so every prompt can come up and a session always gets the same ones."""
    held = conditions(scenario, log)
    end = log.first("session_end")
    rng = random.Random(f"{len(log)}:{end['score'] if end else 0}:"
                        f"{end['data_points'] if end else 0}")

    def pool(about: str) -> list[Prompt]:
        found = [p for p in scenario.prompts if p.about == about and p.when in held]
        rng.shuffle(found)
        return found

    turned = pool("life")[:1] + pool("system")[:1]
    play = pool("play")
    own = [p for p in play if p.when != "always"][:1]
    rest = [p for p in play if p not in own]
    return tuple(own + rest[:PROMPTS_SHOWN - len(turned) - len(own)] + turned)
