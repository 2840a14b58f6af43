"""Daily study: a quiz against the clock where the app's approved answer feeds a streak,
a multiplier and a daily points cap, and halfway a bonus pays for posting its comment.

The fairer answer is often on offer too; it only breaks the streak.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .base import GameModel, Line, Move, Result, clamp

QUESTION_SECONDS = {1: 5.0, 2: 4.0, 3: 3.2}  # the clock on each question
READ_SECONDS = 1.2  # how long a bot takes to read a question, as a person would
OFFER_AT = 0.4  # the bonus offer comes once this share of the time has passed
MAX_QUESTION = 70  # characters: a question is read in three seconds
MAX_ANSWER = 24  # characters: an answer fits its button
MIN_QUESTIONS = 6


@dataclass(frozen=True)
class Choice:
    text: Any  # Text
    approved: bool
    fair: bool  # what a careful person would answer; may be the approved one too


@dataclass(frozen=True)
class Question:
    text: Any  # Text
    choices: tuple[Choice, ...]

    @property
    def fair(self) -> Choice:
        return next((c for c in self.choices if c.fair), self.approved)

    @property
    def approved(self) -> Choice:
        return next(c for c in self.choices if c.approved)


@dataclass(frozen=True)
class Said:
    """A content Text inside an interface string: "{answer:de}" picks the German."""

    text: Any  # Text

    def __format__(self, lang: str) -> str:
        return self.text.get(lang or "en")


@dataclass
class Answer:
    question: Question
    choice: Choice | None  # None: time ran out on it
    gain: int
    streak: int  # the streak after this answer
    capped: bool  # the daily cap had already swallowed the points


class DailyStudy(GameModel):
    NAME = "daily_study"
    CLAIMS = ("A11", "A16")
    # Two answers pictured stand for two or three: a third button would crowd the intro card.
    CONTROLS = (("minigame.daily_study.control_1", "comment"),
                ("minigame.daily_study.control_2", "comment"))
    RELAXED_ROUNDS = 10

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        super().__init__(placement, rng, relaxed, perks)
        self.deck = list(self.params["questions"])
        rng.shuffle(self.deck)
        self.limit = QUESTION_SECONDS[self.difficulty]
        self.cap = self.params["cap"]
        self.answers: list[Answer] = []
        self.streak = 0
        self.best_streak = 0
        self.earned = 0  # points from answers, never above the cap
        self.offer_open = False
        self.offered = False
        self.posted: bool | None = None  # None: not answered (or never offered)
        self.question_age = 0.0
        self.question: Question | None = None
        self.order: tuple[Choice, ...] = ()
        self.labels: tuple[Said, ...] = ()
        self._orders: list[tuple[Choice, ...]] = []  # each question's answers as shuffled
        self._next_question()

    # -- state the view reads --------------------------------------------------------

    @property
    def capped(self) -> bool:
        return self.earned >= self.cap

    @property
    def multiplier(self) -> int:
        times = 1
        for streak, factor in self.params["multipliers"]:
            if self.streak >= streak:
                times = factor
        return times

    def next_step(self) -> tuple[int, int] | None:
        """The streak that raises the multiplier next, and to what; None at the top."""
        return next(((s, f) for s, f in self.params["multipliers"] if self.streak < s), None)

    @property
    def question_progress(self) -> float:
        return 0.0 if self.relaxed else min(1.0, self.question_age / self.limit)

    @property
    def stage(self) -> str:
        return "offer" if self.offer_open else "capped" if self.capped else ""

    # -- the rules -------------------------------------------------------------------

    def moves(self) -> list[Move]:
        if self.offer_open:
            return self._offer_moves()
        return self._answer_moves(self.labels, self.question is not None)

    def _offer_moves(self) -> list[Move]:
        return [Move("post", "minigame.daily_study.post", {"n": self.params["bonus"]},
                     icon="comment"),
                Move("decline", "minigame.daily_study.decline", style="secondary")]

    @staticmethod
    def _answer_moves(labels, live: bool) -> list[Move]:
        return [Move(f"a{i}", "minigame.daily_study.answer", {"answer": said}, enabled=live)
                for i, said in enumerate(labels)]

    def upcoming_moves(self) -> list[list[Move]]:
        """The next question's answers, the offer, and these answers greyed out."""
        upcoming = self._order(len(self.answers) + 1)
        return [self._answer_moves(tuple(Said(c.text) for c in upcoming), True),
                self._offer_moves(), self._answer_moves(self.labels, False)]

    def on_move(self, move_id: str) -> None:
        if move_id in ("post", "decline"):
            self.posted = move_id == "post"
            if self.posted:
                self.points += self.params["bonus"]  # a bonus: the cap does not apply
            self.offer_open = False
            self._next_question()
            return
        self._settle(self.order[int(move_id[1:])])

    def tick(self, dt: float) -> None:
        if self.relaxed or self.offer_open or self.question is None:
            return
        self.question_age += dt
        if self.question_age >= self.limit:
            self._settle(None)

    def _settle(self, choice: Choice | None) -> None:
        capped = self.capped
        gain = 0
        if choice is not None and choice.approved:
            self.streak += 1
            self.best_streak = max(self.best_streak, self.streak)
            gain = min(self.params["points"] * self.multiplier, self.cap - self.earned)
        else:
            self.streak = 0
        self.earned += gain
        self.points += gain
        self.answers.append(Answer(self.question, choice, gain, self.streak, capped))
        if self.relaxed and len(self.answers) >= self.RELAXED_ROUNDS:
            self.finish()
            return
        due = (len(self.answers) >= self.RELAXED_ROUNDS // 2 if self.relaxed
               else self.time >= self.duration * OFFER_AT)
        if due and not self.offered:
            self.offered = self.offer_open = True
            self.question = None
            return
        self._next_question()

    def _next_question(self) -> None:
        self.question = self.deck[len(self.answers) % len(self.deck)]
        self.order = self._order(len(self.answers))
        self.labels = tuple(Said(c.text) for c in self.order)
        self.question_age = 0.0

    def _order(self, n: int) -> tuple[Choice, ...]:
        """Question n's answers in the order they are shown. Shuffled once each, in turn, so
        one drawn ahead (to draw its buttons early) is the one that will be shown."""
        while len(self._orders) <= n:
            choices = list(self.deck[len(self._orders) % len(self.deck)].choices)
            self.rng.shuffle(choices)
            self._orders.append(tuple(choices))
        return self._orders[n]

    # -- judgement -------------------------------------------------------------------

    def judge(self) -> Result:
        rounds = max(1, len(self.answers))
        approved = sum(a.choice is not None and a.choice.approved for a in self.answers)
        swallowed = sum(a.capped and a.choice is not None and a.choice.approved
                        for a in self.answers)
        over_fair = sum(a.choice is not None and a.choice.approved
                        and a.question.fair is not a.choice for a in self.answers)
        fair_broke = sum(a.choice is not None and not a.choice.approved and a.choice.fair
                         for a in self.answers)
        comment = 0.3 if self.posted else -0.3 if self.offered else 0.0
        # Agreeing counts more than points: the system rates loyalty, the cap only paces it.
        grade = clamp(1.2 * (approved / rounds - 0.5) + 0.6 * (self.earned / self.cap - 0.5)
                      + comment)
        lines = [Line("minigame.daily_study.best_streak", {"n": self.best_streak},
                      "good" if self.best_streak >= 3 else "plain")]
        if self.capped:
            lines.append(Line("minigame.daily_study.capped", {"n": swallowed}, "bad"))
        else:
            lines.append(Line("minigame.daily_study.under_cap",
                              {"n": self.earned, "cap": self.cap}))
        if self.posted:
            lines.append(Line("minigame.daily_study.posted", {"n": self.params["bonus"]}, "bad"))
        elif self.offered:
            lines.append(Line("minigame.daily_study.declined", tone="bad"))
        if over_fair:
            lines.append(Line("minigame.daily_study.over_fair", {"n": over_fair}, "bad"))
        elif fair_broke:
            lines.append(Line("minigame.daily_study.fair_broke", {"n": fair_broke}, "bad"))
        claims = tuple(c for c, lived in (("A11", self.best_streak >= 3 or self.capped),
                                          ("A16", self.offered)) if lived)
        return Result(
            "played", self.points, grade, claims,
            {"answered": sum(a.choice is not None for a in self.answers),
             "missed": sum(a.choice is None for a in self.answers), "approved": approved,
             "best_streak": self.best_streak, "earned": self.earned, "cap": self.cap,
             "cap_reached": self.capped, "swallowed": swallowed, "over_fair": over_fair,
             "fair_broke": fair_broke, "comment_offered": self.offered,
             "comment_posted": bool(self.posted)},
            tuple(lines))

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        if self.offer_open:
            if style == "conform":
                return "post"
            return "decline" if style == "resist" else rng.choice(("post", "decline", None))
        if self.question is None or (not self.relaxed and self.question_age < READ_SECONDS):
            return None
        if style == "conform":
            wanted = self.question.approved
        elif style == "resist":
            wanted = self.question.fair
        else:
            return rng.choice([f"a{i}" for i in range(len(self.order))] + [None])
        return f"a{next(i for i, c in enumerate(self.order) if c is wanted)}"

    # -- the level file's params -----------------------------------------------------

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        f = check.fields(spot, "points cap multipliers comment questions")
        if f is None:
            return {}
        points = check.integer(f.get("points"), 1, 100)
        cap = check.integer(f.get("cap"), 10, 10_000)
        if points and cap and cap < 3 * points:
            check.report(f["cap"], f"a cap below {3 * points} ends the game before a streak")
        steps: list[tuple[int, int]] = []
        for item in check.items(f.get("multipliers"), 1, 4):
            g = check.fields(item, "streak times") or {}
            step = (check.integer(g.get("streak"), 2, 20), check.integer(g.get("times"), 2, 10))
            if None in step:
                continue
            if steps and (step[0] <= steps[-1][0] or step[1] <= steps[-1][1]):
                check.report(item, "each step needs a longer streak and a bigger multiplier "
                                   "than the one before")
                continue
            steps.append(step)
        c = check.fields(f.get("comment"), "news text bonus") or {}
        questions = [q for q in map(lambda item: _question(check, item),
                                    check.items(f.get("questions"), MIN_QUESTIONS, 40)) if q]
        if questions and all(q.fair is q.approved for q in questions):
            check.report(f["questions"], "no question has a fair answer other than the approved "
                                         "one (mark it fair: true): that is the point of the game")
        return {"points": points, "cap": cap, "multipliers": tuple(steps),
                "news": check.text(c.get("news")), "comment": check.text(c.get("text")),
                "bonus": check.integer(c.get("bonus"), 1, 1000), "questions": tuple(questions)}


def _question(check, item) -> Question | None:
    g = check.fields(item, "text answers")
    if g is None:
        return None
    text = _short(check, g.get("text"), MAX_QUESTION, "a question is read in three seconds")
    choices = []
    for answer in check.items(g.get("answers"), 2, 3):
        h = check.fields(answer, "text", "approved fair")
        if h is None:
            continue
        choices.append(Choice(_short(check, h.get("text"), MAX_ANSWER, "it must fit a button"),
                              check.flag(h["approved"]) if "approved" in h else False,
                              check.flag(h["fair"]) if "fair" in h else False))
    if "answers" not in g or len(choices) != len(g["answers"].value):
        return None
    approved = sum(bool(c.approved) for c in choices)
    if approved != 1:
        check.report(g["answers"], f"exactly one answer needs approved: true, found {approved}")
    if sum(bool(c.fair) for c in choices) > 1:
        check.report(g["answers"], "at most one answer may be fair: true")
    if any(c.approved and c.fair for c in choices):
        check.report(g["answers"], "leave fair out where the approved answer is the fair one")
    if text is None or approved != 1 or None in [c.text for c in choices]:
        return None
    return Question(text, tuple(choices))


def _short(check, spot, limit: int, why: str):
    """A Text whose every language keeps to ``limit`` characters."""
    text = check.text(spot)
    for lang, words in (text.by_lang.items() if text is not None else ()):
        if len(words) > limit:
            check.report(spot.child(lang), f"{len(words)} characters; at most {limit}: {why}")
    return text
