"""The citizen's hidden sub-scores and the one visible score built from them.

Sub-scores stay within 0-100 and the weights are normalised, so the visible score
can never leave the scenario's range.
"""
from __future__ import annotations

from .scenario import Effects, Scenario, Tier

SUB_MIN, SUB_MAX = 0, 100


class Citizen:
    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.sub: dict[str, int] = {d.id: d.start for d in scenario.dimensions}
        total = sum(d.weight for d in scenario.dimensions)
        self._weights = {d.id: d.weight / total for d in scenario.dimensions}

    def score(self) -> int:
        mean = sum(self.sub[k] * w for k, w in self._weights.items())
        span = self.scenario.score_max - self.scenario.score_min
        return round(self.scenario.score_min + span * mean / SUB_MAX)

    def apply(self, effects: Effects) -> dict[str, int]:
        """Apply sub-score changes and return what actually changed after clamping."""
        applied = {}
        for dim, delta in effects.items():
            new = min(SUB_MAX, max(SUB_MIN, self.sub[dim] + delta))
            if new != self.sub[dim]:
                applied[dim] = new - self.sub[dim]
                self.sub[dim] = new
        return applied

    def preview(self, effects: Effects) -> int:
        """The visible score change these effects would cause now, without applying them."""
        saved = dict(self.sub)
        before = self.score()
        self.apply(effects)
        after = self.score()
        self.sub = saved
        return after - before

    def tier(self) -> Tier:
        return tier_for(self.scenario, self.score())


def tier_for(scenario: Scenario, score: int) -> Tier:
    current = scenario.tiers[0]
    for tier in scenario.tiers:
        if score >= tier.min:
            current = tier
    return current
