"""Daily study, driven by scripted moves: approved answers grow a streak and a multiplier,
other answers and slow ones break it, a daily cap swallows points, and the bonus for
posting the approved comment is offered partway and paid on top of the cap."""
import random
import re

import pytest

from game.core import bots
from game.i18n import Strings
from game.minigames.daily_study import OFFER_AT, QUESTION_SECONDS, DailyStudy


def study(harmony, relaxed=False, seed=1):
    game = next(g for g in harmony.minigames if g.game == "daily_study")
    return DailyStudy(game, random.Random(seed), relaxed)


def pick(game, approved=True):
    """The move for the approved answer, or for one that is not."""
    return next(f"a{i}" for i, c in enumerate(game.order) if c.approved == approved)


def test_approved_answers_grow_a_streak_that_multiplies_the_points(harmony):
    game = study(harmony)
    base = game.params["points"]
    gains = []
    for _ in range(6):
        before = game.points
        game.act(pick(game))
        gains.append(game.points - before)
    steps = dict(game.params["multipliers"])  # streak -> multiplier
    assert gains == [base, base, base * steps[3], base * steps[3], base * steps[3],
                     base * steps[6]]
    assert game.streak == game.best_streak == 6 and game.multiplier == steps[6]


def test_another_answer_or_a_slow_one_breaks_the_streak_and_earns_nothing(harmony):
    game = study(harmony)
    for _ in range(3):
        game.act(pick(game))
    points = game.points
    game.act(pick(game, approved=False))
    assert game.streak == 0 and game.multiplier == 1 and game.points == points
    game.act(pick(game))
    game.update(QUESTION_SECONDS[game.difficulty] + 0.01)
    assert game.answers[-1].choice is None and game.streak == 0
    assert game.best_streak == 3


def test_the_daily_cap_swallows_points_but_the_streak_goes_on(harmony):
    game = study(harmony, relaxed=True)
    while not game.capped:
        game.act(pick(game) if not game.offer_open else "decline")
    assert game.earned == game.cap == game.points and game.stage == "capped"
    streak = game.streak
    game.act(pick(game) if not game.offer_open else "decline")
    while game.offer_open:
        game.act("decline")
    game.act(pick(game))
    assert game.finished and game.points == game.cap and game.streak > streak
    result = game.result()
    line = next(line for line in result.lines if line.key == "minigame.daily_study.capped")
    assert line.tone == "bad" and line.values["n"] == result.details["swallowed"] >= 2
    assert "A11" in result.claims


def test_the_comment_is_offered_partway_and_its_bonus_ignores_the_cap(harmony):
    game = study(harmony)
    while not game.offer_open:
        game.act(pick(game))
        game.update(0.5)
    assert game.time >= game.duration * OFFER_AT and game.stage == "offer"
    assert [m.id for m in game.moves()] == ["post", "decline"] and game.question is None
    before = game.points
    game.act("post")
    assert game.points == before + game.params["bonus"] > game.cap
    assert game.question is not None and not game.offer_open
    while not game.finished:
        game.update(0.5)
    result = game.result()
    assert result.claims == ("A11", "A16")
    assert result.details["comment_offered"] and result.details["comment_posted"]
    assert any(line.key == "minigame.daily_study.posted" for line in result.lines)


def test_declining_the_comment_is_noticed_and_costs(harmony):
    grades = {}
    for move in ("post", "decline"):
        game = study(harmony, relaxed=True)
        while not game.finished:
            game.act(move if game.offer_open else pick(game))
        grades[move] = game.result().grade
        if move == "decline":
            assert any(line.key == "minigame.daily_study.declined"
                       for line in game.result().lines)
    assert grades["post"] > grades["decline"]


def test_the_fair_answer_is_only_ever_punished(harmony):
    game = study(harmony, relaxed=True)
    while not game.finished:
        if game.offer_open:
            game.act("decline")
            continue
        fair = game.question.fair
        game.act(f"a{game.order.index(fair)}")
    result = game.result()
    assert result.details["fair_broke"] > 0 and result.details["over_fair"] == 0
    assert result.grade < 0


def test_conforming_is_rewarded_and_resisting_is_punished(harmony):
    results = {}
    for style in ("conform", "resist"):
        game = study(harmony)
        rng = random.Random(1)
        bots.play_game(game, style, rng)
        results[style] = game.result()
    conform, resist = results["conform"], results["resist"]
    assert conform.grade > 0.5 and resist.grade < 0
    assert conform.details["cap_reached"] and conform.details["comment_posted"]
    assert conform.details["over_fair"] > 0
    assert resist.details["comment_offered"] and not resist.details["comment_posted"]


def test_no_streak_and_no_cap_means_no_gamification_claim(harmony):
    game = study(harmony, relaxed=True)
    while not game.finished:
        game.act("decline" if game.offer_open else pick(game, approved=False))
    result = game.result()
    assert result.claims == ("A16",) and result.points == 0


def test_relaxed_play_waits_and_ends_after_its_rounds(harmony):
    game = study(harmony, relaxed=True)
    game.update(999)
    assert not game.finished and not game.answers and game.question_progress == 0
    for _ in range(game.RELAXED_ROUNDS // 2):
        game.act(pick(game))
    assert game.offer_open
    game.act("post")
    for _ in range(game.RELAXED_ROUNDS - game.RELAXED_ROUNDS // 2):
        game.act(pick(game))
    assert game.finished and len(game.answers) == game.RELAXED_ROUNDS


def test_answer_buttons_show_the_answer_in_the_player_language(harmony):
    game = study(harmony)
    strings = Strings()
    move = game.moves()[0]
    choice = game.order[0]
    for lang in ("en", "de"):
        assert strings.get(move.label, lang, **move.values) == choice.text.get(lang)


def _problems(tmp_path, old, new):
    from game.content import ContentError, load_scenario
    from tests.conftest import HARMONY
    text = HARMONY.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    try:
        load_scenario(str(bad))
    except ContentError as err:
        return [str(p) for p in err.problems]
    return []


def test_an_answer_too_long_for_its_button_is_refused_with_its_place(tmp_path):
    messages = _problems(tmp_path, 'de: "Ja, so bequem!"',
                         'de: "Ja, das ist wirklich unglaublich bequem!"')
    assert any(re.search(r"bad\.yaml:\d+:\d+: .*questions\[0\]\.answers\[0\]\.text\.de: "
                         r"40 characters; at most 24", m) for m in messages), messages


def test_a_question_with_two_approved_answers_is_refused(tmp_path):
    messages = _problems(tmp_path, '{text: {en: "Depends who sees it", de: "Je nachdem, '
                                   'wer\'s sieht"}, fair: true}',
                         '{text: {en: "Depends who sees it", de: "Je nachdem, '
                         'wer\'s sieht"}, approved: true}')
    assert any(re.search(r"bad\.yaml:\d+:\d+: .*questions\[0\]\.answers: exactly one answer "
                         r"needs approved: true, found 2", m) for m in messages), messages


def _look(view):
    """What a frame of the view shows depends on: its animations and the model."""
    model = view.model
    return (dict(vars(view)), view.pop.time, view.nudge.time,
            view.toast and view.toast[3].time, [f.tween.time for f in view.floaters],
            [(b.x, b.y, b.life) for b in view.confetti.bits], model.time, len(model.answers),
            model.offer_open)


@pytest.mark.parametrize("style", ["conform", "resist"])
def test_every_frame_is_drawn_whole_and_drawing_moves_nothing_on(harmony, style):
    """Streaks that pop the badge, breaks that sway the card, toasts, confetti and the
    offer: each frame drawn again is the same picture, and drawing changed nothing."""
    import pygame

    from game.app import App, Config
    from game.driver import to_game

    app = App(Config(scenario=harmony, headless=True, seed=4, idle_after=10**9))
    to_game(app, "daily_study")
    app.step(1 / 60)
    scene = app.top
    scene.press(scene.button("play"))
    rng, seen = random.Random(2), set()
    wanted = {"pop" if style == "conform" else "sway", "offer"}
    while not wanted <= seen:
        assert scene.phase != "result"
        if scene.phase == "play":
            move = scene.model.bot_move(style, rng)
            if move is not None:
                scene.move(move)
            view = scene.view
            before = _look(view)
            scene.paint(app.canvas)
            first = pygame.image.tobytes(app.canvas, "RGB")
            app.canvas.fill((0, 0, 0))
            scene.paint(app.canvas)
            assert pygame.image.tobytes(app.canvas, "RGB") == first
            assert _look(view) == before
            seen |= {"pop"} if not view.pop.done else set()
            seen |= {"sway"} if not view.nudge.done else set()
            seen |= {"offer"} if scene.model.offer_open else set()
        app.step(1 / 10)
    pygame.quit()
