"""What a station may send a room: one visit's anonymous summary, and nothing else.

The summary is the session report (``game.core.report``) with a visit id, a random
token that names no one and makes a resent summary count once. The host refuses any body
that is not exactly this shape: no unknown keys, no number out of range, and no words but
the level's own (``LevelWords``: a score change's reason, a scorer's band and verdict).
``problems`` lists what is wrong, as ``path: message``.
"""
from __future__ import annotations

import dataclasses
import math
import re
import uuid
from collections.abc import Mapping

MAX_BODY = 256 * 1024  # bytes: a workshop visit's summary is about 20 KB
MAX_ITEMS = 500  # entries in any one list
MAX_TEXT = 400  # characters of any one string (a level's texts are at most this long)
_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_REF = re.compile(r"[a-z][a-z0-9_]{0,39}(/[a-z][a-z0-9_]{0,39})?")  # "card/option", "circle"
_CLAIM = re.compile(r"A[0-9]{1,2}")
_LANG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
PLACES = ("outcome", "card", "day end", "morning", "game")  # where a change was shown
LIMIT = 2**31  # the largest whole number (a seed is below 2**31)

# Types: int, num, bool, id (a level id), ref (an id or "id/id"), claim (A1-A21), lang,
# place (one of PLACES), text (the level's own words), hex32; a trailing "?" allows
# null; [spec] is a list of spec; {key: spec} a mapping with exactly these keys
# ("key?" for one that may be missing); ("map", spec) a mapping from ids to spec.
CHOICE = {"day": "int", "card": "id", "option": "id"}
SUMMARY = {
    "visit_id": "hex32",
    "scenario": "id", "seed": "int?", "style": "id?", "length": "id", "language": "lang",
    "start_score": "int", "final_score": "int", "final_tier": "id", "score_range": ["int"],
    "score_history": [{"day": "int", "score": "int", "delta": "int", "reason": "text?",
                       "source": "ref", "cause": "id", "shown": "place?"}],
    "tier_history": [{"day": "int", "from": "id", "to": "id", "up": "bool"}],
    "choices": [CHOICE],
    "data_points": "int",
    "partners": ("map", "int"),
    "bans": [{"day": "int", "ban": "id", "card": "id", "days": "int"}],
    "perks_used": [{"day": "int", "perk": "id", "card": "id"}],
    "rejudged": [{"day": "int", "card": "id", "original_day": "int", "tag": "id"}],
    "appeals_pending_at_end": "int",
    "narrowing": {"early": "num", "late": "num", "choices": "int"},
    "minigames": [{"id": "id", "game": "id", "day": "int", "result": "id", "points": "int",
                   "grade": "num", "relaxed": "bool", "score_change": "int",
                   "claims": ["claim"]}],
    "left_early": "bool",
    "prompts": ["id"],
    "social?": {
        "contacts": [{"id": "id", "score": "int", "on_app": "bool", "in_circle": "bool",
                      "recruited": "bool", "choice": "id?", "signed": "bool"}],
        "recruited": ["id"], "network_size": "int", "market_share": "num?",
        "market_share_start": "num?", "dropped": ["id"], "reported": ["id"], "warned": ["id"],
        "kept_falling_friends": ["id"], "joined_collective_action": "bool", "badges": ["id"],
        "leaderboard_rank": "int?",
        "choices": [{"day": "int", "action": "id", "friends": ["id"], "earned": "int"}]},
    "other_scorers?": [{"id": "id", "score": "num", "range": ["num"], "band": "text",
                        "verdict": "text", "top_choices": ["ref"]}],
    "epilogue?": {"score_before": "int", "score_after": "int", "tier_before": "id",
                  "tier_after": "id", "flipped": ["ref"]},
    "agency?": {"rule": "id", "score_before": "int", "final_score": "int", "final_tier": "id",
                "circle?": {"rank_before": "int", "rank_after": "int", "of": "int"}},
    "claims_reached": ["claim"],
    "survey?": {"before": "scale?", "after": "scale?"},
}


def new_visit_id() -> str:
    """A random id for one visit: it names no one, and a resent summary counts once."""
    return uuid.uuid4().hex


class LevelWords:
    """Every sentence a level's file holds, in every language: the only words a summary may
    carry. A sentence with ``{name}`` stands for itself with each friend's name put in."""

    def __init__(self, scenario):
        self.words: set[str] = set()
        templates: list[str] = []
        for text in _texts(scenario):
            for value in text.by_lang.values():
                if "{name}" in value:
                    templates.append(value)
                else:
                    self.words.add(value)
        names = {v for c in (scenario.circle.contacts if scenario.circle else ())
                 for v in c.name.by_lang.values()}
        for template in templates:
            self.words |= {template.replace("{name}", name) for name in names}

    def allows(self, text: str) -> bool:
        return text in self.words


def _texts(value, seen=None):
    """Every ``Text`` inside a scenario's objects."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if hasattr(value, "by_lang"):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), seen)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts(item, seen)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _texts(item, seen)


def problems(summary, words: LevelWords | None = None) -> list[str]:
    """What makes ``summary`` not a visit summary (empty: it is one); with ``words``, a
    text must be one of the level's own."""
    found: list[str] = []
    _check(summary, SUMMARY, "summary", found, words)
    return found[:20]


def _check(value, spec, where: str, found: list[str], words=None) -> None:
    if isinstance(spec, str):
        nullable = spec.endswith("?")
        if value is None:
            if not nullable:
                found.append(f"{where}: missing a value")
            return
        message = _scalar(value, spec.rstrip("?"))
        if not message and spec.rstrip("?") == "text" and words is not None and \
                not words.allows(value):
            message = "not words of this room's level"
        if message:
            found.append(f"{where}: {message}")
    elif isinstance(spec, list):
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            found.append(f"{where}: expected a list of at most {MAX_ITEMS}")
            return
        for i, item in enumerate(value):
            _check(item, spec[0], f"{where}[{i}]", found, words)
    elif isinstance(spec, tuple):  # ("map", spec): ids to values
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            found.append(f"{where}: expected a mapping")
            return
        for key, item in value.items():
            if _scalar(key, "id"):
                found.append(f"{where}: {str(key)[:40]!r} is not an id")
            _check(item, spec[1], f"{where}.{str(key)[:40]}", found, words)
    else:
        _mapping(value, spec, where, found, words)


def _mapping(value, spec: dict, where: str, found: list[str], words) -> None:
    if not isinstance(value, dict):
        found.append(f"{where}: expected a mapping")
        return
    keys = {k.rstrip("?"): k.endswith("?") for k in spec}
    for key in value:
        if key not in keys:
            found.append(f"{where}: unknown key {str(key)[:40]!r}")
    for key, optional in keys.items():
        item_spec = spec[key + "?" if optional else key]
        if key not in value:
            if not optional:
                found.append(f"{where}: missing key {key!r}")
        elif value[key] is not None or not optional:
            _check(value[key], item_spec, f"{where}.{key}", found, words)


def _scalar(value, kind: str) -> str | None:
    if kind in ("int", "scale"):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > LIMIT:
            return "expected a whole number"
        if kind == "scale" and not 1 <= value <= 5:
            return "expected 1 to 5"
        return None
    if kind == "num":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok and math.isfinite(value) and abs(value) <= LIMIT else "expected a number"
    if kind == "bool":
        return None if isinstance(value, bool) else "expected true or false"
    if not isinstance(value, str):
        return "expected a string"
    if kind == "id":
        return None if _ID.fullmatch(value) else "expected an id"
    patterns = {"hex32": _HEX32, "ref": _REF, "claim": _CLAIM, "lang": _LANG}
    if kind in patterns:
        return None if patterns[kind].fullmatch(value) else f"expected a {kind}"
    if kind == "place":
        return None if value in PLACES else "expected where a change was shown"
    if len(value) > MAX_TEXT or _CONTROL.search(value):
        return f"expected at most {MAX_TEXT} printable characters"
    return None
