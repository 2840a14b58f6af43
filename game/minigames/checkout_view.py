"""Checkout on screen: the shopping list as tiles, two identical products side by side
above the two buttons, the taken one flying into the list, and the full basket."""
from __future__ import annotations

import pygame

from ..ui import layout
from ..ui import theme
from ..ui.anim import Confetti, Floater, Tween, ease_out, ease_out_back
from ..ui.icons import draw_icon
from ..ui.pictures import PICTURES
from ..ui.widgets import draw_text, panel, shadow
from .checkout import money
from .view import GameView

CARD_W, CARD_H = 580, 470
TILE, TILE_GAP = 52, 12
# Other makers wear these; the platform's own brand always wears the app's blue.
OTHER_COLOURS = (theme.ORANGE, theme.GAIN, theme.PINK, theme.SKY, theme.LOSS, theme.YELLOW)
PAD = 18  # how far a card's shadow reaches past the card (widgets.shadow)
RISE = 14  # px a new pair rises by: its shadow just clears the buttons' focus ring
SEE_THROUGH = (255, 0, 255)  # a card's corners: no colour a card is painted with


class CheckoutView(GameView):
    def __init__(self, scene, model, stage):
        super().__init__(scene, model, stage)
        self.leaving = None  # (index, own on left, side taken, tween): the pair just decided
        self.arrive = Tween(0.35)
        self.arrive.finish()  # the first pair is already in place behind the 3-2-1
        self.floaters: list[Floater] = []
        self.confetti = Confetti(seed=7)
        self.banner = Tween(0.3)
        self._celebrated = False
        for index in (model.index, model.index + 1):  # made while the intro is read
            self._cards_soon(index)

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
        tile = self._tile(self.stage.area, index)
        counter = (self.stage.points.right - 90, self.stage.points.centery)
        bonus = pick.points - model.params["item_points"]
        big = self.fonts.render(self.t("minigame.checkout.badge", n=model.params["item_points"]),
                                "title", theme.GAIN_TEXT, "display")
        small = self.fonts.render(self.t("minigame.checkout.fine_print", n=bonus), "small",
                                  self.palette.ink_soft, "semibold")
        self.floaters.append(Floater(big, tile.center, counter, 0.7, 0.3))
        self.floaters.append(Floater(small, (tile.centerx, tile.bottom + 20),
                                     (counter[0], counter[1] + 44), 0.7, 0.4))

    def update(self, dt: float) -> None:
        if self.leaving is None:  # a quiet moment: the pair after this one, a card a frame
            self._cards_soon(self.model.index + 1, one=True)
        if self.model.complete and not self._celebrated:
            self._celebrated = True
            self.banner = Tween(0.3)
            self.app.play("big_gain")
            if not self.calm:
                self.confetti.burst(self.stage.area.center, 90, 1000)
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

    # -- painting ---------------------------------------------------------------------

    def _homes(self, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
        """Each card stands over its button (the host centres two 640-wide buttons)."""
        left = pygame.Rect(0, 0, CARD_W, CARD_H)
        left.midbottom = (rect.centerx - 340, rect.bottom - 8)
        return left, left.move(680, 0)

    def draw(self, surface: pygame.Surface) -> None:
        rect, model = self.stage.area, self.model
        self._draw_list(surface, rect)
        homes = self._homes(rect)
        if model.item is not None:
            rise = 0 if self.calm else round(RISE * (1 - ease_out_back(self.arrive.t)))
            if self.arrive.time < 0:
                rise = RISE
            for side, home in zip(("left", "right"), homes):  # the pair rises into place
                surface.blit(shadow(home.size), (home.x - PAD, home.y - PAD + rise))
                surface.blit(self._card(model.index, side), home.move(0, rise))
            self._draw_same(surface, homes, self.leaving is not None and self.calm)
        settled = self.calm or self.banner.done
        if model.complete and settled:
            self._draw_banner(surface, rect)
        if self.leaving is not None and not self.calm:
            self._draw_leaving(surface, rect, homes)
        if model.complete and not settled:
            self._draw_banner(surface, rect)
        for floater in self.floaters:
            floater.draw(surface)
        self.confetti.draw(surface)

    def _tile(self, rect: pygame.Rect, i: int) -> pygame.Rect:
        count = len(self.model.items)
        width = count * TILE + (count - 1) * TILE_GAP
        return pygame.Rect(rect.centerx - width // 2 + i * (TILE + TILE_GAP), rect.y + 14,
                           TILE, TILE)

    def _draw_list(self, surface, rect: pygame.Rect) -> None:
        """The shopping list: its name, a tile per item and "item n of N"."""
        pal, model = self.palette, self.model
        first = self._tile(rect, 0)
        draw_text(surface, self.fonts, self.t("minigame.checkout.list").upper(),
                  (first.x - 36, first.centery), "small", pal.ink_soft, "bold", "midright")
        flying = self.leaving[0] if self.leaving is not None and not self.calm else None
        picked = len(model.picks)
        for i in range(len(model.items)):
            kind = ("done" if i < picked and i != flying else
                    "now" if i == model.index else "todo")
            surface.blit(self.picture(("tile", kind), lambda kind=kind: self._make_tile(kind)),
                         self._tile(rect, i))
        if model.item is not None:
            label = self.fonts.render(self.t("minigame.checkout.item_of", n=model.index + 1,
                                             total=len(model.items)),
                                      "body", pal.ink, "semibold")
            last = self._tile(rect, len(model.items) - 1)
            layout.blit(surface, label, label.get_rect(midleft=(last.right + 36, last.centery)))

    def _make_tile(self, kind: str) -> pygame.Surface:
        """A list tile: ticked off, the one being shopped for, or still to get."""
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
        return sprite

    # -- the product cards --------------------------------------------------------------

    def _look(self, index: int, side: str) -> tuple:
        """What the card on that side of item ``index`` shows: its picture's name."""
        model, app = self.model, self.app
        product = model.items[index]
        own = model.own_on_left(index) == (side == "left")
        colour = self.palette.accent if own else OTHER_COLOURS[index % len(OTHER_COLOURS)]
        return ("card", app.text(product.own_brand if own else product.other_brand),
                app.text(product.name), product.shape, own, colour,
                product.own_price if own else product.other_price,
                model.params["item_points"], model.points_for(own))

    def _card(self, index: int, side: str) -> pygame.Surface:
        look = self._look(index, side)
        return self.picture(look, lambda: self._make_card(*look[1:]))

    def _cards_soon(self, index: int, one: bool = False) -> None:
        """Item ``index``'s pair, made ahead of its turn; ``one``: only the first card not
        made yet (a card takes a ms or two to make)."""
        if index < len(self.model.items):
            for side in ("left", "right"):
                look = self._look(index, side)
                if self.key(*look) not in PICTURES:
                    self.soon(look, lambda look=look: self._make_card(*look[1:]))
                    if one:
                        return

    def _make_card(self, brand: str, name: str, shape: str, own: bool, colour, cents: int,
                   item_points: int, points: int) -> pygame.Surface:
        """A product on its card; the rounded corners stay see-through, for the shadow."""
        pal, fonts = self.palette, self.fonts
        card = pygame.Surface((CARD_W, CARD_H))  # the display's format: no convert needed
        card.fill(SEE_THROUGH)
        rect = card.get_rect()
        panel(card, rect, pal.surface)
        self._draw_package(card, pygame.Rect(rect.x + 28, rect.y + 34, 176, 236), shape, colour,
                           own)
        x, width = rect.x + 226, rect.width - 250
        # The brand is the point of the game: a size less before it is cut.
        size = "lead" if fonts.font("lead", "bold").size(brand)[0] <= width else "body"
        draw_text(card, fonts, fonts.fit(brand, size, width, "bold"), (x, rect.y + 40),
                  size, pal.ink, "bold")
        for n, line in enumerate(fonts.wrap(name, "body", width)[:2]):
            draw_text(card, fonts, line, (x, rect.y + 98 + n * 42), "body", pal.ink_soft)
        draw_text(card, fonts, self.t("minigame.checkout.price", **money(cents)),
                  (x, rect.y + 270), "headline", pal.ink, "display", "bottomleft")
        pygame.draw.line(card, pal.line, (rect.x + 30, rect.y + 300),
                         (rect.right - 30, rect.y + 300), 2)
        draw_text(card, fonts, f"▲ {self.t('minigame.checkout.badge', n=item_points)}",
                  (rect.centerx, rect.y + 366), "title", theme.GAIN_TEXT, "display", "center")
        fine = self.t("minigame.checkout.fine_print", n=points - item_points)
        draw_text(card, fonts, fine, (rect.centerx, rect.y + 432), "small", pal.ink_soft,
                  "regular", "center")
        card.set_colorkey(SEE_THROUGH)
        return card

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

    # -- around the cards ---------------------------------------------------------------

    def _draw_same(self, surface, homes, taken: bool) -> None:
        """The "=" between the two: they are the same thing, and the screen says so. With
        reduced motion nothing flies, so the pill says for a moment where the last one went."""
        pal = self.palette
        gap_x = (homes[0].right + homes[1].x) // 2
        centre = (gap_x, homes[0].y + 70)
        said = f"✓ {self.t('minigame.checkout.in_basket')}" if taken else \
            self.t("minigame.checkout.same")
        pill_text = self.fonts.render(said, "small", pal.ink, "semibold")
        pill = pill_text.get_rect(midbottom=(gap_x, homes[0].y - 8)).inflate(32, 12)
        pygame.draw.circle(surface, pal.surface, centre, 44)
        pygame.draw.circle(surface, pal.accent, centre, 44, 4)
        draw_text(surface, self.fonts, "=", centre, "title", pal.accent, "display", "center")
        panel(surface, pill, pal.surface_alt, pill.height // 2, pal.line, 2)
        layout.blit(surface, pill_text, pill_text.get_rect(center=pill.center))

    def _draw_leaving(self, surface, rect: pygame.Rect, homes) -> None:
        """The taken product shrinks into its tile on the list."""
        index, own_left, side, tween = self.leaving
        k = ease_out(tween.t)
        home = homes[0 if side == "left" else 1]
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

    def _draw_banner(self, surface, rect: pygame.Rect) -> None:
        """The full-basket banner, rising into place."""
        k = 1.0 if self.calm else ease_out_back(self.banner.t)
        bonus = self.model.bonus
        sprite = self.picture(("banner", bonus), lambda: self._make_banner(bonus))
        surface.blit(sprite, sprite.get_rect(center=(rect.centerx,
                                                     rect.centery + 40 + round(80 * (1 - k)))))

    def _make_banner(self, bonus: int) -> pygame.Surface:
        """The full-basket banner on its shadow."""
        ink = theme.readable_on(theme.GAIN)
        label = self.fonts.render(f"▲ {self.t('minigame.checkout.full', n=bonus)}", "title",
                                  ink, "display")
        icon = pygame.Rect(0, 0, 96, 96)
        width = icon.width + 30 + label.get_width()
        box = pygame.Rect(18, 18, width + 140, 180)
        sprite = shadow(box.size).copy()
        panel(sprite, box, theme.GAIN)
        icon.midleft = (box.centerx - width // 2, box.centery)
        draw_icon(sprite, "cart", icon, ink)
        layout.blit(sprite, label, label.get_rect(midleft=(icon.right + 30, box.centery)))
        return sprite
