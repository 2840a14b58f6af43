"""The title's attract loop: beside each promise in turn the phone shows it kept, in the
level's own words; every word fits in both languages at both text sizes; it stands still
between its moments; the first touch begins a visit."""
import pygame
import pytest

from game.app import App, Config, Settings
from game.driver import Driver
from game.scenes.attract import ENTER, SCENE
from game.scenes.title import TitleScene
from game.ui import layout

FRAME = 0.05


def title(scenario, lang="en", large=False):
    app = App(Config(scenario=scenario, headless=True, seed=1, lang=lang, idle_after=10**9,
                     settings=Settings(large_text=large)))
    app.push(TitleScene(app))
    return app


def run_until(app, seconds):
    while app.top.preview.time < seconds - 1e-6:
        app.step(FRAME)


def words_on_screen(app) -> list[str]:
    layout.forget(app.canvas)
    app.draw()
    return [item.what for item in layout._drawn.get(app.canvas, [])]


@pytest.mark.parametrize("lang,large", [("en", False), ("de", False), ("en", True), ("de", True)])
def test_each_scene_shows_its_promise_in_the_levels_words_and_every_word_fits(
        harmony, lang, large):
    app = title(harmony, lang, large)
    driver = Driver(app)
    tiers = [t for t in harmony.tiers if t.perks]
    top = max(tiers, key=lambda t: t.min)
    friends = sorted((c for c in harmony.circle.contacts if c.member), key=lambda c: -c.score)[:2]
    seen = {}
    with layout.watch():
        for scene in range(3):
            run_until(app, scene * SCENE + SCENE - 0.5)  # each scene at rest, before the next
            preview = app.top.preview
            seen[preview.scene] = preview.promise
            assert driver.look() == []
            words = " ".join(words_on_screen(app))
            if preview.scene == "perks":
                assert top.name.get(lang) in words
                assert harmony.perks[top.perks[0]].name.get(lang) in words
            if preview.scene == "friends":
                assert all(friend.name.get(lang) in words for friend in friends)
                assert app.t("title.overtook", name=friends[0].name.get(lang)) in words
    assert seen == {"score": 0, "perks": 1, "friends": 2}


def test_a_scenario_without_friends_on_the_app_skips_the_friends_scene(harmony, pulse):
    app = title(pulse)
    has_members = pulse.circle is not None and sum(c.member for c in pulse.circle.contacts) >= 2
    assert ("friends" in app.top.preview.scenes) == has_members
    assert app.top.preview.scenes[0] == "score"


def test_the_loop_stands_still_between_its_moments(harmony):
    app = title(harmony)
    run_until(app, 1.0)
    presented = app.presented
    run_until(app, 1.5)  # after the rise, before the next roll and the ring's pulse
    assert app.presented == presented
    run_until(app, SCENE + ENTER / 2)  # the next scene rising
    assert app.presented > presented


def test_the_loop_presents_a_few_frames_a_second_at_most(harmony):
    app = title(harmony)
    run_until(app, 3 * SCENE)
    assert app.presented / (3 * SCENE) < 8  # 20 a second only while something moves


@pytest.mark.parametrize("less", [True, False])
def test_less_motion_shows_each_scene_at_rest_from_its_first_frame(harmony, less):
    from game.scenes.title import PHONE
    app = title(harmony)
    app.settings.reduce_motion = less
    pictures = []
    for at in (SCENE + FRAME, SCENE + 2.0):  # the perks scene: just begun, then at rest
        run_until(app, at)
        app.draw()
        pictures.append(pygame.image.tobytes(app.canvas.subsurface(PHONE), "RGB"))
    assert (pictures[0] == pictures[1]) == less


def test_the_first_touch_stops_the_loop_and_begins_a_visit(harmony):
    app = title(harmony)
    run_until(app, SCENE + 1.0)
    pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.5, touch_id=1,
                                         finger_id=0, dx=0, dy=0, pressure=1.0))
    pygame.event.post(pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.5, touch_id=1,
                                         finger_id=0, dx=0, dy=0, pressure=1.0))
    app.step(FRAME)
    assert app.session is not None and not isinstance(app.top, TitleScene)
