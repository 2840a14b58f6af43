"""The engine knows no scenario: a second level file of our own (a workplace-wellness app in
Hamburg, written from docs/SCENARIO.md alone) plays to the end in every style and length,
through the real screens, with every word fitting and none from the default level."""
from __future__ import annotations

import random

import pygame
import pytest

from conftest import PULSE
from game.app import App, Config
from game.core import bots, report
from game.core.session import Session
from game.driver import Driver, tour
from game.scenes.title import TitleScene
from game.ui import layout


def default_words(harmony) -> set[str]:
    """Names only the default level uses: its app, areas, tiers, perks and partners (not a
    word the second file says itself)."""
    texts = [harmony.title] + [d.name for d in harmony.dimensions] + \
        [t.name for t in harmony.tiers] + [p.name for p in harmony.perks.values()] + \
        [p.name for p in harmony.partners.values()]
    ours = PULSE.read_text(encoding="utf-8")  # a word both files use is no leak
    return {word for text in texts for word in text.by_lang.values() if word not in ours}


@pytest.mark.parametrize("length", ["kiosk", "workshop"])
@pytest.mark.parametrize("style", ["conform", "resist", "random"])
def test_every_style_and_length_plays_to_the_end(pulse, length, style):
    for seed in range(30):
        session = Session(pulse, length, random.Random(seed), lambda: 0.0, seed=seed)
        bots.play(session, style, random.Random(seed))
        r = report.build(session, style)
        assert session.finished and r["start_score"] + sum(
            h["delta"] for h in r["score_history"]) == r["final_score"]


@pytest.mark.parametrize("length,lang,large,style", [
    ("kiosk", "de", True, "resist"), ("workshop", "en", False, "random"),
    ("workshop", "de", True, "conform")])
def test_the_real_screens_fit_and_say_nothing_of_the_default_level(
        pulse, harmony, monkeypatch, length, lang, large, style):
    shown: list[str] = []
    rendered = layout.rendered
    monkeypatch.setattr(layout, "rendered", lambda picture, words: (
        shown.append(words), rendered(picture, words)))
    app = App(Config(scenario=pulse, headless=True, seed=4, lang=lang, length=length,
                     idle_after=10**9))
    app.set_text_scale(large)
    driver = Driver(app, style, seed=4, via="direct")
    problems: list[str] = []
    with layout.watch():
        if style == "conform":  # the screenshot tour: overlays and the error screen too
            tour(app, 4, lambda _: problems.extend(driver.look()))
        else:
            app.push(TitleScene(app))
            screens = driver.play(on_screen=lambda _: problems.extend(driver.look()))
            assert screens[-1].startswith("debrief-")
    pygame.quit()
    assert list(dict.fromkeys(problems)) == []
    foreign = sorted({w for w in default_words(harmony) for said in shown if w in said})
    assert foreign == [] and shown
