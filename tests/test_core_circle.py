"""The circle's rules, headless: a friend's fall drags the player down, the snowball is
reproducible, every answer to the app's advice about a falling friend has consequences
for both, and a group action costs more than a lone complaint."""
import random

import pytest

from conftest import new_session
from game.core import bots, circle_debrief, report
from game.core.circle import contagion


def play_until(session, stop, style="conform", seed=5):
    rng = random.Random(seed)
    while not session.finished and not stop(session):
        bots.act(session, style, rng)
    return session


def at_friend_card(session):
    card = session.step.card
    return card is not None and card.id == session.scenario.circle.falling.card.id


def test_contagion_follows_the_mean_of_kept_friends():
    assert contagion(2, 40.0, 45.0, 0) == -10
    assert contagion(2, 40.0, 45.0, -10) == 0  # already applied: nothing owed twice
    assert contagion(2, 50.0, 45.0, -10) == 20
    assert contagion(2, None, 45.0, -4) == 0  # an empty circle moves nothing


def test_a_friends_fall_drags_the_score_and_the_app_suggests_dropping_them(harmony):
    session = play_until(new_session(harmony), at_friend_card)
    fell = session.log.of_kind("friend_fell")[-1]
    assert fell["friend"] == "lena" and fell.day == 3
    drag = [e for e in session.log.of_kind("score_change") if "A8" in e.claims]
    assert drag and drag[0]["delta"] < 0 and drag[0].day == 3
    assert drag[0]["reason"] == harmony.circle.fell
    card = session.step.card
    assert "Lena" in card.text.get("en") and "Lena" in card.text.get("de")
    assert [o.id for o in card.options] == ["drop", "keep", "warn", "report"]
    best = max(session.available(), key=lambda o: session.citizen.preview(o.effects))
    assert best.id == "drop"  # the app's recommendation
    assert "A8" in session.log.claims_reached()


@pytest.mark.parametrize("action,in_circle,friend_change", [
    ("drop", False, -40), ("keep", True, 25), ("warn", True, -15), ("report", False, -80)])
def test_each_answer_about_a_falling_friend_has_consequences_for_both(harmony, action,
                                                                      in_circle, friend_change):
    session = play_until(new_session(harmony), at_friend_card)
    lena = session.circle.friends["lena"]
    before_friend = lena.score
    outcome = session.choose(action)
    assert lena.in_circle is in_circle
    assert lena.score - before_friend == friend_change
    entry = session.log.of_kind("friend_choice")[-1]
    assert entry["action"] == action and entry["earned"] == outcome.delta
    if action == "drop":  # leaving the circle lifts its average: the score recovers
        assert outcome.delta > 0 and any(c.source == "circle/lena" and c.delta > 0
                                         for c in outcome.changes)
    if action == "keep":
        assert outcome.option.outcome.get("en").startswith("You keep Lena")
    play_until(session, lambda s: s.step.kind == "morning" and s.step.day == 4)
    noticed = session.log.of_kind("friend_noticed")
    assert noticed and noticed[0]["friend"] == "lena"
    assert noticed[0]["text"] in session.step.notes and "Lena" in noticed[0]["text"].get("en")


def test_invitations_recruit_friends_and_the_snowball_is_reproducible(harmony):
    def snowball(seed):
        session = bots.play(new_session(harmony, seed=seed), "conform", random.Random(seed))
        return session, [(n.parent, n.day) for n in session.circle.nodes]
    first, nodes = snowball(7)
    again, nodes_again = snowball(7)
    assert nodes == nodes_again and len(nodes) > 10
    joined = first.log.of_kind("recruit_joined")
    assert joined and all("A12" in e.claims for e in joined)
    shares = [e["share"] for e in first.log.of_kind("snowball")]
    assert shares == sorted(shares) and shares[-1] > first.log.first("circle_start")["share"]
    days = [n.day for n in first.circle.nodes]
    assert days == sorted(days) and days[0] > joined[0].day  # the morning after they joined
    assert len({d for d in days}) >= 3  # it keeps rolling, day after day
    assert first.circle.joined() <= harmony.circle.referral.limit


def test_a_group_action_costs_more_than_a_lone_complaint_and_costs_the_friends_who_join(harmony):
    def answer(option):
        session = play_until(new_session(harmony), lambda s: s.step.card is not None
                             and s.step.card.id == "msg_bus_fares")
        tom = session.circle.friends["tom"]
        tom_before = tom.score
        outcome = session.choose(option)
        return session, outcome.delta, tom.score - tom_before
    signed, sign_cost, tom_signed = answer("group")
    alone, complain_cost, tom_alone = answer("solo")
    assert sign_cost < complain_cost <= 0
    assert tom_signed == -harmony.circle.groups["bus_fares"].cost and tom_alone == 0
    for session in (signed, alone):
        punished = session.log.of_kind("group_punished")[-1]
        assert "A14" in punished.claims and "mara" in punished["signers"]
    assert signed.log.of_kind("group_punished")[-1]["player_signed"]
    muted, _, _ = answer("mute")  # saw the news, did not act: A14 is not lived
    assert "A14" not in muted.log.of_kind("group_punished")[-1].claims
    assert "A14" not in muted.log.claims_reached()


def test_styles_reach_the_social_claims_and_leave_different_networks(harmony):
    reports = {}
    for style in bots.STYLES:
        session = bots.play(new_session(harmony, seed=1), style, random.Random(3))
        reports[style] = report.build(session, style)
    reached = set().union(*(set(r["claims_reached"]) for r in reports.values()))
    assert {"A8", "A12", "A14"} <= reached
    conform, resist = reports["conform"]["social"], reports["resist"]["social"]
    assert conform["recruited"] and not resist["recruited"]
    assert conform["network_size"] > resist["network_size"]
    assert conform["market_share"] > resist["market_share"]
    assert conform["dropped"] and not resist["dropped"]
    assert resist["kept_falling_friends"] and resist["joined_collective_action"]
    assert not conform["joined_collective_action"]
    assert reports["conform"]["final_score"] > reports["resist"]["final_score"]
    assert set(conform) >= {"contacts", "recruited", "network_size", "market_share", "dropped",
                            "reported", "kept_falling_friends", "joined_collective_action"}


def test_the_kiosk_circle_is_short(harmony):
    session = bots.play(new_session(harmony, length="kiosk", seed=1), "conform", random.Random(1))
    assert len(session.circle.friends) <= 6
    dilemmas = [e for e in session.log.of_kind("choice")
                if e["card"] in ("soc_referral", harmony.circle.falling.card.id)]
    assert 1 <= len(dilemmas) <= 2


def test_leaderboard_and_badges_are_logged_each_day(harmony):
    session = bots.play(new_session(harmony, seed=1), "conform", random.Random(3))
    boards = session.log.of_kind("leaderboard")
    assert [e.day for e in boards] == list(range(1, session.days + 1))
    assert all(1 <= e["rank"] <= e["of"] for e in boards)
    net = circle_debrief.network(session.log)
    assert set(net.badges) == set(session.circle.badges)


def test_a_scenario_without_a_circle_still_plays(mini):
    session = bots.play(new_session(mini), "random", random.Random(2))
    assert session.circle is None
    assert report.build(session, "random")["social"] is None
