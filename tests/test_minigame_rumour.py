"""Rumour patrol, driven by scripted moves: reporting what the guidance calls a rumour
pays, the guidance changes halfway and re-judges earlier shares, and the result says
how many reported posts were true."""
import random

from game.core import bots
from game.minigames.rumour import INTERVAL, POINTS, RumourPatrol


def patrol(harmony, relaxed=False, seed=1):
    game = next(g for g in harmony.minigames if g.game == "rumour_patrol")
    return RumourPatrol(game, random.Random(seed), relaxed)


def answer(game, move):
    """Wait for the next post if the feed is clean, then judge it."""
    if game.post is None:
        game.update(game.next_post_in + 0.001)
    game.act(move)


def test_reporting_a_rumour_pays_and_sharing_one_costs(harmony):
    game = patrol(harmony)
    post = game.post
    expected = POINTS["report_rumour"] if game.is_rumour(post) else POINTS["report_ok"]
    game.act("report")
    assert game.points == expected
    assert game.post is None and game.next_post_in > 0  # the feed is clean for a moment
    game.update(game.next_post_in + 0.001)
    second = game.post
    game.act("share")
    shared = POINTS["share_rumour"] if game.is_rumour(second) else POINTS["share_ok"]
    assert game.points == expected + shared


def test_the_feed_sets_the_pace_so_a_game_lasts_its_full_time(harmony):
    game = patrol(harmony)
    while not game.finished:
        answer(game, "share")
    assert game.time >= game.duration - game.interval  # quick thumbs do not end it early
    assert len(game.verdicts) == len(game.queue)


def test_an_unanswered_post_moves_on_by_itself(harmony):
    game = patrol(harmony)
    first = game.post
    game.update(INTERVAL[game.difficulty] + 0.01)
    assert game.verdicts[0].post is first and game.verdicts[0].move == "missed"
    assert game.points == 0


def test_new_guidance_halfway_turns_topics_into_rumours_and_rejudges_shares(harmony):
    game = patrol(harmony)
    new = set(game.params["new_rumours"])
    shared_new = 0
    while game.index < game.changed_at:
        assert not game.guidance_changed
        if game.post is None:
            game.update(game.next_post_in + 0.001)
        shared_new += game.post.topic in new
        game.act("share")
    assert game.guidance_changed and game.stage == "new-guidance"
    assert new <= game.rumours
    assert len(game.rejudged) == shared_new
    before_change = sum(v.points for v in game.verdicts)
    assert game.points == before_change + POINTS["rejudged"] * shared_new


def test_the_result_counts_true_posts_that_were_reported(harmony):
    game = patrol(harmony)
    while not game.finished:
        answer(game, "report")
    assert game.time <= game.duration
    result = game.result()
    true_reported = sum(v.post.true for v in game.verdicts)
    assert result.details["true_reported"] == true_reported > 0
    assert any(line.key == "minigame.rumour.true_reported" and line.tone == "bad"
               for line in result.lines)
    assert "A15" in result.claims


def test_conforming_is_rewarded_and_defying_is_punished(harmony):
    grades = {}
    for style in ("conform", "resist"):
        game = patrol(harmony)
        rng = random.Random(1)
        bots.play_game(game, style, rng)
        grades[style] = game.result().grade
    assert grades["conform"] > 0.5 and grades["resist"] < 0


def test_relaxed_play_waits_for_every_post(harmony):
    game = patrol(harmony, relaxed=True)
    game.update(999)
    assert game.index == 0 and not game.finished
    for _ in range(game.RELAXED_ROUNDS):
        game.act("share")
    assert game.finished


def test_a_level_file_with_a_guidance_no_post_can_meet_is_refused(tmp_path, harmony):
    from game.content import ContentError, load_scenario
    from tests.conftest import HARMONY
    text = HARMONY.read_text(encoding="utf-8").replace("new_rumours: [factory]",
                                                       "new_rumours: [factroy]")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    try:
        load_scenario(str(bad))
    except ContentError as err:
        messages = [str(p) for p in err.problems]
    else:
        messages = []
    assert any("no post has the topic 'factroy'" in m for m in messages), messages
