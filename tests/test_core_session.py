"""The rules a player lives by, checked without a window on the small test scenario."""
import random

import pytest

from game.core import bots
from game.core.citizen import Citizen, tier_for
from tests.conftest import new_session


def finish_onboarding(session, option="accept"):
    while session.step.kind == "onboarding":
        session.choose(option)


def go_to_card(session, card_id):
    """Play conformingly until the given card is on screen."""
    rng = random.Random(0)
    for _ in range(200):
        step = session.step
        if step.card is not None and step.card.id == card_id and step.kind == "card":
            return step
        if step.kind in ("onboarding", "card") and step.card.kind != "rules":
            session.choose(bots.pick("conform", session, rng).id)
        else:
            session.advance()
    raise AssertionError(f"{card_id} never appeared")


def test_start_score_is_the_weighted_mean_of_hidden_areas(mini):
    citizen = Citizen(mini)
    # (60*2 + 50*1.5 + 40*1) / 4.5 = 52.22 -> 350 + 600 * 0.5222
    assert citizen.score() == 663
    assert citizen.tier().id == "citizen"


def test_subscores_clamp_so_the_score_stays_in_range(mini):
    citizen = Citizen(mini)
    citizen.apply({"reliability": 500, "conduct": 500, "network": 500})
    assert citizen.score() == 950
    citizen.apply({"reliability": -999, "conduct": -999, "network": -999})
    assert citizen.score() == 350
    assert citizen.tier().id == "watch"


def test_tiers_follow_the_score(mini):
    assert tier_for(mini, 350).id == "watch"
    assert tier_for(mini, 549).id == "watch"
    assert tier_for(mini, 550).id == "citizen"
    assert tier_for(mini, 950).id == "trusted"


def test_onboarding_decline_costs_and_is_logged_as_opting_out(mini):
    session = new_session(mini)
    before = session.score
    outcome = session.choose("decline")
    assert outcome.delta < 0
    assert before + outcome.delta == session.score
    assert "A13" in session.log.claims_reached()


def test_score_is_revealed_after_onboarding(mini):
    session = new_session(mini)
    finish_onboarding(session)
    assert session.step.kind == "morning" and session.step.day == 1
    assert "A1" in session.log.claims_reached()


def test_a_choice_records_data_and_shares_it_with_partners(mini):
    session = new_session(mini)
    finish_onboarding(session)
    go_to_card(session, "coffee")
    outcome = session.choose("app")
    assert outcome.shared == ("bank", "insurer")
    shared = [e for e in session.log.of_kind("data_shared") if e["card"] == "coffee"]
    assert {e["partner"] for e in shared} == {"bank", "insurer"}
    assert outcome.data_points == 5 + 3  # the option's data plus what every tap records


def test_a_change_without_a_reason_is_undisclosed(mini):
    session = new_session(mini)
    outcome = session.choose("decline")  # the decline has no reason in the file
    assert outcome.changes[0].reason is None
    assert "A6" in session.log.claims_reached()


def test_impact_hits_when_the_card_appears(mini):
    session = new_session(mini)
    finish_onboarding(session)
    session.advance()  # morning of day 1
    step = session.step
    assert step.card.id == "jaywalk"
    assert step.changes and step.changes[0].delta < 0


def test_a_ban_refuses_the_ticket_and_the_card_stays(mini):
    session = new_session(mini)
    finish_onboarding(session, "decline")
    session.citizen.apply({"reliability": -100, "conduct": -100})
    assert "no_travel" in session.tier.bans
    go = go_to_card(session, "train")
    outcome = session.choose("buy")
    assert outcome.refused is not None and outcome.refused.days == 30
    assert session.step.card.id == "train"
    assert [o.id for o in session.available()] == ["stay"]
    with pytest.raises(ValueError):
        session.choose("buy")
    assert session.log.of_kind("ban_applied")[0]["card"] == go.card.id


def test_a_perk_option_is_locked_until_the_tier_grants_it(mini):
    session = new_session(mini)
    finish_onboarding(session)
    go_to_card(session, "clinic")
    option = session.step.card.option("fast_lane")
    session.citizen.apply({"reliability": -20})
    assert session.tier.id != "trusted"
    assert session.locked(option)
    with pytest.raises(ValueError):
        session.choose("fast_lane")
    session.citizen.apply({"reliability": 100, "conduct": 100, "network": 100})
    assert not session.locked(option)
    outcome = session.choose("fast_lane")
    assert outcome.perk_used.id == "fast_lane"
    assert "A3" in session.log.claims_reached()


def test_leaving_ends_the_session_at_once(mini):
    session = new_session(mini)
    finish_onboarding(session)
    session.advance()
    session.leave()
    assert session.finished
    assert session.log.of_kind("left")
    assert session.log.of_kind("session_end")[0]["left"] is True


def test_rules_update_rejudges_earlier_choices(mini):
    session = new_session(mini)
    finish_onboarding(session)
    go_to_card(session, "coffee")
    session.choose("app")
    step = go_to_card(session, "new_rules")
    rejudged = session.log.of_kind("rejudged")
    assert rejudged and rejudged[0]["card"] == "coffee"
    assert step.notes  # the new rule is told on the card
    assert "A10" in session.log.claims_reached()


def test_an_appeal_lands_days_later_or_is_still_pending(mini):
    session = new_session(mini)
    finish_onboarding(session)
    session.advance()
    session.choose("appeal")
    filed = session.log.of_kind("delayed_filed")[0]
    assert filed["due_day"] == 3
    bots.play(session, "conform", random.Random(0))
    resolved = session.log.of_kind("delayed_resolved")
    assert resolved and resolved[0].day == 3


@pytest.mark.parametrize("style", bots.STYLES)
def test_every_style_finishes_and_a_seed_reproduces_it(mini, style):
    runs = []
    for _ in range(2):
        session = new_session(mini, seed=5)
        bots.play(session, style, random.Random(9))
        runs.append([(e.kind, e.day, dict(e.data).get("option")) for e in session.log])
    assert runs[0] == runs[1]
    kinds = [kind for kind, _, _ in runs[0]]
    # The session ends, then the player meets what comes after the last day.
    after = kinds[kinds.index("session_end") + 1:]
    assert after == ["scored_elsewhere", "epilogue", "reshaped"]


@pytest.mark.parametrize("seed", range(20))
def test_score_never_leaves_its_range(mini, seed):
    session = new_session(mini, seed=seed)
    bots.play(session, "random", random.Random(seed))
    scores = [e["after"] for e in session.log.of_kind("score_change")]
    assert all(350 <= s <= 950 for s in scores)
    for change in session.log.of_kind("tier_change"):
        assert change["before"] != change["after"]


def test_a_kiosk_visit_asks_only_for_the_kiosk_data_grabs(mini):
    kiosk, workshop = new_session(mini, length="kiosk"), new_session(mini, length="workshop")
    assert [c.id for c in kiosk.onboarding] == ["contacts"]
    assert [c.id for c in workshop.onboarding] == ["contacts", "location"]
    kiosk.choose("accept")
    assert kiosk.step.kind == "morning"
