"""The real screens, headless: every one draws, and a visit by touch alone and by
keyboard alone reaches the debrief. Buttons are found by what they say."""
import pygame
import pytest

from game.app import App, Config
from game.driver import Driver
from game.scenes.debrief import DebriefScene
from game.scenes.errors import ErrorScene
from game.scenes.title import TitleScene


@pytest.fixture
def make_app():
    apps = []

    def make(scenario, **kw):
        kw.setdefault("seed", 3)
        app = App(Config(scenario=scenario, headless=True, **kw))
        app.push(TitleScene(app))
        apps.append(app)
        return app
    yield make
    pygame.quit()


def labels(app):
    return [b.label for b in app.top.buttons]


@pytest.mark.parametrize("via", ["touch", "keys", "mouse"])
def test_a_whole_visit_reaches_the_debrief(mini, make_app, via):
    app = make_app(mini, length="kiosk")
    screens = Driver(app, "conform", seed=1, via=via).play()
    assert screens[0] == "title"
    assert "onboarding-1" in screens and "day_end" in screens
    # A walk-up visit keeps moving: outcomes and mornings show on the next screen.
    assert "outcome" not in screens and "morning" not in screens
    assert isinstance(app.top, DebriefScene)
    assert app.top.screen_id() == "debrief-prompts"  # a kiosk debrief ends on the questions
    assert "Finish and delete my visit" in labels(app)


def test_the_workshop_debrief_is_complete_and_the_kiosk_one_short(harmony, make_app):
    kinds = {}
    for length in ("kiosk", "workshop"):
        app = make_app(harmony, length=length)
        Driver(app, "random", seed=2, via="direct").play()
        kinds[length] = [kind for kind, _ in app.top.plan]
    assert kinds["workshop"][-1] == "credits" and "record" in kinds["workshop"]
    assert kinds["workshop"][:2] == ["arc", "dossier"]
    assert {"mechanics", "facts", "prompts"} <= set(kinds["workshop"])
    # A walk-up visit: what happened, what it did beside what is real, the questions.
    assert kinds["kiosk"] == ["arc", "did", "prompts"]


def test_finishing_the_debrief_deletes_the_visit_and_resets(mini, make_app):
    app = make_app(mini, length="kiosk")
    driver = Driver(app, "conform", seed=1, via="touch")
    driver.play()
    app.settings.large_text = True
    driver.press("forward")  # "Finish and delete my visit"
    assert isinstance(app.top, TitleScene)
    assert app.session is None
    assert app.settings.large_text is False


def test_language_switch_is_one_tap_away_and_translates_the_screen(mini, make_app):
    app = make_app(mini)
    driver = Driver(app, via="touch")
    driver.press("start")
    assert f"Leave {mini.title.get('en')}" in labels(app)  # the app as the level names it
    driver.press("lang-de")
    assert f"{mini.title.get('de')} verlassen" in labels(app)
    assert "English" in labels(app)
    assert app.session.lang == "de"


def test_idle_visitor_gets_a_countdown_then_a_full_reset(mini, make_app):
    app = make_app(mini, idle_after=5, idle_countdown=20)
    driver = Driver(app, via="touch")
    driver.press("start")
    driver.press("lang-de")
    driver.frames(5.5)
    assert app.top.screen_id() == "idle"
    driver.press("modal-0")  # one tap: still here
    assert app.top.screen_id().startswith("onboarding")
    driver.frames(5.5)
    assert app.top.screen_id() == "idle"
    driver.frames(21)
    assert isinstance(app.top, TitleScene)
    assert app.session is None and app.settings.lang == "en"


def test_time_limits_off_gives_a_slow_reader_three_times_the_patience(mini, make_app):
    app = make_app(mini, idle_after=5, idle_countdown=20)
    driver = Driver(app, via="touch")
    driver.press("start")
    driver.press("settings")
    driver.press("set-relaxed")
    driver.press("done")
    driver.frames(6)
    assert app.top.screen_id().startswith("onboarding")  # 5 s would have been enough before
    driver.frames(10)
    assert app.top.screen_id() == "idle"
    driver.frames(40)
    assert app.top.screen_id() == "idle"  # the countdown is three times as long too
    driver.frames(25)
    assert isinstance(app.top, TitleScene)


def test_each_visitor_gets_a_seed_the_report_can_replay(mini, make_app):
    app = make_app(mini, seed=5)
    first, second = app.new_session(), app.new_session()
    assert (first.seed, second.seed) == (5, 6)
    from tests.conftest import new_session
    assert new_session(mini, seed=6).schedule == second.schedule


def test_leaving_is_always_possible_and_ends_in_the_debrief(mini, make_app):
    app = make_app(mini)
    driver = Driver(app, via="keys")
    driver.press("start")
    driver.press("leave")
    assert app.top.screen_id() == "leave"
    driver.press("modal-1")
    assert app.top.screen_id() == "end"
    assert app.session.log.of_kind("left")


def test_settings_toggle_and_say_their_state(mini, make_app):
    app = make_app(mini)
    driver = Driver(app, via="touch")
    driver.press("settings")
    assert "Less motion: off" in labels(app)
    driver.press("set-reduce_motion")
    assert app.settings.reduce_motion is True
    assert "✓ Less motion: on" in labels(app)
    assert "✓ Time limits: on" in labels(app)
    driver.press("set-relaxed")
    assert app.settings.relaxed is True and "Time limits: off" in labels(app)
    driver.press("set-large_text")
    assert app.fonts.scale > 1


def test_bad_content_screen_lists_problems_and_quits_cleanly(make_app, mini):
    app = make_app(mini)
    app.push(ErrorScene(app, ["levels/x.yaml:3:7: unknown key 'titel'"]))
    Driver(app, via="keys").press("quit")
    assert app.running is False


def test_the_bad_content_screen_opens_with_no_level_to_name_the_window():
    """A broken level leaves no title: the window takes the game's own caption."""
    app = App(Config(scenario=None, headless=True, lang="en"))
    assert pygame.display.get_caption()[0] == app.strings.get("app.caption", "en")
    app.push(ErrorScene(app, ["levels/x.yaml:3:7: unknown key 'titel'"]))
    Driver(app, via="keys").press("quit")
    assert app.running is False


def test_every_touch_target_is_large_enough(mini, make_app):
    app = make_app(mini, length="kiosk")
    small = []

    def check(screen):
        for b in app.top.buttons:
            if min(b.rect.size) < 96:
                small.append((screen, b.key, b.rect.size))
    Driver(app, "random", seed=4, via="direct").play(on_screen=check)
    assert small == []


@pytest.mark.parametrize("style,lang,large,length", [
    ("conform", "en", False, "workshop"), ("conform", "de", False, "workshop"),
    ("conform", "en", True, "workshop"), ("resist", "de", True, "workshop"),
    ("resist", "de", True, "kiosk"), ("random", "en", True, "kiosk")])
def test_no_debrief_page_runs_into_the_navigation(harmony, make_app, lang, large, style,
                                                  length):
    from game.scenes.debrief import NAV_Y
    app = make_app(harmony, length=length, lang=lang)
    Driver(app, style, seed=1, via="direct").play()
    scene = app.top
    app.set_text_scale(large)
    overflow = []
    for page in range(len(scene.plan)):
        scene.pick(page)
        scene.draw(app.canvas)
        if scene.bottom > NAV_Y - 10:
            overflow.append((scene.screen_id(), page, scene.bottom))
    assert overflow == []


def test_a_digit_is_the_option_with_that_place_on_screen_locked_or_not(harmony, make_app):
    from game import input as inp
    app = make_app(harmony, length="kiosk")
    Driver(app, "resist", seed=1, via="direct").reach("card-locked")
    options = [b for b in app.top.buttons if b.key.startswith("option-")]
    assert not options[0].enabled and options[1].enabled  # the perk's ride is locked
    step = app.session.step
    app.top.handle(inp.Action(inp.PICK, index=0))
    assert app.session.step is step  # nothing chosen: the locked option answered
    assert app.top.focus.shown() is options[0] and "Unlocks" in options[0].hint
    app.top.handle(inp.Action(inp.PICK, index=1))
    assert app.session.step is not step  # "2" is the second option on screen


def test_keys_keep_the_ring_and_start_on_the_primary_action(harmony, make_app):
    from game import input as inp
    app = make_app(harmony, length="kiosk")
    driver = Driver(app, "conform", seed=1, via="keys")
    seen = []

    def look(screen):
        ring = app.top.focus.shown()
        seen.append((screen, ring.key if ring else None))
    driver.play(on_screen=look)
    chrome = {"settings", "leave", "lang-de", "lang-en"}
    # As each screen settles (a game's own frames aside, where the keys are moving), the
    # ring is on the screen's own action, never on the top bar.
    assert all(key not in chrome for screen, key in seen
               if key and not screen.startswith("minigame-")), seen
    after_game = [key for (a, _), (b, key) in zip(seen, seen[1:])
                  if a.startswith("minigame-") and not b.startswith("minigame-")]
    assert after_game and all(k and k.startswith(("option-", "modal-")) for k in after_game)
    # Tab goes in reading order: the top bar first, left to right.
    app2 = make_app(harmony)
    app2.top.handle(inp.Action(inp.NEXT))
    order = []
    for _ in range(len([b for b in app2.top.buttons if b.enabled])):
        order.append(app2.top.focus.current().rect.topleft)
        app2.top.handle(inp.Action(inp.NEXT))
    assert order == sorted(order, key=lambda p: (p[1] // 40, p[0]))


def test_a_tier_pop_up_and_the_panel_behind_it_tell_the_same_state(harmony, make_app):
    from game.core.citizen import tier_for
    from game.scenes.play import PlayScene
    app = make_app(harmony, length="workshop")
    checked = []

    def look(screen):
        if screen.startswith("tier-"):
            play = next(s for s in app.scenes if isinstance(s, PlayScene))
            shown = tier_for(harmony, play.counter.value)
            assert not play.counter.rolling and not play.floaters
            assert shown.id == app.top.new.id == app.session.tier.id
            checked.append(screen)
    Driver(app, "random", seed=2, via="direct").play(on_screen=look)
    assert checked


@pytest.mark.parametrize("lang,large", [("en", False), ("de", True)])
def test_a_morning_ends_above_its_button(harmony, make_app, lang, large):
    app = make_app(harmony, length="workshop", lang=lang)
    app.set_text_scale(large)
    seen = []

    def look(screen):
        if screen == "morning":
            app.top.draw(app.canvas)
            seen.append(app.top.content_bottom <= app.top.button("next").rect.top - 20)
    Driver(app, "resist", seed=1, via="direct").play(on_screen=look)
    assert seen and all(seen)


def test_a_still_screen_presents_nothing_until_something_changes(mini, make_app):
    """A kiosk idles for hours on a card: frames are drawn and presented only when the
    picture can change (input, an animation, a new screen)."""
    app = make_app(mini)
    driver = Driver(app, via="touch")
    driver.press("start")
    driver.frames(2.0)  # the card has settled
    before = app.presented
    driver.frames(5.0)
    assert app.presented == before
    driver.press("lang-de")  # a tap changes the picture: it is drawn and shown
    assert app.presented > before
    settled = app.presented
    driver.frames(5.0)
    assert app.presented == settled
