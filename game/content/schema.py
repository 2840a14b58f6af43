"""Turns a parsed scenario file into a ``Scenario``, as docs/SCENARIO.md lays it down.

This module owns the top level, the points system and the debrief content; the cards
and their schedule are in ``cards``. All problems are collected, none stops the check.
"""
from __future__ import annotations

from types import MappingProxyType

from game.core.scenario import (CLAIM_IDS, FACT_TAGS, LENGTHS, PROMPT_ABOUT,
                                PROMPT_CONDITIONS, Ban, Category, Dimension, Fact, Length, Mechanic, Overnight, Partner, Perk,
                                Prompt, Scenario, Text, Tier)
from game.core.survey import Survey

from .afterword import build_agency, build_epilogue, build_scorers
from .cards import Plan, build_cards
from .minigames import build_minigames
from .checks import LANGUAGE_PATTERN, MAX_CREDITS, Checker, Spot, id_spots
from .social import build_circle, cross_check

FORMAT = 1
MIN_ALWAYS_PROMPTS = 3
MAX_DAYS, MAX_CARDS_PER_DAY = 14, 8
TOP_KEYS = ("format id title tagline languages score dimensions tiers perks bans partners "
            "categories lengths overnight onboarding cards facts mechanics prompts credits")
OPTIONAL_KEYS = "minigames circle scorers epilogue agency app based_on survey"


def build_scenario(check: Checker, root: Spot) -> Scenario | None:
    """The Scenario the file describes; problems go to ``check`` (then the result is unusable)."""
    top = check.fields(root, TOP_KEYS, OPTIONAL_KEYS)
    if top is None:
        return None
    _format(check, top.get("format"))
    check.languages = _languages(check, top.get("languages"))
    score_min, score_max = _score(check, top.get("score"))
    dimensions = _entries(check, top.get("dimensions"), _dimension, "dimension", 1, 8)
    lengths = _lengths(check, top.get("lengths"))
    plan = Plan(lengths)
    onboarding, cards = build_cards(check, top.get("onboarding"), top.get("cards"), plan)
    _check_pools(check, top.get("lengths"), lengths, cards)
    scenario = Scenario(
        id=check.ident(top.get("id")),
        path=check.path,
        title=check.text(top.get("title")),
        tagline=check.text(top.get("tagline")),
        languages=check.languages or (),
        score_min=score_min,
        score_max=score_max,
        dimensions=tuple(dimensions),
        tiers=_tiers(check, top.get("tiers"), score_min, score_max),
        perks=_by_id(_entries(check, top.get("perks"), _perk, "perk")),
        bans=_by_id(_entries(check, top.get("bans"), _ban, "ban")),
        partners=_by_id(_entries(check, top.get("partners"), _partner, "partner")),
        categories=_by_id(_entries(check, top.get("categories"), _category, "category")),
        lengths=MappingProxyType(lengths),
        overnight=_overnight(check, top.get("overnight")),
        onboarding=onboarding,
        cards=cards,
        facts=_by_id(_entries(check, top.get("facts"), _fact, "fact")),
        mechanics=_mechanics(check, top.get("mechanics")),
        prompts=_prompts(check, top.get("prompts")),
        credits=check.text(top.get("credits"), longest=MAX_CREDITS),
        minigames=build_minigames(check, top.get("minigames"), lengths),
        circle=build_circle(check, top.get("circle"), (score_min, score_max), lengths),
        scorers=build_scorers(check, top.get("scorers")),
        epilogue=build_epilogue(check, top.get("epilogue")),
        agency=build_agency(check, top.get("agency")),
        app=check.text(top["app"], longest=40) if "app" in top else None,
        based_on=check.text(top["based_on"], longest=200) if "based_on" in top else None,
        survey=_survey(check, top.get("survey")),
    )
    cross_check(check, scenario.cards, scenario.circle,
                {d.id: d.weight for d in scenario.dimensions if d.weight is not None})
    check.check_refs(_known_ids(scenario))
    _ungranted(check, top, scenario)
    return scenario


def _ungranted(check: Checker, top: dict, scenario: Scenario) -> None:
    """A perk no tier grants or a ban no tier carries would never touch a player: a trap
    for the curator, so it is said."""
    for key, what in (("perks", "no tier grants this perk"), ("bans", "no tier carries this ban")):
        held = {i for t in scenario.tiers if t is not None for i in getattr(t, key)}
        if held - set(getattr(scenario, key)):
            continue  # a tier names one that does not exist: that problem comes first
        listed = top.get(key)
        for item in listed.items() if listed is not None and isinstance(listed.value, list) \
                else ():
            spot = item.child("id") if isinstance(item.value, dict) and "id" in item.value \
                else None
            if spot is not None and isinstance(spot.value, str) and spot.value not in held:
                check.report(spot, f"{what}, so it can never apply; list it under a tier")


def _known_ids(scenario: Scenario) -> dict[str, tuple[str, ...]]:
    tags = {tag for card in scenario.onboarding + scenario.cards
            for option in card.options for tag in option.tags}
    return {
        "dimension": tuple(d.id for d in scenario.dimensions if d.id is not None),
        "perk": tuple(scenario.perks), "ban": tuple(scenario.bans),
        "partner": tuple(scenario.partners), "category": tuple(scenario.categories),
        "fact": tuple(scenario.facts),
        "contact": tuple(c.id for c in scenario.circle.contacts) if scenario.circle else (),
        "group": tuple(scenario.circle.groups) if scenario.circle else (),
        # A rule judging a tag no option carries would never fire: surely a typo.
        "tag": tuple(sorted(tags)),
    }


def _entries(check: Checker, spot: Spot | None, build, what: str, low: int = 0,
             high: int | None = None) -> list:
    items = check.items(spot, low, high)
    check.unique(id_spots(items), f"{what} id")
    return [entry for entry in (build(check, item) for item in items) if entry is not None]


def _by_id(entries: list) -> MappingProxyType:
    """A read-only mapping: content, once loaded, is never changed by the rules."""
    return MappingProxyType({entry.id: entry for entry in entries if entry.id is not None})


# -- the top level --------------------------------------------------------------------

def _format(check: Checker, spot: Spot | None) -> None:
    value = check.integer(spot)
    if value is not None and value != FORMAT:
        check.report(spot, f"unsupported format {value}; this game reads format {FORMAT}")


def _languages(check: Checker, spot: Spot | None) -> tuple[str, ...] | None:
    items = check.items(spot, 1)
    codes = []
    for item in items:
        code = check.string(item)
        if code is None:
            continue
        if not LANGUAGE_PATTERN.fullmatch(code):
            check.report(item, f"{code!r} is not a language code such as en or de")
        elif code in codes:
            check.report(item, f"{code!r} is listed twice")
        else:
            codes.append(code)
    # Half-known languages would turn every Text into a false alarm: check none then.
    return tuple(codes) if items and len(codes) == len(items) else None


def _score(check: Checker, spot: Spot | None) -> tuple[int | None, int | None]:
    f = check.fields(spot, "min max")
    if f is None:
        return None, None
    low, high = check.integer(f.get("min")), check.integer(f.get("max"))
    if low is None or high is None:
        return None, None
    if low >= high:
        check.report(f["max"], f"must be greater than min ({low}), got {high}")
        return None, None  # no range, rather than one that fails every tier
    return low, high


def _lengths(check: Checker, spot: Spot | None) -> dict[str, Length]:
    f = check.fields(spot, " ".join(LENGTHS)) or {}
    lengths = {}
    for name in LENGTHS:
        g = check.fields(f.get(name), "days cards_per_day")
        if g is None:
            continue
        days = check.integer(g.get("days"), 1, MAX_DAYS)
        per_day = check.integer(g.get("cards_per_day"), 1, MAX_CARDS_PER_DAY)
        if days is not None and per_day is not None:
            lengths[name] = Length(days, per_day)
    return lengths


def _check_pools(check: Checker, spot: Spot | None, lengths: dict[str, Length], cards) -> None:
    """Every length needs enough cards to fill all its days, or the draw runs dry."""
    for name, length in lengths.items():
        needed = length.days * length.cards_per_day
        available = sum(1 for card in cards if name in card.lengths)
        if available < needed:
            check.report(spot.child(name), f"{name} needs {needed} cards ({length.days} days x "
                                           f"{length.cards_per_day} per day) but only "
                                           f"{available} cards can appear in it")


def _overnight(check: Checker, spot: Spot | None) -> Overnight | None:
    f = check.fields(spot, "dimensions low high", "reason")
    if f is None:
        return None
    dims = check.idents(f.get("dimensions"), ref="dimension")
    low, high = check.integer(f.get("low"), -50, 50), check.integer(f.get("high"), -50, 50)
    if low is not None and high is not None and low > high:
        check.report(f["high"], f"must not be below low ({low}), got {high}")
    return Overnight(dims, low, high, check.text(f.get("reason")))


# -- the points system ----------------------------------------------------------------

def _dimension(check: Checker, spot: Spot) -> Dimension | None:
    f = check.fields(spot, "id name weight start visible")
    if f is None:
        return None
    return Dimension(check.ident(f.get("id")), check.text(f.get("name")),
                     check.positive(f.get("weight"), 100), check.integer(f.get("start"), 0, 100),
                     check.flag(f.get("visible")))


def _tiers(check: Checker, spot: Spot | None, score_min: int | None,
           score_max: int | None) -> tuple[Tier, ...]:
    items = check.items(spot, 2, 10)
    check.unique(id_spots(items), "tier id")
    tiers, previous = [], None
    for index, item in enumerate(items):
        f = check.fields(item, "id name min", "perks bans")
        if f is None:
            continue
        low = check.integer(f.get("min"), score_min, score_max)
        if low is not None:
            _check_tier_min(check, f["min"], low, index, previous, score_min)
            previous = low
        tiers.append(Tier(check.ident(f.get("id")), check.text(f.get("name")), low,
                          check.idents(f.get("perks"), ref="perk"),
                          check.idents(f.get("bans"), ref="ban")))
    return tuple(tiers)


def _check_tier_min(check: Checker, spot: Spot, low: int, index: int, previous: int | None,
                    score_min: int | None) -> None:
    if index == 0 and score_min is not None and low != score_min:
        check.report(spot, f"the first tier must start at score.min ({score_min}), got {low}")
    elif previous is not None and low <= previous:
        check.report(spot, f"tiers must be in ascending order: min must be greater than "
                           f"the previous tier's ({previous}), got {low}")


def _perk(check: Checker, spot: Spot) -> Perk | None:
    f = check.fields(spot, "id name text")
    if f is None:
        return None
    return Perk(check.ident(f.get("id")), check.text(f.get("name")), check.text(f.get("text")))


def _ban(check: Checker, spot: Spot) -> Ban | None:
    f = check.fields(spot, "id name notice days", "fact")
    if f is None:
        return None
    check.ref("fact", f.get("fact"))
    return Ban(check.ident(f.get("id")), check.text(f.get("name")), check.text(f.get("notice")),
               check.integer(f.get("days"), 1, 3650),
               check.ident(f["fact"]) if "fact" in f else None)


def _partner(check: Checker, spot: Spot) -> Partner | None:
    f = check.fields(spot, "id name kind")
    if f is None:
        return None
    return Partner(check.ident(f.get("id")), check.text(f.get("name")), check.ident(f.get("kind")))


def _category(check: Checker, spot: Spot) -> Category | None:
    f = check.fields(spot, "id name")
    if f is None:
        return None
    return Category(check.ident(f.get("id")), check.text(f.get("name")))


# -- the debrief ----------------------------------------------------------------------

def _fact(check: Checker, spot: Spot) -> Fact | None:
    f = check.fields(spot, "id text source tag")
    if f is None:
        return None
    return Fact(check.ident(f.get("id")), check.text(f.get("text")),
                _source(check, f.get("source")), check.one_of(f.get("tag"), FACT_TAGS, "fact tag"))


def _source(check: Checker, spot: Spot | None) -> Text | None:
    """A source as one string for every language, or as a Text with each language's own."""
    if spot is not None and isinstance(spot.value, dict):
        return check.text(spot, longest=200)
    said = check.string(spot, 200)
    return None if said is None else Text({lang: said for lang in check.languages or ("en",)})


def _mechanics(check: Checker, spot: Spot | None) -> tuple[Mechanic, ...]:
    mechanics, claims = [], []
    for item in check.items(spot):
        f = check.fields(item, "claim name text facts")
        if f is None:
            continue
        claim = check.one_of(f.get("claim"), CLAIM_IDS, "claim")
        if claim is not None:
            claims.append(f["claim"])
        mechanics.append(Mechanic(claim, check.text(f.get("name")), check.text(f.get("text")),
                                  check.idents(f.get("facts"), ref="fact")))
    check.unique(claims, "mechanic claim")
    return tuple(mechanics)


def _survey(check: Checker, spot: Spot | None) -> Survey | None:
    """The question a workshop may ask before and after play, and what its ends mean."""
    f = check.fields(spot, "question low high") if spot is not None else None
    if f is None:
        return None
    return Survey(check.text(f.get("question"), longest=200), check.text(f.get("low"), longest=40),
                  check.text(f.get("high"), longest=40))


def _prompts(check: Checker, spot: Spot | None) -> tuple[Prompt, ...]:
    items = check.items(spot)
    check.unique(id_spots(items), "prompt id")
    prompts = []
    for item in items:
        f = check.fields(item, "id when text", "about")
        if f is not None:
            about = check.one_of(f["about"], PROMPT_ABOUT, "subject") if "about" in f else "play"
            prompts.append(Prompt(check.ident(f.get("id")),
                                  check.one_of(f.get("when"), PROMPT_CONDITIONS, "condition"),
                                  check.text(f.get("text")), about or "play"))
    always = sum(1 for prompt in prompts if prompt.when == "always")
    if spot is not None and isinstance(spot.value, list) and always < MIN_ALWAYS_PROMPTS:
        check.report(spot, f"needs at least {MIN_ALWAYS_PROMPTS} prompts with when: always, "
                           f"has {always}")
    return tuple(prompts)
