"""One citizen's session under the score: onboarding, days of cards, the end.

The session is a small state machine. ``step`` is what the player faces now;
``choose`` and ``advance`` move it on. Every consequence goes to the log.
Randomness and time come in as arguments, so a seed reproduces a session.
"""
from __future__ import annotations

import random
from typing import Callable

from . import circle_play
from .citizen import Citizen
from .log import SessionLog
from .scenario import Ban, Card, Effects, Minigame, Option, Perk, Scenario, Text, Tier
from .schedule import build_schedule
from .steps import Change, GameOutcome, Outcome, Step, _DayStats, _Pending

__all__ = ["Change", "GameOutcome", "Outcome", "Session", "Step"]

PASSIVE_DATA = 3  # every interaction itself is recorded: dwell time, tap rhythm, device
CATEGORIES_FOR_A2 = 3


class Session:
    def __init__(self, scenario: Scenario, length: str, rng: random.Random,
                 clock: Callable[[], float], lang: str = "en", seed: int | None = None):
        self.scenario = scenario
        self.seed = seed  # what rng was seeded with, so a report can reproduce the session
        self.length = length
        self.lang = lang
        self.rng = rng
        self.citizen = Citizen(scenario)
        self.log = SessionLog(clock)
        self.schedule = build_schedule(scenario, length, rng)
        self.onboarding = tuple(c for c in scenario.onboarding if length in c.lengths)
        self.data_points = 0
        self.streak = 0
        # Where each score change was put in front of the player, by its log entry: the
        # screens say so as they draw it ("outcome", "card", "morning", "game"...).
        self.shown: dict[int, str] = {}
        self._pending: list[_Pending] = []
        self._categories: set[str] = set()
        self._day_stats = _DayStats(self.citizen.score())
        self.log.append("session_start", 0, scenario=scenario.id, length=length,
                        score=self.citizen.score(), tier=self.citizen.tier().id)
        self.circle = circle_play.start(self)  # None when the scenario has no circle
        self.step = self._onboarding_step(0)

    # -- what the player sees -------------------------------------------------

    @property
    def score(self) -> int:
        return self.citizen.score()

    @property
    def tier(self) -> Tier:
        return self.citizen.tier()

    @property
    def finished(self) -> bool:
        return self.step.kind == "end"

    def perks(self) -> tuple[Perk, ...]:
        return tuple(self.scenario.perks[p] for p in self.tier.perks)

    def bans(self) -> tuple[Ban, ...]:
        return tuple(self.scenario.bans[b] for b in self.tier.bans)

    def locked(self, option: Option) -> bool:
        return bool(option.requires_perk) and not set(option.requires_perk) & set(self.tier.perks)

    def unlock_tier(self, option: Option) -> Tier | None:
        """The lowest tier whose perks open this option, for a "unlocks at" hint."""
        return next((t for t in self.scenario.tiers
                     if set(option.requires_perk) & set(t.perks)), None)

    def available(self) -> list[Option]:
        if self.step.card is None:
            return []
        return [o for o in self.step.card.options
                if not self.locked(o) and o.id not in self.step.refused]

    # -- moving on ------------------------------------------------------------

    def advance(self) -> Step:
        """Leave a step that only needs acknowledging (morning, day end)."""
        kind, day = self.step.kind, self.step.day
        if kind == "morning":
            self.step = self._card_step(day, 0)
        elif kind == "day_end":
            self.step = self._morning_step(day + 1) if day < self.days else self._end()
        elif kind == "card" and self.step.card.kind == "rules" and len(self.step.card.options) == 1:
            self.choose(self.step.card.options[0].id)  # a notice with one answer: acknowledged
        else:
            raise ValueError(f"a {kind} step needs a choice, not advance()")
        return self.step

    def choose(self, option_id: str) -> Outcome:
        step = self.step
        if step.kind not in ("onboarding", "card"):
            raise ValueError(f"nothing to choose on a {step.kind} step")
        option = step.card.option(option_id)
        if self.locked(option):
            raise ValueError(f"option {option_id!r} is locked")
        if option.id in step.refused:
            raise ValueError(f"option {option_id!r} was already refused")
        tier_before = self.tier
        ban = self._ban_for(option)
        if ban is not None:
            return self._refuse(step, option, ban, tier_before)
        outcome = self._apply_choice(step, option, tier_before)
        if option.leaves:
            self.step = self._end(left=True)
        elif step.kind == "onboarding":
            self.step = self._after_onboarding(step.index + 1)
        else:
            self.step = self._card_step(step.day, step.index + 1)
        return outcome

    def start_game(self, relaxed: bool = False):
        """The model of the mini-game this step holds, ready to play; its rng comes from
        the session's, so a seed reproduces the game too."""
        step = self.step
        if step.kind != "minigame":
            raise ValueError(f"no mini-game on a {step.kind} step")
        from game.minigames import registry  # the plug-ins are found by name, on demand
        model = registry.model_class(step.game.game)(
            step.game, random.Random(self.rng.randrange(2**31)), relaxed,
            frozenset(self.tier.perks))
        self.log.append("minigame_started", step.day, id=step.game.id, game=step.game.game,
                        relaxed=relaxed)
        return model

    def finish_game(self, model) -> GameOutcome:
        """The system judges a finished play: its grade scales the placement's scores."""
        step, game = self.step, self.step.game
        if step.kind != "minigame" or model.placement is not game or not model.finished:
            raise ValueError("finish_game needs the finished model of this step's mini-game")
        result = model.result()
        tier_before = self.tier
        # Rewards, not fines: a play the system dislikes, or a skipped one, earns nothing.
        earned = max(0.0, result.grade)
        effects = {dim: round(value * earned) for dim, value in game.scores.items()}
        for dim, value in result.extra.items():
            effects[dim] = effects.get(dim, 0) + value
        effects = {dim: value for dim, value in effects.items() if value}
        self.log.append("minigame", step.day, claims=result.claims, id=game.id, game=game.game,
                        outcome=result.outcome, points=result.points,
                        grade=round(result.grade, 3), relaxed=model.relaxed,
                        details=dict(result.details), effects=dict(effects))
        changes = self._change(step.day, effects, game.title, f"{game.id}/minigame",
                               cause="minigame")
        self.step = self._card_step(step.day, step.index + 1)
        return GameOutcome(game, result, changes, tier_before, self.tier)

    def leave(self) -> None:
        """Opt out of the app at any moment: always possible, never free."""
        if not self.finished:
            self.step = self._end(left=True)

    @property
    def days(self) -> int:
        return self.scenario.lengths[self.length].days

    # -- the rules ------------------------------------------------------------

    def _ban_for(self, option: Option) -> Ban | None:
        if option.blocked_by_ban and option.blocked_by_ban in self.tier.bans:
            return self.scenario.bans[option.blocked_by_ban]
        return None

    def _refuse(self, step: Step, option: Option, ban: Ban, tier: Tier) -> Outcome:
        self.log.append("ban_applied", step.day, claims=("A4",), card=step.card.id,
                        option=option.id, ban=ban.id, days=ban.days, tier=tier.id)
        self.step = Step(step.kind, step.day, step.card, step.index, step.total,
                         refused=step.refused | {option.id})
        return Outcome(option, (), 0, (), tier, tier, refused=ban)

    def _apply_choice(self, step: Step, option: Option, tier_before: Tier) -> Outcome:
        card = step.card
        gains = {o.id: self.citizen.preview(o.effects) for o in self.available()}
        # Only a real choice can show conformity: a lone option or a refusal's leftover cannot.
        compliant = gains[option.id] == max(gains.values()) if len(gains) > 1 else None
        claims = list(option.claims)
        if step.kind == "onboarding" and option.id == "decline":
            claims.append("A13")
        if option.leaves:
            claims.append("A13")
        perk = None
        if option.requires_perk:  # the first of its perks this tier grants
            perk = self.scenario.perks[next(p for p in option.requires_perk
                                            if p in tier_before.perks)]
            self.log.append("perk_used", step.day, claims=("A3",), perk=perk.id,
                            card=card.id, option=option.id, tier=tier_before.id)
        self.log.append("choice", step.day, claims=tuple(claims), card=card.id,
                        option=option.id, category=card.category, tags=option.tags,
                        compliant=compliant, onboarding=step.kind == "onboarding")
        source = f"{card.id}/{option.id}"
        a5 = ("A5",) if option.shares and option.effects else ()
        changes = self._change(step.day, option.effects, option.reason, source, a5, "choice")
        if self.circle is not None:
            changes += circle_play.after_choice(self, step, option, changes)
        data = self._collect(step.day, card, option.data, option.shares, source)
        if option.delayed:
            due = step.day + option.delayed.days
            self._pending.append(_Pending(due, option.delayed.effects, option.delayed.text, card.id))
            self.log.append("delayed_filed", step.day, card=card.id, option=option.id, due_day=due)
        self._day_stats.cards.append(card.id)
        return Outcome(option, changes, data, option.shares, tier_before, self.tier, perk_used=perk)

    def _change(self, day: int, effects: Effects, reason: Text | None, source: str,
                claims: tuple[str, ...] = (), cause: str = "choice") -> tuple[Change, ...]:
        """Apply effects and log them with their ``cause`` (one of scenario.CAUSES), so the
        record can be read again later with some causes left out."""
        before, tier_before = self.score, self.tier
        applied = self.citizen.apply(effects)
        after = self.score
        if not applied:
            return ()
        if after == before:
            # A hidden area moved but the visible score did not: kept, yet not shown as a change.
            self.log.append("hidden_change", day, claims=claims, score=after, reason=reason,
                            source=source, subs=applied, cause=cause)
            return ()
        undisclosed = ("A6",) if reason is None else ()
        entry = self.log.append("score_change", day, claims=claims + undisclosed,
                                before=before, after=after, delta=after - before,
                                reason=reason, source=source, subs=applied, cause=cause)
        if self.tier != tier_before:
            self._tier_changed(day, tier_before, self.tier)
        return (Change(before, after, reason, source, entry.seq),)

    def _tier_changed(self, day: int, old: Tier, new: Tier) -> None:
        order = [t.id for t in self.scenario.tiers]
        up = order.index(new.id) > order.index(old.id)
        self.log.append("tier_change", day, claims=("A11",) if up else (),
                        before=old.id, after=new.id, up=up)

    def _collect(self, day: int, card: Card, points: int, shares: tuple[str, ...],
                 source: str) -> int:
        total = points + PASSIVE_DATA
        self.data_points += total
        self._day_stats.data_points += total
        self.log.append("data_collected", day, card=card.id, category=card.category,
                        points=total, source=source)
        for partner in shares:
            self.log.append("data_shared", day, partner=partner, points=total,
                            card=card.id, category=card.category)
        if card.category not in self._categories:
            self._categories.add(card.category)
            if len(self._categories) == CATEGORIES_FOR_A2:
                self.log.append("milestone", day, claims=("A2",), what="categories",
                                categories=tuple(sorted(self._categories)))
        return total

    # -- building steps -------------------------------------------------------

    def _onboarding_step(self, index: int) -> Step:
        cards = self.onboarding
        changes, notes = self._present(0, cards[index])
        return Step("onboarding", 0, cards[index], index, len(cards), changes, notes)

    def _after_onboarding(self, index: int) -> Step:
        if index < len(self.onboarding):
            return self._onboarding_step(index)
        self.log.append("score_revealed", 0, claims=("A1",), score=self.score,
                        tier=self.tier.id, subs=dict(self.citizen.sub))
        return self._morning_step(1)

    def _morning_step(self, day: int) -> Step:
        self._day_stats = _DayStats(self.score)
        self.log.append("day_start", day, score=self.score, tier=self.tier.id)
        changes, notes = list(self._overnight(day)), []
        if self.circle is not None:
            circle_play.morning(self, day, changes, notes)
        for pending in [p for p in self._pending if p.due_day <= day]:
            self._pending.remove(pending)
            source = f"{pending.card_id}/delayed"
            changes += self._change(day, pending.effects, pending.text, source, cause="delayed")
            self.log.append("delayed_resolved", day, card=pending.card_id, text=pending.text)
            notes.append(pending.text)
        return Step("morning", day, changes=tuple(changes), notes=tuple(notes))

    def _overnight(self, day: int) -> tuple[Change, ...]:
        if day == 1:
            return ()
        drift = self.scenario.overnight
        effects = {d: self.rng.randint(drift.low, drift.high) for d in drift.dimensions}
        return self._change(day, effects, drift.reason, "overnight", cause="overnight")

    def _card_step(self, day: int, index: int) -> Step:
        cards = self.schedule[day - 1]
        if index >= len(cards):
            return self._day_end(day)
        if isinstance(cards[index], Minigame):
            self.log.append("minigame_offered", day, id=cards[index].id, game=cards[index].game)
            return Step("minigame", day, game=cards[index], index=index, total=len(cards))
        changes, notes = self._present(day, cards[index])
        return Step("card", day, cards[index], index, len(cards), changes, notes)

    def _present(self, day: int, card: Card) -> tuple[tuple[Change, ...], tuple[Text, ...]]:
        """A card appears: its impact lands and its rules judge the past, before any choice."""
        # Seeing a card makes no claim: its option or its impact does, once lived.
        self.log.append("card_shown", day, card=card.id, category=card.category)
        changes, notes = [], []
        if card.impact is not None:
            imp = card.impact
            changes += self._change(day, imp.effects, imp.reason, f"{card.id}/impact", imp.claims,
                                    "impact")
            if imp.data or imp.shares:
                self._collect(day, card, imp.data, imp.shares, f"{card.id}/impact")
        for rule in card.rules:
            notes.append(rule.text)
            changes += self._rejudge(day, card, rule)
        return tuple(changes), tuple(notes)

    def _rejudge(self, day: int, card: Card, rule) -> list[Change]:
        self.log.append("rules_changed", day, card=card.id, tag=rule.tag, text=rule.text)
        changes = []
        for old in self.log.of_kind("choice"):
            if rule.tag in old["tags"]:
                old_card = self.scenario.card(old["card"])
                self.log.append("rejudged", day, claims=("A10",), card=old["card"],
                                option=old["option"], original_day=old.day, tag=rule.tag,
                                title=old_card.title)
                changes += self._change(day, rule.effects, rule.text, f"{card.id}/{rule.tag}",
                                        cause="rejudged")
        return changes

    def _day_end(self, day: int) -> Step:
        gained = self.score - self._day_stats.start_score
        self.streak = self.streak + 1 if gained > 0 else 0
        claims = ("A11",) if self.streak >= 2 else ()
        self.log.append("day_end", day, claims=claims, score=self.score, gained=gained,
                        streak=self.streak, data_points=self._day_stats.data_points,
                        tier=self.tier.id)
        if self.circle is not None:
            circle_play.day_end(self, day)
        return Step("day_end", day)

    def _end(self, left: bool = False) -> Step:
        day = self.step.day if hasattr(self, "step") else 0
        if left:
            self.log.append("left", day, claims=("A13",), score=self.score)
        for pending in self._pending:
            self.log.append("delayed_unresolved", day, card=pending.card_id,
                            due_day=pending.due_day)
        self._pending.clear()
        if getattr(self, "circle", None) is not None:
            circle_play.end(self, day)
        self.log.append("session_end", day, score=self.score, tier=self.tier.id, left=left,
                        data_points=self.data_points)
        return Step("end", day)
