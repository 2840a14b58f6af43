"""The debrief a facilitator reads: built from the log, it reflects how this player played."""
import random

from game.core import bots, debrief
from tests.conftest import new_session


def played(scenario, style, seed=1, length="workshop"):
    session = new_session(scenario, length=length, seed=seed)
    bots.play(session, style, random.Random(seed))
    return session, debrief.build(scenario, session.log)


def test_the_dossier_holds_every_data_point(harmony):
    session, summary = played(harmony, "random")
    assert summary.data_points == session.data_points
    assert sum(item.points for item in summary.dossier) == session.data_points
    assert set(summary.partners) <= set(harmony.partners)


def test_the_chart_follows_every_score_change(harmony):
    session, summary = played(harmony, "conform")
    changes = session.log.of_kind("score_change")
    assert len(summary.series) == len(changes) + 1
    assert summary.series[-1][1] == session.score == summary.final_score


def test_prompts_come_from_what_this_player_did(harmony):
    _, resist = played(harmony, "resist")
    _, conform = played(harmony, "conform")
    whens = lambda s: [p.when for p in s.prompts]  # noqa: E731
    assert 3 <= len(resist.prompts) <= 4 and 3 <= len(conform.prompts) <= 4
    assert {"banned", "declined_data", "bottom_tier"} & set(whens(resist))
    assert {"top_tier", "perk_used", "shared_everything"} & set(whens(conform))
    assert "always" in whens(resist) and "always" in whens(conform)
    assert whens(resist) != whens(conform)


def test_mechanics_are_listed_in_the_order_they_first_acted(harmony):
    _, summary = played(harmony, "random", seed=4)
    firsts = [use.first.seq for use in summary.mechanics]
    assert firsts == sorted(firsts)
    claims = [use.mechanic.claim for use in summary.mechanics]
    assert len(claims) == len(set(claims))
    assert all(use.count >= 1 for use in summary.mechanics)


def test_narrowing_ignores_choices_that_were_not_choices(harmony):
    session, summary = played(harmony, "resist", seed=2)
    # A resister keeps refusing: the late share of best-scoring picks stays low.
    assert summary.narrowing.late <= 0.2
    assert not summary.narrowing.narrowed


def test_a_conformist_always_takes_the_best(harmony):
    _, summary = played(harmony, "conform", seed=2)
    assert summary.narrowing.early == 1.0 and summary.narrowing.late == 1.0


def test_conditions_see_bans_and_top_tier(harmony):
    resist, _ = played(harmony, "resist")
    conform, _ = played(harmony, "conform")
    assert "banned" in debrief.conditions(harmony, resist.log)
    assert "top_tier" in debrief.conditions(harmony, conform.log)
    assert "banned" not in debrief.conditions(harmony, conform.log)
