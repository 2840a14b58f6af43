"""Designed opacity, never accidental: every change to the score is put in front of the
player on some screen, with its points and its reason or "undisclosed", in both languages
and text sizes, and the report says where; and on every screen of those visits, mini-games
and debrief included, every word fits (see game.ui.layout)."""
import pygame
import pytest

from game.app import App, Config
from game.core import report
from game.driver import Driver
from game.scenes.title import TitleScene
from game.ui import layout

PLACES = {"outcome", "card", "day end", "morning", "game"}


@pytest.mark.parametrize("length,lang,large,style,seed", [
    ("kiosk", "en", False, "conform", 1), ("kiosk", "de", True, "resist", 7),
    ("kiosk", "en", True, "random", 3), ("workshop", "en", False, "random", 2),
    ("workshop", "de", True, "resist", 1), ("workshop", "de", False, "conform", 3)])
def test_every_score_change_is_shown_the_report_adds_up_and_every_word_fits(
        harmony, length, lang, large, style, seed):
    app = App(Config(scenario=harmony, headless=True, seed=seed, lang=lang, length=length,
                     idle_after=10**9))
    app.push(TitleScene(app))
    app.set_text_scale(large)
    driver = Driver(app, style, seed=seed, via="direct")
    problems: list[str] = []
    with layout.watch():
        screens = driver.play(on_screen=lambda _: problems.extend(driver.look()))
    assert list(dict.fromkeys(problems)) == []
    if length == "workshop":  # a workshop visit meets every mini-game, start to result
        games = {s.split("-")[1] for s in screens
                 if s.startswith("minigame-") and s.endswith("-result")}
        assert games == {g.game for g in harmony.minigames}
    session = app.session
    changes = session.log.of_kind("score_change")
    assert changes
    unseen = [(e.day, e["source"], e["delta"]) for e in changes if e.seq not in session.shown]
    assert unseen == []
    assert set(session.shown.values()) <= PLACES
    r = report.build(session, style)
    assert r["start_score"] + sum(h["delta"] for h in r["score_history"]) == r["final_score"]
    assert all(h["shown"] in PLACES for h in r["score_history"])
    pygame.quit()


def test_an_autoplayed_session_says_nothing_was_shown(harmony):
    import random

    from game.core import bots
    from game.core.session import Session
    session = Session(harmony, "kiosk", random.Random(1), lambda: 0.0, seed=1)
    bots.play(session, "conform", random.Random(3))
    r = report.build(session, "conform")
    assert r["score_history"] and all(h["shown"] is None for h in r["score_history"])
    assert r["start_score"] + sum(h["delta"] for h in r["score_history"]) == r["final_score"]
