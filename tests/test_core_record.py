"""The record read again after the last day: other scorers, the epilogue, one rule changed.
Played by the bots on the shipped level and on the small test level, in every style."""
import random

import pytest

from game.core import afterword, bots, record, report
from game.core.scenario import Drop

from conftest import new_session

STYLES = bots.STYLES
LENGTHS = ("kiosk", "workshop")


def played(scenario, length, style, seed, afterwords=True):
    session = new_session(scenario, length, seed)
    if afterwords:
        bots.play(session, style, random.Random(seed * 2 + 1))
    else:
        while not session.finished:
            bots.act(session, style, random.Random(seed))
    return session


@pytest.mark.parametrize("level", ["harmony", "mini"])
@pytest.mark.parametrize("style", STYLES)
def test_a_replay_that_leaves_nothing_out_ends_where_the_session_did(request, level, style):
    scenario = request.getfixturevalue(level)
    for seed in (1, 2, 3):
        session = played(scenario, "workshop", style, seed, afterwords=False)
        again = record.replay(scenario, session.log)
        assert again.score == session.score and again.tier == session.tier.id


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("style", STYLES)
def test_every_report_names_this_sessions_own_choices(harmony, length, style):
    for seed in range(1, 21):
        session = played(harmony, length, style, seed)
        r = report.build(session, style)
        own = {f"{c['card']}/{c['option']}" for c in r["choices"]}
        assert len(r["other_scorers"]) == 3
        for scorer in r["other_scorers"]:
            low, high = scorer["range"]
            assert low <= scorer["score"] <= high and scorer["verdict"]
            assert 1 <= len(scorer["top_choices"]) <= 3
            assert set(scorer["top_choices"]) <= own
        assert r["epilogue"]["flipped"] and set(r["epilogue"]["flipped"]) <= own
        assert r["agency"]["rule"] in {rule.id for rule in harmony.agency.rules}
        assert {"A17", "A20", "A21"} <= set(r["claims_reached"])


def test_across_the_three_styles_a_workshop_reaches_every_claim(harmony):
    reached = set()
    for style in STYLES:
        reached |= set(report.build(played(harmony, "workshop", style, 1), style)
                       ["claims_reached"])
    assert reached == {f"A{n}" for n in range(1, 22)}


def test_the_claims_come_only_with_their_moments(harmony):
    session = played(harmony, "workshop", "conform", 4, afterwords=False)
    assert not {"A17", "A20", "A21"} & set(session.log.claims_reached())
    assert afterword.pending(session) == ["scorers", "epilogue", "agency"]
    afterword.meet_scorers(session)
    assert "A17" in session.log.claims_reached() and "A20" not in session.log.claims_reached()
    afterword.meet_epilogue(session)
    afterword.reshape(session, None)  # passing is logged, but shapes nothing
    assert afterword.pending(session) == []
    assert "A21" not in session.log.claims_reached()
    assert report.build(session, "conform")["agency"] is None


def test_the_same_record_gets_other_verdicts(harmony):
    conform = played(harmony, "workshop", "conform", 5)
    resist = played(harmony, "workshop", "resist", 5)
    bands = lambda s: [v["band"] for v in report.build(s, "x")["other_scorers"]]  # noqa: E731
    assert all(a != b for a, b in zip(bands(conform), bands(resist)))


def test_a_scorer_reads_weights_over_the_choice(harmony):
    bureau = next(s for s in harmony.scorers if s.id == "bureau")
    card = harmony.card("ob_bank")
    link = record.Choice("ob_bank/accept", 0, card.option("accept"), "payments", 10)
    keep = record.Choice("ob_bank/decline", 0, card.option("decline"), "payments", 3)
    assert record.worth(bureau, link) > 0 > record.worth(bureau, keep)


def test_a_period_puts_a_long_record_on_the_short_records_scale(harmony):
    bureau = next(s for s in harmony.scorers if s.id == "bureau")
    card = harmony.card("ob_bank")
    link = record.Choice("ob_bank/accept", 0, card.option("accept"), "payments", 10)
    short = record.verdict(bureau, [link] * 3, days=3)
    long = record.verdict(bureau, [link] * 7, days=7)
    assert short.score == long.score


def test_the_epilogue_turns_harmless_choices_costly(harmony):
    session = played(harmony, "workshop", "conform", 2)
    result = record.epilogue(harmony, session.log)
    assert result.before.score == session.score
    assert result.after.score < result.before.score
    for flip in result.flipped:
        assert (flip.before < 0) != (flip.after < 0)
        assert flip.rule.tag in flip.choice.option.tags


def test_a_changed_rule_drops_only_its_own_changes(harmony):
    session = played(harmony, "workshop", "random", 3, afterwords=False)
    nothing = record.reshape(harmony, session.log, Drop(causes=("minigame",), sign="gain",
                                                         tags=("no_such_tag",)))
    assert nothing.after == nothing.before
    no_circle = record.reshape(harmony, session.log, Drop(causes=("circle",)))
    circle = sum(e["delta"] for e in session.log.of_kind("score_change")
                 if e["cause"] == "circle")
    assert circle and no_circle.after.score != no_circle.before.score
    assert no_circle.of == len(session.log.of_kind("leaderboard")[-1]["board"])
    assert nothing.dropped == 0
    # What the rule leaves out is counted, so "no change" can say why: points made up for it.
    circle_changes = [e for e in session.log.of_kind("score_change") if e["cause"] == "circle"]
    assert (no_circle.dropped, no_circle.dropped_points) == (len(circle_changes), circle)


def test_a_scenario_without_these_moments_goes_straight_to_the_end(mini):
    from dataclasses import replace
    bare = replace(mini, scorers=(), epilogue=None, agency=None)
    session = new_session(bare, "kiosk", 1)
    bots.play(session, "random", random.Random(1))
    r = report.build(session, "random")
    assert r["other_scorers"] is None and r["epilogue"] is None and r["agency"] is None
