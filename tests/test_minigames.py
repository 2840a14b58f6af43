"""Every registered mini-game, through the shared contract: it is placed in the shipped
scenario, ends within its time, judges relaxed play too, can be skipped at a cost, and
the session logs, scores and reports each play. Each game's own rules have their own file."""
import random

import pytest

from game.core import bots, report
from game.i18n import Strings
from game.minigames import registry
from game.minigames.base import SKIP

from tests.conftest import new_session

GAMES = sorted(registry.GAMES)


def placement(harmony, name):
    return next(g for g in harmony.minigames if g.game == name)


def model(harmony, name, seed=1, relaxed=False):
    return registry.model_class(name)(placement(harmony, name), random.Random(seed), relaxed)


def test_every_registered_game_is_placed_in_the_workshop(harmony):
    placed = {g.game for g in harmony.minigames if "workshop" in g.at}
    assert placed == set(GAMES)


@pytest.mark.parametrize("name", GAMES)
@pytest.mark.parametrize("style", bots.STYLES)
def test_a_timed_game_ends_when_its_clock_runs_out(harmony, name, style):
    game = model(harmony, name)
    rng = random.Random(2)
    steps = 0
    while not game.finished:
        move = game.bot_move(style, rng) if style != "random" else \
            rng.choice([m.id for m in game.moves() if m.enabled] + [None])
        if move is not None:
            game.act(move)
        game.update(0.1)
        steps += 1
    assert game.time <= game.duration + 0.11
    assert 20 <= game.duration <= 45
    result = game.result()
    assert result.outcome == "played" and -1 <= result.grade <= 1


@pytest.mark.parametrize("name", GAMES)
def test_relaxed_play_has_no_clock_and_is_still_judged(harmony, name):
    game = model(harmony, name, relaxed=True)
    assert game.time_left is None
    game.update(10_000)  # a long pause changes nothing: nothing runs out
    assert not game.finished
    rng = random.Random(1)
    for _ in range(500):
        if game.finished:
            break
        move = game.bot_move("conform", rng)
        if move is not None:
            game.act(move)
        game.update(0.5)
    assert game.finished
    result = game.result()
    assert result.outcome == "played" and result.grade > 0  # the system approved


@pytest.mark.parametrize("name", GAMES)
def test_skipping_costs_and_is_said(harmony, name):
    game = model(harmony, name)
    game.act(SKIP)
    result = game.result()
    assert game.finished and result.outcome == "skipped" and result.grade < 0
    assert [line.key for line in result.lines] == ["minigame.result.skipped"]


@pytest.mark.parametrize("name", GAMES)
def test_every_word_a_game_shows_is_translated(harmony, name):
    table = Strings().table
    keys = [label for label, _ in registry.model_class(name).CONTROLS]
    for style in bots.STYLES:
        game = model(harmony, name)
        keys += [m.label for m in game.moves()]
        bots.play_game(game, style, random.Random(4))
        keys += [line.key for line in game.result().lines]
    missing = sorted({k for k in keys if k not in table})
    assert missing == []


def test_autoplay_plays_every_placed_game_and_reports_it(harmony):
    for style in bots.STYLES:
        session = new_session(harmony, seed=5)
        bots.play(session, style, random.Random(7))
        summary = report.build(session, style)
        played = summary["minigames"]
        expected = [g.id for g in harmony.minigames if "workshop" in g.at]
        assert sorted(p["id"] for p in played) == sorted(expected)
        for entry in played:
            assert set(entry) >= {"id", "day", "result", "points", "relaxed"}
            assert entry["relaxed"] is False


def test_the_games_grade_moves_the_score_in_the_log(harmony):
    session = new_session(harmony, seed=2)
    while session.step.kind != "minigame":
        if session.step.kind in ("onboarding", "card"):
            session.choose(bots.pick("conform", session, random.Random(1)).id)
        else:
            session.advance()
    before = session.score
    game = session.start_game()
    outcome = session.finish_game(bots.play_game(game, "conform", random.Random(1)))
    assert outcome.result.grade > 0 and session.score > before
    entry = session.log.of_kind("minigame")[-1]
    assert entry["outcome"] == "played" and entry["effects"]
    assert session.log.of_kind("score_change")[-1]["source"] == f"{outcome.game.id}/minigame"
    assert session.step.kind != "minigame" or session.step.game is not outcome.game


def test_a_session_reproduces_its_games_from_the_seed(harmony):
    runs = []
    for _ in range(2):
        session = new_session(harmony, seed=9)
        bots.play(session, "random", random.Random(3))
        runs.append(report.build(session, "random")["minigames"])
    assert runs[0] == runs[1]
