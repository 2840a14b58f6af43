"""Security check on screen: the lane badge, the lane beside the player's (a long queue
or priority passengers walking past), the belt with its trays, the officer, the offer,
and feedback on every sort: the item glides into the scanner or drops into the bin.
The pictures themselves are made in ``security_pictures``."""
from __future__ import annotations

import math
from functools import partial

import pygame

from ..i18n import signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.widgets import draw_paragraph, panel, shadow
from . import security_pictures as pictures
from .security import POINTS, WAVE_HOLD
from .security_pictures import BELT_Y, CX, OFFER, WHITE
from .view import GameView


def _spent(seconds: float) -> Tween:
    """A tween already over: nothing to animate until something happens."""
    tween = Tween(seconds)
    tween.finish()
    return tween


class SecurityView(GameView):
    def __init__(self, scene, model, stage):
        super().__init__(scene, model, stage)
        self.seen = 0  # verdicts already animated
        self.leaving = None  # (verdict, tween): the item on its way to the scanner or bin
        self.pops: list[tuple[tuple, int, Tween]] = []  # rising labels: words, dy
        self.wrong, self.slide, self.combo_pop, self.walker = (
            _spent(0.5), _spent(0.25), _spent(0.3), _spent(WAVE_HOLD + 0.6))
        self.waved, self.offer = 0, ""
        self.soon(*self._backdrop())
        if model.lane != "priority":  # priority passengers will walk past
            self.soon(("walker",), pictures.walker)
            self.soon(("notice", True), partial(pictures.notice, self.app, True))

    @classmethod
    def ahead(cls, app, placement):
        """Every item in its tray (on the belt and in the spotlight), the bag check's
        notice and the offer card."""
        params = placement.params
        pal = app.scenes[-1].palette if app.scenes else theme.APP
        shapes = dict.fromkeys(item.shape for item in params["items"])
        boost = params["boost"]
        return [*((("tray", shape, size), partial(pictures.tray, shape, size))
                  for size in (170, 110) for shape in shapes),
                (("notice", False), partial(pictures.notice, app, False)),
                (("offer", boost["skip"], boost["points"]),
                 partial(pictures.offer, app, pal, boost))]

    def moved(self, move_id: str) -> None:
        self._catch_up()

    def update(self, dt: float) -> None:
        self._catch_up()
        for tween in (self.wrong, self.slide, self.combo_pop, self.walker):
            tween.update(dt)
        if self.leaving is not None:
            self.leaving[1].update(dt)
            if self.leaving[1].done:
                self.leaving = None
        for _, _, tween in self.pops:
            tween.update(dt)

    def _catch_up(self) -> None:
        """Turn what the model just did into feedback, whether a move or time did it."""
        model = self.model
        for verdict in model.verdicts[self.seen:]:
            self.pops.clear()  # only the latest sort speaks, however fast the taps come
            self.pops.append((self._verdict_words(verdict.points, verdict.correct), 0,
                              Tween(0.8)))
            if verdict.correct and model.lane == "priority":
                bonus = self.t("minigame.security.bonus", n=POINTS["priority"])
                self.pops.append(((f"★ {bonus}", "body", self.palette.ink, "bold"), 60,
                                  Tween(0.8)))
            if verdict.correct:
                self.leaving = (verdict, Tween(0.35))
                self.slide = Tween(0.25)
                if verdict.combo >= 2:
                    self.combo_pop = Tween(0.3)
                self.app.play("gain" if verdict.combo and verdict.combo % 5 == 0 else "tap")
            else:
                self.wrong = Tween(0.5)
                self.app.play("refused")
        self.seen = len(model.verdicts)
        if model.waved > self.waved:
            self.waved = model.waved
            self.walker = Tween(WAVE_HOLD + 0.6)
            self.app.play("whoosh")
        if model.offer != self.offer:
            self.offer = model.offer
            self.app.play({"open": "notify", "accepted": "big_gain"}.get(self.offer, "tap"))

    def _verdict_words(self, points: int, correct: bool) -> tuple:
        """What a sort's label says, and how (as ``fonts.render`` takes it)."""
        arrow, color = theme.trend(points, self.palette.ink)
        return f"{'✓' if correct else '×'} {signed(points)} {arrow}", "title", color, "display"

    # -- the pictures -----------------------------------------------------------------

    def _backdrop(self) -> tuple:
        model = self.model
        params = model.params
        return (("backdrop", model.lane, params["waiting"], params["fast_perk"],
                 self.stage.area.size),
                partial(pictures.backdrop, self.app, self.palette, model.lane, params,
                        self.stage.area.size))

    def _tray(self, shape: str, size: int) -> pygame.Surface:
        return self.picture(("tray", shape, size), partial(pictures.tray, shape, size))

    def _blit_tray(self, surface, shape: str, size: int, x: int, belt_y: int) -> None:
        """The tray with its item, its middle at ``x`` on the belt's top."""
        ax, ay = pictures.tray_anchor(size)
        surface.blit(self._tray(shape, size), (x - ax, belt_y - ay))

    def _notice(self, priority: bool) -> pygame.Surface:
        return self.picture(("notice", priority), partial(pictures.notice, self.app, priority))

    def _item_name(self, item) -> pygame.Surface:
        """The item's name, shrunk or cut to fit the spotlight."""
        name, fonts = self.app.text(item.name), self.fonts
        size = next((sz for sz in ("lead", "body") if
                     fonts.font(sz, "bold").size(name)[0] <= 430), "small")
        return fonts.render(fonts.fit(name, size, 430, "bold"), size, self.palette.ink, "bold")

    # -- painting ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        """Everything, bottom first: the backdrop and the hint, the header, the belt and its
        trays, the sorted item on its way, a notice, the labels rising, the offer."""
        model, rect = self.model, self.stage.area
        belt_y, cx = rect.y + BELT_Y, rect.x + CX
        layout.blit(surface, self.picture(*self._backdrop()), rect.topleft)
        hint = self.t("minigame.security.hint")
        draw_paragraph(surface, self.fonts, hint, pictures.hint_box(self.fonts, hint, rect),
                       "small", self.palette.ink_soft)
        self._draw_header(surface, rect)
        shift = 0 if self.slide.done else round(40 * (1 - ease_out(self.slide.t)))
        if shift:  # the belt rolls while the next tray moves up
            pictures.roll_belt(surface, pygame.Rect(rect.x + 20, belt_y, 1160, 34), shift)
        if model.lane != "priority" and not self.walker.done:
            x = cx + round((rect.width - 780) * ease_out(self.walker.t))
            wx, wy = pictures.WALKER
            surface.blit(self.picture(("walker",), pictures.walker), (x - wx, rect.y - wy))
        for depth in (2, 1):  # the trays waiting their turn, smaller, to the left
            if model.index + depth < len(model.queue):
                shape = model.queue[model.index + depth].shape
                self._blit_tray(surface, shape, 110, cx - 130 - depth * 180 - shift, belt_y)
        if model.item is not None and model.offer != "open":
            wobble = 0
            if not self.wrong.done and not self.app.settings.reduce_motion:
                wobble = round(14 * math.sin(self.wrong.t * 6 * math.pi) * (1 - self.wrong.t))
            name = self._item_name(model.item)
            layout.blit(surface, name, name.get_rect(midbottom=(cx, rect.y + 276)))
            self._blit_tray(surface, model.item.shape, 170, cx - shift + wobble, belt_y)
        if self.leaving is not None:
            self._draw_leaving(surface, rect, cx, belt_y)
        if model.hold > 0 and model.hold_reason:
            sign = self._notice(model.hold_reason == "priority")
            surface.blit(sign, sign.get_rect(center=(cx, belt_y - 210)))
        for words, dy, tween in self.pops:
            if not tween.done and model.offer != "open":  # the offer card would hide them
                rise = 0 if self.app.settings.reduce_motion else round(90 * ease_out(tween.t))
                label = self.fonts.render(*words)
                layout.blit(surface, label,
                            label.get_rect(midbottom=(cx + 340, belt_y - 120 + dy - rise)))
        if model.offer == "open":  # the game waits behind it, not read (as under an overlay)
            layout.cover(surface, rect, box=False)
            self._draw_offer(surface, OFFER.move(rect.topleft))

    def _draw_header(self, surface, rect: pygame.Rect) -> None:
        """The trays left and the combo chip; the lane badge beside them is the backdrop's."""
        pal, model = self.palette, self.model
        middle = rect.y + 32
        left = self.fonts.render(self.t("minigame.security.trays_left", n=model.left), "lead",
                                 pal.ink, "bold")
        layout.blit(surface, left, left.get_rect(midright=(rect.right, middle)))
        if model.combo >= 2:
            label = self.fonts.render(self.t("minigame.security.combo", n=model.combo), "lead",
                                      WHITE, "display")
            grow = 0 if self.combo_pop.done or self.app.settings.reduce_motion \
                else round(16 * (1 - self.combo_pop.t))
            chip = label.get_rect(center=(rect.centerx + 120, middle)).inflate(40 + grow,
                                                                               16 + grow)
            panel(surface, chip, theme.BLUE, chip.height // 2)
            layout.blit(surface, label, label.get_rect(center=chip.center))

    def _draw_leaving(self, surface, rect: pygame.Rect, cx: int, belt_y: int) -> None:
        """The sorted item on its way: through the scanner (cut off at its mouth) or into
        the bin, shrinking as it falls."""
        verdict, tween = self.leaving
        k = ease_out(tween.t)
        if verdict.move == "tray":
            surface.set_clip(pygame.Rect(rect.x, rect.y, 1200, rect.height))
            self._blit_tray(surface, verdict.item.shape, 170, round(cx + 680 * k), belt_y)
            surface.set_clip(None)
        else:
            bin_rect = pygame.Rect(rect.x + 1030, belt_y + 42, 100, 100)
            size = round(170 * (1 - 0.6 * k))
            x = round(cx + (bin_rect.centerx - cx) * k)
            y = round(belt_y - 160 + (bin_rect.centery - belt_y + 160) * k * k)
            pictures.draw_item(surface, verdict.item.shape,
                               pygame.Rect(x - size // 2, y - size // 2, size, size))

    def _draw_offer(self, surface, card: pygame.Rect) -> None:
        """The shadow's rim (the card hides the rest of it), then the card."""
        shade, pad, r = shadow(card.size), 18, 18 + 28
        w, h = shade.get_size()
        x, y = card.x - pad, card.y - pad
        for area in ((0, 0, w, r), (0, h - r, w, r), (0, r, r, h - 2 * r),
                     (w - r, r, r, h - 2 * r)):
            surface.blit(shade, (x + area[0], y + area[1]), area)
        boost = self.model.params["boost"]
        layout.blit(surface, self.picture(("offer", boost["skip"], boost["points"]),
                                          partial(pictures.offer, self.app, self.palette,
                                                  boost)), card.topleft)
