"""The host around every mini-game: an intro card with the controls as pictures, a
3-2-1 start, the game itself with its clock, and a result card whose points fly into
the score. The game's model and view come from the registry by name.

Every frame the host draws is whole: the background, the chip, the clock, the view's
play area and the buttons, each blitted from the shared picture cache. The intro and the
result are one picture each (the card with its words over the background), kept while
they are up.
"""
from __future__ import annotations

import pygame

from ..i18n import number, signed
from ..minigames import registry
from ..minigames.base import SKIP
from ..minigames.view import Stage
from ..ui import layout
from ..ui import theme
from ..ui.anim import Counter, Floater, Tween, ease_out, ease_out_back
from ..ui.pictures import PICTURES
from ..ui.widgets import Button, button_soon, draw_button, draw_text, panel, progress_bar
from . import minigame_cards as cards
from .base import Scene
from .minigame_cards import CARD, CHIP

PLAY = pygame.Rect(160, 230, 1600, 610)
MOVES_Y, MOVES_H = 880, 140
STAGE = Stage(area=PLAY, moves=pygame.Rect(PLAY.x, MOVES_Y, PLAY.width, MOVES_H),
              points=pygame.Rect(PLAY.right - 420, CHIP.y, 420, CHIP.height))
COUNT_STEP = 0.6  # seconds per number of the 3-2-1
LIVE = ("countdown", "play")  # the phases that repaint every frame
# After Play the intro stays up for a few frames while the game's first pictures are made,
# a fixed number a frame (on any machine the same) beside the app's own few.
WARM_FRAMES, WARM_PIECES = 6, 2


def _moves_key(moves) -> tuple:
    return tuple((m.id, m.enabled, m.label, m.style, m.icon, tuple(m.values.items()))
                 for m in moves)


class MinigameScene(Scene):
    keeps_frame = False  # a still card is one blit: cheaper to paint than to copy

    def __init__(self, app, on_done):
        super().__init__(app)
        self.session = app.session
        self.game = self.session.step.game
        self.on_done = on_done  # called with the GameOutcome once the player moves on
        self.phase = "intro"
        self.model = None
        self.view = None
        self.outcome = None
        self.countdown = Tween(3 * COUNT_STEP)
        self.reveal = Tween(0.3)
        self.counter = Counter(self.session.score)
        self._start_score = self.session.score
        self.floaters: list[Floater] = []
        self._moves_key = None
        self._warming = 0  # frames left in which the intro stays up while pictures are made
        self._last_count = None
        self._sheet: pygame.Surface | None = None  # the intro or result card, painted
        self._sheet_fresh = False  # whether the sheet shows this layout's card
        self._result_at = 0  # pictures presented when the result came: it must be seen first

    # -- what is on screen ------------------------------------------------------------

    def screen_id(self) -> str:
        stage = self.model.stage if self.phase == "play" and self.model.stage else ""
        return f"minigame-{self.game.game}-{self.phase}" + (f"-{stage}" if stage else "")

    def animating(self) -> bool:
        return (self.phase in ("countdown", "play") or not self.reveal.done
                or self.counter.rolling or bool(self.floaters) or super().animating())

    def chrome_extra(self) -> list[tuple]:
        from .play import leave_item
        return leave_item(self)

    def layout(self) -> list[Button]:
        t = self.app.t
        if self.phase == "intro":
            play = pygame.Rect(CARD.x + 70, CARD.bottom - 170, 680, 120)
            skip = pygame.Rect(play.right + 40, play.y, CARD.right - 70 - play.right - 40, 120)
            return [Button(t("minigame.play"), play, self.start, key="play"),
                    Button(t("minigame.skip"), skip, self.skip, "quiet",
                           hint=t("minigame.skip_hint"), key="skip")]
        if self.phase == "play":
            return self._move_buttons()
        if self.phase == "result":
            return [self._continue_button()]
        return []

    def _continue_button(self) -> Button:
        done = pygame.Rect(CARD.centerx - 350, CARD.bottom - 170, 700, 120)
        return Button(self.app.t("minigame.continue"), done, self.done, key="continue")

    def _move_buttons(self, moves=None) -> list[Button]:
        if moves is None:
            moves = self.model.moves()
            self._moves_key = _moves_key(moves)
        gap = 40
        width = min(640, (PLAY.width - gap * (len(moves) - 1)) // max(1, len(moves)))
        x = PLAY.centerx - (width * len(moves) + gap * (len(moves) - 1)) // 2
        buttons = []
        for i, move in enumerate(moves):
            rect = pygame.Rect(x + i * (width + gap), MOVES_Y, width, MOVES_H)
            label = f"{i + 1}  {self.app.t(move.label, **move.values)}"
            buttons.append(Button(label, rect, lambda m=move.id: self.move(m),
                                  move.style if move.enabled else "locked",
                                  enabled=move.enabled, key=f"move-{move.id}", icon=move.icon))
        return buttons

    def enter(self) -> None:
        super().enter()
        self._sheet = self._base().copy()  # made with the screen, painted in its first frame
        view = registry.view_class(self.game.game)
        for parts, make in view.ahead(self.app, self.game):
            PICTURES.ahead(view.key_for(self.app, *parts), make)

    # -- acting -----------------------------------------------------------------------

    def start(self) -> None:
        if self.phase != "intro":
            return
        self.model = self.session.start_game(relaxed=self.app.settings.relaxed)
        self.view = registry.view_class(self.game.game)(self, self.model, STAGE)
        self.phase = "countdown"  # the intro stays up while the game's pictures are made
        self.countdown = Tween(3 * COUNT_STEP if not self.app.settings.reduce_motion else 0.9)
        self._warming = WARM_FRAMES
        self._buttons_soon()

    def skip(self) -> None:
        if self.phase != "intro":
            return
        self.model = self.session.start_game(relaxed=self.app.settings.relaxed)
        self.model.act(SKIP)
        self._finish()

    def move(self, move_id: str) -> None:
        if self.phase != "play" or self.model.finished:
            return
        self.model.act(move_id)
        self.view.moved(move_id)
        self._sync()

    def _sync(self) -> None:
        """After the model moved on, by a move or by time: new buttons, or the result."""
        if self.model.finished:
            self._finish()
            return
        moves = self.model.moves()
        key = _moves_key(moves)
        if key != self._moves_key:
            focused = self.focus.current()
            self.buttons = self.layout() + self.chrome()
            keys = [b.key for b in self.buttons]
            self.focus.set(self.buttons, keys.index(focused.key) if focused and
                           focused.key in keys else self.default_focus())
            self._buttons_soon()

    def _buttons_soon(self) -> None:
        """The buttons the game shows now and may show next, and the result's: made ahead
        of need (during the 3-2-1, or over the frames after a move)."""
        fonts, pal = self.app.fonts, self.palette
        for moves in [self.model.moves(), *self.model.upcoming_moves()]:
            for button in self._move_buttons(moves):
                button_soon(fonts, button, pal)
        for focused in (False, True):
            button_soon(fonts, self._continue_button(), pal, focused, often=False)

    def _finish(self) -> None:
        self.outcome = self.session.finish_game(self.model)
        self.phase = "result"
        self.reveal = Tween(0.3)
        self._rephase()
        self._result_at = self.app.presented
        for change in self.outcome.changes:  # the game, named on the card, is the reason
            self.session.shown.setdefault(change.seq, "game")
        delta = self.outcome.delta
        self.app.play("big_gain" if delta >= 15 else "gain" if delta > 0
                      else "loss" if delta < 0 else "whoosh")
        # The game's own change; the next card's news lands when that card shows.
        self.counter.set(self._start_score + delta)
        if delta and not self.app.settings.reduce_motion:
            arrow, color = theme.trend(delta, self.palette.ink, bright=True)
            surf = self.app.fonts.render(f"{signed(delta)} {arrow}", "headline", color,
                                         "display")
            self.floaters.append(Floater(surf, (CARD.centerx, CARD.y + 330), CHIP.center,
                                         0.8, 0.2))

    def done(self) -> None:
        if self.app.presented <= self._result_at:
            return  # a tap too quick to have seen the result card
        outcome = self.outcome
        self.app.pop()
        self.on_done(outcome)

    def pick(self, index: int) -> None:
        """Digit keys: the n-th move, as numbered on its button (a greyed one does nothing)."""
        moves = [b for b in self.buttons if b.key.startswith("move-")]
        if self.phase == "play" and 0 <= index < len(moves) and moves[index].enabled:
            self.press(moves[index])

    # -- time -------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        super().update(dt)
        calm = self.app.settings.reduce_motion
        self.reveal.update(dt if not calm else 10.0)
        self.counter.update(dt, calm)
        for floater in self.floaters:
            floater.update(dt)
        self.floaters = [f for f in self.floaters if not f.tween.done]
        if self._warming:
            PICTURES.build(WARM_PIECES)  # nothing moves meanwhile: the frame has time
            self._warming -= 1
            if not self._warming:
                self._rephase()  # the intro goes: the 3-2-1 shows
        elif self.phase == "countdown":
            self.countdown.update(dt)
            count = self._count()
            if count != self._last_count:
                self._last_count = count
                self.app.play("tap" if count > 0 else "notify")
            if self.countdown.done:
                self.phase = "play"
                self._sync()  # the moves' buttons
        elif self.phase == "play":
            self.model.update(dt)
            self.view.update(dt)
            self._sync()

    def _count(self) -> int:
        left = self.countdown.duration - self.countdown.time
        return max(0, min(3, int(left / (self.countdown.duration / 3)) + 1)) \
            if not self.countdown.done else 0

    # -- painting ---------------------------------------------------------------------

    def relayout(self) -> None:
        if not self._warming:  # while warming, the intro and its buttons stay
            super().relayout()
        self._sheet_fresh = False

    def _rephase(self) -> None:
        """The phase changed: new buttons and a new card."""
        self.relayout()

    def exit(self) -> None:
        super().exit()
        self.view = self._sheet = None  # the view points back at the scene

    def _base(self) -> pygame.Surface:
        """The background and the empty chip, the same in every phase of every game."""
        app = self.app
        key = ("minigame-base", app.t("minigame.your_score"), app.fonts.scale, self.palette)
        return PICTURES.get(key, lambda: cards.base(self))

    def _card(self) -> pygame.Surface:
        """The intro or the result card over the background, as one picture: painted once
        a layout, on a sheet the scene keeps (a new screen-sized picture costs more than
        painting one again)."""
        if not self._sheet_fresh:
            layout.forget(self._sheet)
            self._sheet.blit(self._base(), (0, 0))
            if self.phase == "result":
                cards.card(self, self._sheet)
                cards.result(self, self._sheet)
            else:
                cards.intro(self, self._sheet)
            self._sheet_fresh = True
        return self._sheet

    def paint(self, surface: pygame.Surface) -> None:
        if self.phase in LIVE and not self._warming:
            self._paint_live(surface)
            return
        layout.blit(surface, self._card(), (0, 0))
        cards.title(self, surface)
        self._draw_buttons(surface, often=False)
        self._draw_chip(surface)
        for floater in self.floaters:
            floater.draw(surface)
        if not self.reveal.done:
            k = round(255 * (1 - ease_out(self.reveal.t)))
            surface.fill((k, k, k), CARD, special_flags=pygame.BLEND_RGB_ADD)

    def _paint_live(self, surface: pygame.Surface) -> None:
        """A frame of the countdown or the game, whole."""
        layout.blit(surface, self._base(), (0, 0))
        cards.title(self, surface)
        self._draw_chip(surface)
        self._draw_clock(surface)
        self.view.draw(surface)
        if self.phase == "countdown":
            self._draw_countdown(surface)
        self._draw_buttons(surface, often=True)

    def _draw_buttons(self, surface, often: bool) -> None:
        for button in self.buttons:
            draw_button(surface, self.app.fonts, button, self.palette,
                        self.focus.visible and button is self.focus.current(),
                        button is self._pressed and self._press_time > 0, often=often)

    def _draw_chip(self, surface) -> None:
        pal, app = self.palette, self.app
        value = app.fonts.render(number(self.counter.value, app.settings.lang), "lead",
                                 pal.ink, "display", cache=not self.counter.rolling)
        layout.blit(surface, value, value.get_rect(midright=(CHIP.right - 28, CHIP.centery)))

    def _draw_clock(self, surface) -> None:
        """The clock and the game's points, above the play area."""
        pal, app, t = self.palette, self.app, self.app.t
        model = self.model
        bar = pygame.Rect(PLAY.x + 420, 160, PLAY.width - 840, 24)
        left = model.time_left
        if left is None:
            draw_text(surface, app.fonts, t("minigame.no_clock"), (bar.centerx, bar.centery),
                      "body", pal.ink_soft, "semibold", anchor="center")
        else:
            urgent = left <= 5
            progress_bar(surface, bar, left / model.duration,
                         theme.LOSS if urgent else pal.accent, pal.line)
            draw_text(surface, app.fonts, t("minigame.seconds_left", n=max(0, round(left))),
                      (bar.right + 24, bar.centery), "body", pal.ink, "semibold",
                      anchor="midleft")
        # In play the game's own points need no "game": the score chip says "Your score".
        points = app.fonts.render(t("minigame.points_short",
                                    n=number(model.points, app.settings.lang)),
                                  "lead", pal.ink, "display")
        layout.blit(surface, points, points.get_rect(midright=STAGE.points.midright))

    def _draw_countdown(self, surface) -> pygame.Rect:
        count = self._count() or 1
        step = self.countdown.duration / 3
        within = (self.countdown.time % step) / step
        scale = 1.0 if self.app.settings.reduce_motion else 0.6 + 0.4 * ease_out_back(within * 2)
        # Where the moves will appear, so the game itself can be read while counting down.
        ready = self.app.fonts.render(self.app.t("minigame.ready"), "title",
                                      self.palette.accent_ink, "display")
        pill = pygame.Rect(0, 0, ready.get_width() + 300, MOVES_H)
        pill.center = (PLAY.centerx, MOVES_Y + MOVES_H // 2)
        panel(surface, pill, self.palette.accent, MOVES_H // 2)
        layout.blit(surface, ready, ready.get_rect(midleft=(pill.x + 60, pill.centery)))
        digit = self.app.fonts.render(str(count), 120, self.palette.accent_ink, "display")
        if scale != 1.0:
            digit = pygame.transform.smoothscale_by(digit, scale)
        return pill.union(layout.blit(surface, digit, digit.get_rect(center=(pill.right - 110,
                                                                     pill.centery))))
