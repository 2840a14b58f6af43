"""Crossing, driven by scripted moves: green pays and is slow, red is fast and puts your
face on the public screen, the camera catches strangers while you wait, the clock at
9:00 judges punctuality, and a deadline no one can make is refused in the level file."""
import random
import re

import pytest

from game.minigames.crossing import BLOCK, CROSS, GREEN_POINTS, Crossing

DT = 0.05


def crossing(harmony, relaxed=False, seed=1):
    game = next(g for g in harmony.minigames if g.game == "crossing")
    return Crossing(game, random.Random(seed), relaxed)


def run(game, seconds):
    for _ in range(round(seconds / DT)):
        game.update(DT)


def until(game, test, limit=60.0):
    while not test() and not game.finished and limit > 0:
        game.update(DT)
        limit -= DT
    assert test()


def play(game, style, seed=3):
    rng = random.Random(seed)
    while not game.finished:
        move = game.bot_move(style, rng)
        if move:
            game.act(move)
        game.update(DT)
    return game.result()


def test_the_first_light_is_red_and_walking_now_is_caught_on_camera(harmony):
    game = crossing(harmony)
    assert game.light() == (False, pytest.approx(4.5))
    [walk, wait] = game.moves()
    assert walk.label == "minigame.crossing.walk_red" and walk.style == "danger"
    assert wait.enabled
    game.act("walk")
    [caught] = game.catches
    assert caught.you and game.points == -game.params["catch_penalty"]
    assert game.stage == "caught" and game.phase == "crossing"
    assert not any(m.enabled for m in game.moves())  # no moves while on the road


def test_waiting_crosses_by_itself_on_green_and_pays(harmony):
    game = crossing(harmony)
    game.act("wait")
    assert game.waiting and not game.moves()[1].enabled
    until(game, lambda: game.phase == "crossing")
    assert game.light()[0] and game.crossed_green == 1
    assert game.points == GREEN_POINTS and not game.your_catches


def test_someone_else_walks_on_red_at_the_first_light_and_is_caught(harmony):
    for seed in range(5):
        game = crossing(harmony, seed=seed)
        game.act("wait")
        run(game, 2.0)
        assert [c.you for c in game.catches] == [False]
        assert game.walkers[0].on_red and game.points == 0
        play(game, "conform")
        result = game.result()
        assert "A9" in result.claims  # seen, though the player never broke a rule
        assert any(line.key == "minigame.crossing.others" for line in result.lines)


def test_arriving_on_time_earns_punctuality_and_late_costs_it(harmony):
    outcomes = {}
    for seed in range(40):
        game = crossing(harmony, seed=seed)
        result = play(game, "conform")
        assert result.details["arrived"]
        outcomes.setdefault(result.details["on_time"], (game, result))
    (early, on_time), (late, too_late) = outcomes[True], outcomes[False]
    punctuality = early.params["punctuality"]
    assert early.points == GREEN_POINTS * early.count + punctuality
    assert on_time.lines[0].key == "minigame.crossing.on_time" and on_time.grade == 1
    # Obeying every light still made this one late, and that costs.
    assert late.points == GREEN_POINTS * late.count - punctuality
    assert too_late.lines[0].key == "minigame.crossing.late"
    assert too_late.lines[0].values["time"] > "9:00" and 0 < too_late.grade < on_time.grade


def test_the_street_clock_reads_nine_at_the_deadline(harmony):
    game = crossing(harmony)
    assert game.clock(0) == "8:50"
    assert game.clock(game.deadline) == "9:00" and game.minutes_late(game.deadline) == 0
    assert game.clock(game.deadline * 1.1) == "9:01"


def test_walking_on_red_is_fast_but_shames_and_costs(harmony):
    game = crossing(harmony)
    result = play(game, "resist")
    mine = game.your_catches
    assert result.details["on_time"] and mine
    assert game.arrived_at == pytest.approx(game.count * (CROSS + BLOCK), abs=2.0)
    shown = next(line for line in result.lines if line.key == "minigame.crossing.shown")
    assert shown.tone == "bad" and shown.values["n"] == sum(c.viewers for c in mine)
    assert result.extra == {"behaviour": -2 * len(mine)}
    assert result.claims == ("A9",)


def test_conforming_scores_above_defying_across_seeds(harmony):
    grades = {"conform": [], "resist": []}
    for seed in range(20):
        for style, found in grades.items():
            result = play(crossing(harmony, seed=seed), style)
            found.append(result.grade)
            assert (result.details["caught"] == 0) == (style == "conform")
    assert min(grades["conform"]) > 0  # even late, the obedient are approved of
    assert sum(grades["conform"]) / 20 > 0.3 and sum(grades["resist"]) / 20 < 0


def test_running_out_of_time_on_the_way_is_late(harmony):
    game = crossing(harmony)
    run(game, game.duration + 1)  # never pressed a thing
    result = game.result()
    assert game.finished and game.arrived_at is None
    assert result.lines[0].key == "minigame.crossing.not_arrived"
    assert result.points == -game.params["punctuality"] and result.grade < 0


def test_relaxed_play_waits_and_still_judges_the_red_walker(harmony):
    game = crossing(harmony, relaxed=True)
    run(game, 60)
    assert game.phase == "kerb" and game.index == 0 and not game.finished
    result = play(game, "resist")
    assert game.finished and result.lines[0].key == "minigame.crossing.relaxed"
    assert result.grade < 0 and result.details["caught"] >= 1


def test_the_view_flashes_at_most_once_a_second_and_never_when_calm(harmony):
    from types import SimpleNamespace

    import pygame

    from game.minigames.crossing_view import CrossingView
    from game.scenes.minigame import STAGE
    from game.ui.pictures import PICTURES
    from game.ui.theme import APP, Fonts
    pygame.init()
    for calm in (False, True):
        app = SimpleNamespace(settings=SimpleNamespace(reduce_motion=calm, lang="en"),
                              fonts=Fonts(), t=lambda key, **v: key, play=lambda name: None)
        scene = SimpleNamespace(app=app, palette=APP)
        game = crossing(harmony)
        view = CrossingView(scene, game, STAGE)
        flashes = 0
        game.act("walk")  # caught at once ...
        for _ in range(4):
            view.update(DT)
            flashes += view.flash.time == DT
        game.catches.append(game.catches[0])  # ... and, at once, again
        for _ in range(30):
            view.update(DT)
            flashes += view.flash.time == DT
        assert flashes == (0 if calm else 1)
    PICTURES.clear()  # the faces this view asked for ahead belong to no app


def test_a_deadline_no_one_can_walk_is_refused_with_its_place(tmp_path):
    from game.content import ContentError, load_scenario
    from tests.conftest import HARMONY
    text = HARMONY.read_text(encoding="utf-8")
    assert "      deadline: 21\n" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("      deadline: 21\n", "      deadline: 9\n")
                   .replace("catch_effects: {behaviour: -2}", "catch_effects: {behavior: -2}"),
                   encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_scenario(str(bad))
    messages = [str(p) for p in err.value.problems]
    assert any(re.search(r"bad\.yaml:\d+:\d+: .*deadline.*4 crossings take 12 seconds", m)
               for m in messages), messages
    assert any("unknown dimension 'behavior'" in m for m in messages), messages
