"""The game argues what the essay argues: rewards rather than fines, and a claim counts only
where the player lived it. Both are read from the level file and from played logs."""
import random

import pytest

from game.core import bots
from game.core.scenario import LENGTHS
from game.core.session import Session

SEEDS = range(1, 51)
# Log entries that carry a fixed claim when they are lived, and the condition for it.
FIXED = {
    "perk_used": ("A3", lambda e: True), "ban_applied": ("A4", lambda e: True),
    "tier_change": ("A11", lambda e: e["up"]), "day_end": ("A11", lambda e: e["streak"] >= 2),
    "leaderboard": ("A11", lambda e: e["before"] is not None and e["rank"] < e["before"]),
    "badge": ("A11", lambda e: True), "milestone": ("A2", lambda e: True),
    "score_revealed": ("A1", lambda e: True), "rejudged": ("A10", lambda e: True),
    "left": ("A13", lambda e: True), "snowball": ("A12", lambda e: True),
    "recruit_joined": ("A12", lambda e: True),
    "group_punished": ("A14", lambda e: e["player_signed"] or e["complained"]),
    "scored_elsewhere": ("A17", lambda e: True), "epilogue": ("A20", lambda e: True),
    "reshaped": ("A21", lambda e: True),
}


def play(scenario, length, style, seed):
    session = Session(scenario, length, random.Random(seed), lambda: 0.0, seed=seed)
    return bots.play(session, style, random.Random(seed * 2 + 1))


def test_the_level_file_fines_no_refusal_outside_the_punishments(harmony):
    refusing = [(c, o) for c in harmony.onboarding + harmony.cards for o in c.options
                if o.refuses]
    assert len(refusing) >= 40  # every everyday "no" is marked, so the rule has teeth
    fined = [f"{c.id}/{o.id}" for c, o in refusing if c.punishment is None
             and any(v < 0 for v in list(o.effects.values()) + (
                 list(o.delayed.effects.values()) if o.delayed else []))]
    assert fined == []
    punished = {c.id: c.punishment for c in harmony.cards if c.punishment}
    assert set(punished.values()) <= {"court_record", "collective_action", "listed_contact",
                                      "rejudged", "machine_error"}
    assert all(c.impact is None or min(c.impact.effects.values(), default=0) >= 0
               for c in harmony.cards if c.punishment is None)


@pytest.mark.parametrize("length", LENGTHS)
def test_no_refusal_moves_the_score_down_in_play(harmony, length):
    for style in bots.STYLES:
        for seed in SEEDS:
            log = play(harmony, length, style, seed).log
            for e in log.of_kind("score_change", "hidden_change"):
                if e["cause"] != "choice":
                    continue
                card_id, option_id = e["source"].split("/")
                card = harmony.card(card_id)
                if card.option(option_id).refuses and card.punishment is None:
                    assert min(e["subs"].values()) >= 0, (style, seed, e["source"], e["subs"])


def test_conformers_reach_the_top_and_resisters_meet_a_refusal_in_every_workshop(harmony):
    top = harmony.tiers[-1].id
    for seed in SEEDS:
        assert play(harmony, "workshop", "conform", seed).tier.id == top, seed
        assert play(harmony, "workshop", "resist", seed).log.of_kind("ban_applied"), seed


def lived(scenario, e) -> set[str]:
    """The claims this log entry may carry: those of the moment the player had."""
    if e.kind == "choice":
        option = scenario.card(e["card"]).option(e["option"])
        declined = e["onboarding"] and e["option"] == "decline"
        return set(option.claims) | ({"A13"} if declined or option.leaves else set())
    if e.kind in ("score_change", "hidden_change"):
        allowed = {"A6"} if e["reason"] is None else set()
        head, _, tail = e["source"].partition("/")
        if e["cause"] == "impact":
            allowed |= set(scenario.card(head).impact.claims)
        elif e["cause"] == "choice":
            option = scenario.card(head).option(tail)
            allowed |= {"A5"} if option.shares and option.effects else set()
        elif e["cause"] == "circle":
            allowed.add("A8")
        return allowed
    if e.kind == "minigame":
        return set() if e["outcome"] == "skipped" else set(e.claims)
    claim, when = FIXED.get(e.kind, (None, None))
    return {claim} if claim and when(e) else set()


@pytest.mark.parametrize("length", LENGTHS)
def test_every_recorded_claim_has_its_moment(harmony, mini, length):
    for scenario in (harmony, mini):
        for style in bots.STYLES:
            for seed in range(1, 21):
                log = play(scenario, length, style, seed).log
                assert not any(e.claims for e in log.of_kind("card_shown"))
                for e in log:
                    assert set(e.claims) <= lived(scenario, e), (style, seed, e.kind, dict(e.data))
                reached = set(log.claims_reached())
                assert reached == {c for e in log for c in e.claims}
