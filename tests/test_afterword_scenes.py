"""After the last day, on the real screens: other scorers, the epilogue, the closing move,
by touch and by keys, in both languages and text sizes, and nothing runs out of its box."""
import json

import pygame
import pytest

from game.app import App, Config
from game.core import report
from game.driver import Driver
from game.scenes.afterword import CARD_BOTTOM, NAV
from game.scenes.title import TitleScene

AFTER = ["scorers", "epilogue", "agency", "agency-result"]


@pytest.fixture
def make_app():
    def make(scenario, **kw):
        kw.setdefault("seed", 2)
        app = App(Config(scenario=scenario, headless=True, **kw))
        app.push(TitleScene(app))
        return app
    yield make
    pygame.quit()


def after_screens(screens):
    seen = [s for s in screens if s in AFTER]
    return [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s]


@pytest.mark.parametrize("level", ["harmony", "mini"])
@pytest.mark.parametrize("via", ["touch", "keys"])
def test_the_end_leads_through_the_other_scorers_to_the_debrief(request, make_app, level, via):
    app = make_app(request.getfixturevalue(level), length="workshop")
    written = []
    app.config.on_session_end = lambda s: written.append(report.build(s, "human"))
    screens = Driver(app, "resist", seed=1, via=via).play()
    assert after_screens(screens) == AFTER
    assert screens.index("end") < screens.index("scorers")
    assert screens.index("agency-result") < screens.index("debrief-arc")
    final = written[-1]  # the report is written again once the closing move is made
    assert final["agency"] is not None and final["epilogue"] is not None
    assert {"A17", "A21"} <= set(final["claims_reached"])
    json.dumps(final)


@pytest.mark.parametrize("level", ["harmony", "mini"])
def test_a_walk_up_visit_goes_from_its_last_day_to_the_reckoning(request, make_app, level):
    """No end screen and no result screen of its own: the first debrief page says what the
    changed rule did."""
    app = make_app(request.getfixturevalue(level), length="kiosk")
    written = []
    app.config.on_session_end = lambda s: written.append(report.build(s, "human"))
    screens = Driver(app, "conform", seed=1, via="touch").play()
    assert after_screens(screens) == ["scorers", "epilogue", "agency"]
    assert "end" not in screens and "outcome" not in screens
    assert screens.index("agency") < screens.index("debrief-arc")
    reshaped = app.top.summary.reshaped
    assert reshaped is not None and reshaped["rule"] == written[-1]["agency"]["rule"]


def test_changing_nothing_is_a_choice_too(harmony, make_app):
    app = make_app(harmony, length="workshop")
    driver = Driver(app, "conform", seed=1, via="touch")
    driver.reach("agency")
    driver.press("skip")
    assert app.top.screen_id() == "agency-result"
    assert not any(b.enabled for b in app.top.buttons if b.key.startswith("rule-"))
    assert app.session.log.first("reshape_skipped") is not None
    assert "A21" not in app.session.log.claims_reached()


@pytest.mark.parametrize("style,lang,large", [
    ("conform", "en", False), ("resist", "de", False), ("conform", "de", True),
    ("random", "en", True)])
def test_nothing_runs_out_of_its_box(harmony, make_app, style, lang, large):
    app = make_app(harmony, length="workshop", lang=lang)
    app.set_text_scale(large)
    driver = Driver(app, style, seed=1, via="direct")
    driver.frames(0.5)
    checked = []
    while not app.top.screen_id().startswith("debrief"):
        scene = app.top
        if scene.screen_id() in AFTER and scene.screen_id() not in checked:
            scene.draw(app.canvas)
            checked.append(scene.screen_id())
            if scene.screen_id() == "scorers":
                assert scene.room >= 0, f"a card's fact runs {-scene.room} px past its foot"
            elif scene.screen_id() == "epilogue":
                assert scene.bottom <= 1080 - 20
            elif scene.screen_id() == "agency-result":
                assert scene.bottom <= NAV.y - 30
        driver.act(driver.next_key())
    assert checked == AFTER
    assert CARD_BOTTOM < NAV.y
