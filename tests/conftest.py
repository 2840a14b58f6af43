"""Shared fixtures: headless SDL before pygame loads, the shipped and the test scenarios."""
import os
import random
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
# The game's data folder (log, kiosk settings): the tests', never the user's.
os.environ["HARMONY_DATA"] = tempfile.mkdtemp(prefix="harmony-tests-")

import pytest  # noqa: E402

from game.content import load_scenario  # noqa: E402
from game.core.session import Session  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HARMONY = ROOT / "levels" / "harmony.yaml"
MINI = ROOT / "tests" / "content" / "good" / "mini.yaml"
PULSE = ROOT / "tests" / "content" / "good" / "pulse.yaml"  # the second scenario


@pytest.fixture(scope="session")
def harmony():
    return load_scenario(str(HARMONY))


@pytest.fixture(scope="session")
def pulse():
    return load_scenario(str(PULSE))


@pytest.fixture(scope="session")
def mini():
    return load_scenario(str(MINI))


def new_session(scenario, length="workshop", seed=1, lang="en") -> Session:
    tick = iter(range(10**9))
    return Session(scenario, length, random.Random(seed), clock=lambda: next(tick), lang=lang)
