"""Crossing on screen: the street with its pedestrian light and camera pole, scrolling on
to the next crossing, the street clock and route, and the public screen that keeps every
face the camera caught. Faces are made-up drawings from a seed, never photos."""
from __future__ import annotations

import math
import random
import time
from types import SimpleNamespace

import pygame

from ..i18n import number, signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import backing, draw_text, panel
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
CLEAR = (255, 0, 255)  # a colour nothing here uses: the see-through part of a cached picture
LAMPS_W = 104 + 14 + 200  # a light's box and the chip with its seconds beside it
ROW = 72  # the public screen's row of small faces: how far above its bottom edge it starts


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
        # Pictures made once and then only blitted, each under the key of what it shows:
        self.plates: dict[tuple, tuple[pygame.Surface, pygame.Rect]] = {}  # words on plates
        self.lamps: dict[tuple, pygame.Surface] = {}  # a light's box, with the street behind
        self.tops: dict[tuple, pygame.Surface] = {}  # the clock and the route
        self.screens: dict[tuple, pygame.Surface] = {}  # what the public screen shows
        self.rows: dict[tuple, pygame.Surface] = {}  # the screen's row of small faces
        self.bubble: pygame.Surface | None = None
        self.floats: dict[tuple, pygame.Surface] = {}  # the gains and losses that rise
        self.todo = None  # pictures still to make ahead of need (see _prepare)
        self.ready: set[int] = set()  # the faces whose pictures are made  # "waiting", over the player's head
        # What the host's still layer holds under the top bar and the screen (None until
        # paint_static, e.g. when drawn without the host): the ground of the cached pictures.
        self.ground: pygame.Surface | None = None
        self.screen_ground: pygame.Surface | None = None

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
        self.floaters.append((self._float_plate(text, color), self._player_x(), FEET - 250,
                              Tween(1.1)))

    def _float_plate(self, text: str, color) -> pygame.Surface:
        key = (text, tuple(color))
        surf = self.floats.get(key)
        if surf is None:
            label = self.fonts.render(text, "title", color, "display")
            surf = pygame.Surface(label.get_rect().inflate(32, 12).size, pygame.SRCALPHA)
            panel(surf, surf.get_rect(), WHITE, 18)
            layout.blit(surf, label, label.get_rect(center=surf.get_rect().center))
            self.floats[key] = surf
        return surf

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

    def paint_static(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The public screen's frame stays put; keep what lies under the top bar and inside
        the screen, to paint the changing parts on from then on."""
        ox, oy = rect.topleft
        ground = surface.subsurface(pygame.Rect(ox, oy, W, TOP)).copy()
        box = SCREEN.move(ox, oy)
        self._draw_screen_frame(surface, box)
        screen = surface.subsurface(box).copy()
        if self.ground is None or (ground.get_buffer().raw, screen.get_buffer().raw) != (
                self.ground.get_buffer().raw, self.screen_ground.get_buffer().raw):
            self.ground, self.screen_ground = ground, screen  # pictures made on it are stale
            self.tops.clear()
            self.screens.clear()

    def _street(self, rect: pygame.Rect) -> pygame.Rect:
        return pygame.Rect(rect.x, rect.y + TOP, W, rect.height - TOP)

    def _segments(self, rect: pygame.Rect) -> list[tuple[int, int]]:
        """The streets in view, with where each one's left edge is now."""
        cam, street = self._camera_x(), self._street(rect)
        first = int(cam // W)
        return [(seg, rect.x + seg * W - round(cam)) for seg in (first, first + 1)
                if seg <= self.model.count and rect.x + seg * W - round(cam) < street.right]

    def covers(self, rect: pygame.Rect) -> list[pygame.Rect]:
        """The street, when the streets in view fill it (they are opaque pictures), and the
        clock and route bar, made of opaque pictures once the still layer is there."""
        street = self._street(rect)
        covered = [pygame.Rect(x, street.y, W, street.height).clip(street)
                   for _, x in self._segments(rect)]
        full = sum(c.width for c in covered) >= street.width
        top = [pygame.Rect(rect.x, rect.y, W, TOP)] if self.ground is not None else []
        return ([street] if full else []) + top

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> list[pygame.Rect] | None:
        m = self.model
        ox, oy = rect.topleft
        street = self._street(rect)
        cam = self._camera_x()
        surface.set_clip(street)
        for seg, x in self._segments(rect):  # the next street, once it shows
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
            self._make_bubble()
            bubble = pygame.Rect(0, 0, 76, 76)
            bubble.center = (px - 66, oy + FEET - 250)
            surface.blit(self.bubble, bubble)
        self._draw_scan(surface, ox - cam, oy)
        for surf, wx, y, tween in self.floaters:
            rise = 0 if self.app.settings.reduce_motion else round(70 * ease_out(tween.t))
            surface.blit(surf, surf.get_rect(midbottom=(ox + wx - cam, oy + y - rise)))
        if not self.flash.done:
            self.white.set_alpha(round(210 * (1 - self.flash.t)))
            surface.blit(self.white, street.topleft)
        surface.set_clip(None)
        self._draw_top(surface, ox, oy)
        screen = SCREEN.move(ox, oy)
        self._draw_screen(surface, screen)
        fly = self._draw_fly(surface, ox - cam, oy, rect)
        if self.ground is None:  # the screen's frame and legs too: all of the play area
            return None
        # What the street's clip let through, the bar, the screen and the flying face.
        return [street, pygame.Rect(ox, oy, W, TOP), screen] + ([fly] if fly else [])

    def prepare(self) -> None:
        """Make the pictures play will need before it needs them: all of them in the
        3-2-1 (a millisecond and a half a frame), then a new neighbour's face, one at a
        time."""
        if self.ground is None:
            return
        if self.todo is None:
            self.todo = self._preparations()
        counting = getattr(self.scene, "phase", "") == "countdown"
        start = time.perf_counter()
        for _ in self.todo:
            if not counting or time.perf_counter() - start > 0.0015:
                return
        m = self.model
        for _, face in m.planned.values():
            if face not in self.ready:
                self._prepare_face(face, False)
                return

    def _preparations(self):
        m, t = self.model, self.t
        for seg in range(m.count + 1):
            self._backdrop(seg)
            yield
        for green, length in ((False, m.red), (True, m.green)):
            self._lamp_box(green)
            for shown in range(1, math.ceil(length) + 1):
                self._lamp_chip(green, shown)
                yield
        shown = set()
        for i in range(int(m.duration * 20) + 1):  # every minute the street clock shows
            at = i / 20
            key = (not m.relaxed and m.minutes_late(at) > 0, m.clock(at))
            if key not in shown:
                shown.add(key)
                self._clock_part(*key)
                yield
        for index in range(m.count):
            for done in (False, True):
                self._route_part(index, done)
                yield
        pal, penalty = self.palette, m.params["catch_penalty"]
        self._plate(self.fonts.render(t("minigame.crossing.you").upper(), "small",
                                      pal.accent_ink, "bold"),
                    t("minigame.crossing.you").upper(), "small", pal.accent_ink, pal.accent,
                    12, (22, 8))
        self._plate(self.fonts.render(t("minigame.crossing.caught_stamp").upper(), "body",
                                      WHITE, "bold"),
                    t("minigame.crossing.caught_stamp").upper(), "body", WHITE,
                    theme.LOSS_TEXT)
        self._make_bubble()
        yield
        for text, color in ((f"{signed(-penalty)} ▼", theme.LOSS_TEXT),
                            (f"+{GREEN_POINTS} ✓", theme.GAIN_TEXT)):
            self._float_plate(text, color)
        yield
        self._prepare_face(m.face, True)

    def _prepare_face(self, face: int, you: bool) -> None:
        for r in (86, 30, 24):
            self._face(face, r)
        self._caught_part(face, you, self.model.params["catch_penalty"])
        self.ready.add(face)

    def _make_bubble(self) -> None:
        if self.bubble is None:
            self.bubble = pygame.Surface((76, 76))
            self.bubble.fill(CLEAR)
            self._draw_bubble(self.bubble, self.bubble.get_rect())
            self.bubble.set_colorkey(CLEAR, pygame.RLEACCEL)

    def _draw_bubble(self, surface, bubble: pygame.Rect) -> None:
        panel(surface, bubble, self.palette.surface, 38, self.palette.accent, 3)
        draw_icon(surface, "wait", bubble.inflate(-24, -24), self.palette.accent)

    def _backdrop(self, seg: int) -> pygame.Surface:
        """A street's still parts, painted once: streets differ only in their houses'
        colours, so one picture serves every street coloured alike."""
        key = (seg % len(HOUSES), seg == self.model.count, self.app.settings.lang,
               self.fonts.scale)  # the backdrop has words
        backdrop = self.backdrops.get(key)
        if backdrop is None:
            backdrop = self.backdrops[key] = backing((W, 610 - TOP))
            self._paint_backdrop(backdrop, seg, 0, -TOP)
        return backdrop

    def _draw_segment(self, surface, seg: int, x: int, oy: int) -> None:
        surface.blit(self._backdrop(seg), (x, oy + TOP))
        if seg < self.model.count:
            green, left = self.model.light(seg)
            surface.blit(self._lamp_box(green), (x + LIGHT_X - 52, oy + 130))
            if seg == self.model.index:
                surface.blit(self._lamp_chip(green, max(1, math.ceil(left))),
                             (x + LIGHT_X + 52 + 14, oy + 130 + 6))

    def _lamp_box(self, green: bool) -> pygame.Surface:
        """The light's dark box with its two lamps, one lit; its corners see-through."""
        box = self.lamps.get(green)
        if box is None:
            box = self.lamps[green] = pygame.Surface((104, 196))
            box.fill(CLEAR)
            panel(box, box.get_rect(), NIGHT, 18)
            self._draw_lamps(box, 52, -130, green, 0, False)
            box.set_colorkey(CLEAR, pygame.RLEACCEL)
        return box

    def _lamp_chip(self, green: bool, shown: int) -> pygame.Surface:
        """Beside the light one is at: its seconds left and its colour in words."""
        key = (green, shown, self.app.settings.lang)
        chip = self.lamps.get(key)
        if chip is None:
            chip = self.lamps[key] = pygame.Surface((200, 140))
            chip.fill(CLEAR)
            self._draw_chip(chip, chip.get_rect(), green, shown)
            chip.set_colorkey(CLEAR, pygame.RLEACCEL)
        return chip

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
            self._draw_chip(surface, pygame.Rect(box.right + 14, box.y + 6, 200, 140), green,
                            max(1, math.ceil(left)))

    def _draw_chip(self, surface, chip: pygame.Rect, green: bool, shown: int) -> None:
        panel(surface, chip, NIGHT, 20)
        word = self.t("minigame.crossing.green" if green else "minigame.crossing.red")
        band = pygame.Rect(chip.x + 12, chip.bottom - 48, chip.width - 24, 38)
        draw_text(surface, self.fonts, str(shown),
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
        self._camera_chip(surface, lx, ly)

    def _camera_chip(self, surface, lx: int, ly: int) -> pygame.Rect:
        return self._chip(surface, self.t("minigame.crossing.face_recognition"), "small", WHITE,
                          NIGHT, 14, topleft=(lx - 8, ly + 52))

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
        self._camera_chip(surface, *lens)  # the camera's name stays legible over its beam
        for cx, cy, dx, dy in ((box.left, box.top, 1, 1), (box.right, box.top, -1, 1),
                               (box.left, box.bottom, 1, -1), (box.right, box.bottom, -1, -1)):
            pygame.draw.lines(surface, theme.ORANGE, False,
                              [(cx, cy + 28 * dy), (cx, cy), (cx + 28 * dx, cy)], 6)
        # Above the face, else beside it: clear of the camera's label and the player's tag.
        stamp = (self.t("minigame.crossing.caught_stamp").upper(), "body", WHITE, theme.LOSS_TEXT)
        taken = [self._camera_chip(None, *lens)]
        if not caught.you:
            taken.append(self._chip(None, self.t("minigame.crossing.you").upper(), "small",
                                    WHITE, NIGHT, pad=(22, 8), midbottom=(
                                        round(ox + self._player_x()), oy + FEET - 62 - 144)))
        spots = ({"midbottom": (box.centerx, box.top - 14)},
                 {"midright": (box.left - 14, box.centery)},
                 {"midleft": (box.right + 14, box.centery)})
        spot = next((at for at in spots if self._chip(None, *stamp, **at).collidelist(taken) < 0),
                    spots[0])
        self._chip(surface, *stamp, **spot)

    def _draw_top(self, surface, ox: int, oy: int) -> None:
        """The street clock and the route: a picture per minute and per step, blitted."""
        m = self.model
        late = not m.relaxed and m.minutes_late(m.arrived_at) > 0
        clock, index, done = m.clock(m.arrived_at), m.index, m.phase in ("block", "arrived")
        if self.ground is None:  # no still layer below: paint them here
            self._paint_clock(surface, ox, oy, late, clock)
            self._paint_route(surface, ox, oy, index, done)
            return
        surface.blit(self._clock_part(late, clock), (ox, oy))
        surface.blit(self._route_part(index, done), (ox + 520, oy))

    def _clock_part(self, late: bool, clock: str) -> pygame.Surface:
        key = ("clock", late, clock, self.app.settings.lang)
        part = self.tops.get(key)
        if part is None:
            part = self.tops[key] = self.ground.subsurface((0, 0, 520, TOP)).copy()
            self._paint_clock(part, 0, 0, late, clock)
        return part

    def _route_part(self, index: int, done: bool) -> pygame.Surface:
        key = ("route", index, done, self.app.settings.lang)
        part = self.tops.get(key)
        if part is None:
            part = self.tops[key] = self.ground.subsurface((520, 0, W - 520, TOP)).copy()
            self._paint_route(part, -520, 0, index, done)
        return part

    def _paint_clock(self, surface, ox: int, oy: int, late: bool, clock: str) -> None:
        pal = self.palette
        box = pygame.Rect(ox, oy, 500, 80)
        panel(surface, box, pal.surface, 24)
        ink = theme.LOSS_TEXT if late else pal.ink
        draw_icon(surface, "clock", pygame.Rect(box.x + 18, box.y + 14, 52, 52), ink)
        time = draw_text(surface, self.fonts, clock, (box.x + 84, box.centery),
                         "title", ink, "display", anchor="midleft")
        note = self.t("minigame.crossing.late_now" if late else "minigame.crossing.work_at")
        draw_text(surface, self.fonts, note, (time.right + 18, box.centery), "small",
                  ink, "semibold", anchor="midleft")

    def _paint_route(self, surface, ox: int, oy: int, index: int, block: bool) -> None:
        m, pal = self.model, self.palette
        route = pygame.Rect(ox + 520, oy, W - 520, 80)
        panel(surface, route, pal.surface, 24)
        done = index + block
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

    def _draw_screen_frame(self, surface, box: pygame.Rect) -> None:
        """The public screen without its content: legs, the dark panel, its title."""
        for leg in (box.x + 110, box.right - 120):
            pygame.draw.rect(surface, POLE, (leg, box.bottom, 18, 110))
        panel(surface, box, NIGHT, 24)
        draw_text(surface, self.fonts, self.t("minigame.crossing.screen").upper(),
                  (box.centerx, box.y + 22), "small", theme.SKY, "bold", anchor="midtop")

    def _draw_screen(self, surface, box: pygame.Rect) -> None:
        m = self.model
        if self.screen_ground is None:  # no still layer below: the frame too, every time
            self._draw_screen_frame(surface, box)
        # A face shows once it has flown here; the player's own keeps the big slot.
        landed = [c for c in m.catches if self.fly is None or c is not self.fly[0]]
        if not landed:
            if self.fly is None:
                draw_text(surface, self.fonts, self.t("minigame.crossing.screen_empty"),
                          (box.centerx, box.y + 220), "body", SOFT, "semibold", anchor="center")
            return
        caught = ([c for c in landed if c.you] or landed)[-1]
        if self.screen_ground is None:
            self._paint_caught(surface, box, caught)
        else:  # the face, its band and its penalty: one picture per face shown
            surface.blit(self._caught_part(caught.face, caught.you, caught.penalty), box)
        band_bottom = box.y + 262 + 62
        seen = round(caught.viewers * min(1.0, (m.time - caught.time) / 4), -1)
        draw_text(surface, self.fonts, self.t("minigame.crossing.seen_by",
                                              n=number(int(seen), self.app.settings.lang)),
                  (box.centerx, band_bottom + 60), "small", SOFT, anchor="midtop")
        others = tuple(c.face for c in [c for c in landed if c is not caught][-7:])
        if others:
            row = self.rows.get(others)
            if row is None:  # small faces on their light discs; the rest stays see-through
                if len(self.rows) > 16:
                    self.rows.clear()
                row = self.rows[others] = pygame.Surface((box.width, ROW))
                row.fill(CLEAR)
                self._paint_row(row, pygame.Rect(0, ROW - box.height, box.width, box.height),
                                others)
                row.set_colorkey(CLEAR, pygame.RLEACCEL)
            surface.blit(row, (box.x, box.bottom - ROW))

    def _caught_part(self, face: int, you: bool, penalty: int) -> pygame.Surface:
        key = (face, you, penalty, self.app.settings.lang)
        shown = self.screens.get(key)
        if shown is None:
            if len(self.screens) > 24:
                self.screens.clear()
            shown = self.screens[key] = self.screen_ground.copy()
            self._paint_caught(shown, shown.get_rect(), SimpleNamespace(
                face=face, you=you, penalty=penalty))
        return shown

    def _paint_caught(self, surface, box: pygame.Rect, caught) -> None:
        pygame.draw.circle(surface, FRAME, (box.centerx, box.y + 156), 98)  # faces on dark
        surface.blit(self._face(caught.face), (box.centerx - 86, box.y + 70))
        if caught.you:
            self._chip(surface, self.t("minigame.crossing.you").upper(), "body", NIGHT,
                       theme.YELLOW, topleft=(box.x + 40, box.y + 86))
        word = "× " + self.t("minigame.crossing.jaywalker").upper()
        ink = self.fonts.render(word, "title", WHITE, "display").get_bounding_rect()
        band = pygame.Rect(box.x + 24, box.y + 262, box.width - 48, max(62, ink.height + 16))
        panel(surface, band, theme.LOSS, 14)
        # Centred by its ink, so that an umlaut's dots stay on the band.
        draw_text(surface, self.fonts, word, (band.centerx, band.centery - ink.centery),
                  "title", WHITE, "display", anchor="midtop")
        draw_text(surface, self.fonts, self.t("minigame.crossing.penalty",
                                              delta=f"{signed(-caught.penalty)} ▼"),
                  (box.centerx, band.bottom + 14), "body", WHITE, "semibold", anchor="midtop")

    def _paint_row(self, surface, box: pygame.Rect, faces: tuple[int, ...]) -> None:
        for i, face in enumerate(faces):
            spot = (box.x + 54 + i * 66, box.bottom - 42)
            pygame.draw.circle(surface, FRAME, spot, 29)
            surface.blit(self._face(face, 24), (spot[0] - 24, spot[1] - 24))

    def _draw_fly(self, surface, ox: float, oy: int, rect: pygame.Rect) -> pygame.Rect | None:
        if self.fly is None or self.fly[1].time < 0:
            return None
        caught, tween = self.fly
        k = ease_out(tween.t)
        hx, hy = self._head(caught)
        end = (rect.x + SCREEN.centerx, rect.y + SCREEN.y + 156)
        size = round(60 + (172 - 60) * k)
        face = pygame.transform.smoothscale(self._face(caught.face), (size, size))
        return surface.blit(face, face.get_rect(center=(ox + hx + (end[0] - ox - hx) * k,
                                                 oy + hy + (end[1] - oy - hy) * k)))

    def _chip(self, surface, text: str, size: str, ink, fill, radius: int = 12,
              pad: tuple[int, int] = (24, 10), **at) -> pygame.Rect:
        """A word on a rounded plate, placed by one anchor such as ``midbottom=(x, y)``;
        returns where it went (``surface`` None: only where it would go)."""
        label = self.fonts.render(text, size, ink, "bold")
        where = label.get_rect(**at).inflate(*pad)
        if surface is not None:
            layout.blit(surface, self._plate(label, text, size, ink, fill, radius, pad), where)
        return where

    def _plate(self, label, text, size, ink, fill, radius=12, pad=(24, 10)) -> pygame.Surface:
        key = (text, size, tuple(ink), tuple(fill), radius, pad)
        cached = self.plates.get(key)
        if cached is None:  # made once: the plate with its word, corners see-through
            if len(self.plates) > 32:
                self.plates.clear()
            plate = label.get_rect().inflate(*pad)
            picture = pygame.Surface(plate.size)
            picture.fill(CLEAR)
            panel(picture, picture.get_rect(), fill, radius)
            layout.blit(picture, label, label.get_rect(center=plate.center).move(-plate.x, -plate.y))
            picture.set_colorkey(CLEAR, pygame.RLEACCEL)
            cached = self.plates[key] = picture
        return cached

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
