"""The citizen's days: onboarding, mornings, cards, outcomes and day ends.

The scene shows whatever ``session.step`` is, and after a choice the outcome of it;
tier changes, refusals and opting out open as overlays on top of it.
"""
from __future__ import annotations

import pygame

from ..core.session import Change, Outcome
from ..i18n import signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Counter, Floater, Tween, ease_out
from ..ui.pictures import PICTURES
from ..ui.widgets import Button, panel, shadow, vertical_gradient
from . import cardview, notices
from .base import Scene
from .hud import GAUGE_CENTER, Hud

CARD = pygame.Rect(600, 150, 1280, 890)


class PlayScene(Scene):
    def __init__(self, app):
        super().__init__(app)
        self.session = app.session
        self.outcome: Outcome | None = None
        self.outcome_card = None  # the card the outcome belongs to; the session has moved on
        self.counter = Counter(self.session.score)
        self.data_counter = Counter(self.session.data_points)
        self.hud = Hud(self)
        app = self.app  # the same for every visit: painted once
        key = ("play-base", id(app.config.scenario), app.settings.lang, app.fonts.scale,
               self.palette)
        self.base = PICTURES.get(key, self._paint_base)
        self._layer: pygame.Surface | None = None  # the sheet, once painted for this step
        # Made once a visit, with the screen: a new screen-sized picture costs more than
        # painting one again.
        self._sheet: pygame.Surface | None = self.base.copy()
        self.reveal = Tween(0.3)
        self.flash = Tween(0.5)
        self.flash.finish()
        self.floaters: list[Floater] = []
        self._tier_seen = self.session.tier.id
        self._overlay_due = 0.0
        self._step_shown = None
        # A walk-up visit keeps moving: a choice's outcome and a morning's news are shown
        # as notices on the next screen instead of screens of their own.
        self.receipt: tuple = ()  # notice rows on the current screen from the one before
        self._pending: list = []  # rows waiting for the next screen

    # -- what is on screen ------------------------------------------------------------

    def _paint_base(self) -> pygame.Surface:
        """Everything that never changes on this screen, painted once: one blit a frame."""
        base = vertical_gradient(theme.CANVAS, self.palette.bg_top, self.palette.bg_bottom).copy()
        self.hud.paint_base(base)
        base.blit(shadow(CARD.size), (CARD.x - 18, CARD.y - 18))
        panel(base, CARD, self.palette.surface)
        return base

    def exit(self) -> None:
        super().exit()
        self.hud = self.base = self._layer = self._sheet = None  # the panel points back here

    def animating(self) -> bool:
        return (self.counter.rolling or self.data_counter.rolling or not self.reveal.done
                or bool(self.floaters) or not self.flash.done or self._overlay_due > 0
                or super().animating())

    def enter(self) -> None:
        super().enter()
        self._announce_step()

    def screen_id(self) -> str:
        if self.outcome is not None:
            return "outcome"
        step = self.session.step
        if step.kind in ("onboarding", "card"):
            card = step.card
            if card.kind == "rules":
                return "card-rules"
            if step.kind == "onboarding":
                return f"onboarding-{step.index + 1}"
            circle = self.app.config.scenario.circle
            if circle is not None and card.id == circle.falling.card.id:
                return "card-friend"
            if card.impact is not None:
                return "card-impact"
            if any(self.session.locked(o) for o in card.options):
                return "card-locked"
            if step.refused:
                return "card-refused"
            return "card"
        return step.kind

    def layout(self) -> list[Button]:
        return cardview.layout(self, CARD)

    def chrome_extra(self) -> list[tuple]:
        """Leaving sits beside the language switch: always one tap away."""
        return [(self.app.t("play.leave"), self.ask_leave, "leave")]

    # -- acting -----------------------------------------------------------------------

    def choose(self, option_id: str) -> None:
        if self.outcome is not None or self.session.finished:
            return
        card = self.session.step.card
        outcome = self.session.choose(option_id)
        if outcome.refused is not None:
            from .overlays import RefusedScene
            self.app.play("refused")
            self.app.push(RefusedScene(self.app, outcome.refused))
            self.relayout()
            return
        self._show_changes(outcome.changes, CARD.center)
        self._check_tier()
        if self.app.walk_up and not self.session.finished:
            self._pending = self._pending + notices.receipt(self, outcome)
            self._after_move()
            return
        self.outcome, self.outcome_card = outcome, card
        self.reveal = Tween(0.25)
        self.relayout()

    def next(self) -> None:
        """Leave the outcome, morning or day-end view for whatever comes next."""
        if self._show_circle():
            return
        self._check_tier()
        if self.outcome is not None:
            self.outcome = None
        elif self.session.step.kind in ("morning", "day_end") or (
                self.session.step.card is not None and self.session.step.card.kind == "rules"
                and len(self.session.step.card.options) == 1):
            self.session.advance()
        self._after_move()

    def _show_circle(self) -> bool:
        """After a day's summary, the circle's day (once), when it has news."""
        from .social import CircleScene, due
        step = self.session.step
        if (self.outcome is not None or step.kind != "day_end"
                or getattr(self, "_circle_day", None) == step.day):
            return False
        self._circle_day = step.day
        if not due(self.session, step.day):
            return False
        self.app.push(CircleScene(self.app, self.next))
        return True

    def _after_move(self) -> None:
        if self.session.finished:
            self._finish()
            return
        self._announce_step()
        self.relayout()
        if self.app.walk_up:  # news that does not fit this card waits for the next screen
            self._pending = cardview.spill(self, CARD) + self._pending

    def _announce_step(self) -> None:
        step = self.session.step
        if step is self._step_shown:
            return
        self._step_shown = step
        if self.app.walk_up and step.kind == "morning":
            self._pending += notices.morning(self, step, cardview.goal(self))
            if step.changes:
                self._show_changes(step.changes, CARD.center)
            self.session.advance()
            self._check_tier()
            return self._announce_step()
        if step.kind != "minigame":  # a game has its own screens; the news waits for it
            self.receipt, self._pending = tuple(self._pending), []
        if step.kind == "minigame":
            from .minigame import MinigameScene
            self.app.push(MinigameScene(self.app, self._game_done))
            return
        self.reveal = Tween(0.3)
        sounds = {"morning": "day", "day_end": "big_gain" if self._day_gain() > 0 else "whoosh"}
        self.app.play(sounds.get(step.kind, "notify"))
        impact = step.card.impact if step.card is not None else None
        if impact is not None and "A9" in impact.claims:  # a camera caught the player
            self.app.play("camera")
            if not self.app.settings.reduce_motion:
                self.flash = Tween(0.5)
        if step.changes:
            self._show_changes(step.changes, CARD.center)

    def _game_done(self, outcome) -> None:
        """Back from a mini-game: the gauge rolls to where the game's result left it."""
        self.counter.set(self.session.score)
        self._check_tier()
        self._after_move()

    def _day_gain(self) -> int:
        ends = self.session.log.of_kind("day_end")
        return ends[-1]["gained"] if ends else 0

    def _show_changes(self, changes: tuple[Change, ...], origin) -> None:
        self.counter.set(self.session.score)
        self.data_counter.set(self.session.data_points, 0.8)
        total = sum(c.delta for c in changes)
        if total:
            self.app.play("big_gain" if total >= 15 else "gain" if total > 0 else "loss")
            arrow, color = theme.trend(total, self.palette.ink, bright=True)
            surf = self.app.fonts.render(f"{signed(total)} {arrow}", "headline", color, "display")
            if not self.app.settings.reduce_motion:
                self.floaters.append(Floater(surf, origin, GAUGE_CENTER, 0.9, 0.25))

    def _check_tier(self) -> None:
        """A tier change is announced once the player has seen why: after their choice,
        or as they leave a screen whose news (a fine, new rules) moved them."""
        if self.session.tier.id != self._tier_seen and self._overlay_due <= 0:
            # Let the score finish rolling into the new band before the fanfare.
            self._overlay_due = 0.6 if not self.app.settings.reduce_motion else 0.05

    def _tier_overlay(self) -> None:
        from .overlays import TierScene
        tiers = [t.id for t in self.app.config.scenario.tiers]
        new = self.session.tier
        up = tiers.index(new.id) > tiers.index(self._tier_seen)
        old = self.app.config.scenario.tier(self._tier_seen)
        self._tier_seen = new.id
        if self.app.walk_up and (old.perks, old.bans) == (new.perks, new.bans):
            return  # on a walk-up visit only a change that opens or closes something stops play
        self.app.play("tier_up" if up else "tier_down")
        # The screen behind the pop-up shows the state the pop-up announces.
        self.counter.finish()
        self.data_counter.finish()
        self.floaters.clear()
        self.invalidate()
        self.app.push(TierScene(self.app, old, new, up))

    def ask_leave(self) -> None:
        from .overlays import LeaveScene
        self.app.push(LeaveScene(self.app, self.confirm_leave))

    def confirm_leave(self) -> None:
        while self.app.top is not self:  # left from a mini-game or the circle: close it unplayed
            self.app.scenes.pop().exit()
        self.session.leave()
        self._finish()


    def _finish(self) -> None:
        from .afterword import go_on
        from .end import EndScene
        self.app.end_session()
        if self.app.walk_up and not self.session.log.of_kind("left"):
            go_on(self.app)  # a walk-up visit goes from its last day straight to the reckoning
            return
        self.app.replace(EndScene(self.app))

    def pick(self, index: int) -> None:
        """Digit N is the Nth option on screen, locked or not: a locked one answers with its
        lock, by taking the focus so its hint shows."""
        options = [b for b in self.buttons if b.key.startswith("option-")]
        if not 0 <= index < len(options):
            return
        if options[index].enabled:
            self.press(options[index])
        else:
            self.app.play("refused")
            self.focus.index, self.focus.visible = self.buttons.index(options[index]), True
            self.invalidate()

    # -- time -------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        super().update(dt)
        calm = self.app.settings.reduce_motion
        for anim in (self.reveal, self.flash):
            anim.update(dt if not calm else 10.0)
        self.counter.update(dt, calm)
        self.data_counter.update(dt, calm)
        for floater in self.floaters:
            floater.update(dt)
        self.floaters = [f for f in self.floaters if not f.tween.done]
        if self._overlay_due > 0:
            self._overlay_due -= dt
            if self._overlay_due <= 0 and self.app.top is self:
                self._tier_overlay()

    def invalidate(self) -> None:
        super().invalidate()
        self._layer = None

    def _paint_layer(self) -> pygame.Surface:
        """The base plus what only changes between steps: the card and the panel's labels.
        The buttons, the moving parts of the panel and the animations go on top of it."""
        layout.forget(self._sheet)
        self._sheet.blit(self.base, (0, 0))
        layer = self._sheet
        self.hud.draw_static(layer)
        self.content_bottom = cardview.draw(self, layer, CARD)
        return layer

    def paint(self, surface: pygame.Surface) -> None:
        if self._layer is None:
            self._layer = self._paint_layer()
        layout.blit(surface, self._layer, (0, 0))
        self.draw_buttons(surface)
        self.hud.draw_moving(surface, self.counter.shown, self.data_counter.value,
                             rolling=self.counter.rolling or self.data_counter.rolling)
        if not self.reveal.done:
            # New content fades in from the card's own white; adding light needs no surface.
            k = round(255 * (1 - ease_out(self.reveal.t)))
            surface.fill((k, k, k), CARD, special_flags=pygame.BLEND_RGB_ADD)
        for floater in self.floaters:
            floater.draw(surface)
        if not self.flash.done:
            # The camera's flash: a single flash, well under three a second.
            k = round(160 * (1 - self.flash.t))
            surface.fill((k, k, k), special_flags=pygame.BLEND_RGB_ADD)


def leave_item(scene) -> list[tuple]:
    """Leaving, for a screen over the visit (a mini-game, the circle): as one tap away as on
    the cards, and the same question."""
    play = next((s for s in scene.app.scenes if isinstance(s, PlayScene)), None)
    return [] if play is None else [(scene.app.t("play.leave"), play.ask_leave, "leave")]
