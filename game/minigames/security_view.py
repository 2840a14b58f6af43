"""Security check on screen: the lane badge, the lane beside the player's (a long queue
or priority passengers walking past), the belt with its trays, the officer, the offer,
and feedback on every sort: the item glides into the scanner or drops into the bin."""
from __future__ import annotations

import math

import pygame

from ..i18n import signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import draw_paragraph, panel, paragraph_height, shadow
from .security import POINTS, WAVE_HOLD
from .view import GameView

OFFER = pygame.Rect(180, 236, 1240, 340)  # the offer card, within the play area
CLEAR = (255, 0, 254)  # no picture here uses it: the see-through part of a sprite

BADGE = {"priority": ("minigame.security.badge_priority", theme.YELLOW, "star"),
         "standard": ("minigame.security.badge_standard", theme.SKY, "walk"),
         "screening": ("minigame.security.badge_screening", theme.ORANGE, "flag")}
INK, BELT, TRAY, SKIN = (27, 31, 59), (62, 68, 88), (150, 158, 182), (196, 150, 112)
WHITE, GREY, LIQUID = (255, 255, 255), (120, 126, 146), theme.SKY


def draw_item(s: pygame.Surface, shape: str, r: pygame.Rect) -> None:
    """A still life of the item in a square: a few shapes, ink outlines, flat colour."""
    x, y, n = r.x, r.y, r.width

    def box(a, b, c, d):
        return pygame.Rect(x + n * a, y + n * b, n * c, n * d)

    def pts(*p):
        return [(x + n * p[i], y + n * p[i + 1]) for i in range(0, len(p), 2)]
    w = max(3, n // 30)
    if shape in ("bottle", "jar", "tube"):
        body = {"bottle": box(.3, .3, .4, .62), "jar": box(.22, .34, .56, .56),
                "tube": box(.32, .2, .36, .7)}[shape]
        cap = {"bottle": box(.42, .08, .16, .14), "jar": box(.2, .22, .6, .12),
               "tube": box(.42, .84, .16, .12)}[shape]
        fill = {"bottle": LIQUID, "jar": theme.PINK, "tube": WHITE}[shape]
        pygame.draw.rect(s, WHITE, body, border_radius=n // 10)
        level = body.copy()
        level.height = round(body.height * (.7 if shape != "tube" else 1))
        level.bottom = body.bottom
        pygame.draw.rect(s, fill, level, border_radius=n // 10)
        if shape == "bottle":
            pygame.draw.polygon(s, WHITE, pts(.42, .2, .58, .2, .7, .32, .3, .32))
            pygame.draw.lines(s, INK, False, pts(.42, .2, .3, .32), w)
            pygame.draw.lines(s, INK, False, pts(.58, .2, .7, .32), w)
        pygame.draw.rect(s, INK, body, w, border_radius=n // 10)
        pygame.draw.rect(s, GREY, cap, border_radius=n // 30)
    elif shape == "globe":
        pygame.draw.circle(s, LIQUID, (x + n * .5, y + n * .42), n * .32)
        pygame.draw.circle(s, INK, (x + n * .5, y + n * .42), n * .32, w)
        for dx, dy in ((.4, .3), (.58, .36), (.46, .5), (.62, .54), (.36, .44)):
            pygame.draw.circle(s, WHITE, (x + n * dx, y + n * dy), max(2, n // 40))
        pygame.draw.polygon(s, theme.LOSS, pts(.28, .72, .72, .72, .8, .92, .2, .92))
    elif shape == "scissors":
        pygame.draw.line(s, GREY, *pts(.34, .62, .8, .1), w * 2)
        pygame.draw.line(s, GREY, *pts(.66, .62, .2, .1), w * 2)
        for cx in (.3, .7):
            pygame.draw.circle(s, theme.LOSS, (x + n * cx, y + n * .76), n * .14, w * 2)
    elif shape == "knife":
        pygame.draw.rect(s, theme.LOSS, box(.1, .56, .38, .16), border_radius=n // 16)
        pygame.draw.polygon(s, GREY, pts(.46, .56, .92, .5, .84, .66, .46, .72))
        pygame.draw.polygon(s, INK, pts(.46, .56, .92, .5, .84, .66, .46, .72), w)
    elif shape == "laptop":
        pygame.draw.rect(s, INK, box(.18, .2, .64, .46), border_radius=n // 24)
        pygame.draw.rect(s, LIQUID, box(.23, .25, .54, .36))
        pygame.draw.polygon(s, GREY, pts(.18, .68, .82, .68, .94, .82, .06, .82))
    elif shape == "book":
        pygame.draw.rect(s, theme.BLUE, box(.24, .14, .52, .74), border_radius=n // 30)
        pygame.draw.rect(s, WHITE, box(.7, .18, .06, .66))
        pygame.draw.line(s, WHITE, *pts(.34, .32, .62, .32), w)
    elif shape == "phone":
        pygame.draw.rect(s, INK, box(.32, .12, .36, .76), border_radius=n // 14)
        pygame.draw.rect(s, LIQUID, box(.36, .2, .28, .56), border_radius=n // 40)
    elif shape == "keys":
        pygame.draw.circle(s, GREY, (x + n * .32, y + n * .34), n * .16, w * 2)
        for ax, ay in ((.44, .44), (.4, .5)):
            bx, by = ax + .4, ay + (.16 if ay < .48 else .34)
            pygame.draw.line(s, theme.ORANGE, *pts(ax, ay, bx, by), w * 2)
            pygame.draw.line(s, theme.ORANGE, *pts(bx - .1, by - .04, bx - .06, by + .06), w * 2)
    elif shape == "shoe":
        pygame.draw.polygon(s, theme.GAIN, pts(.1, .46, .36, .46, .54, .6, .9, .66, .9, .8,
                                               .1, .8))
        pygame.draw.rect(s, WHITE, box(.08, .78, .84, .1), border_radius=n // 30)
        pygame.draw.line(s, WHITE, *pts(.36, .54, .5, .64), w)
    elif shape == "glasses":
        for cx in (.3, .7):
            pygame.draw.circle(s, INK, (x + n * cx, y + n * .52), n * .17)
            pygame.draw.circle(s, GREY, (x + n * cx, y + n * .5), n * .13)
        pygame.draw.arc(s, INK, box(.42, .4, .16, .14), 0.3, 2.8, w)


def draw_person(s, x: int, base: int, h: int, coat, smile: int = 0) -> None:
    """A passenger or officer: head and shoulders; ``smile`` 1 smiles, -1 frowns."""
    head = round(h * .2)
    pygame.draw.rect(s, coat, (x - h * .22, base - h * .62, h * .44, h * .62),
                     border_top_left_radius=round(h * .18), border_top_right_radius=round(h * .18))
    cy = base - h * .62 - head * .8
    pygame.draw.circle(s, SKIN, (x, cy), head)
    if smile:
        mouth = pygame.Rect(x - head * .45, cy + head * (.0 if smile > 0 else .3), head * .9,
                            head * .5)
        pygame.draw.arc(s, INK, mouth, math.pi if smile > 0 else 0,
                        2 * math.pi if smile > 0 else math.pi, max(2, h // 40))


def _spent(seconds: float) -> Tween:
    """A tween already over: nothing to animate until something happens."""
    tween = Tween(seconds)
    tween.finish()
    return tween


class SecurityView(GameView):
    def __init__(self, scene, model):
        super().__init__(scene, model)
        self.seen = 0  # verdicts already animated
        self.leaving = None  # (verdict, tween): the item on its way to the scanner or bin
        self.pops: list[tuple[pygame.Surface, int, Tween]] = []  # rising labels: text, dy
        self.wrong, self.slide, self.combo_pop, self.walker = (
            _spent(0.5), _spent(0.25), _spent(0.3), _spent(WAVE_HOLD + 0.6))
        self.waved, self.offer = 0, ""
        self._still = None  # (key, surface): the backdrop, see paint_static
        self._sprites: dict = {}  # pictures made once and then only blitted, see _sprite
        self._words = None  # the labels still to render ahead, see prepare

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
            self.pops.append((self._verdict_label(verdict.points, verdict.correct), 0,
                              Tween(0.8)))
            if verdict.correct and model.lane == "priority":
                self.pops.append((self._bonus_label(), 60, Tween(0.8)))
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

    def _verdict_label(self, points: int, correct: bool) -> pygame.Surface:
        arrow, color = theme.trend(points, self.palette.ink)
        return self.fonts.render(f"{'✓' if correct else '×'} {signed(points)} {arrow}", "title",
                                 color, "display")

    def _bonus_label(self) -> pygame.Surface:
        bonus = self.t("minigame.security.bonus", n=POINTS["priority"])
        return self.fonts.render(f"★ {bonus}", "body", self.palette.ink, "bold")

    def prepare(self) -> None:
        """Make ahead, one a call, every picture play moves and every label a sort or the
        count can show."""
        if self._words is None:
            self._words = self._ahead()
        next(self._words, None)

    def _ahead(self):
        yield from self._warm()
        model = self.model
        priority = POINTS["priority"] if model.lane == "priority" else 0
        for combo in range(1, len(model.queue) + 1):
            step = min(POINTS["combo_max"], POINTS["combo_step"] * (combo - 1))
            yield self._verdict_label(POINTS["correct"] + step + priority, True)
        yield self._verdict_label(POINTS["wrong"], False)
        yield self._bonus_label()
        for n in range(len(model.queue) + 1):
            yield self.fonts.render(self.t("minigame.security.trays_left", n=n), "lead",
                                    self.palette.ink, "bold")
            if n >= 2:
                yield self.fonts.render(self.t("minigame.security.combo", n=n), "lead", WHITE,
                                        "display")

    # -- painting ---------------------------------------------------------------------

    def paint_static(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """What stands still (the other lane, the spotlight, the belt, the scanner and the
        officer, the lane badge) goes into the host's cached layer: painted once, then only
        blitted again when the host repaints its layer."""
        key = (rect.topleft, rect.size, self.app.settings.lang, self.fonts.scale)
        if self._still is not None and self._still[0] == key:
            layout.blit(surface, self._still[1], rect)
            return
        belt_y, cx = rect.y + 462, rect.x + 620
        layout.blit(surface, self._backdrop(surface, rect, belt_y, cx), rect)
        self._draw_badge(surface, rect)
        self._still = (key, surface.subsurface(rect).copy())

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> list[pygame.Rect]:
        """Everything here is a kept picture, bottom first: what moves changes its look or
        place each frame and is drawn again; the rest stays on the canvas."""
        model = self.model
        belt_y, cx = rect.y + 462, rect.x + 620
        items = self._header_items(rect)
        shift = 0 if self.slide.done else round(40 * (1 - ease_out(self.slide.t)))
        if shift:  # the belt rolls while the next tray moves up
            belt = pygame.Rect(rect.x + 20, belt_y, 1160, 34)
            reach = belt.inflate(14, 0)  # the rollers' rims stand out of the belt's ends
            items.append(("belt", shift, reach, lambda s: self._roll_belt(s, belt, shift)))
        if model.lane != "priority" and not self.walker.done:
            x = rect.x + 620 + round((rect.width - 780) * ease_out(self.walker.t))
            items.append(self._sprite_item("walker", self._walker_sprite(), x, rect.y))
        for depth in (2, 1):  # the trays waiting their turn, smaller, to the left
            if model.index + depth < len(model.queue):
                item = model.queue[model.index + depth]
                x = cx - 130 - depth * 180 - shift
                items.append(self._sprite_item(("tray", depth, item.shape),
                                               self._tray_sprite(item, 110), x, belt_y))
        if model.item is not None and model.offer != "open":
            wobble = 0
            if not self.wrong.done and not self.app.settings.reduce_motion:
                wobble = round(14 * math.sin(self.wrong.t * 6 * math.pi) * (1 - self.wrong.t))
            name = self._item_name(model.item)
            at = name.get_rect(midbottom=(cx, rect.y + 276))
            items.append(("name", id(name), at, lambda s, name=name, at=at: s.blit(name, at)))
            items.append(self._sprite_item(("tray", 0, model.item.shape),
                                           self._tray_sprite(model.item, 170),
                                           cx - shift + wobble, belt_y))
        if self.leaving is not None:
            items.append(self._leaving_item(rect, cx, belt_y))
        if model.hold > 0 and model.hold_reason:
            priority = model.hold_reason == "priority"
            items.append(self._sprite_item(("notice", priority), self._notice_sprite(priority),
                                           cx, belt_y))
        for n, (label, dy, tween) in enumerate(self.pops):
            if not tween.done and model.offer != "open":  # the offer card would hide them
                rise = 0 if self.app.settings.reduce_motion else round(90 * ease_out(tween.t))
                at = label.get_rect(midbottom=(cx + 340, belt_y - 120 + dy - rise))
                items.append((("pop", n), id(label), at,
                              lambda s, label=label, at=at: layout.blit(s, label, at)))
        if model.offer == "open":
            card = OFFER.move(rect.topleft)
            items.append(("offer", card.size, card.inflate(36, 36),
                          lambda s: self._draw_offer(s, card)))
        self.kept(surface, items)
        return []

    def _sprite_item(self, key, sprite, x: int, y: int):
        at = sprite[0].get_rect(topleft=(x + sprite[1], y + sprite[2]))
        return (key, id(sprite[0]), at, lambda s: s.blit(sprite[0], at))

    @staticmethod
    def _roll_belt(surface, belt: pygame.Rect, shift: int) -> None:
        pygame.draw.rect(surface, BELT, belt, border_radius=17)
        for i in range(24):
            pygame.draw.circle(surface, GREY, (belt.x + 20 + (i * 48 - shift) % 1140,
                                               belt.y + 17), 6)

    def _leaving_item(self, rect: pygame.Rect, cx: int, belt_y: int):
        """The sorted item on its way: through the scanner (cut off at its mouth) or into
        the bin, shrinking as it falls."""
        verdict, tween = self.leaving
        k = ease_out(tween.t)
        tunnel = pygame.Rect(rect.x, rect.y, 1200, rect.height)
        if verdict.move == "tray":
            sprite = self._tray_sprite(verdict.item, 170)
            at = sprite[0].get_rect(topleft=(round(cx + 680 * k) + sprite[1],
                                             belt_y + sprite[2])).clip(tunnel)

            def paint(surface):
                surface.set_clip(tunnel)
                surface.blit(sprite[0], (round(cx + 680 * k) + sprite[1], belt_y + sprite[2]))
                surface.set_clip(None)
        else:
            bin_rect = pygame.Rect(rect.x + 1030, belt_y + 42, 100, 100)
            size = round(170 * (1 - 0.6 * k))
            x = round(cx + (bin_rect.centerx - cx) * k)
            y = round(belt_y - 160 + (bin_rect.centery - belt_y + 160) * k * k)
            at = pygame.Rect(x - size // 2, y - size // 2, size, size)

            def paint(surface):
                draw_item(surface, verdict.item.shape, at)
        return ("leaving", (id(verdict), k), at, paint)

    # -- pictures made once -------------------------------------------------------------

    def _sprite(self, key, paint, size: tuple[int, int], ox: int, oy: int):
        """``paint(surface, ox, oy)`` draws a picture around the anchor (ox, oy) on a
        see-through canvas of ``size``; kept cropped and colorkeyed, with its offset from
        the anchor, so that each frame only blits it."""
        key = key + (self.app.settings.lang, self.fonts.scale)
        made = self._sprites.get(key)
        if made is None:
            canvas = pygame.Surface(size)
            canvas.fill(CLEAR)
            canvas.set_colorkey(CLEAR)
            paint(canvas, ox, oy)
            box = canvas.get_bounding_rect()
            sprite = pygame.Surface(box.size)
            sprite.fill(CLEAR)
            layout.blit(sprite, canvas, (0, 0), box)
            # Run-length encoding blits faster but is made on the first blit: not worth
            # that pause for a big picture shown once (the offer).
            sprite.set_colorkey(CLEAR, pygame.RLEACCEL if box.width * box.height < 200_000
                                else 0)
            made = self._sprites[key] = (sprite, box.x - ox, box.y - oy)
        return made

    def _item_name(self, item) -> pygame.Surface:
        """The item's name, shrunk or cut to fit the spotlight: worked out once per item."""
        name = self.app.text(item.name)
        key = ("name", name, self.fonts.scale)
        surf = self._sprites.get(key)
        if surf is None:
            size = next((sz for sz in ("lead", "body") if
                         self.fonts.font(sz, "bold").size(name)[0] <= 430), "small")
            surf = self._sprites[key] = self.fonts.render(
                self.fonts.fit(name, size, 430, "bold"), size, self.palette.ink, "bold")
        return surf

    def _walker_sprite(self):
        return self._sprite(("walker",), self._paint_walker, (300, 260), 150, 20)

    def _warm(self):
        """Make every picture the game will move, a step at a time, before it starts."""
        for item in {i.shape: i for i in self.model.queue}.values():
            yield self._tray_sprite(item, 110)
            yield self._tray_sprite(item, 170)
        yield self._notice_sprite(False)
        if self.model.lane != "priority":
            yield self._walker_sprite()
            yield self._notice_sprite(True)
        yield self._offer_sprite(OFFER.size)
        yield shadow(OFFER.size)
        for item in self.model.queue:
            yield self._item_name(item)

    @staticmethod
    def _paint_walker(s, x: int, y: int) -> None:
        """A priority passenger walking past (anchor: x, the play area's top)."""
        draw_person(s, x, y + 198, 100, theme.ORANGE, 1)
        draw_icon(s, "star", pygame.Rect(x + 24, y + 80, 40, 40), theme.ORANGE)

    def _backdrop(self, surface, rect: pygame.Rect, belt_y: int, cx: int) -> pygame.Surface:
        """What stands still, painted over the canvas beneath."""
        pal = self.palette
        still = surface.subsurface(rect).copy()
        at = pygame.Rect(0, 0, *rect.size)
        belt = belt_y - rect.y
        self._draw_beside(still, pygame.Rect(0, 76, rect.width, 130))
        panel(still, pygame.Rect(cx - rect.x - 225, 222, 450, belt - 202), pal.surface, 24,
              pal.line, 2)  # a spotlight on the tray to judge now
        pygame.draw.rect(still, BELT, (20, belt, 1160, 34), border_radius=17)
        for i in range(24):
            pygame.draw.circle(still, GREY, (40 + (i * 48) % 1140, belt + 17), 6)
        draw_icon(still, "bin", pygame.Rect(1030, belt + 42, 100, 100), pal.ink_soft)
        hint = self.t("minigame.security.hint")
        tall = paragraph_height(self.fonts, hint, 940, "small")  # two lines in larger text
        draw_paragraph(still, self.fonts, hint,
                       pygame.Rect(40, min(belt + 66, rect.height - tall - 4), 940, tall),
                       "small", pal.ink_soft)
        self._draw_scanner(still, at, belt)
        return still

    def _draw_badge(self, surface, rect: pygame.Rect) -> None:
        key, fill, icon = BADGE[self.model.lane]
        text = self.fonts.render(self.t(key).upper(), "body", theme.readable_on(fill), "bold")
        badge = pygame.Rect(rect.x, rect.y, text.get_width() + 104, 64)
        panel(surface, badge, fill, 32)
        draw_icon(surface, icon, pygame.Rect(badge.x + 20, badge.y + 10, 44, 44),
                  theme.readable_on(fill))
        layout.blit(surface, text, text.get_rect(midleft=(badge.x + 76, badge.centery)))

    def _header_items(self, rect: pygame.Rect) -> list:
        """The trays left and the combo chip; the lane badge beside them is static."""
        pal, model = self.palette, self.model
        middle = rect.y + 32
        left = self.fonts.render(self.t("minigame.security.trays_left", n=model.left), "lead",
                                 pal.ink, "bold")
        at = left.get_rect(midright=(rect.right, middle))
        items = [("left", model.left, at, lambda s: layout.blit(s, left, at))]
        if model.combo >= 2:
            label = self.fonts.render(self.t("minigame.security.combo", n=model.combo), "lead",
                                      WHITE, "display")
            grow = 0 if self.combo_pop.done or self.app.settings.reduce_motion \
                else round(16 * (1 - self.combo_pop.t))
            chip = label.get_rect(center=(rect.centerx + 120, middle)).inflate(40 + grow,
                                                                               16 + grow)

            def paint(surface):
                panel(surface, chip, theme.BLUE, chip.height // 2)
                layout.blit(surface, label, label.get_rect(center=chip.center))
            items.append(("combo", model.combo, chip, paint))
        return items

    def _draw_beside(self, surface, strip: pygame.Rect) -> None:
        """The other lane: what the tier spared the player, or what it gives others."""
        pal, model = self.palette, self.model
        panel(surface, strip, pal.surface_alt, 24, pal.line, 2)
        base = strip.bottom - 8
        if model.lane == "priority":
            label = self.t("minigame.security.beside_priority", n=model.params["waiting"])
            for i in range(model.params["waiting"]):
                draw_person(surface, strip.x + 630 + i * 92, base, 100, GREY, -1)
        else:
            sc = self.app.config.scenario  # the tiers whose perk opens this lane
            tiers = [self.app.text(t.name).split(" · ")[0] for t in sc.tiers
                     if model.params["fast_perk"] in t.perks]
            label = self.t("minigame.security.beside_other", tiers=", ".join(tiers))
            pygame.draw.rect(surface, theme.YELLOW, (strip.x + 600, strip.bottom - 24,
                                                     strip.width - 620, 14), border_radius=7)
            draw_person(surface, strip.right - 80, base, 100, theme.BLUE, 1)
        # Clear of the people waiting: a size less where larger text would reach them.
        size = "body" if max(self.fonts.font("body", "bold").size(line)[0] for line in
                             self.fonts.wrap(label, "body", 540, "bold")) <= 540 else "small"
        draw_paragraph(surface, self.fonts, label, pygame.Rect(strip.x + 30, strip.y + 20,
                                                               540, 100), size, pal.ink, "bold")

    def _draw_scanner(self, surface, rect: pygame.Rect, belt_y: int) -> None:
        """The X-ray tunnel the trays vanish into, and the officer whose face is the tier's."""
        tunnel = pygame.Rect(rect.x + 1180, belt_y - 170, 220, 220)
        panel(surface, tunnel, (200, 206, 224), 20)
        mouth = tunnel.inflate(-40, -50).move(0, 5)
        pygame.draw.rect(surface, (44, 48, 66), mouth, border_radius=10)
        for i in range(1, 8):
            x = mouth.x + i * mouth.width // 8
            pygame.draw.line(surface, GREY, (x, mouth.y + 4), (x, mouth.bottom - 4), 4)
        mood = {"priority": 1, "standard": 0, "screening": -1}[self.model.lane]
        draw_person(surface, rect.x + 1500, belt_y + 60, 270, theme.BLUE, mood)
        if mood > 0:
            draw_icon(surface, "star", pygame.Rect(rect.x + 1480, belt_y - 90, 40, 40),
                      theme.YELLOW)

    def _tray_sprite(self, item, size: int):
        return self._sprite(("tray", item.shape, size),
                            lambda s, ox, oy: self._paint_tray(s, item, ox, oy, size),
                            (size * 3, size * 3), size * 3 // 2, size * 2)

    @staticmethod
    def _paint_tray(surface, item, x: int, belt_y: int, size: int) -> None:
        tray = pygame.Rect(0, 0, round(size * 1.5), round(size * .3))
        tray.midbottom = (x, belt_y + 4)
        draw_item(surface, item.shape, pygame.Rect(x - size // 2, tray.y - size + size // 5,
                                                   size, size))
        pygame.draw.polygon(surface, TRAY, [tray.topleft, tray.topright,
                                            (tray.right - 14, tray.bottom),
                                            (tray.x + 14, tray.bottom)])

    def _notice_sprite(self, priority: bool):
        return self._sprite(("notice", priority), lambda s, ox, oy: self._paint_notice(
            s, ox, oy, priority), (1600, 320), 800, 260)

    def _paint_notice(self, surface, cx: int, belt_y: int, priority: bool) -> None:
        key = "minigame.security.waved_now" if priority else "minigame.security.check_now"
        fill = theme.YELLOW if priority else theme.LOSS
        text = self.fonts.render(self.t(key), "lead", theme.readable_on(fill), "bold")
        box = text.get_rect(center=(cx, belt_y - 210)).inflate(120, 30)
        panel(surface, box, fill, box.height // 2)
        draw_icon(surface, "wait" if priority else "cross",
                  pygame.Rect(box.x + 20, box.y + 10, box.height - 20, box.height - 20),
                  theme.readable_on(fill))
        layout.blit(surface, text, text.get_rect(midleft=(box.x + 90, box.centery)))

    def _draw_offer(self, surface, card: pygame.Rect) -> None:
        """The shadow's rim (the card hides the rest of it), then the card made once."""
        shade, pad, r = shadow(card.size), 18, 18 + 28
        w, h = shade.get_size()
        x, y = card.x - pad, card.y - pad
        for area in ((0, 0, w, r), (0, h - r, w, r), (0, r, r, h - 2 * r),
                     (w - r, r, r, h - 2 * r)):
            surface.blit(shade, (x + area[0], y + area[1]), area)
        sprite, dx, dy = self._offer_sprite(card.size)
        layout.blit(surface, sprite, (card.x + dx, card.y + dy))

    def _offer_sprite(self, size: tuple[int, int]):
        return self._sprite(("offer", size), lambda s, ox, oy: self._paint_offer(
            s, pygame.Rect(ox, oy, *size)), (size[0] + 20, size[1] + 20), 10, 10)

    def _paint_offer(self, surface, card: pygame.Rect) -> None:
        pal, boost = self.palette, self.model.params["boost"]
        panel(surface, card, pal.surface, 28, theme.BLUE, 4)
        draw_icon(surface, "pin", pygame.Rect(card.x + 50, card.y + 60, 140, 140), theme.BLUE)
        title = self.t("minigame.security.offer_title")
        reward = self.t("minigame.security.offer_text", n=boost["skip"], points=boost["points"])
        width = card.width - 290
        # Title and reward both on the card: the title a size less where it would push the
        # reward off it (larger text, German).
        room = card.height - 96 - paragraph_height(self.fonts, reward, width, "lead", "semibold")
        size = "title" if paragraph_height(self.fonts, title, width, "title", "display") <= room \
            else "lead"
        y = draw_paragraph(surface, self.fonts, title,
                           pygame.Rect(card.x + 240, card.y + 50, width, 0), size, pal.ink,
                           "display")
        draw_paragraph(surface, self.fonts, reward, pygame.Rect(card.x + 240, y + 16, width, 0),
                       "lead", theme.GAIN_TEXT, "semibold")
