"""Security check: sort each tray's item (tray or bin) before the gate closes. The lane
is the tier's: a fast-lane perk means a short priority lane with bonus points, no perks
means extra screening, and midway the app offers a faster lane for the live location.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .base import GameModel, Line, Move, Result, clamp

LANES = ("priority", "standard", "screening")
SHAPES = ("bottle", "tube", "jar", "globe", "scissors", "knife", "laptop", "book", "phone",
          "keys", "shoe", "glasses")
POINTS = {"correct": 10, "combo_step": 2, "combo_max": 10, "priority": 10, "wrong": -10,
          "gate": 100, "gate_second": 10, "gate_missed": -100}
PAR = 400  # a good play in any lane; the priority lane reaches it most easily
WAVE_HOLD = 1.2  # seconds the belt stops while a priority passenger is waved through
CHECK_HOLD = 0.8  # seconds a wrongly sorted tray is held for a bag check
OFFER_LOCK = 0.5  # the offer ignores taps this long, so a quick "Tray" never accepts it
FIRST_WAVE = 2.5
COMBO_SHOWN = 3  # a streak this long counts as "finishing with a combo"
LANE_LINES = {"priority": "minigame.security.lane_priority",
              "standard": "minigame.security.lane_standard",
              "screening": "minigame.security.lane_screening"}
REACTION = {"conform": 0.5, "resist": 1.4, "random": 0.6}


@dataclass(frozen=True)
class Item:
    name: Any  # Text
    allowed: bool
    shape: str


@dataclass(frozen=True)
class Verdict:
    item: Item
    move: str  # tray | bin
    correct: bool
    points: int
    combo: int


class SecurityCheck(GameModel):
    NAME = "security"
    CLAIMS = ("A3", "A11")
    CONTROLS = (("minigame.security.tray", "tray"), ("minigame.security.bin", "bin"))

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        super().__init__(placement, rng, relaxed, perks)
        p = self.params
        if p["fast_perk"] in perks:
            self.lane = "priority"
        elif perks & set(p["trusted_perks"]):
            self.lane = "standard"
        else:
            self.lane = "screening"
        items = list(p["items"])
        rng.shuffle(items)
        # Relaxed play ends after the lane's trays too: the tier still sets their number.
        count = p["lanes"][self.lane]
        self.queue = [items[i % len(items)] for i in range(count)]
        self.index = 0
        self.combo = self.best_combo = 0
        self.verdicts: list[Verdict] = []
        self.hold, self.hold_reason = 0.0, ""
        self.waved = 0  # priority passengers waved past the player
        self.next_wave = FIRST_WAVE
        self.offer = ""  # "" not yet | open | accepted | declined
        self.offer_at = max(1, count // 2)
        self.offer_lock = 0.0
        self.boost_skipped = 0
        self.gate_points = 0
        self.item_age = 0.0

    # -- state the view reads --------------------------------------------------------

    @property
    def item(self) -> Item | None:
        return self.queue[self.index] if self.index < len(self.queue) else None

    @property
    def left(self) -> int:
        return len(self.queue) - self.index

    @property
    def made_gate(self) -> bool:
        return self.index >= len(self.queue)

    @property
    def passed(self) -> int:
        """Waiting passengers the priority lane took the player past."""
        return self.params["waiting"] if self.lane == "priority" else 0

    @property
    def stage(self) -> str:
        return "boost" if self.offer == "open" else ""

    # -- the rules -------------------------------------------------------------------

    def moves(self) -> list[Move]:
        if self.offer == "open":
            return self._offer_moves(self.offer_lock <= 0)
        return self._belt_moves(self.item is not None and self.hold <= 0)

    @staticmethod
    def _offer_moves(ready: bool) -> list[Move]:
        return [Move("boost", "minigame.security.boost_accept", icon="pin", enabled=ready),
                Move("decline", "minigame.security.boost_decline", icon="cross",
                     style="secondary", enabled=ready)]

    @staticmethod
    def _belt_moves(live: bool) -> list[Move]:
        return [Move("tray", "minigame.security.tray", icon="tray", enabled=live),
                Move("bin", "minigame.security.bin", icon="bin", style="secondary",
                     enabled=live)]

    def upcoming_moves(self) -> list[list[Move]]:
        """The belt's moves live and held, and the offer's before and after its pause."""
        return [self._belt_moves(True), self._belt_moves(False),
                self._offer_moves(False), self._offer_moves(True)]

    def tick(self, dt: float) -> None:
        if self.offer == "open":
            self.offer_lock -= dt
            return  # the belt waits for the answer; the gate does not
        if self.hold > 0:
            self.hold -= dt
            if self.hold <= 0:
                self.hold, self.hold_reason = 0.0, ""
        else:
            self.item_age += dt
        if self.lane != "priority" and self.item is not None and self.time >= self.next_wave:
            self.waved += 1
            self.hold, self.hold_reason = max(self.hold, WAVE_HOLD), "priority"
            self.next_wave = self.time + self.params["wave_every"]

    def on_move(self, move_id: str) -> None:
        if move_id in ("boost", "decline"):
            self._answer(move_id)
            return
        item = self.item
        correct = (move_id == "tray") == item.allowed
        if correct:
            self.combo += 1
            self.best_combo = max(self.best_combo, self.combo)
            points = POINTS["correct"] + min(POINTS["combo_max"],
                                             POINTS["combo_step"] * (self.combo - 1))
            if self.lane == "priority":
                points += POINTS["priority"]
            self.index += 1
            self.item_age = 0.0
        else:
            self.combo = 0
            points = POINTS["wrong"]
            self.hold, self.hold_reason = CHECK_HOLD, "check"
        self.points += points
        self.verdicts.append(Verdict(item, move_id, correct, points, self.combo))
        if self.made_gate:
            self._through()
        elif correct and self.index == self.offer_at and not self.offer:
            self.offer, self.offer_lock = "open", OFFER_LOCK

    def _answer(self, move_id: str) -> None:
        """Data for convenience: the live location buys a shorter queue and a bonus."""
        self.offer = "accepted" if move_id == "boost" else "declined"
        if move_id == "boost":
            self.boost_skipped = min(self.params["boost"]["skip"], self.left - 1)
            del self.queue[self.index:self.index + self.boost_skipped]
            self.points += self.params["boost"]["points"] + self.boost_skipped * self.tray_points

    @property
    def tray_points(self) -> int:
        """What a tray the boost waved through is worth: a plain correct sort."""
        return POINTS["correct"] + (POINTS["priority"] if self.lane == "priority" else 0)

    def _through(self) -> None:
        left = self.time_left
        self.gate_points = POINTS["gate"] + (0 if left is None
                                             else POINTS["gate_second"] * int(left))
        self.points += self.gate_points
        self.finish()

    def finish(self) -> None:
        if not self.finished and not self.made_gate and not self.skipped:
            self.gate_points = POINTS["gate_missed"]  # the clock ran out before the gate
            self.points += self.gate_points
        super().finish()

    # -- judgement -------------------------------------------------------------------

    def judge(self) -> Result:
        made, left = self.made_gate, self.time_left
        lines = [Line("minigame.security.gate_missed", tone="bad") if not made
                 else Line("minigame.security.gate_made", tone="good") if left is None
                 else Line("minigame.security.gate_made_left", {"n": int(left)}, "good"),
                 Line(LANE_LINES[self.lane])]
        if self.lane == "priority":
            lines.append(Line("minigame.security.passed", {"n": self.passed}, "good"))
        else:
            lines.append(Line("minigame.security.waved", {"n": self.waved},
                              "bad" if self.waved else "plain"))
        if self.offer in ("accepted", "declined"):
            lines.append(Line("minigame.security.boost_accepted" if self.offer == "accepted"
                              else "minigame.security.boost_declined"))
        mistakes = sum(not v.correct for v in self.verdicts)
        if mistakes:
            lines.append(Line("minigame.security.mistakes", {"n": mistakes}, "bad"))
        combo = self.combo >= COMBO_SHOWN
        lived = []
        if (self.lane == "priority" and self.index > 0) or self.waved:
            lived.append("A3")  # the tier's lane visibly changed this trip
        if made or combo:
            lived.append("A11")
        return Result(
            "played", self.points, clamp(self.points / PAR), tuple(lived),
            {"lane": self.lane, "made_gate": made, "sorted": self.index, "boost_skipped": self.boost_skipped,
             "mistakes": mistakes, "waved_past_you": self.waved, "you_passed": self.passed,
             "location_shared": self.offer == "accepted", "boost_offered": bool(self.offer),
             "best_combo": self.best_combo, "final_combo": self.combo,
             "seconds_left": None if left is None else round(left, 1)},
            tuple(lines), dict(self.params["boost"]["declined"]) if self.offer == "declined"
            else {})

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        if self.offer == "open":
            if self.offer_lock > 0:
                return None
            if style in ("conform", "resist"):
                return "boost" if style == "conform" else "decline"
            return rng.choice(("boost", "decline"))
        item = self.item
        if item is None or self.hold > 0 or self.item_age < REACTION.get(style, 0.6):
            return None
        right = "tray" if item.allowed else "bin"
        if style in ("conform", "resist"):
            return right
        return rng.choice((right, right, "bin" if item.allowed else "tray", None))

    # -- the level file's params -----------------------------------------------------

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        f = check.fields(spot, "items lanes", "fast_perk trusted_perks waiting wave_every boost")
        if f is None:
            return {}
        items = []
        for entry in check.items(f.get("items"), 6, 40):
            g = check.fields(entry, "name allowed shape")
            if g is None:
                continue
            item = Item(check.text(g.get("name")), check.flag(g.get("allowed")),
                        check.one_of(g.get("shape"), SHAPES, "item shape"))
            if None not in (item.name, item.allowed, item.shape):
                items.append(item)
        if items and min(sum(i.allowed for i in items), sum(not i.allowed for i in items)) < 3:
            check.report(f["items"], "needs at least 3 allowed and 3 forbidden items, "
                                     "or there is nothing to sort")
        lanes = {}
        g = check.fields(f.get("lanes"), " ".join(LANES))
        for lane in LANES if g else ():
            lanes[lane] = check.integer(g.get(lane), 3, 30)
        if None not in lanes.values() and len(lanes) == 3 and not (
                lanes["priority"] < lanes["standard"] <= lanes["screening"]):
            check.report(f["lanes"], "the priority lane must be the shortest and extra "
                                     "screening at least as long as the standard lane")
        fast = None  # without one, no perk opens the priority lane
        if "fast_perk" in f:
            fast = check.ident(f["fast_perk"])
            check.ref("perk", f["fast_perk"])
        trusted = check.idents(f.get("trusted_perks"), ref="perk") if "trusted_perks" in f \
            else ()
        # The defaults when a level file says nothing; "declined": what turning the offer
        # down does to the areas the level file names (the system notes who said no).
        boost = {"skip": 3, "points": 50, "declined": MappingProxyType({})}
        if "boost" in f:
            b = check.fields(f["boost"], "skip points", "declined") or {}
            declined = {}
            for key, value in check.entries(b.get("declined")):
                check.ref("dimension", key)
                declined[key.value] = check.integer(value, -10, 0)
            boost = {"skip": check.integer(b.get("skip"), 1, 10),
                     "points": check.integer(b.get("points"), 0, 200),
                     "declined": MappingProxyType(
                         {k: v for k, v in declined.items() if v is not None})}
        waiting = check.integer(f["waiting"], 1, 20) if "waiting" in f else 10
        every = check.positive(f["wave_every"]) if "wave_every" in f else 4.5
        return {"items": tuple(items), "lanes": MappingProxyType(lanes), "fast_perk": fast,
                "trusted_perks": trusted, "boost": MappingProxyType(boost), "waiting": waiting,
                "wave_every": every}
