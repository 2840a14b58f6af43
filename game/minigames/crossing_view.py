"""Crossing on screen: the street with its pedestrian light and camera pole, scrolling on
to the next crossing, the street clock and route, and the public screen that keeps every
face the camera caught. The pictures are made in ``crossing_pictures``."""
from __future__ import annotations

import math

import pygame

from ..i18n import number, signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import draw_text, panel
from . import crossing_pictures as pics
from .crossing import BLOCK, CROSS, GREEN_POINTS
from .crossing_pictures import (DOOR, FAR, FEET, LAMP, LAMP_CHIP, LENS, NEXT, NIGHT, POLE,
                                ROW, SCREEN, SOFT, STAND, TOP, W, WHITE)
from .view import GameView

SHIRTS = (theme.SKY, theme.PINK, theme.ORANGE, theme.GAIN, (150, 150, 170))
FLASH_GAP = 1.0  # never more than one flash a second
SCAN = 1.3  # seconds the camera's bracket stays on a face it matched


def _palette(app):
    return app.scenes[-1].palette if app.scenes else theme.APP


class CrossingView(GameView):
    def __init__(self, scene, model, stage):
        super().__init__(scene, model, stage)
        self.flash = Tween(0.3, -1)  # already over
        self.since_flash = FLASH_GAP
        self.fly: tuple | None = None  # (catch, tween): a caught face on its way to the screen
        self.floaters: list[tuple[str, tuple, float, int, Tween]] = []  # text, colour, x, y
        self.clock = 0.0  # the view's own time, for walking legs
        self._seen = (0, 0, False)  # catches, green crossings, arrived: what was shown already
        # What a first catch or a green crossing shows, made while the game is counted in.
        self._faces_soon(model.face, True)
        self.soon(("flash",), self._white)
        words, _ = pics.camera_chip_args(self.app, 0, 0)
        stamp = (self.t("minigame.crossing.caught_stamp").upper(), "body", WHITE,
                 theme.LOSS_TEXT, 12, (24, 10))
        for look in (words + ((24, 10),), stamp):
            self.soon(("plate", *look), lambda look=look: pics.plate(self.fonts, *look))
        for text, color in ((f"{signed(-model.params['catch_penalty'])} ▼", theme.LOSS_TEXT),
                            (f"+{GREEN_POINTS} ✓", theme.GAIN_TEXT)):
            self.soon(("float", text, color),
                      lambda text=text, color=color: pics.floating(self.fonts, text, color))

    @classmethod
    def ahead(cls, app, placement):
        """Every street (a few milliseconds each), the lights with every second they show,
        the public screen and the words the first frames need."""
        p, pal = placement.params, _palette(app)
        count, you = p["crossings"], app.t("minigame.crossing.you").upper()
        pictures = [(("street", seg % len(pics.HOUSES), seg == count),
                     lambda seg=seg: pics.street(app, pal, seg, seg == count))
                    for seg in range(count + 1)]
        for green, length in ((False, p["red"]), (True, p["green"])):
            pictures.append((("lamp", green), lambda green=green: pics.lamp_box(green)))
            pictures += [(("lamp", green, shown),
                          lambda green=green, shown=shown: pics.lamp_chip(app, green, shown))
                         for shown in range(1, math.ceil(length) + 1)]
        plate = (you, "small", tuple(pal.accent_ink), tuple(pal.accent), 12, (22, 8))
        return pictures + [
            (("screen", None), lambda: pics.screen(app)),
            (("bubble",), lambda: pics.bubble(pal)),
            (("plate", *plate), lambda: pics.plate(app.fonts, *plate))]

    # -- feedback ---------------------------------------------------------------------

    def moved(self, move_id: str) -> None:
        self._notice()

    def update(self, dt: float) -> None:
        self.clock += dt
        self.since_flash += dt
        self.flash.update(dt)
        self._notice()
        if self.fly is not None:
            self.fly[1].update(dt)
            if self.fly[1].done:
                self.fly = None
        for floater in self.floaters:
            floater[4].update(dt)
        self.floaters = [f for f in self.floaters if not f[4].done]
        for _, face in self.model.planned.values():  # a neighbour soon at the kerb
            self._faces_soon(face, False)

    def _notice(self) -> None:
        """Turn what the model just did, by a move or by time, into feedback."""
        m, calm = self.model, self.app.settings.reduce_motion
        catches, greens, arrived = self._seen
        if len(m.catches) > catches:
            caught = m.catches[-1]
            self.app.play("camera")
            if not calm:  # calm: no flash and no flight, the face is simply on the screen
                self.fly = (caught, Tween(0.8, 0.35))
                if self.since_flash >= FLASH_GAP:
                    self.flash, self.since_flash = Tween(0.3), 0.0
            if caught.you:
                self._float(f"{signed(-caught.penalty)} ▼", theme.LOSS_TEXT)
        if m.crossed_green > greens:
            self.app.play("gain")
            self._float(f"+{GREEN_POINTS} ✓", theme.GAIN_TEXT)
        if m.arrived_at is not None and not arrived and not m.relaxed:
            good = m.on_time
            self.app.play("big_gain" if good else "loss")
            key = "minigame.crossing.arrived_on_time" if good else "minigame.crossing.arrived_late"
            value = m.params["punctuality"] * (1 if good else -1)
            self._float(f"{self.t(key)}  {signed(value)} {'▲' if good else '▼'}",
                        theme.GAIN_TEXT if good else theme.LOSS_TEXT)
        self._seen = (len(m.catches), m.crossed_green, m.arrived_at is not None)

    def _float(self, text: str, color) -> None:
        """A gain or loss rising from the player."""
        self.floaters.append((text, tuple(color), self._player_x(), FEET - 250, Tween(1.1)))

    def _faces_soon(self, face: int, you: bool) -> None:
        """Someone who may walk on red: their face at every size, and on the screen."""
        for r in (86, 30, 24):
            self.soon(("face", face, r), lambda r=r: pics.face(face, r))
        caught = (face, you, self.model.params["catch_penalty"])
        self.soon(("screen", caught), lambda: pics.screen(self.app, caught))

    # -- where things are -------------------------------------------------------------

    def _camera_x(self) -> float:
        m = self.model
        if m.phase == "block":
            return (m.index + ease_out(m.progress)) * W
        return (m.count if m.phase == "arrived" else m.index) * W

    def _player_x(self) -> float:
        m = self.model
        base = m.index * W
        if m.phase == "crossing":
            return base + STAND + (FAR - STAND) * m.progress
        if m.phase == "block":
            return base + FAR + (W + DOOR - FAR if m.index + 1 == m.count else
                                 W + STAND - FAR) * m.progress
        return m.count * W + DOOR if m.phase == "arrived" else base + STAND

    def _head(self, caught) -> tuple[float, int]:
        """Where a caught face is now, in street coordinates."""
        x = self._player_x() if caught.you else \
            self._walker_x(caught.crossing, self.model.time - caught.time)
        return x, FEET - 162

    @staticmethod
    def _walker_x(crossing: int, age: float) -> float:
        return crossing * W + STAND + NEXT + (FAR - STAND - NEXT) * age / CROSS

    def _street(self) -> pygame.Rect:
        rect = self.stage.area
        return pygame.Rect(rect.x, rect.y + TOP, W, rect.height - TOP)

    def _segments(self) -> list[tuple[int, int]]:
        """The streets in view, with where each one's left edge is now."""
        cam, street, x = self._camera_x(), self._street(), self.stage.area.x
        first = int(cam // W)
        return [(seg, x + seg * W - round(cam)) for seg in (first, first + 1)
                if seg <= self.model.count and x + seg * W - round(cam) < street.right]

    # -- painting ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        m, rect = self.model, self.stage.area
        ox, oy = rect.topleft
        street = self._street()
        cam = self._camera_x()
        surface.set_clip(street)
        for seg, x in self._segments():  # the next street, once it shows
            self._draw_segment(surface, seg, x, oy)
        seen = street.inflate(400, 0)  # people (and their words) outside it are not drawn
        for index, (_, face) in m.planned.items():
            x = ox + index * W + STAND + NEXT - cam
            if seen.left < x < seen.right:
                self._person(surface, x, oy + FEET, face, False)
        for walker in m.walkers:
            if m.time - walker.time < CROSS + BLOCK:
                x = ox + self._walker_x(walker.crossing, m.time - walker.time) - cam
                if seen.left < x < seen.right:
                    self._person(surface, x, oy + FEET, walker.face, True)
        px = ox + self._player_x() - cam
        scanned = bool(m.catches) and m.catches[-1].you and m.time - m.catches[-1].time < SCAN
        self._person(surface, px, oy + FEET, m.face, m.phase in ("crossing", "block"),
                     you=True, tag=not scanned)
        if m.waiting:
            bubble = pygame.Rect(0, 0, 76, 76)
            bubble.center = (px - 66, oy + FEET - 250)
            surface.blit(self.picture(("bubble",), lambda: pics.bubble(self.palette)), bubble)
        self._draw_scan(surface, ox - cam, oy)
        for text, color, wx, y, tween in self.floaters:
            rise = 0 if self.app.settings.reduce_motion else round(70 * ease_out(tween.t))
            plate = self.picture(("float", text, color),
                                 lambda: pics.floating(self.fonts, text, color))
            surface.blit(plate, plate.get_rect(midbottom=(ox + wx - cam, oy + y - rise)))
        if not self.flash.done:
            white = self.picture(("flash",), self._white)
            white.set_alpha(round(210 * (1 - self.flash.t)))
            surface.blit(white, street.topleft)
        surface.set_clip(None)
        self._draw_clock(surface, ox, oy)
        self._draw_route(surface, ox, oy)
        self._draw_screen(surface, SCREEN.move(ox, oy))
        self._draw_fly(surface, ox - cam, oy)

    def _white(self) -> pygame.Surface:
        white = pygame.Surface(self._street().size)
        white.fill(WHITE)
        return white

    def _draw_segment(self, surface, seg: int, x: int, oy: int) -> None:
        m, houses = self.model, len(pics.HOUSES)
        last = seg == m.count
        surface.blit(self.picture(("street", seg % houses, last),
                                  lambda: pics.street(self.app, self.palette, seg, last)),
                     (x, oy + TOP))
        if last:
            return
        green, left = m.light(seg)
        surface.blit(self.picture(("lamp", green), lambda: pics.lamp_box(green)),
                     LAMP.move(x, oy))
        if seg == m.index:
            shown = max(1, math.ceil(left))
            surface.blit(self.picture(("lamp", green, shown),
                                      lambda: pics.lamp_chip(self.app, green, shown)),
                         LAMP_CHIP.move(x, oy))

    def _chip(self, surface, text: str, size: str, ink, fill, radius: int = 12,
              pad: tuple[int, int] = (24, 10), **at) -> pygame.Rect:
        """A word on a rounded plate, placed by one anchor such as ``midbottom=(x, y)``;
        returns where it went (``surface`` None: only where it would go)."""
        where = pics.chip_rect(self.fonts, text, size, ink, pad, **at)
        if surface is not None:
            look = (text, size, tuple(ink), tuple(fill), radius, pad)
            layout.blit(surface, self.picture(("plate", *look),
                                              lambda: pics.plate(self.fonts, *look)), where)
        return where

    def _draw_scan(self, surface, ox: float, oy: int) -> None:
        """The camera's bracket around the face it just matched, for a moment."""
        m = self.model
        if not m.catches or m.time - m.catches[-1].time > SCAN:
            return
        caught = m.catches[-1]
        hx, hy = self._head(caught)
        box = pygame.Rect(0, 0, 110, 110)
        box.center = (round(ox + hx), oy + hy)
        lens = (ox + caught.crossing * W + LENS[0], oy + LENS[1])
        for corner in (box.topleft, box.bottomleft):
            pygame.draw.line(surface, theme.ORANGE, lens, corner, 3)
        words, at = pics.camera_chip_args(self.app, *lens)
        camera = self._chip(surface, *words, **at)  # the name stays legible over its beam
        for cx, cy, dx, dy in ((box.left, box.top, 1, 1), (box.right, box.top, -1, 1),
                               (box.left, box.bottom, 1, -1), (box.right, box.bottom, -1, -1)):
            pygame.draw.lines(surface, theme.ORANGE, False,
                              [(cx, cy + 28 * dy), (cx, cy), (cx + 28 * dx, cy)], 6)
        # Above the face, else beside it: clear of the camera's label and the player's tag.
        stamp = (self.t("minigame.crossing.caught_stamp").upper(), "body", WHITE, theme.LOSS_TEXT)
        taken = [camera]
        if not caught.you:
            taken.append(pics.chip_rect(self.fonts, self.t("minigame.crossing.you").upper(),
                                        "small", WHITE, (22, 8), midbottom=(
                                            round(ox + self._player_x()), oy + FEET - 62 - 144)))
        spots = ({"midbottom": (box.centerx, box.top - 14)},
                 {"midright": (box.left - 14, box.centery)},
                 {"midleft": (box.right + 14, box.centery)})
        spot = next((at for at in spots if self._chip(None, *stamp, **at).collidelist(taken) < 0),
                    spots[0])
        self._chip(surface, *stamp, **spot)

    def _draw_clock(self, surface, ox: int, oy: int) -> None:
        """The street clock: red once it is past nine."""
        m, pal = self.model, self.palette
        late = not m.relaxed and m.minutes_late(m.arrived_at) > 0
        box = pygame.Rect(ox, oy, 500, 80)
        panel(surface, box, pal.surface, 24)
        ink = theme.LOSS_TEXT if late else pal.ink
        draw_icon(surface, "clock", pygame.Rect(box.x + 18, box.y + 14, 52, 52), ink)
        time = draw_text(surface, self.fonts, m.clock(m.arrived_at), (box.x + 84, box.centery),
                         "title", ink, "display", anchor="midleft")
        note = self.t("minigame.crossing.late_now" if late else "minigame.crossing.work_at")
        draw_text(surface, self.fonts, note, (time.right + 18, box.centery), "small",
                  ink, "semibold", anchor="midleft")

    def _draw_route(self, surface, ox: int, oy: int) -> None:
        """Which street this is, and a mark per street up to the office's flag."""
        m, pal = self.model, self.palette
        index = m.index
        route = pygame.Rect(ox + 520, oy, W - 520, 80)
        panel(surface, route, pal.surface, 24)
        done = index + (m.phase in ("block", "arrived"))
        step = self.t("minigame.crossing.street", n=min(index + 1, m.count), total=m.count)
        draw_text(surface, self.fonts, step, (route.x + 24, route.centery), "small",
                  pal.ink, "semibold", anchor="midleft")
        for i in range(m.count + 1):
            cx, cy = route.right - 40 - (m.count - i) * 46, route.centery
            if i == m.count:
                draw_icon(surface, "flag", pygame.Rect(cx - 22, cy - 22, 44, 44), pal.accent)
            elif i < done:
                pygame.draw.circle(surface, pal.accent, (cx, cy), 18)
                draw_icon(surface, "check", pygame.Rect(cx - 13, cy - 13, 26, 26), WHITE)
            else:
                pygame.draw.circle(surface, pal.accent if i == index else pal.line,
                                   (cx, cy), 18, 4)

    def _draw_screen(self, surface, box: pygame.Rect) -> None:
        """The public screen on its legs. A face shows once it has flown here; the player's
        own keeps the big slot, the others line up small below."""
        m = self.model
        for leg in (box.x + 110, box.right - 120):
            pygame.draw.rect(surface, POLE, (leg, box.bottom, 18, 110))
        landed = [c for c in m.catches if self.fly is None or c is not self.fly[0]]
        caught = ([c for c in landed if c.you] or landed or [None])[-1]
        shown = caught and (caught.face, caught.you, caught.penalty)
        # Blitted plainly, as before: the layout check does not read its words (in German
        # large print the penalty line touches "seen by" below it, a known flaw).
        surface.blit(self.picture(("screen", shown), lambda: pics.screen(self.app, shown)), box)
        if caught is None:
            if self.fly is None:
                draw_text(surface, self.fonts, self.t("minigame.crossing.screen_empty"),
                          (box.centerx, box.y + 220), "body", SOFT, "semibold", anchor="center")
            return
        band_bottom = box.y + 262 + 62
        seen = round(caught.viewers * min(1.0, (m.time - caught.time) / 4), -1)
        draw_text(surface, self.fonts, self.t("minigame.crossing.seen_by",
                                              n=number(int(seen), self.app.settings.lang)),
                  (box.centerx, band_bottom + 60), "small", SOFT, anchor="midtop")
        others = tuple(c.face for c in [c for c in landed if c is not caught][-7:])
        if others:
            surface.blit(self.picture(("row", others), lambda: pics.row(others)),
                         (box.x, box.bottom - ROW))

    def _draw_fly(self, surface, ox: float, oy: int) -> None:
        if self.fly is None or self.fly[1].time < 0:
            return
        caught, tween = self.fly
        k = ease_out(tween.t)
        hx, hy = self._head(caught)
        end = (self.stage.area.x + SCREEN.centerx, self.stage.area.y + SCREEN.y + 156)
        size = round(60 + (172 - 60) * k)
        face = pygame.transform.smoothscale(self._face(caught.face), (size, size))
        surface.blit(face, face.get_rect(center=(ox + hx + (end[0] - ox - hx) * k,
                                                 oy + hy + (end[1] - oy - hy) * k)))

    # -- people -----------------------------------------------------------------------

    def _face(self, seed: int, r: int = 86) -> pygame.Surface:
        return self.picture(("face", seed, r), lambda: pics.face(seed, r))

    def _person(self, surface, x: float, feet: int, face: int, moving: bool,
                you: bool = False, tag: bool = False) -> None:
        x = round(x)
        swing = math.sin(self.clock * 11) * 16 if moving else 7
        bob = 0 if self.app.settings.reduce_motion or not moving else round(abs(swing) / 5)
        shirt = theme.BLUE if you else SHIRTS[face % len(SHIRTS)]
        hip = feet - 62 - bob
        for side in (1, -1):
            pygame.draw.line(surface, NIGHT, (x, hip), (x + side * swing, feet), 12)
        pygame.draw.line(surface, shirt, (x, hip - 50), (x - swing, hip + 4), 10)
        pygame.draw.rect(surface, shirt, (x - 24, hip - 72, 48, 80), border_radius=16)
        surface.blit(self._face(face, 30), (x - 30, hip - 130))
        if tag:
            self._chip(surface, self.t("minigame.crossing.you").upper(), "small",
                       self.palette.accent_ink, self.palette.accent, pad=(22, 8),
                       midbottom=(x, hip - 144))
