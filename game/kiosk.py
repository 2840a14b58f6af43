"""Kiosk mode: the technician's settings file, and the hidden gesture that opens the staff exit.

The settings file is YAML, read as strictly as a level file and reported the same way
(``file:line:col: message``). ``--kiosk`` without a file uses ``kiosk.yaml`` in the game's
data folder; when there is none yet, it is written there with a PIN drawn at random.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from .content.checks import Checker, root_spot
from .content.yamlsafe import ContentError, Problem, load_yaml_file
from .core.scenario import LENGTHS

PIN = re.compile(r"[0-9]{4,8}")
CORNER = 140  # px of the 1920x1080 canvas: the top-left square that counts staff taps
TAPS, WITHIN = 5, 3.0  # five taps in that corner within three seconds
LOCKOUT = 60.0  # seconds the gesture does nothing after three wrong PINs


@dataclass(frozen=True)
class KioskSettings:
    """What a museum's technician sets once; a visitor's own changes last one visit."""

    staff_pin: str
    fullscreen: bool = True
    idle: float = 60.0
    lang: str | None = None  # None: the level's first language
    text: str = "normal"
    motion: str = "full"
    length: str = "kiosk"
    path: str = ""


TEMPLATE = """\
# The kiosk's settings. The game reads this file each time it starts with --kiosk.
# A mistake here is shown on screen and on standard error as file:line:col: message.

# The staff exit: tap the top-left corner of the screen five times within three
# seconds, then type this PIN (4 to 8 digits, in quotes) on the number pad.
staff_pin: "{pin}"

fullscreen: true     # true or false
idle: 60             # seconds without a touch before "Still there?" (at least 5)
lang: {lang}             # the language each visit starts in: {langs}
text: normal         # normal or large: the text size each visit starts with
motion: full         # full, or less (no floating numbers, confetti or flashes)
length: kiosk        # kiosk (a 3-5 minute walk-up visit) or workshop (20-40 minutes)
"""


def write_template(path: Path, languages: tuple[str, ...]) -> str:
    """A settings file with the defaults and a fresh random PIN; returns the PIN."""
    pin = f"{secrets.randbelow(10**6):06d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(pin=pin, lang=languages[0], langs=", ".join(languages)),
                    encoding="utf-8")
    return pin


def load_settings(path: str | Path, languages: tuple[str, ...]) -> KioskSettings:
    """The settings in one file, or ``ContentError`` with every problem by position."""
    name = str(path)
    tree, problems = load_yaml_file(name, max_bytes=65_536, max_depth=4)
    if problems:
        raise ContentError(problems)
    check = Checker(name)
    root = root_spot(tree)
    fields = check.fields(root, "staff_pin", "fullscreen idle lang text motion length")
    if fields is None:
        raise ContentError(check.problems)
    values = {"path": name}
    pin = fields.get("staff_pin")
    if pin is not None:
        if isinstance(pin.value, int) and not isinstance(pin.value, bool):
            check.report(pin, "write the PIN in quotes, e.g. \"4821\" (as a number, a "
                              "leading 0 would be lost)")
        elif not isinstance(pin.value, str) or not PIN.fullmatch(pin.value):
            check.report(pin, "must be 4 to 8 digits in quotes, e.g. \"4821\"")
        else:
            values["staff_pin"] = pin.value
    if "fullscreen" in fields:
        values["fullscreen"] = check.flag(fields["fullscreen"])
    if "idle" in fields:
        idle = check.positive(fields["idle"], high=3600)
        if idle is not None and idle < 5:
            check.report(fields["idle"], f"must be at least 5 seconds, got {idle}")
        values["idle"] = idle
    if "lang" in fields:
        values["lang"] = check.one_of(fields["lang"], languages, "language")
    if "text" in fields:
        values["text"] = check.one_of(fields["text"], ("normal", "large"), "text size")
    if "motion" in fields:
        values["motion"] = check.one_of(fields["motion"], ("full", "less"), "motion")
    if "length" in fields:
        values["length"] = check.one_of(fields["length"], LENGTHS, "length")
    if check.problems:
        raise ContentError(sorted(check.problems, key=lambda p: (p.line, p.col)))
    return KioskSettings(**values)


def missing(path: str | Path) -> Problem:
    return Problem(str(path), 1, 1, "no such kiosk settings file")


class StaffGesture:
    """Counts taps in the top-left corner: five within three seconds open the staff exit.
    After three wrong PINs in a row it does nothing for a minute."""

    def __init__(self):
        self.taps: list[float] = []
        self.wrong = 0
        self.locked_until = 0.0

    @staticmethod
    def in_corner(pos: tuple[int, int]) -> bool:
        return 0 <= pos[0] < CORNER and 0 <= pos[1] < CORNER

    def tap(self, now: float) -> bool:
        """A tap in the corner at ``now`` (seconds); True when it completes the gesture."""
        if now < self.locked_until:
            return False
        self.taps = [t for t in self.taps if now - t <= WITHIN] + [now]
        if len(self.taps) >= TAPS:
            self.taps = []
            return True
        return False

    def wrong_pin(self, now: float) -> bool:
        """A wrong PIN; True when it was the third in a row and the gesture now rests."""
        self.wrong += 1
        if self.wrong >= 3:
            self.wrong, self.locked_until = 0, now + LOCKOUT
            return True
        return False

    def right_pin(self) -> None:
        self.wrong = 0


def staff_tap(app, action) -> bool:
    """A tap in the staff corner that hits no button counts towards the gesture and goes
    no further (the title would start a visit); the fifth opens the staff exit. True when
    the tap was the gesture's."""
    from .input import POINT
    if action.kind != POINT or not app.gesture.in_corner(action.pos) or any(
            b.hit(action.pos) for b in app.top.buttons):
        return False
    from .scenes.staff import StaffScene
    if app.gesture.tap(app.elapsed) and not isinstance(app.top, StaffScene):
        app.push(StaffScene(app, app.config.staff_pin, app.gesture, app.config.data_folder))
    return True
