"""The host around every mini-game, on the real screens: intro card, 3-2-1, the game,
the result. Each registered game can be played by touch alone and by keyboard alone,
skipped from its intro, and played without a clock in relaxed mode."""
import pygame
import pytest

from game.app import App, Config
from game.driver import Driver, to_game
from game.minigames import registry
from game.scenes.play import PlayScene


@pytest.fixture
def at_game(harmony):
    """An app whose session stands at the given game, with the play screen opening it."""
    apps = []

    def make(name, relaxed=False, reduce_motion=False):
        app = App(Config(scenario=harmony, headless=True, seed=4))
        app.settings.relaxed, app.settings.reduce_motion = relaxed, reduce_motion
        to_game(app, name)
        apps.append(app)
        return app
    yield make
    pygame.quit()


def play_through(app, via):
    driver = Driver(app, "conform", seed=2, via=via)
    screens = []
    while app.top.screen_id().startswith("minigame-"):
        screens.append(app.top.screen_id())
        key = driver.next_key()
        driver.act(key)
        assert len(screens) < 1000
    return screens


@pytest.mark.parametrize("name", sorted(registry.GAMES))
@pytest.mark.parametrize("via", ["touch", "keys"])
def test_a_game_is_played_to_its_result_by_touch_or_keys_alone(at_game, name, via):
    app = at_game(name)
    assert app.top.screen_id() == f"minigame-{name}-intro"
    screens = play_through(app, via)
    phases = [s.split("-")[2] for s in screens]
    assert phases[0] == "intro" and "countdown" in phases and "play" in phases
    assert phases[-1] == "result"
    entry = app.session.log.of_kind("minigame")[-1]
    assert entry["game"] == name and entry["outcome"] == "played"
    assert entry["grade"] > 0  # the conforming player pleased the system
    # Back on the play screen (a tier change the game caused may be announced over it).
    assert isinstance(app.scenes[-1], PlayScene) or isinstance(app.scenes[-2], PlayScene)
    assert not any(s.screen_id().startswith("minigame-") for s in app.scenes)


@pytest.mark.parametrize("name", sorted(registry.GAMES))
def test_skipping_from_the_intro_is_noted(at_game, name):
    app = at_game(name)
    Driver(app, via="touch").press("skip")
    assert app.top.screen_id() == f"minigame-{name}-result"
    assert app.session.log.of_kind("minigame")[-1]["outcome"] == "skipped"
    assert "Harmony noticed" in " ".join(
        app.t(line.key, **line.values) for line in app.top.outcome.result.lines)


def test_relaxed_mode_shows_no_clock_and_waits(at_game):
    app = at_game("rumour_patrol", relaxed=True, reduce_motion=True)
    driver = Driver(app, via="direct")
    driver.press("play")
    driver.frames(5)
    scene = app.top
    assert scene.phase == "play" and scene.model.time_left is None
    driver.frames(60)  # a minute of thinking: nothing ran out
    assert scene.phase == "play" and scene.model.moves_made == 0
    assert scene.screen_id().startswith("minigame-rumour_patrol-play")


def test_a_digit_key_makes_the_move_it_is_shown_with(at_game):
    app = at_game("rumour_patrol")
    driver = Driver(app, via="keys")
    driver.press("play")
    driver.frames(3)
    scene = app.top
    first = scene.model.post
    driver._key(pygame.K_2)  # "2  Report"
    driver.frames(0.2)
    assert scene.model.verdicts[0].post is first and scene.model.verdicts[0].move == "report"


def test_continue_waits_until_the_result_card_is_on_screen(at_game):
    app = at_game("checkout")
    scene = app.top
    app.step(1 / 60)
    scene.press(scene.button("skip"))  # the result comes with the next picture presented
    scene.press(scene.button("continue"))  # a tap too quick to have seen the card
    assert app.top is scene and scene.phase == "result"
    app.step(1 / 60)
    scene.press(scene.button("continue"))
    assert app.top is not scene


def test_the_countdown_runs_on_updates_alone(at_game):
    """Drawing shows the game; it does not move it on: updates alone count down to play."""
    app = at_game("crossing")
    app.step(1 / 60)  # the intro is on screen
    app.top.press(app.top.button("play"))
    scene = app.top
    for _ in range(600):
        if scene.phase == "play":
            break
        scene.update(1 / 60)
    assert scene.phase == "play"
