"""The ``minigames`` list of a scenario file: which registered game, where in the days,
for how long, how hard, what it moves, and the game's own parameters.

The host fields are checked here; each game checks its own ``params`` (``parse``).
"""
from __future__ import annotations

from types import MappingProxyType

from game.core.scenario import LENGTHS, GameSlot, Length, Minigame
from game.minigames import registry

from .cards import _effects, _lengths  # the same rules as on cards, one implementation
from .checks import Checker, Spot, id_spots

KEYS = "id game title intro lesson at seconds scores"
OPTIONAL = "lengths difficulty params"
SECONDS = (20, 45)  # every game is short: long enough to get into, short enough for a kiosk
DIFFICULTY = (1, 3)
MAX_SCORE = 30


def build_minigames(check: Checker, spot: Spot | None,
                    lengths: dict[str, Length]) -> tuple[Minigame, ...]:
    items = check.items(spot)
    check.unique(id_spots(items), "mini-game id")
    games = [_minigame(check, item, lengths) for item in items]
    _check_slots(check, items, games)
    return tuple(g for g in games if g is not None)


def _minigame(check: Checker, spot: Spot, lengths: dict[str, Length]) -> Minigame | None:
    f = check.fields(spot, KEYS, OPTIONAL)
    if f is None:
        return None
    game = check.one_of(f.get("game"), tuple(registry.GAMES), "mini-game")
    params = {}
    if game is not None:
        params = registry.model_class(game).parse(check, f.get("params"))
    game_lengths = _lengths(check, f.get("lengths"))
    at = {}
    for name, slot_spot in (check.fields(f.get("at"), "", " ".join(LENGTHS)) or {}).items():
        slot = _slot(check, slot_spot, lengths.get(name))
        if name not in game_lengths:
            check.report(slot_spot, f"placed in {name}, but the game's lengths leave it out")
        elif slot is not None:
            at[name] = slot
    for name in game_lengths:
        if name not in at and "at" in f:
            check.report(f["at"], f"the game is in the {name} length but has no place in it: "
                                  f"add '{name}: {{day: 1, after: 0}}'")
    low, high = SECONDS
    seconds = check.integer(f.get("seconds"), low, high)
    difficulty = check.integer(f["difficulty"], *DIFFICULTY) if "difficulty" in f else 2
    scores = _effects(check, f.get("scores"))
    for key, value in scores.items():
        if value is not None and abs(value) > MAX_SCORE:
            check.report(f["scores"].child(key),
                         f"must be between -{MAX_SCORE} and {MAX_SCORE}, got {value}")
    return Minigame(
        id=check.ident(f.get("id")), game=game, title=check.text(f.get("title")),
        intro=check.text(f.get("intro")), lesson=check.text(f.get("lesson")),
        at=MappingProxyType(at), lengths=game_lengths, seconds=seconds,
        difficulty=difficulty, scores=scores, params=MappingProxyType(params))


def _slot(check: Checker, spot: Spot, length: Length | None) -> GameSlot | None:
    f = check.fields(spot, "day", "after")
    if f is None:
        return None
    day = check.integer(f.get("day"), 1, length.days if length else None)
    after = check.integer(f["after"], 0, length.cards_per_day if length else None) \
        if "after" in f else 0
    if day is None or after is None:
        return None
    return GameSlot(day, after)


def _check_slots(check: Checker, items: list[Spot], games: list[Minigame | None]) -> None:
    """Two games at the same place would be played back to back: surely a mistake."""
    seen: dict[tuple[str, int, int], str] = {}
    for item, game in zip(items, games):
        if game is None:
            continue
        for name, slot in game.at.items():
            key = (name, slot.day, slot.after)
            if key in seen:
                check.report(item.child("at").child(name),
                             f"{name} day {slot.day} after {slot.after} already holds "
                             f"mini-game {seen[key]!r}")
            else:
                seen[key] = game.id
