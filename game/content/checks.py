"""The field checks a scenario file is made of: types, ranges, ids, Texts, references.

``Checker`` never stops at a problem: it records it and returns None, so one pass over a
file reports everything wrong with it. ``schema`` uses it to build ``game.core.scenario``.
"""
from __future__ import annotations

import math
import re
import string
from typing import Any, Iterable

from game.core.scenario import Text

from .yamlsafe import Problem, YamlList, YamlMap, kind_of

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
# Characters a screen cannot show: controls (a new line and a tab aside) and the Unicode
# line and paragraph separators, which some editors insert unseen.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
MAX_TEXT = 400  # characters: a card's text in full is about half that
MAX_CREDITS = 4000  # the credits page several pages at most
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
_BOOL_HINT = " (quote yes/no/on/off to keep them as text)"


class Spot:
    """A value of the file, where it starts, and where it sits in the scenario.

    A plain slotted class: one is made per value checked, so it must be cheap, and
    ``where`` (e.g. "cards[3].options[0]") is only spelled out when a message needs it.
    """

    __slots__ = ("value", "line", "col", "parent", "step")

    def __init__(self, value: Any, line: int, col: int, parent: "Spot | None" = None,
                 step: str = ""):
        self.value, self.line, self.col, self.parent, self.step = value, line, col, parent, step

    @property
    def where(self) -> str:
        if self.parent is None:
            return self.step
        above = self.parent.where
        if self.step.startswith("["):
            return above + self.step
        return f"{above}.{self.step}" if above else self.step

    def child(self, key: str) -> "Spot":
        line, col = self.value.value_at[key]
        return Spot(self.value[key], line, col, self, key)

    def key(self, key: str) -> "Spot":
        line, col = self.value.key_at[key]
        return Spot(key, line, col, self, key)

    def items(self) -> list["Spot"]:
        return [Spot(item, line, col, self, f"[{i}]")
                for i, (item, (line, col)) in enumerate(zip(self.value, self.value.item_at))]


def root_spot(tree) -> Spot:
    return Spot(tree, getattr(tree, "line", 1), getattr(tree, "col", 1))


class Checker:
    """Checks values and collects problems; every check accepts a missing spot (None)."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] | None = None  # None: unknown, so Texts skip that check
        self._refs: list[tuple[str, Spot]] = []
        self.found: dict[str, list] = {}  # what a later cross-check needs, by kind

    def report(self, spot: Spot, message: str) -> None:
        text = f"{spot.where}: {message}" if spot.where else message
        self.problems.append(Problem(self.path, spot.line, spot.col, text))

    # -- containers -------------------------------------------------------------------

    def fields(self, spot: Spot | None, required: str,
               optional: str = "") -> dict[str, Spot] | None:
        """The keys of a mapping as spots; unknown keys and missing required ones reported."""
        if spot is None or not self._is(spot, YamlMap, "a mapping"):
            return None
        required_keys, optional_keys = required.split(), optional.split()
        allowed = required_keys + optional_keys
        found = {}
        for key in spot.value:
            if key in allowed:
                found[key] = spot.child(key)
            else:
                self.report(spot.key(key), f"unknown key {key!r}; allowed: {', '.join(allowed)}")
        for key in required_keys:
            if key not in spot.value:
                self.report(spot, f"missing key {key!r}")
        return found

    def entries(self, spot: Spot | None) -> list[tuple[Spot, Spot]]:
        """A mapping with free keys (such as effects) as (key, value) spots."""
        if spot is None or not self._is(spot, YamlMap, "a mapping"):
            return []
        return [(spot.key(key), spot.child(key)) for key in spot.value]

    def items(self, spot: Spot | None, low: int = 0, high: int | None = None) -> list[Spot]:
        if spot is None or not self._is(spot, YamlList, "a list"):
            return []
        count = len(spot.value)
        if count < low or (high is not None and count > high):
            self.report(spot, f"needs {_range(low, high)} entries, has {count}")
        return spot.items()

    # -- scalars ----------------------------------------------------------------------

    def string(self, spot: Spot | None, longest: int = MAX_TEXT,
               fields: tuple[str, ...] = ()) -> str | None:
        """Words for the screen: not empty, not too long, nothing invisible, no placeholder
        but ``fields``."""
        if spot is None or not self._is(spot, str, "a string"):
            return None
        if not spot.value.strip():
            self.report(spot, "must not be empty")
            return None
        problem = text_problem(spot.value, longest, fields)
        if problem:
            self.report(spot, problem)
            return None
        return spot.value

    def ident(self, spot: Spot | None) -> str | None:
        if spot is None or not self._is(spot, str, "an id"):
            return None
        if not ID_PATTERN.fullmatch(spot.value):
            self.report(spot, f"{spot.value!r} is not a valid id: use a-z, 0-9 and _, "
                              "start with a letter, at most 40 characters")
            return None
        return spot.value

    def integer(self, spot: Spot | None, low: int | None = None,
                high: int | None = None) -> int | None:
        if spot is None or not self._is(spot, int, "an integer"):
            return None
        value = spot.value
        if (low is not None and value < low) or (high is not None and value > high):
            self.report(spot, f"must be {_range(low, high)}, got {value}")
            return None
        return value

    def positive(self, spot: Spot | None, high: float = 1_000_000) -> float | None:
        """A number above 0 and at most ``high`` (no file needs more; sums stay finite)."""
        if spot is None or not self._is(spot, (int, float), "a number"):
            return None
        if not (math.isfinite(spot.value) and 0 < spot.value <= high):
            self.report(spot, f"must be a number greater than 0 and at most {high:,}, "
                              f"got {spot.value}")
            return None
        return spot.value

    def flag(self, spot: Spot | None) -> bool | None:
        if spot is None or not self._is(spot, bool, "true or false"):
            return None
        return spot.value

    def one_of(self, spot: Spot | None, allowed: Iterable[str], what: str) -> str | None:
        if spot is None or not self._is(spot, str, f"a {what}"):
            return None
        allowed = tuple(allowed)
        if spot.value not in allowed:
            self.report(spot, f"unknown {what} {spot.value!r}; allowed: {_listing(allowed)}")
            return None
        return spot.value

    def text(self, spot: Spot | None, fields: tuple[str, ...] = (),
             longest: int = MAX_TEXT) -> Text | None:
        """A Text: one non-empty string for every declared language, and no other, each at
        most ``longest`` characters, with no placeholders but ``fields`` ({name})."""
        if spot is None:
            return None
        if not isinstance(spot.value, YamlMap):
            self.report(spot, "expected a Text, a mapping such as {en: ..., de: ...}, "
                              f"got {kind_of(spot.value)}")
            return None
        langs = self.languages
        if langs is not None and tuple(spot.value) == langs and all(
                isinstance(v, str) and v.strip() and not text_problem(v, longest, fields)
                for v in spot.value.values()):
            return Text(dict(spot.value))  # the usual case, checked in one go
        by_lang = {}
        for lang in spot.value:
            if langs is not None and lang not in langs:
                self.report(spot.key(lang), f"language {lang!r} is not declared in languages "
                                            f"({', '.join(langs)})")
            by_lang[lang] = self.string(spot.child(lang), longest, fields)
        for lang in langs or ():
            if lang not in spot.value:
                self.report(spot, f"missing language {lang!r}")
        order = langs or tuple(by_lang)
        return Text({lang: by_lang[lang] for lang in order if by_lang.get(lang) is not None})

    # -- lists of ids and references --------------------------------------------------

    def idents(self, spot: Spot | None, ref: str | None = None, low: int = 0) -> tuple[str, ...]:
        """A list of distinct ids; with ``ref`` each must name an existing one of that kind."""
        found = []
        for item in self.items(spot, low):
            value = self.ident(item)
            if value is None:
                continue
            if value in found:
                self.report(item, f"{value!r} is listed twice")
                continue
            found.append(value)
            if ref:
                self.ref(ref, item)
        return tuple(found)

    def ref(self, kind: str, spot: Spot | None) -> None:
        """Note a reference; ``check_refs`` judges it once every id in the file is known."""
        if spot is not None and isinstance(spot.value, str):
            self._refs.append((kind, spot))

    def check_refs(self, known: dict[str, Iterable[str]]) -> None:
        known_sets = {kind: tuple(ids) for kind, ids in known.items()}
        for kind, spot in self._refs:
            ids = known_sets[kind]
            if spot.value not in ids:
                choices = _listing(ids) if ids else "none are defined"
                self.report(spot, f"unknown {kind} {spot.value!r}; known: {choices}")

    def unique(self, spots: list[Spot], noun: str) -> None:
        """Report every value that an earlier spot already used, e.g. noun "card id"."""
        first: dict[str, int] = {}
        for spot in spots:
            if spot.value in first:
                self.report(spot, f"duplicate {noun} {spot.value!r} "
                                  f"(first at line {first[spot.value]})")
            else:
                first[spot.value] = spot.line

    def _is(self, spot: Spot, types, expected: str) -> bool:
        value = spot.value
        # bool is an int subclass, but `true` is never a number here.
        if isinstance(value, types) and not (isinstance(value, bool) and types is not bool):
            return True
        hint = _BOOL_HINT if isinstance(value, bool) and types is str else ""
        self.report(spot, f"expected {expected}, got {kind_of(value)}{hint}")
        return False


def text_problem(value: str, longest: int = MAX_TEXT, fields: tuple[str, ...] = ()) -> str | None:
    """What keeps a string from going on screen as it is, or None."""
    if len(value) > longest:
        return (f"is {len(value):,} characters long; at most {longest:,} fit (split it or "
                "say it shorter)")
    bad = CONTROL.search(value)
    if bad:
        return (f"contains the invisible character U+{ord(bad.group()):04X}; use plain text "
                "(a line break for a new line)")
    if "{" not in value and "}" not in value:
        return None
    try:
        parts = list(string.Formatter().parse(value))
    except ValueError:
        return "unbalanced { or }: write {{ or }} for a brace"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if spec or conversion:
            return f"placeholder {{{name}}} may not carry a format or conversion (: or !)"
        if name not in fields:
            allowed = " or ".join(f"{{{f}}}" for f in fields)
            return (f"unknown placeholder {{{name}}}; "
                    + (f"only {allowed} is filled in" if fields else "this text takes none"))
    return None


def id_spots(items: list[Spot]) -> list[Spot]:
    """The ``id`` of each mapping that has a string one, for duplicate checks."""
    return [item.child("id") for item in items
            if isinstance(item.value, YamlMap) and isinstance(item.value.get("id"), str)]


def _range(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"between {low} and {high}"
    return f"at least {low}" if low is not None else f"at most {high}"


def _listing(values: tuple[str, ...], limit: int = 14) -> str:
    shown = ", ".join(values[:limit])
    return shown + (", ..." if len(values) > limit else "")
