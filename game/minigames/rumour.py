"""Rumour patrol: posts stream in on a steady beat; share each or report it as a rumour.
A post left unanswered when the next arrives is let through.

Halfway, "new guidance" turns more topics into rumours, and posts already shared on
them count against the player after the fact. Some of the reported posts were true.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .base import GameModel, Line, Move, Result, clamp

INTERVAL = {1: 3.6, 2: 3.0, 3: 2.4}  # seconds between posts; the feed sets the pace
POINTS = {"report_rumour": 10, "share_ok": 5, "share_rumour": -15, "report_ok": -5,
          "rejudged": -10}
MIN_POSTS = 6


@dataclass(frozen=True)
class Post:
    text: Any  # Text
    topic: str
    true: bool


@dataclass
class Verdict:
    post: Post
    move: str  # share | report | missed
    rumour: bool  # a rumour by the guidance in force when the player acted
    points: int


class RumourPatrol(GameModel):
    NAME = "rumour_patrol"
    CLAIMS = ("A15",)
    CONTROLS = (("minigame.rumour.share", "share"), ("minigame.rumour.report", "flag"))
    RELAXED_ROUNDS = 10

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        super().__init__(placement, rng, relaxed, perks)
        posts = list(self.params["posts"])
        rng.shuffle(posts)
        self.interval = INTERVAL[self.difficulty]
        # Every post arrives before the clock runs out, so the game lasts its full time.
        count = self.RELAXED_ROUNDS if relaxed else max(2, int(self.duration // self.interval))
        self.queue = [posts[i % len(posts)] for i in range(count)]
        self.arrived = 1  # posts in the feed so far; the first is there from the start
        self.rumours = set(self.params["rumours"])
        self.new_rumours = set(self.params["new_rumours"])
        self.changed_at = len(self.queue) // 2  # the guidance changes before this post
        self.index = 0
        self.verdicts: list[Verdict] = []
        self.guidance_changed = False
        self.rejudged: list[Verdict] = []

    # -- state the view reads --------------------------------------------------------

    @property
    def post(self) -> Post | None:
        """The post waiting for the player; None while the feed is clean."""
        return self.queue[self.index] if self.index < self.arrived else None

    @property
    def post_age(self) -> float:
        return 0.0 if self.relaxed else self.time - self.index * self.interval

    @property
    def next_post_in(self) -> float | None:
        """Seconds until the next post arrives; None when none will."""
        if self.relaxed or self.arrived >= len(self.queue):
            return None
        return max(0.0, self.arrived * self.interval - self.time)

    @property
    def stage(self) -> str:
        return "new-guidance" if self.guidance_changed else ""

    def is_rumour(self, post: Post) -> bool:
        return post.topic in self.rumours

    @property
    def post_progress(self) -> float:
        """How far the current post has drifted towards being pushed on (0..1)."""
        return 0.0 if self.relaxed else min(1.0, self.post_age / self.interval)

    # -- the rules -------------------------------------------------------------------

    def moves(self) -> list[Move]:
        live = self.post is not None
        # The app's own favourite is the filled button: reporting.
        return [Move("share", "minigame.rumour.share", icon="share", style="secondary",
                     enabled=live),
                Move("report", "minigame.rumour.report", icon="flag", enabled=live)]

    def on_move(self, move_id: str) -> None:
        self._settle(move_id)

    def tick(self, dt: float) -> None:
        if self.relaxed:
            return
        while self.arrived < len(self.queue) and self.time >= self.arrived * self.interval:
            if self.post is not None:
                self._settle("missed")  # pushed on by the next one
            self.arrived += 1

    def _settle(self, move: str) -> None:
        post = self.post
        rumour = self.is_rumour(post)
        if move == "report":
            points = POINTS["report_rumour"] if rumour else POINTS["report_ok"]
        elif move == "share":
            points = POINTS["share_rumour"] if rumour else POINTS["share_ok"]
        else:
            points = 0
        self.points += points
        self.verdicts.append(Verdict(post, move, rumour, points))
        self.index += 1
        if self.relaxed:
            self.arrived = min(len(self.queue), self.index + 1)  # the next one, at once
        if self.index == self.changed_at and not self.guidance_changed:
            self._new_guidance()
        if self.index >= len(self.queue):
            self.finish()

    def _new_guidance(self) -> None:
        """What was fine to share yesterday is a rumour today, and yesterday is judged too."""
        self.guidance_changed = True
        self.rumours |= self.new_rumours
        for verdict in self.verdicts:
            if verdict.move == "share" and verdict.post.topic in self.new_rumours:
                self.rejudged.append(verdict)
                self.points += POINTS["rejudged"]

    # -- judgement -------------------------------------------------------------------

    def judge(self) -> Result:
        reported = [v for v in self.verdicts if v.move == "report"]
        true_reported = sum(v.post.true for v in reported)
        shared = [v for v in self.verdicts if v.move == "share"]
        best = POINTS["report_rumour"] * max(1, len(self.verdicts))
        grade = clamp(self.points / (best * 0.6))
        lines = [Line("minigame.rumour.reported", {"n": len(reported)}),
                 Line("minigame.rumour.shared", {"n": len(shared)})]
        if self.guidance_changed:
            lines.append(Line("minigame.rumour.changed", {"n": len(self.rejudged)}, "bad")
                         if self.rejudged else Line("minigame.rumour.changed_none"))
        if true_reported:
            lines.append(Line("minigame.rumour.true_reported", {"n": true_reported}, "bad"))
        return Result(
            "played", self.points, grade,
            self.CLAIMS if self.guidance_changed else (),
            {"reported": len(reported), "shared": len(shared),
             "missed": sum(v.move == "missed" for v in self.verdicts),
             "true_reported": true_reported, "rejudged": len(self.rejudged),
             "guidance_changed": self.guidance_changed},
            tuple(lines))

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        post = self.post
        if post is None or (not self.relaxed and self.post_age < 0.8):
            return None  # even a bot takes a moment to read
        if style == "conform":
            return "report" if self.is_rumour(post) else "share"
        if style == "resist":
            return "share" if post.true else None  # reports nobody; lets the dubious pass
        return rng.choice(("share", "report", None))

    # -- the level file's params -----------------------------------------------------

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        f = check.fields(spot, "topics posts rumours new_rumours guidance new_guidance")
        if f is None:
            return {}
        posts = []
        for item in check.items(f.get("posts"), MIN_POSTS, 40):
            g = check.fields(item, "text topic accurate")
            if g is None:
                continue
            post = Post(check.text(g.get("text")), check.ident(g.get("topic")),
                        check.flag(g.get("accurate")))
            if None not in (post.text, post.topic, post.true):
                posts.append(post)
        names = {key.value: check.text(value) for key, value in check.entries(f.get("topics"))
                 if check.ident(key) is not None}
        for item in check.items(f.get("posts")):
            topic = item.value.get("topic") if isinstance(item.value, dict) else None
            if isinstance(topic, str) and names and topic not in names:
                check.report(item.child("topic"), f"unknown topic {topic!r}; topics: "
                                                  f"{', '.join(sorted(names))}")
        topics = {p.topic for p in posts}
        rumours = check.idents(f.get("rumours"), low=1)
        new = check.idents(f.get("new_rumours"), low=1)
        for key, ids in (("rumours", rumours), ("new_rumours", new)):
            for item in (check.items(f[key]) if ids else ()):
                topic = item.value
                if posts and isinstance(topic, str) and topic not in topics:
                    check.report(item, f"no post has the topic {topic!r}; topics: "
                                         f"{', '.join(sorted(topics))}")
        if set(rumours) & set(new):
            check.report(f["new_rumours"], "a topic that is already a rumour cannot become one")
        if posts and new and not any(p.topic in new for p in posts if p.true):
            check.report(f["new_rumours"], "the new guidance must catch at least one accurate "
                                           "post: that is the point of the game")
        return {"posts": tuple(posts), "rumours": rumours, "new_rumours": new,
                "topics": MappingProxyType(names), "guidance": check.text(f.get("guidance")),
                "new_guidance": check.text(f.get("new_guidance"))}
