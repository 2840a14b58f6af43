"""A mini-game's frames as the player gets them: each one is whole (painted over anything,
it is the same picture), drawing moves nothing on, and the pictures a frame is made from are
made on the same frames on a fast machine and on a slow one."""
import hashlib
import time

import pygame
import pytest

from game.app import App, Config
from game.driver import Driver, to_game
from game.minigames import registry
from game.scenes.minigame import LIVE
from game.ui.pictures import PICTURES

EVERY = 4  # frames between two comparisons


@pytest.fixture
def game_app(harmony):
    def make(name, **settings):
        app = App(Config(scenario=harmony, headless=True, seed=5))
        lang = settings.pop("lang", None)
        for key, value in settings.items():
            setattr(app.settings, key, value)
        if settings.get("large_text"):
            app.set_text_scale(True)
        if lang:
            app.set_language(lang)
        to_game(app, name)
        return app
    yield make
    pygame.quit()


def play(app, style: str, via: str, each_frame) -> int:
    """Play the game the app stands at to its result, calling ``each_frame(n)`` after every
    frame; return the frames."""
    frame = 0
    step = app.step

    def counted(dt):
        nonlocal frame
        step(dt)
        frame += 1
        each_frame(frame)
    app.step = counted
    driver = Driver(app, style, seed=3, via=via)
    while app.top.screen_id().startswith("minigame-"):
        driver.act(driver.next_key())
        assert frame < 6000
    return frame


def painted_over(scene, colour) -> bytes:
    surface = pygame.Surface(scene.app.canvas.get_size()).convert()
    surface.fill(colour)
    scene.paint(surface)
    return pygame.image.tobytes(surface, "RGB")


@pytest.mark.parametrize("name", sorted(registry.GAMES))
@pytest.mark.parametrize("style,via", [("random", "touch"), ("conform", "keys")])
def test_every_frame_is_whole_whatever_lay_on_the_canvas(game_app, name, style, via):
    app = game_app(name)
    compared = []

    def compare(frame):
        scene = app.top
        if getattr(scene, "phase", None) in LIVE + ("result",) and frame % EVERY == 0:
            shown = pygame.image.tobytes(app.canvas, "RGB")
            over_black, over_magenta = painted_over(scene, (0, 0, 0)), painted_over(
                scene, (255, 0, 255))
            compared.append(shown == over_black == over_magenta)
    play(app, style, via, compare)
    assert len(compared) >= 10 and all(compared)


@pytest.mark.parametrize("name", ["checkout", "daily_study", "security"])
def test_so_it_is_with_reduced_motion_without_a_clock_and_with_large_german(game_app, name):
    for settings in ({"reduce_motion": True}, {"relaxed": True},
                     {"large_text": True, "lang": "de"}):
        app = game_app(name, **settings)
        compared = []

        def compare(frame):
            scene = app.top
            if getattr(scene, "phase", None) in LIVE and frame % EVERY == 0:
                compared.append(pygame.image.tobytes(app.canvas, "RGB")
                                == painted_over(scene, (255, 0, 255)))
        play(app, "resist", "touch", compare)
        assert len(compared) > 5 and all(compared)
        pygame.quit()


def test_the_comparison_sees_a_frame_that_is_not_whole(game_app, monkeypatch):
    """The check itself: a view that left the background to the last frame is caught."""
    from game.scenes.minigame import MinigameScene
    monkeypatch.setattr(MinigameScene, "_base", lambda self: pygame.Surface((1, 1)))
    app = game_app("checkout")
    differing = []

    def compare(frame):
        scene = app.top
        if getattr(scene, "phase", None) == "play" and frame % EVERY == 0:
            differing.append(painted_over(scene, (0, 0, 0)) != painted_over(scene, (9, 9, 9)))
    play(app, "random", "touch", compare)
    assert differing and all(differing)


@pytest.mark.parametrize("name", sorted(registry.GAMES))
def test_drawing_moves_nothing_on(game_app, name, monkeypatch):
    """The same game played with every frame drawn and with none drawn ends the same way,
    frame for frame: drawing only shows."""
    def record(draw: bool) -> list:
        app = game_app(name)
        if not draw:
            monkeypatch.setattr(app, "draw", lambda: None)
        states = []

        def note(frame):
            scene = app.top
            model = getattr(scene, "model", None)
            states.append((scene.screen_id(), getattr(model, "points", None),
                           getattr(model, "moves_made", None), app.session.score))
        play(app, "random", "touch", note)
        entries = app.session.log.of_kind("minigame")
        pygame.quit()
        monkeypatch.undo()
        return [states, entries]
    drawn, undrawn = record(True), record(False)
    assert len(drawn[0]) > 30
    assert drawn == undrawn


@pytest.mark.parametrize("name", sorted(registry.GAMES))
def test_a_slow_machine_makes_the_same_pictures_on_the_same_frames(game_app, name,
                                                                   monkeypatch):
    """Pictures are made ahead a fixed number a frame, never by how much time is left: with a
    clock that runs 40 ms a call, every frame shows and makes exactly what it did."""
    def record(slow: bool) -> list:
        app = game_app(name)
        if slow:
            now = [time.perf_counter()]

            def crawl():
                now[0] += 0.04
                return now[0]
            monkeypatch.setattr(time, "perf_counter", crawl)
            monkeypatch.setattr(time, "monotonic", crawl)
        frames = []

        def note(frame):
            picture = hashlib.md5(pygame.image.tobytes(app.canvas, "RGB")).hexdigest()
            frames.append((picture, PICTURES.made, PICTURES.waiting()))
        play(app, "conform", "keys", note)
        monkeypatch.undo()
        pygame.quit()
        return frames
    fast, slow = record(False), record(True)
    assert len(fast) > 30 and fast == slow
