"""A supervisor or a shutdown stops the game at once, from any screen; and with no screen to
show it on, the game says so and exits instead of running where nobody sees it."""
import os
import signal
import subprocess
import sys
import time

import pygame
import pytest

from conftest import ROOT
from game.app import App, Config
from game.driver import Driver, to_game
from game.scenes.title import TitleScene

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def own_sigterm():
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    yield
    for sig, handler in before.items():
        signal.signal(sig, handler)


def stop_after(app, frames: int) -> list[float]:
    """Send this process SIGTERM after ``frames`` frames of ``app.run``; returns [sent at]."""
    sent, step, count = [], app.step, [0]

    def counted(dt):
        count[0] += 1
        if count[0] == frames:
            sent.append(time.perf_counter())
            os.kill(os.getpid(), signal.SIGTERM)
        step(dt)
    app.step = counted
    return sent


@pytest.mark.parametrize("where", ["title", "card", "minigame", "debrief"])
def test_sigterm_ends_the_loop_within_a_second_from_any_screen(harmony, where, own_sigterm):
    app = App(Config(scenario=harmony, headless=True, seed=1, idle_after=10**9))
    if where == "minigame":
        to_game(app, "crossing")
        Driver(app, via="direct").press("play")
        Driver(app).frames(2.5)  # the game runs
        assert app.top.screen_id().startswith("minigame-crossing-play")
    else:
        app.push(TitleScene(app))
        driver = Driver(app, "conform", seed=1, via="direct")
        if where == "card":
            driver.reach("card")
        elif where == "debrief":
            driver.reach("debrief-arc", max_steps=5000)
    sent = stop_after(app, 5)
    app.run()
    assert sent and time.perf_counter() - sent[0] < 1.0
    assert app.running is False


def test_a_sigterm_to_the_running_game_ends_it_cleanly(tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--seed", "1"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    time.sleep(3.0)  # started and showing its title
    assert game.poll() is None
    sent = time.perf_counter()
    game.send_signal(signal.SIGTERM)
    code = game.wait(timeout=10)
    assert time.perf_counter() - sent < 1.0
    assert code == 0 and b"Traceback" not in game.stderr.read()


@pytest.mark.parametrize("driver", [None, "x11"])
def test_with_no_display_the_game_says_so_and_exits(tmp_path, driver):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env["SDL_AUDIODRIVER"] = "dummy"
    if driver:
        env["SDL_VIDEODRIVER"] = driver
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, cwd=tmp_path,
                          capture_output=True, timeout=60)
    assert done.returncode == 1
    assert b"no display to show the game on" in done.stderr
    assert b"Traceback" not in done.stderr
