"""The command line: play, check content, autoplay, screenshots. Stable for reviewers.

Every path ends in an exit code; bad content is reported as file:line:col lines,
never as a traceback.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import tempfile
import traceback
from pathlib import Path

from . import runlog
from .content import ContentError, check_paths, load_scenario
from .core import bots, report
from .core.scenario import LENGTHS
from .core.session import Session

ROOT = runlog.ROOT
DEFAULT_SCENARIO = runlog.SHIPPED_LEVEL  # the level that ships in levels/
MIN_IDLE = 5.0
# What a visit starts with when neither the command line nor a kiosk settings file says.
DEFAULTS = {"fullscreen": False, "length": "workshop", "lang": "en", "text": "normal",
            "motion": "full", "idle": 90.0}

EPILOG = """examples:
  python main.py                          play in a window
  python main.py --kiosk                  a museum kiosk (settings: kiosk.yaml in the data folder)
  python main.py --kiosk my-kiosk.yaml    a museum kiosk with the settings in that file
  python main.py --fullscreen --length kiosk --idle 60
  python main.py --check levels/          validate every level file
  python main.py --autoplay conform --seed 3 --report /tmp/r.json
  python main.py --screenshots /tmp/shots
  python main.py --screenshots /tmp/de --lang de --text large
  python main.py --host-room              the facilitator's room host (prints its code)
  python main.py --room http://192.168.1.20:8765 --room-code K7PQ3M   a station of that room
  python main.py --fullscreen --length kiosk --text large --motion less
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="A game about living under a "
                                "gamified score.", epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenario", metavar="FILE", default=str(DEFAULT_SCENARIO),
                   help="level file to play (default: the one in levels/)")
    p.add_argument("--seed", type=int, metavar="N", help="seed for a reproducible session")
    p.add_argument("--length", choices=LENGTHS,
                   help="kiosk: a short walk-up visit; workshop: a longer one (the level "
                        "file sets the days; default workshop)")
    p.add_argument("--lang", metavar="CODE", help="start language (en, de; default en)")
    p.add_argument("--fullscreen", action="store_true", default=None, help="fill the screen")
    p.add_argument("--text", choices=("normal", "large"),
                   help="text size every visit starts with (a visitor may still change it)")
    p.add_argument("--motion", choices=("full", "less"),
                   help="animation every visit starts with (less: no floating numbers, "
                        "confetti or flashes)")
    p.add_argument("--idle", type=float, metavar="SECONDS",
                   help="seconds without input before the 'Still there?' countdown (90)")
    p.add_argument("--kiosk", nargs="?", const="", metavar="FILE",
                   help="a museum kiosk: the window cannot be closed, staff leave by five taps "
                        "in the top-left corner and a PIN; settings from FILE (default: "
                        "kiosk.yaml in the data folder, written with a random PIN if missing); "
                        "options given here win over the file")
    p.add_argument("--check", nargs="+", metavar="PATH",
                   help="validate level files, folders of them or kiosk settings files and exit "
                        "(non-zero on any problem)")
    p.add_argument("--autoplay", choices=bots.STYLES, metavar="STYLE", nargs="?",
                   const="conform", help="a bot plays a whole session headless: conform "
                                         "(the default), resist or random")
    p.add_argument("--report", metavar="FILE", help="write the session summary as JSON")
    p.add_argument("--screenshots", metavar="DIR",
                   help="render every screen of a scripted session to PNG at 1920x1080")
    room = p.add_argument_group("a workshop room (see the README)")
    room.add_argument("--host-room", action="store_true",
                      help="run the facilitator's room host: stations send it their visits, "
                           "its page shows the room")
    room.add_argument("--port", type=int, default=8765, metavar="N",
                      help="the room host's port (default 8765)")
    room.add_argument("--room-code", metavar="CODE",
                      help="the room's code (a host makes one if not given)")
    room.add_argument("--room", metavar="ADDRESS",
                      help="join the room at ADDRESS (http://HOST:PORT) as a station")
    room.add_argument("--room-wait", type=float, default=60.0, metavar="SECONDS",
                      help="with --autoplay: how long to wait for the host (default 60); a "
                           "visit not sent by then waits in the outbox")
    room.add_argument("--send-waiting", action="store_true",
                      help="with --room: send the visits waiting in this station's outbox, "
                           "then exit")
    args = p.parse_args(argv)
    if args.kiosk is None:  # a kiosk settles its start settings once its file is read
        settle(args, None)
    return args


def main(argv: list[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # pythonw.exe (a Windows kiosk) gives the game none
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.check:
        return check(args.check)
    problem = usage_problem(args) or room_problem(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if args.send_waiting:
        return send_waiting(args)
    try:
        scenario = load_scenario(args.scenario)
        kiosk = kiosk_settings(args, scenario)
    except ContentError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        if not (args.autoplay or args.screenshots):
            show_errors([str(p) for p in err.problems], args)
        return 1
    if kiosk is not None:
        settle(args, kiosk)
    if args.lang not in scenario.languages:
        print(f"--lang: {args.lang!r} is not one of {', '.join(scenario.languages)}", file=sys.stderr)
        return 2
    if args.host_room:
        return host_room(scenario, args)
    if args.autoplay:
        return autoplay(scenario, args)
    if args.screenshots:
        from .shots import take
        return take(scenario, args)
    return play(scenario, args)


def usage_problem(args) -> str | None:
    """Options that would only fail later, at the end of a visitor's session: say so now."""
    if args.kiosk is not None and (args.autoplay or args.screenshots):
        return "--kiosk: a kiosk plays on screen; it does not go with --autoplay or --screenshots"
    if args.idle is not None and (not math.isfinite(args.idle) or args.idle < MIN_IDLE):
        return f"--idle: a number of seconds, at least {MIN_IDLE:g}, so that a visitor can play"
    if args.report is not None:
        target = Path(args.report)
        folder = target.resolve().parent
        if not args.report.strip():
            return "--report: give the name of a file to write"
        if target.is_dir():
            return f"--report: {args.report} is a folder; give the name of a file in it"
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            return f"--report: cannot write into {folder}"
        if target.exists() and not os.access(target, os.W_OK):
            return f"--report: {args.report} cannot be written (read-only)"
    if args.screenshots is not None:
        try:
            Path(args.screenshots).mkdir(parents=True, exist_ok=True)
        except OSError as err:
            return f"--screenshots: cannot make {args.screenshots}: {err.strerror}"
        if not os.access(args.screenshots, os.W_OK):
            return f"--screenshots: cannot write into {args.screenshots}"
    return None


def _is_kiosk_file(path: str, read) -> bool:
    tree, problems = read(path)
    return not problems and isinstance(tree, dict) and "staff_pin" in tree


def kiosk_settings(args, scenario):
    """The kiosk's settings (``ContentError`` if its file is wrong), or None out of kiosk
    mode. Without a file named, ``kiosk.yaml`` in the data folder; the first start writes
    it, with a random PIN, and says where."""
    if args.kiosk is None:
        return None
    from .kiosk import load_settings, missing, write_template
    path = Path(args.kiosk) if args.kiosk else runlog.data_folder() / "kiosk.yaml"
    if not args.kiosk and not path.exists():
        pin = write_template(path, scenario.languages)
        print(f"kiosk: wrote the settings file {path}; the staff PIN is {pin} (change it "
              "there)", file=sys.stderr)
    elif not path.exists():
        raise ContentError([missing(path)])
    return load_settings(path, scenario.languages)


def settle(args, kiosk) -> None:
    """Each start setting: from the command line, else the kiosk file, else the default."""
    for name, default in DEFAULTS.items():
        if getattr(args, name) is None:
            value = getattr(kiosk, name) if kiosk is not None else None
            setattr(args, name, value if value is not None else default)
    args.staff_pin = kiosk.staff_pin if kiosk is not None else None


def check(paths: list[str]) -> int:
    """Level files, folders of them, and kiosk settings files (told apart by their
    ``staff_pin``); a settings file's language is checked against the shipped level's."""
    from .content import load_yaml_file
    from .kiosk import load_settings
    kiosk = [p for p in paths if os.path.isfile(p) and _is_kiosk_file(p, load_yaml_file)]
    problems = check_paths([p for p in paths if p not in kiosk])
    for path in kiosk:
        try:
            load_settings(path, load_scenario(DEFAULT_SCENARIO).languages)
        except ContentError as err:
            problems.extend(err.problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


def autoplay(scenario, args) -> int:
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    tick = iter(range(10**9))
    session = Session(scenario, args.length, random.Random(seed), clock=lambda: next(tick),
                      lang=args.lang, seed=seed)
    bots.play(session, args.autoplay, random.Random(seed * 2 + 1))
    summary = report.build(session, args.autoplay)
    station = _station(args)
    if station is not None:  # the report names the visit as the room will
        from .room.schema import new_visit_id
        summary["visit_id"] = new_visit_id()
    write_report(args.report, summary)
    if station is not None:
        station.queue(summary)
    print(f"{args.autoplay} seed {seed}: score {summary['final_score']} "
          f"tier {summary['final_tier']}, {len(summary['choices'])} choices, "
          f"claims {' '.join(summary['claims_reached'])}")
    if station is not None:
        sent = station.flush(args.room_wait)
        print("room: sent" if sent else f"room: the host did not answer; {len(station.waiting())}"
              " visit(s) wait in the outbox and go with the next start", flush=True)
    return 0


def room_problem(args) -> str | None:
    if args.room is not None and not args.room_code:
        return "--room: give the room's code too (--room-code CODE)"
    if args.room is not None and not args.room.startswith(("http://", "https://")):
        return "--room: an address such as http://192.168.1.20:8765"
    if args.send_waiting and args.room is None:
        return "--send-waiting: name the room (--room ADDRESS --room-code CODE)"
    if args.host_room and (args.room is not None or args.autoplay or args.screenshots):
        return "--host-room: the host runs on its own, without --room, --autoplay or --screenshots"
    if not 0 < args.port < 65536:
        return "--port: a number from 1 to 65535"
    if not (math.isfinite(args.room_wait) and args.room_wait >= 0):
        return "--room-wait: a number of seconds, 0 or more"
    return None


def _station(args):
    if args.room is None:
        return None
    from .room.station import Station
    return Station(args.room, args.room_code, runlog.data_folder())


def send_waiting(args) -> int:
    station = _station(args)
    sent = station.flush(args.room_wait)
    print(f"room: {station.sent} sent, {len(station.waiting())} still waiting")
    return 0 if sent else 1


def host_room(scenario, args) -> int:
    from .room.host import serve
    log = runlog.start()
    try:
        return serve(scenario, args.port, args.room_code, runlog.data_folder())
    except OSError as err:
        print(f"--host-room: cannot open port {args.port}: {err.strerror}", file=sys.stderr)
        return 1
    finally:
        if log is not None:
            log.close()


def write_report(path: str | None, summary: dict) -> None:
    """Write the summary; a disk that fails mid-exhibit costs the report, never the game.
    It goes to a temporary file beside the report, flushed to disk, and then takes the
    report's name: a reader, or a kill at any moment, finds the old report or the new one
    whole, never an empty or half-written one."""
    if not path:
        return
    target = Path(path)
    temporary = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.resolve().parent,
                                         prefix=f".{target.name}.", suffix=".tmp",
                                         delete=False) as f:
            temporary = f.name
            f.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
    except OSError as err:
        print(f"--report: could not write {path}: {err.strerror}", file=sys.stderr)
        if temporary is not None and os.path.exists(temporary):
            os.remove(temporary)


def start_settings(args):
    """The settings a visit starts with, from --text and --motion."""
    from .app import Settings
    return Settings(large_text=args.text == "large", reduce_motion=args.motion == "less")


def _config(scenario, args, **extra):
    from .app import Config
    return Config(scenario=scenario, length=args.length, seed=args.seed,
                  fullscreen=args.fullscreen, idle_after=args.idle, lang=args.lang,
                  settings=start_settings(args), staff_pin=args.staff_pin, **extra)


def play(scenario, args) -> int:
    """Play on screen until quit, a signal or the staff exit (0). An error nobody caught is
    logged with its traceback and ends the game with 1, so that a kiosk's supervisor
    starts it again; no display at all ends it with 1 too."""
    from .app import App, NoDisplay
    from .scenes.title import TitleScene

    log = runlog.start()
    link = None
    if args.room is not None:  # a workshop room: each visit's summary goes to its host
        from .room.link import RoomLink
        link = RoomLink(_station(args))

    def on_end(session):
        summary = report.build(session, "human")
        write_report(args.report, link.visit_ended(session, summary) if link else summary)
    kind = "kiosk" if args.staff_pin is not None else "window"
    runlog.LOG.info("start: %s, %s, %s length, %s, pid %d", Path(args.scenario).name, kind,
                    args.length, "fullscreen" if args.fullscreen else "windowed", os.getpid())
    app = None
    try:
        app = App(_config(scenario, args, on_session_end=on_end, room=link,
                          data_folder=str(log.folder) if log else ""))
        app.run(TitleScene(app))
    except NoDisplay as err:
        print(err, file=sys.stderr)
        runlog.LOG.error("stop: %s", err)
        return 1
    except Exception:
        runlog.LOG.exception("stop: an error nobody caught")
        traceback.print_exc()
        return 1
    finally:
        if app is not None and app.stopped_by:
            runlog.LOG.info("stop: %s", app.stopped_by)
        import pygame
        pygame.quit()
        if log is not None:
            log.close()
    return 0


def show_errors(problems: list[str], args) -> None:
    """Bad content in a window: the problems on screen, then a clean exit."""
    if os.environ.get("SDL_VIDEODRIVER") == "dummy":
        return
    from .app import App, Config, NoDisplay
    from .scenes.errors import ErrorScene
    try:
        app = App(Config(scenario=None, fullscreen=args.fullscreen, lang="en"))
    except NoDisplay as err:  # the problems went to standard error already
        print(err, file=sys.stderr)
        return
    app.run(ErrorScene(app, problems))
