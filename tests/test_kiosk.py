"""Kiosk mode, as a museum's technician and its visitors meet it: the settings file, a window
a visitor cannot close, the staff exit behind a gesture and a PIN, and the log."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from conftest import ROOT
from game import cli
from game.app import App, Config
from game.content import ContentError
from game.kiosk import CORNER, LOCKOUT, load_settings
from game.scenes.staff import UNATTENDED, StaffScene
from game.scenes.title import TitleScene
from game.ui.theme import CANVAS

FRAME = 0.05
GOOD = 'staff_pin: "2468"\nfullscreen: false\nidle: 30\nlang: de\ntext: large\nlength: kiosk\n'


def kiosk_app(scenario, pin="2468"):
    app = App(Config(scenario=scenario, headless=True, seed=1, idle_after=10**9, length="kiosk",
                     staff_pin=pin, data_folder="/data"))
    app.push(TitleScene(app))
    app.step(FRAME)
    return app


def tap(app, pos, frames=1):
    x, y = pos
    for kind in (pygame.FINGERDOWN, pygame.FINGERUP):
        pygame.event.post(pygame.event.Event(kind, x=x / CANVAS[0], y=y / CANVAS[1], touch_id=1,
                                             finger_id=0, dx=0, dy=0, pressure=1.0))
    for _ in range(frames):
        app.step(FRAME)


def corner_taps(app, n, gap_frames=4):
    for _ in range(n):
        tap(app, (CORNER // 2, CORNER // 2), gap_frames)


def type_pin(app, digits):
    for digit in digits:
        tap(app, app.top.button(f"pin-{digit}").rect.center)
    tap(app, app.top.button("pin-ok").rect.center)


# -- the settings file -------------------------------------------------------------------

def test_a_good_settings_file_sets_every_start_setting(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text(GOOD)
    settings = load_settings(path, ("en", "de"))
    assert (settings.staff_pin, settings.fullscreen, settings.idle, settings.lang,
            settings.text, settings.length) == ("2468", False, 30, "de", "large", "kiosk")


def test_a_bad_settings_file_is_reported_line_by_line(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text('staff_pin: 2468\nidle: 2\nlang: fr\nsound: off\ntext: huge\n')
    with pytest.raises(ContentError) as err:
        load_settings(path, ("en", "de"))
    lines = [str(p) for p in err.value.problems]
    assert lines[0].startswith(f"{path}:1:12: ") and "quotes" in lines[0]
    assert lines[1].startswith(f"{path}:2:7: ") and "at least 5" in lines[1]
    assert lines[2].startswith(f"{path}:3:7: ") and "'fr'" in lines[2]
    assert lines[3].startswith(f"{path}:4:1: ") and "unknown key 'sound'" in lines[3]
    assert lines[4].startswith(f"{path}:5:7: ") and "'huge'" in lines[4]


def test_a_settings_file_needs_a_pin(tmp_path):
    path = tmp_path / "kiosk.yaml"
    path.write_text("fullscreen: true\n")
    with pytest.raises(ContentError, match="missing key 'staff_pin'"):
        load_settings(path, ("en",))


def test_kiosk_without_a_file_writes_one_with_a_random_pin_and_then_reads_it(
        harmony, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HARMONY_DATA", str(tmp_path))
    args = cli.parse_args(["--kiosk", "--idle", "45"])
    first = cli.kiosk_settings(args, harmony)
    said = capsys.readouterr().err
    assert str(tmp_path / "kiosk.yaml") in said and first.staff_pin in said
    assert len(first.staff_pin) == 6 and first.fullscreen and first.length == "kiosk"
    second = cli.kiosk_settings(args, harmony)
    assert second.staff_pin == first.staff_pin and capsys.readouterr().err == ""
    cli.settle(args, second)
    assert (args.idle, args.fullscreen, args.length) == (45, True, "kiosk")  # the command line wins


def test_a_kiosk_file_that_is_not_there_is_a_clear_problem(tmp_path, capsys):
    code = cli.main(["--kiosk", str(tmp_path / "nowhere.yaml"), "--autoplay"])
    assert code == 2 and "--kiosk" in capsys.readouterr().err
    assert cli.main(["--kiosk", str(tmp_path / "nowhere.yaml")]) == 1
    assert f"{tmp_path / 'nowhere.yaml'}:1:1: no such kiosk settings file" in capsys.readouterr().err


# -- the window a visitor cannot close -----------------------------------------------------

def test_in_kiosk_mode_a_quit_event_leaves_the_game_running(harmony):
    app = kiosk_app(harmony)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.step(FRAME)
    assert app.running and app.top.screen_id() == "title"


def test_out_of_kiosk_mode_a_quit_event_ends_the_game(harmony):
    app = App(Config(scenario=harmony, headless=True, seed=1))
    app.push(TitleScene(app))
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.step(FRAME)
    assert not app.running and app.stopped_by == "window closed"


# -- the staff exit ------------------------------------------------------------------------

def test_five_corner_taps_within_three_seconds_open_the_pin_pad(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 4)
    assert app.top.screen_id() == "title" and app.session is None  # no visit started either
    corner_taps(app, 1)
    assert app.top.screen_id() == "staff-pin"


def test_slow_corner_taps_open_nothing(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 6, gap_frames=16)  # 0.8 s apart: never five within three seconds
    assert app.top.screen_id() == "title"


def test_out_of_kiosk_mode_the_corner_is_part_of_the_screen(harmony):
    app = App(Config(scenario=harmony, headless=True, seed=1, idle_after=10**9))
    app.push(TitleScene(app))
    app.step(FRAME)
    corner_taps(app, 1)
    assert app.session is not None  # the title's "tap anywhere" began a visit


def test_the_right_pin_opens_the_staff_menu_and_quit_ends_the_game(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    type_pin(app, "2468")
    assert app.top.screen_id() == "staff-menu"
    assert app.t("staff.menu_body", folder="/data", n=0) in app.top.body()
    tap(app, app.top.button("staff-quit").rect.center)
    assert not app.running and app.stopped_by == "staff exit"


def test_back_to_the_game_from_the_staff_menu(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    type_pin(app, "2468")
    tap(app, app.top.button("staff-back").rect.center)
    assert app.running and app.top.screen_id() == "title"


def test_a_wrong_pin_does_not_open_the_menu_and_says_so(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    type_pin(app, "1357")
    assert app.top.screen_id() == "staff-pin" and app.top.wrong and app.top.typed == ""
    type_pin(app, "24689")  # one digit too many is wrong too
    assert app.top.screen_id() == "staff-pin"


def test_three_wrong_pins_close_the_pad_and_rest_the_gesture(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    for _ in range(3):
        type_pin(app, "0000")
    assert app.top.screen_id() == "title"
    corner_taps(app, 5)
    assert app.top.screen_id() == "title"  # resting
    app.elapsed += LOCKOUT
    corner_taps(app, 5)
    assert app.top.screen_id() == "staff-pin"


def test_digit_keys_type_the_pin_and_backspace_takes_one_back(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    for key in (pygame.K_2, pygame.K_4, pygame.K_9, pygame.K_BACKSPACE, pygame.K_6, pygame.K_8):
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="",
                                             scancode=0))
        app.step(FRAME)
    assert app.top.typed == "2468"


def test_a_pad_left_alone_closes_itself(harmony):
    app = kiosk_app(harmony)
    corner_taps(app, 5)
    tap(app, app.top.button("pin-1").rect.center)
    for _ in range(round(UNATTENDED / FRAME) + 2):
        app.step(FRAME)
    assert app.top.screen_id() == "title"


# -- the log, errors and signals -------------------------------------------------------------

@pytest.fixture
def kiosk_file(tmp_path, monkeypatch):
    monkeypatch.setenv("HARMONY_DATA", str(tmp_path / "data"))
    path = tmp_path / "kiosk.yaml"
    path.write_text('staff_pin: "2468"\nfullscreen: false\n')
    return path


def test_an_error_nobody_caught_is_logged_and_ends_the_kiosk_with_non_zero(
        kiosk_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    frames = [0]

    def broken(self, dt):
        frames[0] += 1
        if frames[0] == 10:
            raise RuntimeError("an injected fault")
    monkeypatch.setattr(TitleScene, "update", broken)
    assert cli.main(["--kiosk", str(kiosk_file)]) == 1
    log = (tmp_path / "data" / "game.log").read_text()
    assert "start: harmony.yaml, kiosk" in log
    assert "ERROR stop: an error nobody caught" in log
    assert "Traceback (most recent call last)" in log and "RuntimeError: an injected fault" in log
    assert "an injected fault" in capsys.readouterr().err


def test_the_log_holds_each_visit_and_nothing_beside_the_program(harmony, kiosk_file, tmp_path):
    from game import runlog
    log = runlog.start()
    try:
        app = kiosk_app(harmony)
        tap(app, (960, 600))  # anywhere: a visit begins
        app.reset("no one there")
    finally:
        log.close()
    text = (tmp_path / "data" / "game.log").read_text()
    assert "visit 1 starts (kiosk length, en)" in text
    assert "visit 1 ends after" in text and "on screen onboarding" in text and "no one there" in text
    assert not list(ROOT.glob("*.log"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_kiosk_stopped_by_its_supervisor_exits_cleanly_and_says_so(kiosk_file, tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               HARMONY_DATA=str(tmp_path / "data"))
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--kiosk", str(kiosk_file)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    log = Path(tmp_path / "data" / "game.log")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (log.exists() and "start:" in log.read_text()):
        time.sleep(0.1)
    time.sleep(1.0)
    game.send_signal(signal.SIGTERM)
    assert game.wait(timeout=10) == 0
    assert "INFO stop: SIGTERM" in log.read_text()
    assert b"Traceback" not in game.stderr.read()


def test_check_reads_a_kiosk_settings_file_beside_level_files(tmp_path, capsys):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD)
    bad.write_text('staff_pin: "12"\n')
    assert cli.main(["--check", str(good), str(ROOT / "levels")]) == 0
    assert cli.main(["--check", str(bad)]) == 1
    assert f"{bad}:1:12: staff_pin: must be 4 to 8 digits" in capsys.readouterr().out
