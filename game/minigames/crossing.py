"""Crossing: get to work by 9:00 across a few streets, each with a pedestrian light.

Waiting for green is safe but slow; walking on red is fast, and a camera with face
recognition puts the walker's face on a public screen. It catches other people too.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .base import GameModel, Line, Move, Result, clamp

CROSS = 1.4  # seconds to walk over the road
BLOCK = 1.6  # seconds to walk on to the next crossing, or to the office door
LINGER = 0.9  # the office is seen before the result card takes over
GREEN_POINTS = 10  # each crossing on green
START_MINUTES, WORLD_MINUTES = 8 * 60 + 50, 10  # the street clock runs 8:50 -> 9:00
DEADLINE_SHIFT = 1.5  # seconds of slack taken away per difficulty step above 2
OTHER_DELAY = (1.0, 1.8)  # how long another pedestrian waits before walking on red
FIRST_RED_LEFT = 4.5  # the first light is red when the player arrives: the dilemma at once
BOT_REACTION = 0.4


@dataclass(frozen=True)
class Catch:
    """Someone the camera caught walking on red, and what the public screen shows."""

    you: bool
    crossing: int
    time: float
    face: int  # the seed of a made-up face: no photo, nothing personal
    penalty: int
    viewers: int


@dataclass(frozen=True)
class Walker:
    """Someone else who stepped onto the road: on red, the camera had them."""

    crossing: int
    time: float
    face: int
    on_red: bool


class Crossing(GameModel):
    NAME = "crossing"
    CLAIMS = ("A9",)
    CONTROLS = (("minigame.crossing.walk_red", "walk"), ("minigame.crossing.wait", "wait"))

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        super().__init__(placement, rng, relaxed, perks)
        p = self.params
        self.count = p["crossings"]
        self.red, self.green = p["red"], p["green"]
        self.cycle = self.red + self.green
        self.deadline = p["deadline"] - DEADLINE_SHIFT * (self.difficulty - 2)
        # Each light runs on its own phase; the first is red as the player walks up to it.
        self.offsets = [self.red - FIRST_RED_LEFT] + [rng.uniform(0, self.cycle)
                                                      for _ in range(self.count - 1)]
        self.face = rng.randrange(2**31)
        self.phase = "kerb"  # kerb | crossing | block | arrived
        self.index = 0
        self.phase_time = 0.0
        self.waiting = False  # the player asked to be walked over on green
        self.on_red = False  # the current crossing started on red
        self.crossed_green = 0
        self.catches: list[Catch] = []
        self.walkers: list[Walker] = []
        self.arrived_at: float | None = None
        # Who waits beside the player at a crossing: (seconds after arrival, face).
        self.planned: dict[int, tuple[float, int]] = {}
        self._plan_other(0, 0.0)

    # -- state the view reads --------------------------------------------------------

    def light(self, index: int | None = None, when: float | None = None) -> tuple[bool, float]:
        """(green, seconds until it changes) for a crossing's pedestrian light, now or then."""
        i = self.index if index is None else index
        at = ((self.time if when is None else when) + self.offsets[min(i, self.count - 1)]) \
            % self.cycle
        return (False, self.red - at) if at < self.red else (True, self.cycle - at)

    @property
    def progress(self) -> float:
        """How far through the current crossing or block walk the player is (0..1)."""
        length = CROSS if self.phase == "crossing" else BLOCK
        return min(1.0, self.phase_time / length) if self.phase in ("crossing", "block") else 0.0

    def minutes_late(self, at: float | None = None) -> int:
        """Whole minutes past 9:00 on the street clock: arriving at 9:00 is still on time."""
        t = self.time if at is None else at
        return math.floor(WORLD_MINUTES * t / self.deadline) - WORLD_MINUTES

    def clock(self, at: float | None = None) -> str:
        """The street clock at a moment of play, as "8:57"."""
        minutes = START_MINUTES + WORLD_MINUTES + self.minutes_late(at)
        return f"{minutes // 60}:{minutes % 60:02d}"

    @property
    def on_time(self) -> bool:
        return self.arrived_at is not None and self.minutes_late(self.arrived_at) <= 0

    @property
    def your_catches(self) -> list[Catch]:
        return [c for c in self.catches if c.you]

    @property
    def stage(self) -> str:
        return "caught" if self.your_catches else ""

    # -- the rules -------------------------------------------------------------------

    def moves(self) -> list[Move]:
        at_kerb = self.phase == "kerb"
        return self._moves(at_kerb, self.light()[0], self.waiting)

    @staticmethod
    def _moves(at_kerb: bool, green: bool, waiting: bool) -> list[Move]:
        # Buttons that cannot be pressed now look it: "locked" greys them out.
        # On red the button says so, whether it can be pressed now or not.
        walk = Move("walk", "minigame.crossing.walk" if green else "minigame.crossing.walk_red",
                    icon="walk", style="locked" if not at_kerb else "primary" if green
                    else "danger", enabled=at_kerb)
        can_wait = at_kerb and not green and not waiting
        label = "minigame.crossing.waiting" if waiting else "minigame.crossing.wait"
        wait = Move("wait", label, icon="wait", style="secondary" if can_wait else "locked",
                    enabled=can_wait)
        return [walk, wait]

    def upcoming_moves(self) -> list[list[Move]]:
        """Every look the two buttons have: at the kerb or crossing, green or red, waiting."""
        return [self._moves(kerb, green, waiting) for kerb in (True, False)
                for green in (True, False) for waiting in (False, True)]

    def on_move(self, move_id: str) -> None:
        if move_id == "walk":
            self._step_off()
        else:
            self.waiting = True

    def tick(self, dt: float) -> None:
        self.phase_time += dt
        if self.phase == "kerb":
            plan = self.planned.get(self.index)
            if plan is not None and self.phase_time >= plan[0]:
                self._other_walks(self.planned.pop(self.index)[1])
            if self.waiting and self.light()[0]:
                self._step_off()
        elif self.phase == "crossing" and self.phase_time >= CROSS:
            self._enter("block")
            if self.index + 1 < self.count:
                self._plan_other(self.index + 1, self.time + BLOCK)
        elif self.phase == "block" and self.phase_time >= BLOCK:
            if self.index + 1 < self.count:
                self.index += 1
                self._enter("kerb")
            else:
                self._arrive()
        elif self.phase == "arrived" and self.phase_time >= LINGER:
            self.finish()

    def _enter(self, phase: str) -> None:
        self.phase, self.phase_time = phase, 0.0

    def _step_off(self) -> None:
        green = self.light()[0]
        self.on_red, self.waiting = not green, False
        if green:
            self.crossed_green += 1
            self.points += GREEN_POINTS
        else:
            self._caught(True, self.face)
        self._enter("crossing")

    def _plan_other(self, index: int, arrival: float) -> None:
        """Whether someone waits at a crossing and steps out soon after the player arrives.
        At the first red light nobody has yet defied, someone always does: every player
        gets to see the camera at work."""
        first_red = not self.light(index, arrival)[0] and not any(w.on_red for w in self.walkers)
        if first_red or self.rng.random() < self.params["others"] / 100:
            self.planned[index] = (self.rng.uniform(*OTHER_DELAY), self.rng.randrange(2**31))

    def _other_walks(self, face: int) -> None:
        red = not self.light()[0]
        self.walkers.append(Walker(self.index, self.time, face, red))
        if red:
            self._caught(False, face)

    def _caught(self, you: bool, face: int) -> None:
        audience = self.params["audience"]
        viewers = round(audience * self.rng.uniform(0.8, 1.2), -1)
        penalty = self.params["catch_penalty"]
        self.catches.append(Catch(you, self.index, self.time, face, penalty, int(viewers)))
        if you:
            self.points -= penalty

    def finish(self) -> None:
        if not (self.finished or self.skipped or self.relaxed or self.arrived_at is not None):
            self.points -= self.params["punctuality"]  # the clock ran out on the way: late
        super().finish()

    def _arrive(self) -> None:
        self.arrived_at = self.time
        self._enter("arrived")
        if not self.relaxed:
            self.points += self.params["punctuality"] * (1 if self.on_time else -1)

    # -- judgement -------------------------------------------------------------------

    def judge(self) -> Result:
        mine = self.your_catches
        others = len(self.catches) - len(mine)
        best = GREEN_POINTS * self.count + (0 if self.relaxed else self.params["punctuality"])
        lines = [self._arrival_line(),
                 Line("minigame.crossing.on_green", {"n": self.crossed_green})]
        if mine:
            lines.append(Line("minigame.crossing.caught", {"n": len(mine)}, "bad"))
            lines.append(Line("minigame.crossing.shown",
                              {"n": sum(c.viewers for c in mine)}, "bad"))
        else:
            lines.append(Line("minigame.crossing.not_caught", tone="good"))
        if others:
            lines.append(Line("minigame.crossing.others", {"n": others}))
        extra = {dim: value * len(mine) for dim, value in self.params["catch_effects"].items()
                 if value * len(mine)}
        late = max(0, self.minutes_late(self.arrived_at))
        return Result(
            "played", self.points, clamp(self.points / best),
            self.CLAIMS if self.catches else (),
            {"crossings": self.count, "on_green": self.crossed_green, "caught": len(mine),
             "others_caught": others, "arrived": self.arrived_at is not None,
             "on_time": self.on_time, "late_minutes": late,
             "viewers": sum(c.viewers for c in mine)},
            tuple(lines), MappingProxyType(extra))

    def _arrival_line(self) -> Line:
        if self.relaxed:
            return Line("minigame.crossing.relaxed")
        if self.arrived_at is None:
            return Line("minigame.crossing.not_arrived", {"time": self.clock()}, "bad")
        key, tone = ("minigame.crossing.on_time", "good") if self.on_time else \
            ("minigame.crossing.late", "bad")
        return Line(key, {"time": self.clock(self.arrived_at)}, tone)

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        if self.phase != "kerb" or self.phase_time < BOT_REACTION:
            return None  # even a bot looks at the light first
        green = self.light()[0]
        if style == "conform":  # obeys the light, even when that makes it late
            return "walk" if green else (None if self.waiting else "wait")
        if style == "resist":  # asks no light for permission: it walks, and pays for it
            return "walk"
        if self.waiting:  # impatience sometimes wins
            return "walk" if rng.random() < 0.03 else None
        return rng.choice(("walk", "wait")) if not green else "walk"

    # -- the level file's params -----------------------------------------------------

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        f = check.fields(spot, "crossings red green deadline catch_penalty catch_effects "
                               "punctuality audience others")
        if f is None:
            return {}
        values = {
            "crossings": check.integer(f.get("crossings"), 2, 6),
            "red": check.positive(f.get("red")), "green": check.positive(f.get("green")),
            "deadline": check.positive(f.get("deadline")),
            "catch_penalty": check.integer(f.get("catch_penalty"), 1, 100),
            "punctuality": check.integer(f.get("punctuality"), 1, 100),
            "audience": check.integer(f.get("audience"), 1, 1_000_000),
            "others": check.integer(f.get("others"), 0, 100),  # percent per red light
        }
        effects = {}
        for key, value in check.entries(f.get("catch_effects")):
            check.ref("dimension", key)
            effects[key.value] = check.integer(value, -10, 0)
        values["catch_effects"] = MappingProxyType(
            {k: v for k, v in effects.items() if v is not None})
        for key in ("red", "green"):
            if values[key] is not None and not 1 <= values[key] <= 15:
                check.report(f[key], f"a light phase of 1 to 15 seconds, got {values[key]}")
        count, deadline = values["crossings"], values["deadline"]
        if count is not None and deadline is not None:
            walking = count * (CROSS + BLOCK)
            if deadline < walking + 2 * DEADLINE_SHIFT:
                check.report(f["deadline"], f"{count} crossings take {walking:g} seconds of "
                                            f"walking alone; give a deadline of at least "
                                            f"{walking + 2 * DEADLINE_SHIFT:g}")
        return values
