"""Checkout: fill a basket from a shopping list against the clock, one of two identical
products per item. The platform's own brand quietly earns more points than the other
maker's, which costs the same or less; the result card says what that difference was.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .base import GameModel, Line, Move, Result, clamp

BASKET = {1: 8, 2: 10, 3: 12}  # items on the list, by difficulty
CHECKOUT_PAUSE = 0.7  # seconds the full basket is cheered before the till closes
READ_TIME = 0.8  # an autoplay citizen looks at both products this long
SHAPES = ("carton", "bag", "bottle", "box", "jar", "pack")
MISSED_WEIGHT = 0.5  # an item left on the list counts half against the shopper


@dataclass(frozen=True)
class Product:
    name: Any  # Text: what it is ("Milk, 1 litre"), the same for both makers
    shape: str  # how its package is drawn
    own_brand: Any  # Text: the platform's brand
    other_brand: Any  # Text: another maker's
    own_price: int  # cents
    other_price: int  # cents, never above the own brand's


@dataclass(frozen=True)
class Pick:
    product: Product
    own: bool  # the platform's brand was taken
    points: int


class Checkout(GameModel):
    NAME = "checkout"
    CLAIMS = ("A7",)
    CONTROLS = (("minigame.checkout.take_left", "cart"), ("minigame.checkout.take_right", "cart"))
    RELAXED_ROUNDS = BASKET[2]

    def __init__(self, placement, rng: random.Random, relaxed: bool = False,
                 perks: frozenset[str] = frozenset()):
        super().__init__(placement, rng, relaxed, perks)
        products = list(self.params["products"])
        rng.shuffle(products)
        size = BASKET[self.difficulty]
        self.items = [products[i % len(products)] for i in range(size)]
        # Half the own brands stand on each side, so no position is a safe habit.
        sides = [i % 2 == 0 for i in range(size)]
        rng.shuffle(sides)
        self.own_left = sides
        self.index = 0
        self.item_age = 0.0
        self.picks: list[Pick] = []
        self.complete = False
        self.bonus = 0
        self.pause = 0.0

    # -- state the view reads --------------------------------------------------------

    @property
    def item(self) -> Product | None:
        return self.items[self.index] if self.index < len(self.items) else None

    @property
    def stage(self) -> str:
        return "basket-full" if self.complete else ""

    def own_on_left(self, index: int | None = None) -> bool:
        return self.own_left[self.index if index is None else index]

    def offer(self, side: str) -> tuple[bool, int]:
        """(own brand?, points) of the product standing on that side now."""
        own = self.own_on_left() == (side == "left")
        return own, self.points_for(own)

    def points_for(self, own: bool) -> int:
        p = self.params
        return p["item_points"] + (p["own_brand_bonus"] if own else p["other_brand_bonus"])

    # -- the rules -------------------------------------------------------------------

    def moves(self) -> list[Move]:
        live = self.item is not None
        return [Move("left", "minigame.checkout.take_left", icon="cart", enabled=live),
                Move("right", "minigame.checkout.take_right", icon="cart", enabled=live)]

    def on_move(self, move_id: str) -> None:
        own, points = self.offer(move_id)
        self.points += points
        self.picks.append(Pick(self.item, own, points))
        self.index += 1
        self.item_age = 0.0
        if self.item is None:
            self.complete = True
            self.bonus = self.params["basket_bonus"]
            self.points += self.bonus

    def tick(self, dt: float) -> None:
        self.item_age += dt
        if self.complete:
            self.pause += dt
            if self.pause >= CHECKOUT_PAUSE:
                self.finish()

    # -- judgement -------------------------------------------------------------------

    def judge(self) -> Result:
        own = [p for p in self.picks if p.own]
        other = [p for p in self.picks if not p.own]
        missed = len(self.items) - len(self.picks)
        gap = self.params["own_brand_bonus"] - self.params["other_brand_bonus"]
        paid_more = sum(p.product.own_price - p.product.other_price for p in own)
        saved = sum(p.product.own_price - p.product.other_price for p in other)
        loyalty = (len(own) - len(other) - MISSED_WEIGHT * missed) / len(self.items)
        grade = clamp(loyalty + (0.2 if self.complete else 0.0))
        # The game points, added up the way the result's headline shows their total.
        base = self.params["item_points"] * len(self.picks)
        lines = [Line("minigame.checkout.tally", {"n": len(self.picks), "base": base,
                                                  "brand": sum(p.points for p in self.picks) - base})
                 ] if self.picks else []
        lines += [Line("minigame.checkout.basket_full", {"n": self.bonus}, "good")
                  if self.complete else
                  Line("minigame.checkout.basket_short",
                       {"n": len(self.picks), "total": len(self.items)}, "bad")]
        if own:
            lines.append(Line("minigame.checkout.own", {"n": len(own), "x": gap * len(own)}))
            if paid_more:
                lines.append(Line("minigame.checkout.paid_more", money(paid_more), "bad"))
        if other and not own:  # a mixed basket's own-brand line already names the gap
            lines.append(Line("minigame.checkout.other", {"n": len(other), "x": gap * len(other)},
                              "bad"))
        return Result(
            "played", self.points, grade, self.CLAIMS if self.picks else (),
            {"own_brand": len(own), "other_brand": len(other), "missed": missed,
             "complete": self.complete, "paid_more_cents": paid_more, "saved_cents": saved,
             "points_for_own_brand": gap * len(own)},
            tuple(lines))

    def bot_move(self, style: str, rng: random.Random) -> str | None:
        if self.item is None or (not self.relaxed and self.item_age < READ_TIME):
            return None
        own_side, other_side = ("left", "right") if self.own_on_left() else ("right", "left")
        if style == "conform":
            return own_side
        if style == "resist":
            return other_side  # the same contents, for less money and fewer points
        return rng.choice(("left", "right", None))

    # -- the level file's params -----------------------------------------------------

    @staticmethod
    def parse(check, spot) -> dict[str, Any]:
        f = check.fields(spot, "item_points own_brand_bonus other_brand_bonus basket_bonus "
                               "products")
        if f is None:
            return {}
        values = {key: check.integer(f.get(key), 0, 100)
                  for key in ("item_points", "own_brand_bonus", "other_brand_bonus",
                              "basket_bonus")}
        own, other = values["own_brand_bonus"], values["other_brand_bonus"]
        if own is not None and other is not None and own <= other:
            check.report(f["own_brand_bonus"], f"must be more than other_brand_bonus ({other}): "
                                               "the own brand is what the score favours")
        products = []
        for item in check.items(f.get("products"), 4, 40):
            g = check.fields(item, "name own_brand other_brand own_price other_price", "shape")
            if g is None:
                continue
            shape = check.one_of(g["shape"], SHAPES, "package shape") if "shape" in g else "box"
            prices = [check.positive(g.get(key), 1000) for key in ("own_price", "other_price")]
            cents = [round(p * 100) if p is not None else None for p in prices]
            if None not in cents and cents[1] > cents[0]:
                check.report(g["other_price"], f"must not be above own_price ({prices[0]}): the "
                                               "other maker is never the dearer choice")
            product = Product(check.text(g.get("name")), shape, check.text(g.get("own_brand")),
                              check.text(g.get("other_brand")), *cents)
            if None not in (product.name, product.shape, product.own_brand,
                            product.other_brand, *cents):
                products.append(product)
        return {**values, "products": tuple(products)}


def money(cents: int) -> dict[str, int]:
    """The placeholders a price is written with, so each language sets its own separator."""
    return {"euros": cents // 100, "cents": cents % 100}
