"""Security check, driven by scripted moves: the tier's perks pick the lane (a short
priority lane with bonus points, or a long one where priority passengers are waved
past), the boost trades the live location for a shorter queue, and the gate closes."""
import random

import pytest

from game.core import bots
from game.minigames.security import (CHECK_HOLD, FIRST_WAVE, OFFER_LOCK, POINTS, WAVE_HOLD,
                                     SecurityCheck)

FAST = frozenset({"deposit_free", "fast_lane"})


def check(harmony, perks=frozenset(), relaxed=False, seed=1):
    game = next(g for g in harmony.minigames if g.game == "security")
    return SecurityCheck(game, random.Random(seed), relaxed, perks)


def right(game):
    return "tray" if game.item.allowed else "bin"


def wrong(game):
    return "bin" if game.item.allowed else "tray"


def sort_until_offer(game):
    while game.offer != "open":
        game.act(right(game))


def test_the_tier_picks_the_lane_and_its_length(harmony):
    lanes = check(harmony).params["lanes"]
    priority, standard = check(harmony, FAST), check(harmony, frozenset({"deposit_free"}))
    screening = check(harmony)
    assert (priority.lane, standard.lane, screening.lane) == ("priority", "standard", "screening")
    assert priority.left == lanes["priority"] < standard.left == lanes["standard"]
    assert screening.left == lanes["screening"] >= standard.left


def test_the_priority_lane_pays_a_bonus_per_tray_and_waves_the_player_past(harmony):
    fast, slow = check(harmony, FAST), check(harmony)
    fast.act(right(fast))
    slow.act(right(slow))
    assert fast.points == slow.points + POINTS["priority"] == POINTS["correct"] + POINTS["priority"]
    fast.update(FIRST_WAVE + 5)
    assert fast.waved == 0 and fast.moves()[0].enabled  # nobody ever cuts in front
    sort_until_offer(fast)
    fast.update(OFFER_LOCK + 0.01)
    fast.act("decline")
    while not fast.finished:
        fast.act(right(fast))
    result = fast.result()
    assert result.details["lane"] == "priority" and result.details["you_passed"] == 10
    assert {"A3", "A11"} <= set(result.claims)
    assert any(line.key == "minigame.security.passed" for line in result.lines)


def test_without_the_fast_lane_priority_passengers_stop_the_belt(harmony):
    game = check(harmony, frozenset({"deposit_free"}))
    game.update(FIRST_WAVE + 0.01)
    assert game.waved == 1 and game.hold_reason == "priority"
    assert not any(m.enabled for m in game.moves())  # the player can only wait
    game.update(WAVE_HOLD)
    assert all(m.enabled for m in game.moves())
    result = game.result()
    assert "A3" in result.claims
    waved = next(line for line in result.lines if line.key == "minigame.security.waved")
    assert waved.values == {"n": 1} and waved.tone == "bad"


def test_a_right_streak_builds_a_combo_and_a_wrong_sort_holds_the_tray(harmony):
    game = check(harmony)
    for _ in range(3):
        game.act(right(game))
    step = POINTS["combo_step"]
    assert game.combo == 3 and game.points == 3 * POINTS["correct"] + step + 2 * step
    before, item = game.points, game.item
    game.act(wrong(game))
    assert game.combo == 0 and game.points == before + POINTS["wrong"]
    assert game.item is item and game.hold_reason == "check"  # it must be sorted again
    game.update(CHECK_HOLD + 0.01)
    game.act(right(game))
    assert game.item is not item


def test_the_boost_trades_the_location_for_a_shorter_queue(harmony):
    shared, kept = check(harmony), check(harmony)
    for game in (shared, kept):
        sort_until_offer(game)
        assert game.stage == "boost" and [m.id for m in game.moves()] == ["boost", "decline"]
        assert not game.moves()[0].enabled  # a tap meant for "Tray" cannot accept it
        game.update(OFFER_LOCK + 0.01)
    left, points = shared.left, shared.points
    shared.act("boost")
    kept.act("decline")
    boost = shared.params["boost"]
    assert shared.left == left - boost["skip"]
    assert shared.points == points + boost["points"] + boost["skip"] * POINTS["correct"]
    assert kept.left == left and kept.points == points and kept.stage == ""
    results = shared.result(), kept.result()
    assert [r.details["location_shared"] for r in results] == [True, False]
    assert results[0].extra == {} and results[1].extra["personal"] < 0  # refusing is noted


def test_the_gate_closes_on_a_slow_passenger(harmony):
    game = check(harmony)
    game.act(right(game))
    game.update(game.duration)
    result = game.result()
    assert game.finished and not result.details["made_gate"]
    assert result.lines[0].key == "minigame.security.gate_missed"
    assert result.points == POINTS["correct"] + POINTS["gate_missed"] and result.grade < 0
    assert "A11" not in result.claims  # no combo, no gate: the reward loop never closed


def test_making_the_gate_early_pays_for_every_second_left(harmony):
    game = check(harmony, FAST)
    sort_until_offer(game)
    game.update(OFFER_LOCK + 0.01)
    game.act("boost")
    before = game.points
    rest = game.left
    while not game.finished:
        game.act(right(game))
    seconds = int(game.time_left)
    assert game.gate_points == POINTS["gate"] + POINTS["gate_second"] * seconds
    assert game.points > before + rest * POINTS["correct"] + POINTS["gate"]
    assert game.result().lines[0].key == "minigame.security.gate_made_left"


@pytest.mark.parametrize("perks", [FAST, frozenset()], ids=["fast_lane", "no_perks"])
def test_conforming_pays_more_than_declining_in_either_lane(harmony, perks):
    grades, shared, extra = {}, {}, {}
    for style in ("conform", "resist"):
        game = check(harmony, perks)
        rng = random.Random(1)
        bots.play_game(game, style, rng)
        result = game.result()
        grades[style], shared[style] = result.grade, result.details["location_shared"]
        extra[style] = result.extra.get("personal", 0)
    # In the fast lane even a slow refuser tops the grade; only the refusal itself costs.
    assert grades["conform"] > 0.5 and grades["conform"] >= grades["resist"]
    assert extra["conform"] == 0 > extra["resist"]
    assert shared == {"conform": True, "resist": False}


def test_the_priority_lane_is_the_easier_road_to_a_good_grade(harmony):
    grades = []
    for perks in (FAST, frozenset()):
        game = check(harmony, perks)
        rng = random.Random(1)
        while not game.finished:
            move = game.bot_move("resist", rng)
            if move:
                game.act(move)
            game.update(0.1)
        grades.append(game.result().grade)
    assert grades[0] > grades[1]


def test_relaxed_play_has_no_gate_deadline_but_still_counts_trays(harmony):
    game = check(harmony, relaxed=True)
    game.update(500)
    assert not game.finished and game.left == check(harmony).params["lanes"]["screening"]
    while not game.finished:
        game.update(WAVE_HOLD + OFFER_LOCK)
        move = game.bot_move("conform", random.Random(1))
        if move:
            game.act(move)
    result = game.result()
    assert result.details["made_gate"] and result.lines[0].key == "minigame.security.gate_made"


def test_a_misspelt_fast_lane_perk_is_refused_with_its_place(tmp_path):
    from game.content import ContentError, load_scenario
    from tests.conftest import HARMONY
    text = HARMONY.read_text(encoding="utf-8")
    assert "fast_perk: fast_lane" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("fast_perk: fast_lane", "fast_perk: fast_lame")
                   .replace("lanes: {priority: 8,", "lanes: {priority: 20,"), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_scenario(str(bad))
    messages = [str(p) for p in err.value.problems]
    line = text[:text.index("fast_perk: fast_lane")].count("\n") + 1
    assert any(f"bad.yaml:{line}:18:" in m and "unknown perk 'fast_lame'" in m
               for m in messages), messages
    assert any("the priority lane must be the shortest" in m for m in messages), messages


def test_every_item_its_tray_and_the_walker_fit_their_pictures_whole():
    """The view blits these see-through pictures around a fixed anchor: a drawing that grew
    past its canvas would lose a piece on screen."""
    import pygame

    from game.minigames import security_pictures as pictures
    from game.minigames.security import SHAPES
    pygame.init()
    made = [pictures.tray(shape, size) for shape in SHAPES for size in (110, 170)]
    for picture in made + [pictures.walker()]:
        inner = picture.get_rect().inflate(-2, -2)
        assert inner.contains(picture.get_bounding_rect())
