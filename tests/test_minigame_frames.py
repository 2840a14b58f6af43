"""While a mini-game runs, a frame repaints only what moved since the last one (the rest of
the canvas is kept). What the player sees must be exactly what a whole repaint would show:
these tests play every game and, frame after frame, compare the canvas with the same frame
painted from nothing. A leftover (a label not cleared, a picture drawn twice over its own
see-through shadow, a focus ring that stays) shows up as a differing pixel."""
import pygame
import pytest

from game.app import App, Config
from game.driver import Driver, to_game
from game.minigames import registry
from game.scenes.minigame import LIVE
from game.ui.keep import Keep

EVERY = 5  # frames between two comparisons (a leftover stays, so it is still caught)


def whole_frame(scene) -> pygame.Surface:
    """The scene's current frame painted from nothing onto a surface of its own, leaving
    untouched what its next frame reuses."""
    keeps = [k for k in vars(scene).values() if isinstance(k, Keep)]
    keeps += [k for k in vars(scene.view).values() if isinstance(k, Keep)]
    lasts = [dict(k._last) for k in keeps]
    saved = dict(vars(scene))
    surface = pygame.Surface(scene.app.canvas.get_size()).convert()
    scene._damage = None
    scene.paint(surface)
    vars(scene).update(saved)
    for keep, last in zip(keeps, lasts):
        keep._last = last
    return surface


def play_comparing(app, style: str, via: str) -> tuple[int, list[int]]:
    """Play the game the app stands at to its result; return the frames compared and those
    that differed from a whole repaint."""
    frame, compared, differing = 0, 0, []
    step = app.step

    def checked_step(dt):
        nonlocal frame, compared
        # Right after Play the intro stays up for a few frames while the game prepares.
        warming = getattr(app.top, "_warming", 0)
        step(dt)
        frame += 1
        scene = app.top
        warming = warming or getattr(scene, "_warming", 0)
        if getattr(scene, "phase", None) in LIVE and frame % EVERY == 0 and not warming:
            compared += 1
            whole = whole_frame(scene)
            if pygame.image.tobytes(whole, "RGB") != pygame.image.tobytes(app.canvas, "RGB"):
                differing.append(frame)
    app.step = checked_step
    driver = Driver(app, style, seed=3, via=via)
    while app.top.screen_id().startswith("minigame-"):
        driver.act(driver.next_key())
        assert frame < 6000
    return compared, differing


@pytest.fixture
def game_app(harmony):
    def make(name, **settings):
        app = App(Config(scenario=harmony, headless=True, seed=5))
        lang = settings.pop("lang", None)
        for key, value in settings.items():
            setattr(app.settings, key, value)
        if settings.get("large_text"):
            app.set_text_scale(True)  # words that no longer fit their boxes spill out
        if lang:
            app.set_language(lang)
        to_game(app, name)
        return app
    yield make
    pygame.quit()


@pytest.mark.parametrize("name", sorted(registry.GAMES))
@pytest.mark.parametrize("style,via", [("random", "touch"), ("conform", "keys")])
def test_every_frame_of_a_game_is_the_picture_a_whole_repaint_gives(game_app, name, style,
                                                                     via):
    compared, differing = play_comparing(game_app(name), style, via)
    assert compared >= 10
    assert differing == []


@pytest.mark.parametrize("name", ["checkout", "daily_study", "security"])
def test_so_it_is_with_reduced_motion_without_a_clock_and_with_large_text(game_app, name):
    for settings in ({"reduce_motion": True}, {"relaxed": True},
                     {"large_text": True, "lang": "de"}):
        compared, differing = play_comparing(game_app(name, **settings), "resist", "touch")
        assert compared > 5
        assert differing == []
        pygame.quit()


def test_the_comparison_catches_a_leftover(game_app, monkeypatch):
    """The check itself: if what moved were not cleared, frames would differ."""
    from game.scenes.minigame import MinigameScene
    monkeypatch.setattr(MinigameScene, "put_back", lambda self, rect: None)
    compared, differing = play_comparing(game_app("checkout"), "random", "touch")
    assert len(differing) > compared // 2
