"""Checkout, driven by scripted moves: both products earn the same big points, the own
brand quietly earns more, it stands on either side, a full basket pays a bonus, and the
result card names the difference in points and money."""
import random
import re

from game.core import bots
from game.minigames.checkout import BASKET, CHECKOUT_PAUSE, Checkout


def checkout(harmony, relaxed=False, seed=1):
    game = next(g for g in harmony.minigames if g.game == "checkout")
    return Checkout(game, random.Random(seed), relaxed)


def own_side(game):
    return "left" if game.own_on_left() else "right"


def other_side(game):
    return "right" if game.own_on_left() else "left"


def test_the_own_brand_earns_more_for_the_same_product(harmony):
    game = checkout(harmony)
    p = game.params
    game.act(own_side(game))
    assert game.points == p["item_points"] + p["own_brand_bonus"]
    game.act(other_side(game))
    assert game.points == 2 * p["item_points"] + p["own_brand_bonus"] + p["other_brand_bonus"]
    first, second = game.picks
    assert first.own and not second.own
    # Never a bargain: the other maker asks the same or less for the same contents.
    assert all(i.other_price <= i.own_price for i in game.items)
    assert any(i.other_price < i.own_price for i in game.items)


def test_the_own_brand_stands_on_both_sides(harmony):
    game = checkout(harmony)
    sides = [game.own_on_left(i) for i in range(len(game.items))]
    assert sides.count(True) == sides.count(False) == len(game.items) // 2
    for side in ("left", "right"):
        own, points = game.offer(side)
        assert own == (side == own_side(game))
        assert points == game.points_for(own)


def test_a_full_basket_pays_its_bonus_then_the_till_closes(harmony):
    game = checkout(harmony)
    while game.item is not None:
        game.act(other_side(game))
    p = game.params
    assert game.complete and game.stage == "basket-full"
    assert game.points == len(game.items) * (p["item_points"] + p["other_brand_bonus"]) \
        + p["basket_bonus"]
    assert not any(m.enabled for m in game.moves())
    game.update(CHECKOUT_PAUSE / 2)
    assert not game.finished  # the full basket is cheered for a moment
    game.update(CHECKOUT_PAUSE)
    assert game.finished
    tally, full = game.result().lines[:2]
    assert full.key == "minigame.checkout.basket_full"
    # The result adds up to its headline: items, brand bonus, basket bonus.
    assert tally.key == "minigame.checkout.tally"
    assert tally.values["base"] + tally.values["brand"] + full.values["n"] == game.points


def test_the_result_names_the_points_and_money_of_the_own_brand(harmony):
    game = checkout(harmony)
    while game.item is not None:
        game.act(own_side(game))
    game.update(CHECKOUT_PAUSE + 0.1)
    result = game.result()
    p = game.params
    n = len(game.items)
    gap = n * (p["own_brand_bonus"] - p["other_brand_bonus"])
    extra = sum(i.own_price - i.other_price for i in game.items)
    keys = {line.key: line for line in result.lines}
    assert keys["minigame.checkout.own"].values == {"n": n, "x": gap}
    paid = keys["minigame.checkout.paid_more"]
    assert paid.tone == "bad" and paid.values == {"euros": extra // 100, "cents": extra % 100}
    assert result.details["own_brand"] == n and result.details["paid_more_cents"] == extra
    assert result.claims == ("A7",) and result.grade == 1.0


def test_buying_elsewhere_is_punished_though_the_basket_is_full(harmony):
    grades, points, lines = {}, {}, {}
    for style in ("conform", "resist"):
        game = checkout(harmony)
        rng = random.Random(1)
        bots.play_game(game, style, rng)
        result = game.result()
        grades[style], points[style] = result.grade, result.points
        lines[style] = [line.key for line in result.lines]
        assert result.details["complete"]
    assert grades["conform"] > 0.9 and grades["resist"] < -0.5
    assert points["conform"] > points["resist"]
    assert "minigame.checkout.other" in lines["resist"]
    assert "minigame.checkout.paid_more" not in lines["resist"]


def test_waiting_out_the_clock_is_judged_and_claims_nothing(harmony):
    game = checkout(harmony)
    game.update(game.duration + 1)
    result = game.result()
    assert game.finished and result.claims == () and result.grade < 0
    assert result.lines[0].key == "minigame.checkout.basket_short"
    assert result.lines[0].values == {"n": 0, "total": BASKET[game.difficulty]}


def test_relaxed_shopping_waits_and_ends_with_the_list(harmony):
    game = checkout(harmony, relaxed=True)
    game.update(999)
    assert game.index == 0 and not game.finished
    for _ in range(BASKET[game.difficulty]):
        game.act("left")
    game.update(CHECKOUT_PAUSE + 0.1)
    assert game.finished and game.result().details["complete"]


def _load_with(tmp_path, old, new):
    from game.content import ContentError, load_scenario
    from tests.conftest import HARMONY
    text = HARMONY.read_text(encoding="utf-8")
    start = text.index("    game: checkout")
    assert old in text[start:]
    bad = tmp_path / "bad.yaml"
    bad.write_text(text[:start] + text[start:].replace(old, new, 1), encoding="utf-8")
    try:
        load_scenario(str(bad))
    except ContentError as err:
        return [str(p) for p in err.problems]
    return []


def test_a_cheaper_own_brand_is_refused_with_its_place_in_the_file(tmp_path):
    messages = _load_with(tmp_path, "other_price: 1.09", "other_price: 1.39")
    hits = [m for m in messages if "must not be above own_price (1.19)" in m]
    assert len(hits) == 1, messages
    assert re.match(r".*bad\.yaml:\d+:\d+: minigames\[\d+\]\.params\.products\[0\]"
                    r"\.other_price: ", hits[0]), hits[0]


def test_an_own_brand_bonus_that_favours_nothing_is_refused(tmp_path):
    messages = _load_with(tmp_path, "own_brand_bonus: 3", "own_brand_bonus: 1")
    assert any("own_brand_bonus: must be more than other_brand_bonus (1)" in m
               for m in messages), messages
