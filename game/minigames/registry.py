"""The mini-games by the names level files use: a pure model and a view for each.

Models are imported on demand by name, views only by the screen, so the rules and
the validator never pull in pygame. A new game is a module pair and one entry here.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    model: str  # "module:Class" of the pure model
    view: str  # "module:Class" of its view


GAMES: dict[str, Entry] = {
    "rumour_patrol": Entry("game.minigames.rumour:RumourPatrol",
                           "game.minigames.rumour_view:RumourView"),
    "checkout": Entry("game.minigames.checkout:Checkout",
                      "game.minigames.checkout_view:CheckoutView"),
    "security": Entry("game.minigames.security:SecurityCheck",
                      "game.minigames.security_view:SecurityView"),
    "daily_study": Entry("game.minigames.daily_study:DailyStudy",
                         "game.minigames.daily_study_view:DailyStudyView"),
    "crossing": Entry("game.minigames.crossing:Crossing",
                      "game.minigames.crossing_view:CrossingView"),
}


def _load(target: str):
    module, name = target.split(":")
    return getattr(importlib.import_module(module), name)


def model_class(name: str):
    return _load(GAMES[name].model)


def view_class(name: str):
    return _load(GAMES[name].view)
