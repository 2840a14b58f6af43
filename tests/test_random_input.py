"""Seeded random input over every screen (1-3 taps, keys and mouse moves a frame, half the
taps on a button the screen shows): no input, in any order, crashes a screen, and the walk
gets through whole visits, mini-games and debrief included."""
import sys

import pygame
import pytest

from conftest import ROOT
from game.app import App, Config
from game.scenes.title import TitleScene

sys.path.insert(0, str(ROOT / "tools"))
import random_input  # noqa: E402


@pytest.mark.parametrize("seed,length", [(1, "workshop"), (2, "kiosk"), (3, "workshop")])
def test_random_input_never_crashes_a_screen(harmony, seed, length):
    app = App(Config(scenario=harmony, length=length, seed=seed, headless=True))
    app.push(TitleScene(app))
    seen = random_input.walk(app, 2500, seed)
    pygame.quit()
    assert app.running
    assert any(s.startswith("minigame-") and s.endswith("-play") for s in seen)
    assert "card" in seen and len(seen) >= 12


def test_so_in_the_second_scenario_with_large_german_text(pulse):
    app = App(Config(scenario=pulse, seed=4, headless=True, lang="de"))
    app.set_text_scale(True)
    app.push(TitleScene(app))
    seen = random_input.walk(app, 2000, 4)
    pygame.quit()
    assert app.running and "card" in seen
