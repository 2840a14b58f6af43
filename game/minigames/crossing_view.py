"""Crossing on screen: the street with its pedestrian light and camera pole, scrolling on
to the next crossing, the street clock and route, and the public screen that keeps every
face the camera caught. Faces are made-up drawings from a seed, never photos."""
from __future__ import annotations

import math
import random

import pygame

from ..i18n import number, signed
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import draw_text, panel
from .crossing import BLOCK, CROSS, GREEN_POINTS
from .view import GameView

W, TOP, FEET = 1040, 96, 556  # a street's width; where the scene starts; where people stand
ROAD, STAND, FAR, DOOR = (330, 690), 230, 800, 250
LIGHT_X, CAM_X, LENS, NEXT = 310, 780, (668, 178), -100  # NEXT: where a neighbour waits
SCREEN = pygame.Rect(1080, 0, 520, 500)  # the public screen, beside the street
SIDEWALK, ROAD_GREY, NIGHT, POLE = (234, 228, 216), (92, 98, 116), (27, 31, 59), (70, 74, 90)
WHITE, SOFT, FRAME = (255, 255, 255), (190, 194, 210), (214, 220, 236)
SKINS = ((255, 219, 180), (234, 184, 146), (198, 140, 100), (141, 94, 62), (96, 64, 44))
HAIRS = ((40, 32, 30), (92, 60, 34), (180, 130, 60), (200, 200, 204), (150, 60, 40))
SHIRTS = (theme.SKY, theme.PINK, theme.ORANGE, theme.GAIN, (150, 150, 170))
HOUSES = ((246, 214, 190), (214, 226, 246), (226, 240, 214), (244, 232, 200))
FLASH_GAP = 1.0  # never more than one flash a second
SCAN = 1.3  # seconds the camera's bracket stays on a face it matched


class CrossingView(GameView):
    def __init__(self, scene, model):
        super().__init__(scene, model)
        self.faces: dict[tuple[int, int], pygame.Surface] = {}
        self.backdrops: dict[tuple, pygame.Surface] = {}  # a street's still parts, drawn once
        self.white = pygame.Surface((W, 610 - TOP))
        self.white.fill(WHITE)
        self.flash = Tween(0.3, -1)  # already over
        self.since_flash = FLASH_GAP
        self.fly: tuple | None = None  # (catch, tween): a caught face on its way to the screen
        self.floaters: list[tuple[pygame.Surface, float, int, Tween]] = []
        self.clock = 0.0  # the view's own time, for walking legs
        self._seen = (0, 0, False)  # catches, green crossings, arrived: what was shown already

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
            floater[3].update(dt)
        self.floaters = [f for f in self.floaters if not f[3].done]

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
        """A gain or loss rising from the player, on a white plate to read over anything."""
        label = self.fonts.render(text, "title", color, "display")
        surf = pygame.Surface(label.get_rect().inflate(32, 12).size, pygame.SRCALPHA)
        panel(surf, surf.get_rect(), WHITE, 18)
        surf.blit(label, label.get_rect(center=surf.get_rect().center))
        self.floaters.append((surf, self._player_x(), FEET - 250, Tween(1.1)))

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

    # -- painting ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        m = self.model
        ox, oy = rect.topleft
        street = pygame.Rect(ox, oy + TOP, W, rect.height - TOP)
        cam = self._camera_x()
        surface.set_clip(street)
        first = int(cam // W)
        for seg in (first, first + 1):
            if seg <= m.count:
                self._draw_segment(surface, seg, ox + seg * W - round(cam), oy)
        for index, (_, face) in m.planned.items():
            self._person(surface, ox + index * W + STAND + NEXT - cam, oy + FEET, face, False)
        for walker in m.walkers:
            if m.time - walker.time < CROSS + BLOCK:
                x = self._walker_x(walker.crossing, m.time - walker.time)
                self._person(surface, ox + x - cam, oy + FEET, walker.face, True)
        px = ox + self._player_x() - cam
        scanned = bool(m.catches) and m.catches[-1].you and m.time - m.catches[-1].time < SCAN
        self._person(surface, px, oy + FEET, m.face, m.phase in ("crossing", "block"),
                     you=True, tag=not scanned)
        if m.waiting:
            bubble = pygame.Rect(0, 0, 76, 76)
            bubble.center = (px - 66, oy + FEET - 250)
            panel(surface, bubble, self.palette.surface, 38, self.palette.accent, 3)
            draw_icon(surface, "wait", bubble.inflate(-24, -24), self.palette.accent)
        self._draw_scan(surface, ox - cam, oy)
        for surf, wx, y, tween in self.floaters:
            rise = 0 if self.app.settings.reduce_motion else round(70 * ease_out(tween.t))
            surface.blit(surf, surf.get_rect(midbottom=(ox + wx - cam, oy + y - rise)))
        if not self.flash.done:
            self.white.set_alpha(round(210 * (1 - self.flash.t)))
            surface.blit(self.white, street.topleft)
        surface.set_clip(None)
        self._draw_top(surface, ox, oy)
        self._draw_screen(surface, SCREEN.move(ox, oy))
        self._draw_fly(surface, ox - cam, oy, rect)

    def _draw_segment(self, surface, seg: int, x: int, oy: int) -> None:
        key = (seg, self.app.settings.lang, self.fonts.scale)  # the backdrop has words
        if key not in self.backdrops:
            if len(self.backdrops) > 2:
                del self.backdrops[next(iter(self.backdrops))]
            self.backdrops[key] = pygame.Surface((W, 610 - TOP))
            self._paint_backdrop(self.backdrops[key], seg, 0, -TOP)
        surface.blit(self.backdrops[key], (x, oy + TOP))
        if seg < self.model.count:
            self._draw_lamps(surface, x + LIGHT_X, oy, *self.model.light(seg),
                             active=seg == self.model.index)

    def _paint_backdrop(self, surface, seg: int, x: int, oy: int) -> None:
        """One street's still parts: houses, pavements, the road with its light and camera
        poles, or after the last crossing the office."""
        m = self.model
        pygame.draw.rect(surface, SIDEWALK, (x, oy + TOP, W, 610 - TOP))
        for i, hx in enumerate((0, 160, 720, 880) if seg < m.count else (720, 880)):
            house = pygame.Rect(x + hx + 8, oy + TOP + 10, 150, 170)
            pygame.draw.rect(surface, HOUSES[(seg + i) % len(HOUSES)], house)
            for wx, wy in ((24, 26), (86, 26), (24, 96), (86, 96)):
                pygame.draw.rect(surface, WHITE, (house.x + wx, house.y + wy, 38, 46))
        if seg == m.count:
            office = pygame.Rect(x + DOOR - 170, oy + TOP + 20, 420, FEET - TOP - 20)
            panel(surface, office, (200, 214, 236), 8)
            self._chip(surface, self.t("minigame.crossing.office").upper(), "title", WHITE,
                       self.palette.accent, 14, (40, 16), midtop=(office.centerx, office.y + 34))
            pygame.draw.rect(surface, NIGHT, (x + DOOR - 60, oy + FEET - 220, 120, 220),
                             border_top_left_radius=14, border_top_right_radius=14)
            return
        road = pygame.Rect(x + ROAD[0], oy + TOP, ROAD[1] - ROAD[0], 610 - TOP)
        pygame.draw.rect(surface, ROAD_GREY, road)
        for y in range(oy + TOP + 10, oy + FEET - 150, 70):
            pygame.draw.rect(surface, (230, 230, 236), (road.centerx - 5, y, 10, 38))
        for i in range(7):
            pygame.draw.rect(surface, WHITE, (road.x + 14 + i * 50, oy + FEET - 110, 30, 140))
        # What the camera sees: a pale cone from the lens down over the crossing.
        cone = pygame.Surface((LENS[0] - ROAD[0] + 30, FEET + 40 - LENS[1]), pygame.SRCALPHA)
        w, h = cone.get_size()
        pygame.draw.polygon(cone, (*theme.YELLOW, 70), [(w - 30, 0), (0, h), (w, h)])
        surface.blit(cone, (x + ROAD[0] - 10, oy + LENS[1]))
        pygame.draw.rect(surface, POLE, (x + LIGHT_X - 7, oy + 150, 14, FEET - 150))
        panel(surface, pygame.Rect(x + LIGHT_X - 52, oy + 130, 104, 196), NIGHT, 18)
        self._draw_camera(surface, x, oy)

    def _draw_lamps(self, surface, x: int, oy: int, green: bool, left: float,
                    active: bool) -> None:
        box = pygame.Rect(x - 52, oy + 130, 104, 196)
        # The figures differ in shape as well as colour: a raised hand, a walker.
        for icon, lamp, on, lit in (("wait", box.y + 12, not green, theme.LOSS),
                                    ("walk", box.y + 104, green, theme.GAIN)):
            lamp = pygame.Rect(box.x + 12, lamp, 80, 80)
            panel(surface, lamp, lit if on else (60, 64, 82), 40)
            draw_icon(surface, icon, lamp.inflate(-24, -24), WHITE if on else (90, 94, 112))
        if active:
            chip = pygame.Rect(box.right + 14, box.y + 6, 200, 140)
            panel(surface, chip, NIGHT, 20)
            word = self.t("minigame.crossing.green" if green else "minigame.crossing.red")
            band = pygame.Rect(chip.x + 12, chip.bottom - 48, chip.width - 24, 38)
            draw_text(surface, self.fonts, str(max(1, math.ceil(left))),
                      (chip.centerx, (chip.y + band.y) // 2 + 2), "headline", WHITE, "display",
                      anchor="center")
            panel(surface, band, theme.GAIN_TEXT if green else theme.LOSS_TEXT, 12)
            draw_text(surface, self.fonts, word.upper(), band.center, "small", WHITE, "bold",
                      anchor="center")

    def _draw_camera(self, surface, x: int, oy: int) -> None:
        pygame.draw.rect(surface, POLE, (x + CAM_X - 7, oy + 130, 14, FEET - 130))
        pygame.draw.rect(surface, POLE, (x + LENS[0] + 20, oy + 126, CAM_X - LENS[0] - 20, 12))
        lx, ly = x + LENS[0], oy + LENS[1]
        body = [(lx + 12, ly - 40), (lx + 96, ly - 40), (lx + 96, ly - 2), (lx + 12, ly + 18)]
        pygame.draw.polygon(surface, (236, 238, 244), body)
        pygame.draw.polygon(surface, NIGHT, body, 3)
        pygame.draw.circle(surface, NIGHT, (lx, ly), 20)
        pygame.draw.circle(surface, theme.SKY, (lx, ly), 9)
        pygame.draw.circle(surface, theme.LOSS, (lx + 80, ly - 26), 6)
        self._chip(surface, self.t("minigame.crossing.face_recognition"), "small", WHITE, NIGHT,
                   14, topleft=(lx - 8, ly + 52))

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
        for cx, cy, dx, dy in ((box.left, box.top, 1, 1), (box.right, box.top, -1, 1),
                               (box.left, box.bottom, 1, -1), (box.right, box.bottom, -1, -1)):
            pygame.draw.lines(surface, theme.ORANGE, False,
                              [(cx, cy + 28 * dy), (cx, cy), (cx + 28 * dx, cy)], 6)
        self._chip(surface, self.t("minigame.crossing.caught_stamp").upper(), "body", WHITE,
                   theme.LOSS_TEXT, midbottom=(box.centerx, box.top - 14))

    def _draw_top(self, surface, ox: int, oy: int) -> None:
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
        route = pygame.Rect(ox + 520, oy, W - 520, 80)
        panel(surface, route, pal.surface, 24)
        done = m.index + (m.phase in ("block", "arrived"))
        step = self.t("minigame.crossing.street", n=min(m.index + 1, m.count), total=m.count)
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
                pygame.draw.circle(surface, pal.accent if i == m.index else pal.line,
                                   (cx, cy), 18, 4)

    def _draw_screen(self, surface, box: pygame.Rect) -> None:
        m = self.model
        for leg in (box.x + 110, box.right - 120):
            pygame.draw.rect(surface, POLE, (leg, box.bottom, 18, 110))
        panel(surface, box, NIGHT, 24)
        draw_text(surface, self.fonts, self.t("minigame.crossing.screen").upper(),
                  (box.centerx, box.y + 22), "small", theme.SKY, "bold", anchor="midtop")
        # A face shows once it has flown here; the player's own keeps the big slot.
        landed = [c for c in m.catches if self.fly is None or c is not self.fly[0]]
        if not landed:
            if self.fly is None:
                draw_text(surface, self.fonts, self.t("minigame.crossing.screen_empty"),
                          (box.centerx, box.y + 220), "body", SOFT, "semibold", anchor="center")
            return
        caught = ([c for c in landed if c.you] or landed)[-1]
        pygame.draw.circle(surface, FRAME, (box.centerx, box.y + 156), 98)  # faces on dark
        surface.blit(self._face(caught.face), (box.centerx - 86, box.y + 70))
        if caught.you:
            self._chip(surface, self.t("minigame.crossing.you").upper(), "body", NIGHT,
                       theme.YELLOW, topleft=(box.x + 40, box.y + 86))
        band = pygame.Rect(box.x + 24, box.y + 262, box.width - 48, 62)
        panel(surface, band, theme.LOSS, 14)
        draw_text(surface, self.fonts, "× " + self.t("minigame.crossing.jaywalker").upper(),
                  band.center, "title", WHITE, "display", anchor="center")
        draw_text(surface, self.fonts, self.t("minigame.crossing.penalty",
                                              delta=f"{signed(-caught.penalty)} ▼"),
                  (box.centerx, band.bottom + 14), "body", WHITE, "semibold", anchor="midtop")
        seen = round(caught.viewers * min(1.0, (m.time - caught.time) / 4), -1)
        draw_text(surface, self.fonts, self.t("minigame.crossing.seen_by",
                                              n=number(int(seen), self.app.settings.lang)),
                  (box.centerx, band.bottom + 60), "small", SOFT, anchor="midtop")
        for i, other in enumerate([c for c in landed if c is not caught][-7:]):
            spot = (box.x + 54 + i * 66, box.bottom - 42)
            pygame.draw.circle(surface, FRAME, spot, 29)
            surface.blit(self._face(other.face, 24), (spot[0] - 24, spot[1] - 24))

    def _draw_fly(self, surface, ox: float, oy: int, rect: pygame.Rect) -> None:
        if self.fly is None or self.fly[1].time < 0:
            return
        caught, tween = self.fly
        k = ease_out(tween.t)
        hx, hy = self._head(caught)
        end = (rect.x + SCREEN.centerx, rect.y + SCREEN.y + 156)
        size = round(60 + (172 - 60) * k)
        face = pygame.transform.smoothscale(self._face(caught.face), (size, size))
        surface.blit(face, face.get_rect(center=(ox + hx + (end[0] - ox - hx) * k,
                                                 oy + hy + (end[1] - oy - hy) * k)))

    def _chip(self, surface, text: str, size: str, ink, fill, radius: int = 12,
              pad: tuple[int, int] = (24, 10), **at) -> None:
        """A word on a rounded plate, placed by one anchor such as ``midbottom=(x, y)``."""
        label = self.fonts.render(text, size, ink, "bold")
        plate = label.get_rect(**at).inflate(*pad)
        panel(surface, plate, fill, radius)
        surface.blit(label, label.get_rect(center=plate.center))

    # -- people -----------------------------------------------------------------------

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

    def _face(self, seed: int, r: int = 86) -> pygame.Surface:
        """A made-up face from a seed, drawn once per size: skin, hair, eyes, mouth."""
        key = (seed, r)
        if key in self.faces:
            return self.faces[key]
        pick = random.Random(seed)
        skin, hair, style = pick.choice(SKINS), pick.choice(HAIRS), pick.randrange(4)
        surf = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
        if style == 2:  # long hair falls behind the face
            pygame.draw.rect(surf, hair, (r * .1, r * .5, r * 1.8, r * 1.4), border_radius=r // 3)
        pygame.draw.circle(surf, skin, (r, r), r * .86)
        if style != 3:
            pygame.draw.circle(surf, hair, (r, r * .78), r * .86, draw_top_left=True,
                               draw_top_right=True)
            pygame.draw.ellipse(surf, skin, (r * .3, r * .62, r * 1.4, r * .6))
        if style == 1:
            pygame.draw.circle(surf, hair, (r, r * .16), r * .26)
        for ex in (.66, 1.34):
            pygame.draw.circle(surf, NIGHT, (r * ex, r * 1.06), max(2, r * .1))
        pygame.draw.arc(surf, NIGHT, (r * .7, r * 1.1, r * .6, r * .42), math.pi * 1.1,
                        math.pi * 1.9, max(2, r // 14))
        self.faces[key] = surf
        return surf
