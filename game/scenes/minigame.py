"""The host around every mini-game: an intro card with the controls as pictures, a
3-2-1 start, the game itself with its clock, and a result card whose points fly into
the score. The game's model and view come from the registry by name.
"""
from __future__ import annotations

import time

import pygame

from ..i18n import number, signed
from ..minigames import registry
from ..minigames.base import SKIP
from ..ui import layout
from ..ui import theme
from ..ui.anim import Counter, Floater, Tween, ease_out, ease_out_back
from ..ui.icons import draw_icon
from ..ui.keep import Keep
from ..ui.widgets import (RING, Button, backing, button_picture, button_words, draw_button,
                          draw_paragraph, draw_text, panel, paragraph_height, progress_bar,
                          shadow, vertical_gradient)
from .base import Scene

CARD = pygame.Rect(600, 150, 1280, 890)  # where the play screen has its card
PLAY = pygame.Rect(160, 230, 1600, 610)
MOVES_Y, MOVES_H = 880, 140
CHIP = pygame.Rect(80, 140, 420, 72)
COUNT_STEP = 0.6  # seconds per number of the 3-2-1
LIVE = ("countdown", "play")  # the phases that repaint every frame
# A frame of the game that took less than this may go on to make pictures needed later.
SPARE_SECONDS = 0.0015
WARM_FRAMES, WARM_SECONDS = 6, 0.003  # after Play: frames to prepare in, and a frame's share


def _moves_key(moves) -> tuple:
    return tuple((m.id, m.enabled, m.label, m.style, m.icon, tuple(m.values.items()))
                 for m in moves)


class MinigameScene(Scene):
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
        self._frame_start = 0.0  # when this frame's update began (perf_counter)
        self._warming = 0  # frames left to prepare in before the 3-2-1 shows
        self._ahead: list[tuple[Button, bool, bool]] | None = None  # buttons to make ahead
        self._last_count = None
        self._layer: pygame.Surface | None = None  # what stays put until the next relayout
        # The layer's pixels, kept from phase to phase: a new screen-sized picture costs a
        # frame's budget just to allocate.
        self._layer_pixels: pygame.Surface | None = None
        self._building = None  # the result card's layer being made, a step a frame
        self._base: pygame.Surface | None = None  # background, title and chip: the layer's start
        self._static_dirty = False  # the view's still part must be painted again
        # While the game runs, a frame repaints only what moved: the canvas keeps the last
        # frame, and what was drawn over the layer then is put back from the layer first.
        self._damage: list[pygame.Rect] | None = None  # None: the canvas is not ours to reuse
        self._surface: pygame.Surface | None = None
        self._keep = Keep(solid=True)  # the buttons, drawn again only when they change
        self._kept_drawn: list[pygame.Rect] = []  # the game's kept pictures drawn this frame
        self._canvas: pygame.Surface | None = None
        # Within a live frame: where the layer was put back so far (None: everywhere).
        self.restored: list[pygame.Rect] | None = None

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
        registry.view_class(self.game.game).warm(self.app, self.game)

    # -- acting -----------------------------------------------------------------------

    def start(self) -> None:
        self.model = self.session.start_game(relaxed=self.app.settings.relaxed)
        self.view = registry.view_class(self.game.game)(self, self.model)
        self.phase = "countdown"
        self.countdown = Tween(3 * COUNT_STEP if not self.app.settings.reduce_motion else 0.9)
        self._warming = WARM_FRAMES
        self._rephase()

    def skip(self) -> None:
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
            # Only the buttons changed, and in play they are drawn each frame: the still
            # layer stays (repainting it would cost a frame's budget several times a game).
            focused = self.focus.current()
            self.buttons = self.layout() + self.chrome()
            keys = [b.key for b in self.buttons]
            self.focus.set(self.buttons, keys.index(focused.key) if focused and
                           focused.key in keys else self.default_focus())
            self._ahead = None

    def _draw_ahead(self) -> None:
        """On a quiet frame, do a piece of making a button the game may show soon (the moves'
        other looks): its words one frame, its picture another; so a frame that changes the
        buttons only blits them."""
        if self._ahead is None:
            ahead = [(b, False) for moves in [self.model.moves(), *self.model.upcoming_moves()]
                     for b in self._move_buttons(moves)]
            # The result card's button, plain and with the focus ring the keys give it.
            ahead += [(self._continue_button(), False), (self._continue_button(), True)]
            self._ahead = [step for button, focused in reversed(ahead)
                           for step in ((button, focused, False), (button, focused, True))]
        if self._ahead:
            button, focused, words = self._ahead.pop()
            if words:
                button_words(self.app.fonts, button, self.palette)
            else:
                button_picture(self.app.fonts, button, self.palette, focused, often=False)

    def _finish(self) -> None:
        self.outcome = self.session.finish_game(self.model)
        self.phase = "result"
        self.reveal = Tween(0.3)
        self._rephase()
        # The result card is made over the next frames, while the game's last one stays up.
        self._building = self._layer_steps()
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
        if self._building is not None:
            return  # the result card is not on screen yet
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
        self._frame_start = time.perf_counter()
        if self._warming:  # the frames given to preparing count here, not in draw
            self._warming -= 1
        elif self.phase == "countdown":
            self.countdown.update(dt)
            count = self._count()
            if count != self._last_count:
                self._last_count = count
                self.app.play("tap" if count > 0 else "notify")
            if self.countdown.done:
                self.phase = "play"
                self._sync()  # the moves' buttons; the picture of the game stays as it is
        elif self.phase == "play":
            self.model.update(dt)
            self.view.update(dt)
            self._sync()

    def _count(self) -> int:
        left = self.countdown.duration - self.countdown.time
        return max(0, min(3, int(left / (self.countdown.duration / 3)) + 1)) \
            if not self.countdown.done else 0

    # -- painting ---------------------------------------------------------------------

    def invalidate(self) -> None:
        super().invalidate()
        if self.phase not in LIVE:
            self._layer = None  # in the game the buttons are drawn per frame, the layer stays

    def relayout(self) -> None:
        super().relayout()
        self._layer = self._base = None  # the words may have changed language or size
        self._damage = None
        self._building = None

    def _rephase(self) -> None:
        """The phase changed: new buttons and card, over the same background and title."""
        base = self._base
        self.relayout()
        self._base = base

    def refresh_static(self) -> None:
        """The view's still part changed: only the play area of the layer is painted again."""
        self._static_dirty = True

    def exit(self) -> None:
        super().exit()
        self._layer = self._base = self.view = None  # the view points back at the scene
        self._layer_pixels = None

    def _paint_base(self) -> pygame.Surface:
        pal, app = self.palette, self.app
        base = vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom).copy()
        draw_text(base, app.fonts, app.text(self.game.title), (80, 40), "title", pal.ink,
                  "display")
        panel(base, CHIP, pal.surface, CHIP.height // 2)
        label = app.fonts.render(app.t("minigame.your_score"), "small", pal.ink_soft, "semibold")
        layout.blit(base, label, label.get_rect(midleft=(CHIP.x + 28, CHIP.centery)))
        return base

    def _paint_layer(self) -> pygame.Surface:
        """Background, title, cards and buttons: painted once per layout, blitted per frame."""
        for _ in self._layer_steps():
            pass
        return self._layer_pixels

    def _layer_steps(self):
        """Paint the layer a piece at a time (a step per ``next``)."""
        if self._base is None:
            self._base = self._paint_base()
        if self._layer_pixels is None:
            self._layer_pixels = backing(self._base.get_size())
        self._layer_pixels.blit(self._base, (0, 0))
        layer = self._layer_pixels
        if self.phase == "intro":
            self._draw_intro(layer)
        elif self.phase == "result":
            self._card(layer)
            yield
            self._draw_result(layer)
        else:
            self._paint_static(layer)
        if self.phase not in LIVE:  # drawn once into the layer: no run-length encoding
            yield
            for button in self.buttons:
                draw_button(layer, self.app.fonts, button, self.palette,
                            self.focus.visible and button is self.focus.current(),
                            button is self._pressed and self._press_time > 0, often=False)

    def _paint_static(self, layer: pygame.Surface) -> None:
        """The view's still part, kept inside the play area so it can be redone alone."""
        layer.set_clip(PLAY)
        layer.blit(self._base, PLAY, PLAY)
        self.view.paint_static(layer, PLAY)
        layer.set_clip(None)
        self._static_dirty = False

    def draw(self, surface: pygame.Surface) -> None:
        """Always painted: a frame is one blit of the layer when nothing moves, so a still
        frame need not be copied and kept (which costs more than the blit). A frame of the
        game that took little time then makes a piece of what is to come."""
        if self._warming:
            if self.app.painted_by is self and surface is self._surface:
                # For a few frames after Play the intro stays up while the game's still
                # layer is painted and then the pictures its first frames need are made,
                # a few milliseconds a frame.
                if self._layer is None:
                    self._layer = self._paint_layer()
                    return
                while time.perf_counter() - self._frame_start < WARM_SECONDS:
                    self.view.prepare()
                return
        self.paint(surface)
        if self.phase not in LIVE or self.model is None or self.model.finished:
            return
        if self.phase == "countdown" or self._spare_time():
            self.view.prepare()
        if self._spare_time():
            self._draw_ahead()

    def _spare_time(self) -> bool:
        return time.perf_counter() - self._frame_start < SPARE_SECONDS

    def paint(self, surface: pygame.Surface) -> None:
        if self.phase in LIVE and self.view is not None:
            self._paint_live(surface)
            return
        if self._building is not None:
            if (self.app.painted_by is self and surface is self._surface
                    and next(self._building, False) is None):
                return  # the last frame of play stays on screen meanwhile
            for _ in self._building:
                pass
            self._building = None
            self._layer = self._layer_pixels
            self.reveal = Tween(0.3)
        self._damage = None
        self._surface = surface
        if self._layer is None:
            self._layer = self._paint_layer()
        layout.blit(surface, self._layer, (0, 0))
        self._draw_chip(surface)
        for floater in self.floaters:
            floater.draw(surface)
        if not self.reveal.done:
            k = round(255 * (1 - ease_out(self.reveal.t)))
            surface.fill((k, k, k), CARD, special_flags=pygame.BLEND_RGB_ADD)

    def _paint_live(self, surface: pygame.Surface) -> None:
        """A frame of the countdown or the game. If the canvas still holds this scene's last
        frame, only what moved is put back from the layer and drawn again (the view keeps
        its still pictures with a Keep, as the host keeps the buttons); otherwise the whole
        layer is laid down and everything is drawn."""
        kept = (self._damage is not None and self._layer is not None
                and self.app.painted_by is self and surface is self._surface)
        if self._layer is None:
            self._layer = self._paint_layer()
        self._canvas = surface
        self.restored = list(self._damage) if kept else None
        if self._static_dirty:
            self._paint_static(self._layer)
            if self.restored is not None:
                self.restored.append(PLAY)
        surface.set_clip(None)
        buttons = self._button_items()
        if self.restored is None:
            layout.blit(surface, self._layer, (0, 0))
        else:
            # Buttons that changed are cleared first, so the game redraws what lies beneath.
            self.restored += self._keep.gone(buttons)
            # Where the game is about to paint over everything, nothing need be put back;
            # whatever was kept there is gone all the same.
            covers = self.view.covers(PLAY)
            for rect in self.restored:
                if not any(cover.contains(rect) for cover in covers):
                    layout.blit(surface, self._layer, rect, rect)
            self.restored += covers
        self._kept_drawn = []
        drawn = [self._draw_chip(surface)] + self._draw_game(surface)
        surface.set_clip(None)
        self._damage = drawn
        self._surface = surface
        touched = None if self.restored is None else self.restored + drawn + self._kept_drawn
        self._keep.draw(surface, buttons, touched, self.put_back)

    def drew(self, rects: list[pygame.Rect]) -> None:
        """The game drew kept pictures there this frame (the buttons go over them)."""
        self._kept_drawn += rects

    def background(self, size: tuple[int, int], at: tuple[int, int],
                   into: pygame.Surface | None = None) -> pygame.Surface:
        """The still layer (background and the game's still part) in a rect of ``size`` at
        ``at``, copied onto ``into`` or a new picture: for a game to paint a picture on that
        needs no blending later."""
        if self._layer is None:
            self._layer = self._paint_layer()
        picture = into if into is not None else backing(size)
        picture.blit(self._layer, (0, 0), pygame.Rect(at, size))
        return picture

    def put_back(self, rect: pygame.Rect) -> None:
        """Lay the still layer down again over ``rect`` (for a kept picture that changed or
        went). Only inside a live frame."""
        self._canvas.blit(self._layer, rect, rect)
        if self.restored is not None:
            self.restored.append(pygame.Rect(rect))

    def _button_items(self) -> list:
        items = []
        for button in self.buttons:
            focused = self.focus.visible and button is self.focus.current()
            pressed = button is self._pressed and self._press_time > 0
            footprint = pygame.Rect(button.rect.x - RING, button.rect.y - RING + 3 * pressed,
                                    button.rect.width + 2 * RING, button.rect.height + 2 * RING)
            look = (button.label, button.hint, button.style, button.icon, focused)

            def paint(surface, button=button, focused=focused, pressed=pressed):
                draw_button(surface, self.app.fonts, button, self.palette, focused, pressed,
                            often=False)
            items.append((button.key, look, footprint, paint))
        return items

    def _draw_chip(self, surface) -> None:
        pal, app = self.palette, self.app
        value = app.fonts.render(number(self.counter.value, app.settings.lang), "lead",
                                 pal.ink, "display", cache=not self.counter.rolling)
        return layout.blit(surface, value, value.get_rect(midright=(CHIP.right - 28, CHIP.centery)))

    def _card(self, surface) -> None:
        surface.blit(shadow(CARD.size), (CARD.x - 18, CARD.y - 18))
        panel(surface, CARD, self.palette.surface)

    def _draw_intro(self, surface) -> None:
        pal, app, t = self.palette, self.app, self.app.t
        self._card(surface)
        inner = CARD.inflate(-140, 0)
        kicker = (t("minigame.kicker_relaxed") if app.settings.relaxed
                  else t("minigame.kicker", n=self.game.seconds))
        y = CARD.y + 56
        draw_text(surface, app.fonts, kicker.upper(), (inner.x, y), "small", pal.accent, "bold")
        y = draw_paragraph(surface, app.fonts, app.text(self.game.intro),
                           pygame.Rect(inner.x, y + 56, inner.width, 300), "lead", pal.ink,
                           "semibold") + 20
        prize = self.session.citizen.preview(self.game.scores)
        if prize > 0:
            y = draw_paragraph(surface, app.fonts, t("minigame.prize", n=prize),
                               pygame.Rect(inner.x, y, inner.width, 100), "body",
                               theme.GAIN_TEXT, "semibold")
        y += 40
        draw_text(surface, app.fonts, t("minigame.controls"), (inner.x, y), "small",
                  pal.ink_soft, "semibold")
        self._draw_controls(surface, pygame.Rect(inner.x, y + 50, inner.width, 300))

    def _draw_controls(self, surface, area: pygame.Rect) -> None:
        """A picture of the game's buttons, each with a finger on it and its key: drawn as
        an illustration on a tinted panel, so that only Play looks like something to press."""
        pal, app = self.palette, self.app
        moves = registry.model_class(self.game.game).CONTROLS
        frame = pygame.Rect(area.x, area.y, area.width, 200)
        panel(surface, frame, pal.surface_alt, 24)
        gap = 40
        inner = frame.inflate(-60, 0)
        font = app.fonts.font("body", "semibold")
        need = max(font.size(app.t(label))[0] for label, _ in moves) + 160
        width = min(max(480, need), (inner.width - gap * (len(moves) - 1)) // len(moves))
        x = inner.centerx - (width * len(moves) + gap * (len(moves) - 1)) // 2
        for i, (label, icon) in enumerate(moves):
            pill = pygame.Rect(x + i * (width + gap), frame.y + 30, width - 30, 84)
            panel(surface, pill, pal.surface, 42, pal.accent, 3)
            draw_icon(surface, icon, pygame.Rect(pill.x + 22, pill.y + 17, 50, 50), pal.accent)
            text = app.fonts.render(app.fonts.fit(app.t(label), "body", pill.width - 130,
                                                  "semibold"), "body", pal.accent, "semibold")
            layout.blit(surface, text, text.get_rect(midleft=(pill.x + 86, pill.centery)))
            # A fingertip pressing the pill's corner: this is how it is played.
            draw_icon(surface, "tap", pygame.Rect(pill.right - 36, pill.bottom - 40, 72, 72),
                      pal.ink)
            below = pill.bottom + 40
            hint = app.fonts.render(app.t("minigame.tap_or_key"), "small", pal.ink_soft)
            at = hint.get_rect(midleft=(pill.x + 8, below))
            layout.blit(surface, hint, at)
            key = pygame.Rect(at.right + 14, below - 24, 48, 48)
            panel(surface, key, pal.surface, 10, pal.line, 3)
            digit = app.fonts.render(str(i + 1), "small", pal.ink, "bold")
            layout.blit(surface, digit, digit.get_rect(center=key.center))

    def _draw_game(self, surface) -> list[pygame.Rect]:
        """The clock, the game's points, the game and (counting down) the 3-2-1; returns
        where it drew."""
        pal, app, t = self.palette, self.app, self.app.t
        model = self.model
        bar = pygame.Rect(PLAY.x + 420, 160, PLAY.width - 840, 24)
        left = model.time_left
        if left is None:
            drawn = [draw_text(surface, app.fonts, t("minigame.no_clock"),
                               (bar.centerx, bar.centery), "body", pal.ink_soft, "semibold",
                               anchor="center")]
        else:
            urgent = left <= 5
            progress_bar(surface, bar, left / model.duration,
                         theme.LOSS if urgent else pal.accent, pal.line)
            drawn = [bar, draw_text(surface, app.fonts,
                                    t("minigame.seconds_left", n=max(0, round(left))),
                                    (bar.right + 24, bar.centery), "body", pal.ink, "semibold",
                                    anchor="midleft")]
        # In play the game's own points need no "game": the score chip says "Your score".
        points = app.fonts.render(t("minigame.points_short",
                                    n=number(model.points, app.settings.lang)),
                                  "lead", pal.ink, "display")
        drawn.append(layout.blit(surface, points, points.get_rect(midright=(PLAY.right, CHIP.centery))))
        rects = self.view.draw(surface, PLAY)
        drawn += [PLAY] if rects is None else [r for r in rects if r]
        if self.phase == "countdown":
            drawn.append(self._draw_countdown(surface))
        return drawn

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

    def _draw_result(self, surface) -> None:
        """The result card's words (the card is painted already)."""
        pal, app, t = self.palette, self.app, self.app.t
        inner = CARD.inflate(-140, 0)
        result = self.outcome.result
        y = CARD.y + 56
        draw_text(surface, app.fonts, t("minigame.result").upper(), (inner.x, y), "small",
                  pal.accent, "bold")
        if result.outcome == "played":
            big = t("minigame.points", n=number(result.points, app.settings.lang))
            draw_text(surface, app.fonts, big, (inner.x, y + 50), "headline", pal.ink, "display")
        y += 170
        marks = {"good": ("✓", theme.GAIN_TEXT), "bad": ("×", theme.LOSS_TEXT),
                 "plain": ("•", pal.ink_soft)}
        # The lines keep clear of the score line below them: a size less, then another.
        lang = app.settings.lang  # large counts as the language writes them: 1,560 or 1.560
        texts = [t(line.key, **{k: number(v, lang) if type(v) is int and abs(v) >= 1000 else v
                                for k, v in line.values.items()}) for line in result.lines]
        floor = CARD.bottom - 260
        size = next((sz for sz in ("lead", "body", "small") if y + sum(
            paragraph_height(app.fonts, x, inner.width - 56, sz) + 14 for x in texts) <= floor),
            "small")
        for line, words in zip(result.lines, texts):
            mark, color = marks[line.tone]
            draw_text(surface, app.fonts, mark, (inner.x, y), size, color, "bold")
            y = draw_paragraph(surface, app.fonts, words,
                               pygame.Rect(inner.x + 56, y, inner.width - 56, 200), size,
                               pal.ink) + 14
        delta = self.outcome.delta
        arrow, color = theme.trend(delta, pal.ink_soft)
        # How game points became score points: the app's grade of the play, 0 % or less
        # earning nothing (the game's own penalties aside).
        grade = str(round(self.outcome.result.grade * 100)).replace("-", "−")
        text = (t("minigame.score_moved", delta=signed(delta), arrow=arrow, grade=grade)
                if delta else t("minigame.score_same", grade=grade))
        for change in self.outcome.changes:  # the game, named above, is the reason
            self.session.shown.setdefault(change.seq, "game")
        draw_text(surface, app.fonts, text, (inner.x, CARD.bottom - 250), "lead", color, "bold")
