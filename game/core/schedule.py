"""Which card appears on which day: scheduled cards in their slots, the rest drawn,
and the mini-games placed between them.

Drawing prefers categories the day has not shown yet, so every session sweeps
across payments, shopping, browsing, messaging, social life, the street and records.
"""
from __future__ import annotations

import random

from .scenario import Card, Minigame, Scenario


def build_schedule(scenario: Scenario, length: str,
                   rng: random.Random) -> list[list[Card | Minigame]]:
    plan = scenario.lengths[length]
    days: list[list[Card | None]] = [[None] * plan.cards_per_day for _ in range(plan.days)]
    cards = [c for c in scenario.cards if length in c.lengths]
    scheduled = [c for c in cards if length in c.at]
    pool = [c for c in cards if length not in c.at]
    # Cards with an explicit slot go first so that "first free slot" cards fit around them.
    for card in sorted(scheduled, key=lambda c: c.at[length].slot is None):
        slot = card.at[length]
        row = days[slot.day - 1]
        index = slot.slot - 1 if slot.slot else row.index(None)
        row[index] = card
    rng.shuffle(pool)
    for row in days:
        for index, card in enumerate(row):
            if card is None:
                row[index] = _draw(pool, {c.category for c in row if c is not None})
    plan: list[list[Card | Minigame]] = [list(row) for row in days]
    games = [g for g in scenario.minigames if length in g.at]
    # From the back of each day, so that an insertion does not move the places still to fill.
    for game in sorted(games, key=lambda g: -g.at[length].after):
        plan[game.at[length].day - 1].insert(game.at[length].after, game)
    return plan


def _draw(pool: list[Card], seen: set[str]) -> Card:
    for i, card in enumerate(pool):
        if card.category not in seen:
            return pool.pop(i)
    return pool.pop(0)
