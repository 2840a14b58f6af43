"""Checkout on screen: the shopping list as tiles, two identical products side by side
above the two buttons, the taken one flying into the list, and the full basket."""
from __future__ import annotations

import pygame

from ..scenes.minigame import MOVES_Y, PLAY
from ..ui import layout
from ..ui import theme
from ..ui.anim import Confetti, Floater, Tween, ease_out, ease_out_back
from ..ui.icons import draw_icon
from ..ui.keep import Item
from ..ui.widgets import RING, draw_text, panel, shadow
from .checkout import money
from .view import GameView

CARD_W, CARD_H = 580, 470
TILE, TILE_GAP = 52, 12
# Other makers wear these; the platform's own brand always wears the app's blue.
OTHER_COLOURS = (theme.ORANGE, theme.GAIN, theme.PINK, theme.SKY, theme.LOSS, theme.YELLOW)
PAD = 18  # how far a card's shadow reaches past the card (widgets.shadow)
RISE = 14  # px a new pair rises by: its shadow just clears the buttons' focus ring


class CheckoutView(GameView):
    def __init__(self, scene, model):
        super().__init__(scene, model)
        self.leaving = None  # (index, own on left, side taken, tween): the pair just decided
        self.arrive = Tween(0.35)
        self.arrive.finish()  # the first pair is already in place behind the 3-2-1
        self.floaters: list[Floater] = []
        self.confetti = Confetti(seed=7)
        self.banner = Tween(0.3)
        self._celebrated = False
        self._area = PLAY  # the play rect, as the last draw was given it
        # Drawn once, blitted per frame: each product card on its shadow, by (item, side),
        # the list's three kinds of tile, the full-basket banner and the words that repeat.
        self._sprites: dict[tuple[int, str], pygame.Surface] = {}
        self._spare: list[pygame.Surface] = []  # cards of items behind us, to draw anew on
        self._ground: tuple[int, str, pygame.Surface] | None = None  # a card half made
        self._tile_sprites: dict[str, pygame.Surface] = {}
        self._tiles: tuple[tuple[int, int, int, int], list[pygame.Rect]] | None = None
        self._banner: tuple[int, pygame.Surface] | None = None
        self._words: dict[object, str] = {}

    @property
    def calm(self) -> bool:
        return self.app.settings.reduce_motion

    def moved(self, move_id: str) -> None:
        model = self.model
        index = len(model.picks) - 1
        pick = model.picks[-1]
        self.leaving = (index, model.own_on_left(index), move_id, Tween(0.5))
        self.arrive = Tween(0.35, 0.1)
        self.app.play("gain" if pick.own else "tap")  # the till sounds a touch happier
        if self.calm:
            return
        # The points rise from the list tile the product lands on to the game's counter.
        tile = self._tile(self._area, index)
        counter = (self._area.right - 90, 176)
        bonus = pick.points - model.params["item_points"]
        big = self.fonts.render(self.t("minigame.checkout.badge", n=model.params["item_points"]),
                                "title", theme.GAIN_TEXT, "display")
        small = self.fonts.render(self.t("minigame.checkout.fine_print", n=bonus), "small",
                                  self.palette.ink_soft, "semibold")
        self.floaters.append(Floater(big, tile.center, counter, 0.7, 0.3))
        self.floaters.append(Floater(small, (tile.centerx, tile.bottom + 20),
                                     (counter[0], counter[1] + 44), 0.7, 0.4))

    def update(self, dt: float) -> None:
        if self.model.complete and not self._celebrated:
            self._celebrated = True
            self.banner = Tween(0.3)
            self.app.play("big_gain")
            if not self.calm:
                self.confetti.burst(self._area.center, 90, 1000)
        for tween in (self.arrive, self.banner):
            tween.update(dt)
        if self.leaving is not None:
            self.leaving[3].update(dt)
            if self.leaving[3].done:
                self.leaving = None
        for floater in self.floaters:
            floater.update(dt)
        self.floaters = [f for f in self.floaters if not f.tween.done]
        self.confetti.update(dt)

    def prepare(self) -> None:
        self._build_ahead()

    # -- painting ---------------------------------------------------------------------

    def _cards(self, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """Each card stands over its button (the host centres two 640-wide buttons)."""
        left = pygame.Rect(0, 0, CARD_W, CARD_H)
        left.midbottom = (rect.centerx - 340, rect.bottom - 8)
        return left, left.move(680, 0)

    def paint_static(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        # The cards carry the background under them, and their words: made anew after this.
        self._spare += self._sprites.values()
        self._sprites.clear()
        if self._ground is not None:
            self._spare.append(self._ground[2])
            self._ground = None
        first = self._tile(rect, 0)
        draw_text(surface, self.fonts, self.t("minigame.checkout.list").upper(),
                  (first.x - 36, first.centery), "small", self.palette.ink_soft, "bold",
                  "midright")

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> list[pygame.Rect]:
        self._area = rect
        model = self.model
        items = self._list_items(rect)
        cards = self._cards(rect)
        if model.item is not None:
            rise = 0 if self.calm else round(RISE * (1 - ease_out_back(self.arrive.t)))
            if self.arrive.time < 0:
                rise = RISE
            # The cards rise into place; never over the buttons below them.
            counter = pygame.Rect(rect.x, rect.y, rect.width, MOVES_Y - RING - rect.y)
            for side, home in zip(("left", "right"), cards):
                sprite = self._card_sprite(model.index, side)
                at = sprite.get_rect(topleft=(home.x - PAD, home.y - PAD + rise))
                shown = at.clip(counter)
                items.append(Item(side, (model.index, rise), shown,
                                  lambda s, sprite=sprite, at=at, shown=shown:
                                  s.blit(sprite, shown, shown.move(-at.x, -at.y)), opaque=True))
            items.append(self._same_item(cards, self.leaving is not None and self.calm))
        banner = self._full_item(rect) if model.complete else None
        if banner is not None and (self.calm or self.banner.done):
            items.append(banner)
        self.kept(surface, items)
        drawn = []
        if self.leaving is not None and not self.calm:
            drawn.append(self._draw_leaving(surface, rect, cards))
        if banner is not None and not (self.calm or self.banner.done):
            drawn.append(banner[3](surface))
        drawn += [floater.draw(surface) for floater in self.floaters]
        return drawn + self.confetti.draw(surface)

    def _word(self, key: str, **values) -> str:
        """A translated phrase, looked up once per game."""
        cached = (key, *values.items())
        if cached not in self._words:
            self._words[cached] = self.t(key, **values)
        return self._words[cached]

    def _tile(self, rect: pygame.Rect, i: int) -> pygame.Rect:
        count = len(self.model.items)
        width = count * TILE + (count - 1) * TILE_GAP
        return pygame.Rect(rect.centerx - width // 2 + i * (TILE + TILE_GAP), rect.y + 14,
                           TILE, TILE)

    def _tile_rects(self, rect: pygame.Rect) -> list[pygame.Rect]:
        key = tuple(rect)
        if self._tiles is None or self._tiles[0] != key:
            self._tiles = key, [self._tile(rect, i) for i in range(len(self.model.items))]
        return self._tiles[1]

    def _tile_sprite(self, kind: str) -> pygame.Surface:
        """A list tile drawn once: ticked off, the one being shopped for, or still to get."""
        sprite = self._tile_sprites.get(kind)
        if sprite is None:
            pal = self.palette
            sprite = pygame.Surface((TILE, TILE), pygame.SRCALPHA)
            tile = sprite.get_rect()
            if kind == "done":
                panel(sprite, tile, pal.accent, 12)
                draw_icon(sprite, "check", tile.inflate(-12, -12), pal.accent_ink)
            elif kind == "now":
                panel(sprite, tile, pal.surface, 12, pal.accent, 5)
            else:
                panel(sprite, tile, pal.surface_alt, 12, pal.line, 3)
            self._tile_sprites[kind] = sprite
        return sprite

    def _list_items(self, rect: pygame.Rect) -> list:
        """The shopping list's tiles and "item n of N", as pictures that stay put."""
        pal, model = self.palette, self.model
        flying = self.leaving[0] if self.leaving is not None and not self.calm else None
        picked = len(model.picks)
        tiles = self._tile_rects(rect)
        items = []
        for i, tile in enumerate(tiles):
            kind = ("done" if i < picked and i != flying else
                    "now" if i == model.index else "todo")
            sprite = self._tile_sprite(kind)
            items.append((("tile", i), kind, tile,
                          lambda s, sprite=sprite, tile=tile: s.blit(sprite, tile)))
        if model.item is not None:
            label = self.fonts.render(self._word("minigame.checkout.item_of", n=model.index + 1,
                                                 total=len(model.items)),
                                      "body", pal.ink, "semibold")
            last = tiles[-1]
            at = label.get_rect(midleft=(last.right + 36, last.centery))
            items.append(("count", model.index, at,
                          lambda s, label=label, at=at: layout.blit(s, label, at)))
        return items

    def _card_sprite(self, index: int, side: str) -> pygame.Surface:
        """The product on that side of item ``index``, on its card and shadow over the
        background where the card stands: drawn once (ahead of time when the frames are
        quiet), opaque, so a frame only copies it. Rising into place it carries a sliver of
        background from a little higher, which the eye cannot tell."""
        sprite = self._sprites.get((index, side))
        if sprite is None:
            sprite = self._card_ground(index, side)
            self._finish_card(index, side)
        return sprite

    def _card_ground(self, index: int, side: str) -> pygame.Surface:
        """A card's first half: the background where it stands, and its shadow."""
        if self._ground is not None and self._ground[:2] == (index, side):
            return self._ground[2]
        for key in [k for k in self._sprites if k[0] < self.model.index]:
            self._spare.append(self._sprites.pop(key))  # items already behind us
        home = self._cards(self._area)[0 if side == "left" else 1]
        size, at = (CARD_W + 2 * PAD, CARD_H + 2 * PAD), (home.x - PAD, home.y - PAD)
        # A new picture this size costs more than the drawing itself: reuse a spare.
        sprite = self.scene.background(size, at, self._spare.pop() if self._spare else None)
        sprite.blit(shadow((CARD_W, CARD_H)), (0, 0))
        self._ground = (index, side, sprite)
        return sprite

    def _finish_card(self, index: int, side: str) -> None:
        """A card's second half: the card and the product on its ground."""
        sprite = self._card_ground(index, side)
        own = self.model.own_on_left(index) == (side == "left")
        self._draw_card(sprite, pygame.Rect(PAD, PAD, CARD_W, CARD_H), self.model.items[index],
                        own, self.model.points_for(own), index)
        self._sprites[(index, side)] = sprite
        self._ground = None

    def _build_ahead(self) -> None:
        """Half a card per quiet frame, so a new item's cards are ready when it comes."""
        model = self.model
        for index in (model.index, model.index + 1):
            if index >= len(model.items):
                return
            for side in ("left", "right"):
                if (index, side) not in self._sprites:
                    if self._ground is not None and self._ground[:2] == (index, side):
                        self._finish_card(index, side)
                    else:
                        self._card_ground(index, side)
                    return
        if model.index == len(model.items) - 1 and self._banner is None:
            self._banner_sprite(model.params["basket_bonus"])

    def _same_item(self, cards, taken: bool):
        """The "=" between the two: they are the same thing, and the screen says so. With
        reduced motion nothing flies, so the pill says for a moment where the last one went."""
        pal = self.palette
        gap_x = (cards[0].right + cards[1].x) // 2
        centre = (gap_x, cards[0].y + 70)
        said = f"✓ {self._word('minigame.checkout.in_basket')}" if taken else \
            self._word("minigame.checkout.same")
        pill_text = self.fonts.render(said, "small", pal.ink, "semibold")
        pill = pill_text.get_rect(midbottom=(gap_x, cards[0].y - 8)).inflate(32, 12)
        circle = pygame.Rect(0, 0, 90, 90)
        circle.center = centre

        def paint(surface):
            pygame.draw.circle(surface, pal.surface, centre, 44)
            pygame.draw.circle(surface, pal.accent, centre, 44, 4)
            draw_text(surface, self.fonts, "=", centre, "title", pal.accent, "display", "center")
            panel(surface, pill, pal.surface_alt, pill.height // 2, pal.line, 2)
            layout.blit(surface, pill_text, pill_text.get_rect(center=pill.center))
        return ("same", (said, centre), pill.union(circle), paint)

    def _draw_card(self, surface, rect: pygame.Rect, product, own: bool, points: int,
                   index: int) -> None:
        """Drawn once per card into its sprite, which already holds the card's shadow."""
        pal, app, fonts = self.palette, self.app, self.fonts
        panel(surface, rect, pal.surface)
        colour = pal.accent if own else OTHER_COLOURS[index % len(OTHER_COLOURS)]
        self._draw_package(surface, pygame.Rect(rect.x + 28, rect.y + 34, 176, 236),
                           product.shape, colour, own)
        x, width = rect.x + 226, rect.width - 250
        brand = app.text(product.own_brand if own else product.other_brand)
        # The brand is the point of the game: a size less before it is cut.
        size = "lead" if fonts.font("lead", "bold").size(brand)[0] <= width else "body"
        draw_text(surface, fonts, fonts.fit(brand, size, width, "bold"), (x, rect.y + 40),
                  size, pal.ink, "bold")
        lines = fonts.wrap(app.text(product.name), "body", width)[:2]
        for n, line in enumerate(lines):
            draw_text(surface, fonts, line, (x, rect.y + 98 + n * 42), "body", pal.ink_soft)
        cents = product.own_price if own else product.other_price
        draw_text(surface, fonts, self.t("minigame.checkout.price", **money(cents)),
                  (x, rect.y + 270), "headline", pal.ink, "display", "bottomleft")
        pygame.draw.line(surface, pal.line, (rect.x + 30, rect.y + 300),
                         (rect.right - 30, rect.y + 300), 2)
        item_points = self.model.params["item_points"]
        draw_text(surface, fonts, f"▲ {self.t('minigame.checkout.badge', n=item_points)}",
                  (rect.centerx, rect.y + 366), "title", theme.GAIN_TEXT, "display", "center")
        fine = self.t("minigame.checkout.fine_print", n=points - item_points)
        draw_text(surface, fonts, fine, (rect.centerx, rect.y + 432), "small", pal.ink_soft,
                  "regular", "center")

    def _draw_package(self, surface, box: pygame.Rect, shape: str, colour, own: bool) -> None:
        """A plain package in the maker's colour, its label carrying the maker's mark."""
        lid = self.palette.ink  # caps and lids stay dark on any package, and on the card
        body = box.copy()
        if shape == "carton":
            body = pygame.Rect(box.x + 30, box.y + 50, box.width - 60, box.height - 50)
            pygame.draw.polygon(surface, colour, [(body.x, body.y), (body.centerx, box.y + 6),
                                                  (body.right, body.y)])
            pygame.draw.rect(surface, colour, (body.centerx - 20, box.y, 40, 16))
        elif shape == "bottle":
            body = pygame.Rect(box.x + 40, box.y + 80, box.width - 80, box.height - 80)
            pygame.draw.rect(surface, colour, (body.centerx - 22, box.y + 20, 44, 70))
            pygame.draw.rect(surface, lid, (body.centerx - 26, box.y, 52, 26), border_radius=6)
        elif shape == "jar":
            body = pygame.Rect(box.x + 20, box.y + 60, box.width - 40, box.height - 60)
            pygame.draw.rect(surface, lid, (body.x + 14, box.y + 24, body.width - 28, 40),
                             border_radius=8)
        elif shape == "bag":
            # A paper bag: wider at the foot, its top folded over in a zigzag.
            body = pygame.Rect(box.x + 16, box.y + 40, box.width - 32, box.height - 40)
            teeth = [(body.x + 6 + i * (body.width - 12) / 8, box.y + (22 if i % 2 else 34))
                     for i in range(9)]
            pygame.draw.polygon(surface, colour, [(body.x + 6, body.y + 10), *teeth,
                                                  (body.right - 6, body.y + 10)])
        elif shape == "pack":
            body = pygame.Rect(box.x, box.y + 60, box.width, box.height - 110)
        else:
            body = pygame.Rect(box.x + 14, box.y + 20, box.width - 28, box.height - 20)
        pygame.draw.rect(surface, colour, body,
                         border_radius={"jar": 22, "bottle": 22, "bag": 12}.get(shape, 8))
        label = pygame.Rect(0, 0, body.width - 24, min(96, body.height - 30))
        label.center = body.center
        panel(surface, label, (255, 255, 255), 14)
        mark = pygame.Rect(0, 0, label.height - 24, label.height - 24)
        mark.center = label.center
        if own:
            draw_icon(surface, "star", mark, self.palette.accent)
        else:
            pygame.draw.circle(surface, theme.readable_on((255, 255, 255)), mark.center,
                               mark.width // 2, 6)

    def _draw_leaving(self, surface, rect: pygame.Rect, cards) -> pygame.Rect:
        """The taken product shrinks into its tile on the list."""
        index, own_left, side, tween = self.leaving
        k = ease_out(tween.t)
        home = cards[0 if side == "left" else 1]
        own = own_left == (side == "left")
        tile = self._tile(rect, index)
        box = pygame.Rect(0, 0, round(CARD_W + (TILE - CARD_W) * k),
                          round(CARD_H + (TILE - CARD_H) * k))
        box.center = (round(home.centerx + (tile.centerx - home.centerx) * k),
                      round(home.centery + (tile.centery - home.centery) * k))
        colour = self.palette.accent if own else OTHER_COLOURS[index % len(OTHER_COLOURS)]
        panel(surface, box, colour, max(8, round(28 * (1 - k))))
        draw_icon(surface, "cart", box.inflate(-box.width // 3, -box.height // 3),
                  theme.readable_on(colour))
        return box

    def _banner_sprite(self, bonus: int) -> pygame.Surface:
        """The full-basket banner with its shadow, drawn once."""
        if self._banner is None or self._banner[0] != bonus:
            ink = theme.readable_on(theme.GAIN)
            text = self.t("minigame.checkout.full", n=bonus)
            label = self.fonts.render(f"▲ {text}", "title", ink, "display")
            icon = pygame.Rect(0, 0, 96, 96)
            width = icon.width + 30 + label.get_width()
            box = pygame.Rect(18, 18, width + 140, 180)
            sprite = shadow(box.size).copy()
            panel(sprite, box, theme.GAIN)
            icon.midleft = (box.centerx - width // 2, box.centery)
            draw_icon(sprite, "cart", icon, ink)
            layout.blit(sprite, label, label.get_rect(midleft=(icon.right + 30, box.centery)))
            self._banner = bonus, sprite
        return self._banner[1]

    def _full_item(self, rect: pygame.Rect):
        """The full-basket banner, rising into place."""
        k = 1.0 if self.calm else ease_out_back(self.banner.t)
        sprite = self._banner_sprite(self.model.bonus)
        at = sprite.get_rect(center=(rect.centerx, rect.centery + 40 + round(80 * (1 - k))))
        return ("banner", k, at, lambda s: s.blit(sprite, at))
