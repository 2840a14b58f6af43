"""The optional ``scorers``, ``epilogue`` and ``agency`` sections of a scenario file: what
happens after the last day, checked as strictly as the rest.
"""
from __future__ import annotations

import math
from types import MappingProxyType

from game.core.scenario import CAUSES, Agency, AgencyRule, Band, Drop, Epilogue, Reading, Scorer

from .cards import _rule
from .checks import Checker, Spot, id_spots
from .yamlsafe import kind_of

SCORERS = (1, 4)
BANDS = (2, 6)
AGENCY_RULES = (2, 4)
MAX_RANGE = 100_000
MAX_WEIGHT = MAX_RANGE  # a single choice may move a scorer across its whole range
SIGNS = ("loss", "gain")
MAX_DECIMALS = 2
MAX_PERIOD = 365


def build_scorers(check: Checker, spot: Spot | None) -> tuple[Scorer, ...]:
    if spot is None:
        return ()
    items = check.items(spot, *SCORERS)
    check.unique(id_spots(items), "scorer id")
    return tuple(s for s in (_scorer(check, item) for item in items) if s is not None)


def _scorer(check: Checker, spot: Spot) -> Scorer | None:
    f = check.fields(spot, "id name like range start reads bands fact",
                     "decimals period")
    if f is None:
        return None
    low, high = _range(check, f.get("range"))
    start = check.integer(f.get("start"), low, high)
    check.ref("fact", f.get("fact"))
    decimals = check.integer(f["decimals"], 0, MAX_DECIMALS) if "decimals" in f else 0
    period = check.integer(f["period"], 1, MAX_PERIOD) if "period" in f else 0
    return Scorer(check.ident(f.get("id")), check.text(f.get("name")), check.text(f.get("like")),
                  low, high, start, _reading(check, f.get("reads")),
                  _bands(check, f.get("bands"), low, high), check.ident(f.get("fact")),
                  decimals or 0, period or 0)


def _range(check: Checker, spot: Spot | None) -> tuple[int | None, int | None]:
    f = check.fields(spot, "min max")
    if f is None:
        return None, None
    low = check.integer(f.get("min"), -MAX_RANGE, MAX_RANGE)
    high = check.integer(f.get("max"), -MAX_RANGE, MAX_RANGE)
    if low is not None and high is not None and low >= high:
        check.report(f["max"], f"must be greater than min ({low}), got {high}")
        return None, None
    return low, high


def _reading(check: Checker, spot: Spot | None) -> Reading:
    f = check.fields(spot, "", "dimensions tags categories partners")
    if f is None:
        return Reading()
    if not f:
        check.report(spot, "reads nothing: give dimensions, tags, categories or partners")
    kinds = {"dimensions": "dimension", "tags": "tag", "categories": "category",
             "partners": "partner"}
    weights = {}
    for key, kind in kinds.items():
        found = {}
        for name, value in check.entries(f.get(key)):
            check.ref(kind, name)
            number = _weight(check, value)
            if number is not None:
                found[name.value] = number
        weights[key] = MappingProxyType(found)
    return Reading(**weights)


def _weight(check: Checker, spot: Spot) -> float | None:
    value = spot.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        check.report(spot, f"expected a number, got {kind_of(value)}")
        return None
    if not math.isfinite(value) or abs(value) > MAX_WEIGHT:
        check.report(spot, f"must be between -{MAX_WEIGHT} and {MAX_WEIGHT}, got {value}")
        return None
    return value


def _bands(check: Checker, spot: Spot | None, low: int | None,
           high: int | None) -> tuple[Band, ...]:
    bands, previous = [], None
    for index, item in enumerate(check.items(spot, *BANDS)):
        f = check.fields(item, "min label verdict")
        if f is None:
            continue
        start = check.integer(f.get("min"), low, high)
        if start is not None:
            if index == 0 and low is not None and start != low:
                check.report(f["min"], f"the first band must start at range.min ({low}), "
                                       f"got {start}")
            elif previous is not None and start <= previous:
                check.report(f["min"], f"bands must be in ascending order: min must be "
                                       f"greater than the previous band's ({previous}), "
                                       f"got {start}")
            previous = start
        bands.append(Band(start, check.text(f.get("label")), check.text(f.get("verdict"))))
    return tuple(bands)


def build_epilogue(check: Checker, spot: Spot | None) -> Epilogue | None:
    if spot is None:
        return None
    f = check.fields(spot, "title text rules fact")
    if f is None:
        return None
    check.ref("fact", f.get("fact"))
    rules = tuple(r for r in (_rule(check, item) for item in check.items(f.get("rules"), 1))
                  if r is not None)
    return Epilogue(check.text(f.get("title")), check.text(f.get("text")), rules,
                    check.ident(f.get("fact")))


def build_agency(check: Checker, spot: Spot | None) -> Agency | None:
    if spot is None:
        return None
    f = check.fields(spot, "title text rules")
    if f is None:
        return None
    items = check.items(f.get("rules"), *AGENCY_RULES)
    check.unique(id_spots(items), "agency rule id")
    rules = tuple(r for r in (_agency_rule(check, item) for item in items) if r is not None)
    return Agency(check.text(f.get("title")), check.text(f.get("text")), rules)


def _agency_rule(check: Checker, spot: Spot) -> AgencyRule | None:
    f = check.fields(spot, "id label text drop")
    if f is None:
        return None
    return AgencyRule(check.ident(f.get("id")), check.text(f.get("label")),
                      check.text(f.get("text")), _drop(check, f.get("drop")))


def _drop(check: Checker, spot: Spot | None) -> Drop:
    f = check.fields(spot, "", "causes tags sign unexplained")
    if f is None:
        return Drop()
    if not f:
        check.report(spot, "would drop every change: give causes, tags, sign or unexplained")
    causes = tuple(c for c in (check.one_of(item, CAUSES, "cause")
                               for item in check.items(f.get("causes"))) if c is not None)
    tags = check.idents(f.get("tags"), ref="tag")
    sign = check.one_of(f["sign"], SIGNS, "sign") if "sign" in f else None
    unexplained = bool(check.flag(f["unexplained"])) if "unexplained" in f else False
    return Drop(causes, tags, sign, unexplained)
