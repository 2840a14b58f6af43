"""The player's record read again: by other scorers, by a later owner's rules, and with
one rule of the app changed. Everything here reads the session log and the scenario;
nothing changes either.

A score is replayed from the areas' starting values through every logged change, so a
replay that leaves nothing out ends exactly where the session did.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .citizen import Citizen, tier_for
from .log import Entry, SessionLog
from .scenario import Band, Drop, Effects, Option, Rule, Scenario, Scorer

TOP_CHOICES = 3
CHANGES = ("score_change", "hidden_change")


@dataclass(frozen=True)
class Choice:
    """One choice of the record, as every reader sees it."""

    source: str  # "card/option", as the log and the report name it
    day: int
    option: Option
    category: str
    data: int  # data points it gave, passive ones included


def choices(scenario: Scenario, log: SessionLog) -> list[Choice]:
    data: dict[str, int] = {}
    for e in log.of_kind("data_collected"):
        data[e["source"]] = data.get(e["source"], 0) + e["points"]
    found = []
    for e in log.of_kind("choice"):
        source = f"{e['card']}/{e['option']}"
        option = scenario.card(e["card"]).option(e["option"])
        found.append(Choice(source, e.day, option, e["category"], data.get(source, 0)))
    return found


# -- other scorers --------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    scorer: Scorer
    score: int
    band: Band
    top: tuple[tuple[Choice, float], ...]  # the choices that moved it most, and by how much


def worth(scorer: Scorer, choice: Choice) -> float:
    """What one choice is worth to this scorer, in its own points."""
    reads, option = scorer.reads, choice.option
    value = sum(reads.dimensions.get(d, 0) * v for d, v in option.effects.items())
    value += sum(reads.tags.get(t, 0) for t in option.tags)
    value += reads.categories.get(choice.category, 0) * choice.data
    value += sum(reads.partners.get(p, 0) for p in option.shares)
    return value


def verdict(scorer: Scorer, record: list[Choice], days: int = 1) -> Verdict:
    """``days``: how many days the record covers; a scorer with a ``period`` counts a
    longer record in proportion, so a short visit and a long one land on the same scale."""
    scale = scorer.period / max(1, days) if scorer.period else 1
    worths = [(c, worth(scorer, c) * scale) for c in record]
    raw = scorer.start + sum(w for _, w in worths)
    score = round(min(scorer.max, max(scorer.min, raw)))
    band = scorer.bands[0]
    for candidate in scorer.bands:
        if score >= candidate.min:
            band = candidate
    moved = sorted((cw for cw in worths if round(cw[1])), key=lambda cw: -abs(cw[1]))
    return Verdict(scorer, score, band, tuple(moved[:TOP_CHOICES]))


def verdicts(scenario: Scenario, log: SessionLog) -> tuple[Verdict, ...]:
    record = choices(scenario, log)
    days = max((e.day for e in log.of_kind("day_start")), default=1)
    return tuple(verdict(s, record, days) for s in scenario.scorers)


# -- replaying the score --------------------------------------------------------------

@dataclass(frozen=True)
class Replay:
    score: int
    tier: str
    moved: dict[str, int]  # per choice source: what it did to the visible score


def replay(scenario: Scenario, log: SessionLog, keep: Callable[[Entry], bool] = lambda e: True,
           swap: dict[str, Effects] | None = None) -> Replay:
    """The score again from the start, leaving out the changes ``keep`` refuses, and with
    the choices in ``swap`` having the effects given there instead of their own."""
    swap = swap or {}
    citizen = Citizen(scenario)
    moved: dict[str, int] = {}

    def apply(source: str, effects: Effects) -> None:
        before = citizen.score()
        citizen.apply(effects)
        moved[source] = moved.get(source, 0) + citizen.score() - before

    for e in log:
        if e.kind == "choice":
            source = f"{e['card']}/{e['option']}"
            moved.setdefault(source, 0)
            if source in swap:
                apply(source, swap[source])
        elif e.kind in CHANGES and keep(e):
            if e["cause"] == "choice" and e["source"] in swap:
                continue
            apply(e["source"], e["subs"])
    score = citizen.score()
    return Replay(score, tier_for(scenario, score).id, moved)


# -- the epilogue ----------------------------------------------------------------------

@dataclass(frozen=True)
class Flip:
    choice: Choice
    before: int  # what it did to the visible score then
    after: int  # what it does under the new rules
    rule: Rule


@dataclass(frozen=True)
class Rescored:
    before: Replay
    after: Replay
    flipped: tuple[Flip, ...]  # choices that changed between costly, neutral and rewarded


def epilogue(scenario: Scenario, log: SessionLog) -> Rescored:
    rules = scenario.epilogue.rules
    record = choices(scenario, log)
    swap: dict[str, Effects] = {}
    matched: dict[str, Rule] = {}
    for choice in record:
        hits = [r for r in rules if r.tag in choice.option.tags]
        if hits:
            swap[choice.source] = _sum_effects(r.effects for r in hits)
            matched[choice.source] = hits[0]
    before, after = replay(scenario, log), replay(scenario, log, swap=swap)
    flipped = tuple(
        Flip(c, before.moved[c.source], after.moved[c.source], matched[c.source])
        for c in record if c.source in matched
        and _sign(before.moved[c.source]) != _sign(after.moved[c.source]))
    return Rescored(before, after, flipped)


def _sign(points: int) -> int:
    """Costly, neutral or rewarded: a choice turns when it moves from one to another."""
    return (points > 0) - (points < 0)


def _sum_effects(many) -> dict[str, int]:
    total: dict[str, int] = {}
    for effects in many:
        for dim, value in effects.items():
            total[dim] = total.get(dim, 0) + value
    return total


# -- one rule changed ------------------------------------------------------------------

@dataclass(frozen=True)
class Reshaped:
    before: Replay
    after: Replay
    rank_before: int | None  # among the friends on the last leaderboard; None without one
    rank_after: int | None
    of: int | None
    dropped: int = 0  # how many logged changes the rule leaves out
    dropped_points: int = 0  # what they did to the score when they happened


def dropped_by(drop: Drop, log: SessionLog) -> Callable[[Entry], bool]:
    """Whether a logged change is one the changed rule would not have made."""
    tags = {f"{e['card']}/{e['option']}": set(e["tags"]) for e in log.of_kind("choice")}

    def dropped(e: Entry) -> bool:
        delta = sum(e["subs"].values())  # the direction the areas moved
        return ((not drop.causes or e["cause"] in drop.causes)
                and (not drop.tags or bool(tags.get(e["source"], set()) & set(drop.tags)))
                and (drop.sign != "loss" or delta < 0)
                and (drop.sign != "gain" or delta > 0)
                and (not drop.unexplained or e["reason"] is None))
    return dropped


def reshape(scenario: Scenario, log: SessionLog, drop: Drop) -> Reshaped:
    dropped = dropped_by(drop, log)
    before = replay(scenario, log)
    after = replay(scenario, log, keep=lambda e: not dropped(e))
    gone = [e for e in log if e.kind == "score_change" and dropped(e)]
    count, points = len(gone), sum(e["delta"] for e in gone)
    board = log.of_kind("leaderboard")
    if not board:
        return Reshaped(before, after, None, None, None, count, points)
    others = [score for who, score in board[-1]["board"] if who != "you"]
    return Reshaped(before, after, _rank(others, before.score), _rank(others, after.score),
                    len(others) + 1, count, points)


def _rank(others: list[int], score: int) -> int:
    """The player's place, first among equals, as the leaderboard ranks."""
    return 1 + sum(1 for other in others if other > score)
