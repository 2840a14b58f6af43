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
    for session, summary in (played(harmony, "resist"), played(harmony, "conform")):
        held = debrief.conditions(harmony, session.log)
        prompts = summary.prompts
        assert len(prompts) == 4 and all(p.when in held for p in prompts)
        assert prompts[0].when != "always"  # first, something this player did
        assert [p.about for p in prompts[-2:]] == ["life", "system"]
        assert debrief.choose_prompts(harmony, session.log) == prompts  # the same every time
    assert resist.prompts != conform.prompts


def test_every_prompt_whose_condition_held_is_chosen_somewhere(harmony):
    """No prompt is shadowed by the ones before it in the file."""
    chosen, possible = set(), set()
    for length in ("kiosk", "workshop"):
        for style in bots.STYLES:
            for seed in range(1, 41):
                session, summary = played(harmony, style, seed, length)
                held = debrief.conditions(harmony, session.log)
                possible |= {p.id for p in harmony.prompts if p.when in held}
                chosen |= {p.id for p in summary.prompts}
    assert possible - chosen == set()
    assert len(possible) >= len(harmony.prompts) - 1  # only leaving is never botted


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


def test_a_perk_taken_by_a_tier_drop_is_counted_as_lost(harmony):
    for seed in range(1, 30):
        session, summary = played(harmony, "random", seed)
        tiers = {t.id: t for t in harmony.tiers}
        end = tiers[session.log.first("session_end")["tier"]]
        for perk in summary.perks_lost:
            assert perk not in end.perks
            assert any(not e["up"] and perk in tiers[e["before"]].perks
                       for e in session.log.of_kind("tier_change"))
        if summary.perks_lost:
            return
    raise AssertionError("no random session lost a perk in 29 seeds")
