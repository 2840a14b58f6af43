"""The cards of a scenario file: onboarding, everyday moments, rules updates, their options.

It also owns the schedule checks: each slot fits its length, no two cards share an
explicit slot, and no day holds more scheduled cards than it has room for.
"""
from __future__ import annotations

from types import MappingProxyType

from game.core.scenario import (
    CARD_KINDS, CLAIM_IDS, ENGINE_CLAIMS, LENGTHS, PUNISHMENTS, Card, Delayed,
    Impact, Length, Option, Rule, Slot)

from .checks import Checker, Spot, id_spots
from .social import build_social

CARD_KEYS = "id category sender title text options"
CARD_OPTIONAL = "kind at lengths impact rules punishment claims"
# Sign-up steps come first in every length, in order: no schedule, no lengths, no rules.
ONBOARDING_OPTIONAL = "kind impact claims lengths"
OPTION_KEYS = "id label effects"
OPTION_OPTIONAL = ("outcome reason data shares tags claims requires_perk blocked_by_ban "
                   "delayed leaves refuses fact social")
ONBOARDING_OPTIONS = ("accept", "decline")  # the debrief reads "decline" as declined data
MAX_EFFECT = 50
MAX_DATA = 500


class Plan:
    """Where the scheduled cards sit in each length, to find clashes and overfull days."""

    def __init__(self, lengths: dict[str, Length]):
        self.lengths = lengths
        self.taken: dict[tuple[str, int, int], str] = {}
        self.per_day: dict[tuple[str, int], list[Spot]] = {}

    def place(self, check: Checker, length: str, slot: Slot, at: Spot, card_id: str | None) -> None:
        self.per_day.setdefault((length, slot.day), []).append(at)
        if slot.slot is None:
            return
        key = (length, slot.day, slot.slot)
        if key in self.taken:
            check.report(at.child("slot"), f"{length} day {slot.day} slot {slot.slot} is already "
                                           f"taken by card {self.taken[key]!r}")
        else:
            self.taken[key] = card_id

    def check_full_days(self, check: Checker) -> None:
        for (length, day), spots in self.per_day.items():
            room = self.lengths[length].cards_per_day
            if len(spots) > room:
                check.report(spots[room], f"{length} day {day} has {len(spots)} scheduled cards "
                                          f"but room for only {room}")


def build_cards(check: Checker, onboarding: Spot | None, cards: Spot | None,
                plan: Plan) -> tuple[tuple[Card, ...], tuple[Card, ...]]:
    onboarding_items, card_items = check.items(onboarding, 1, 8), check.items(cards)
    check.unique(id_spots(onboarding_items + card_items), "card id")
    built_onboarding = [_onboarding_card(check, item) for item in onboarding_items]
    for length in LENGTHS:
        if onboarding_items and len(built_onboarding) == len(onboarding_items) and not any(
                length in c.lengths for c in built_onboarding if c is not None):
            check.report(onboarding, f"no onboarding card for the {length} length: "
                                     "every visit starts with at least one")
    built_cards = [_card(check, item, plan) for item in card_items]
    plan.check_full_days(check)
    return (tuple(c for c in built_onboarding if c is not None),
            tuple(c for c in built_cards if c is not None))


def _card(check: Checker, spot: Spot, plan: Plan) -> Card | None:
    f = check.fields(spot, CARD_KEYS, CARD_OPTIONAL)
    if f is None:
        return None
    card_id = check.ident(f.get("id"))
    kind = check.one_of(f["kind"], CARD_KINDS, "card kind") if "kind" in f else "choice"
    lengths = _lengths(check, f.get("lengths"))
    return Card(
        **_common(check, f), id=card_id, kind=kind,
        at=MappingProxyType(_schedule(check, f.get("at"), lengths, plan, card_id)),
        lengths=lengths, rules=_rules(check, f, kind, spot))


def _onboarding_card(check: Checker, spot: Spot) -> Card | None:
    f = check.fields(spot, CARD_KEYS, ONBOARDING_OPTIONAL)
    if f is None:
        return None
    if "kind" in f:
        check.one_of(f["kind"], ("choice",), "onboarding card kind")
    card = Card(**_common(check, f), id=check.ident(f.get("id")), kind="choice",
                lengths=_lengths(check, f.get("lengths")))
    options = f.get("options")
    ids = tuple(sorted(str(option.id) for option in card.options))
    if options is not None and isinstance(options.value, list) and ids != ONBOARDING_OPTIONS:
        check.report(options, "an onboarding card needs exactly two options, with ids accept "
                              f"and decline; has: {', '.join(ids) or 'none'}")
    return card


def _common(check: Checker, f: dict[str, Spot]) -> dict:
    """The fields onboarding and everyday cards share."""
    if "claims" in f:
        check.report(f["claims"], "a card's claims would count the moment it appears, lived or "
                                  "not; put them on the option that lives them or on the impact")
    punishment = check.one_of(f["punishment"], PUNISHMENTS, "punishment") \
        if "punishment" in f else None
    fines = "punishment" in f  # a misspelt one is reported once, not again for each fine
    options = _options(check, f.get("options"), fines)
    impact = _impact(check, f.get("impact"), fines)
    return dict(
        category=_ref(check, f.get("category"), "category"),
        sender=check.text(f.get("sender")), title=check.text(f.get("title")),
        text=check.text(f.get("text")), options=options, impact=impact, punishment=punishment)


# Rewards, not fines: refusing, and a card's mere appearance, cost nothing directly unless
# the card names one of the PUNISHMENTS, where the essay puts direct losses.
NO_FINES = f"mark the card's punishment ({', '.join(PUNISHMENTS)}) if it is one"


def _no_fines(check: Checker, spot: Spot | None, what: str, *effects) -> None:
    lost = [f"{dim} {value}" for each in effects for dim, value in each.items() if value < 0]
    if spot is not None and lost:
        check.report(spot, f"{what} ({', '.join(lost)}); {NO_FINES}")


def _lengths(check: Checker, spot: Spot | None) -> tuple[str, ...]:
    if spot is None:
        return LENGTHS
    found = []
    for item in check.items(spot, 1):
        name = check.one_of(item, LENGTHS, "length")
        if name in found:
            check.report(item, f"{name!r} is listed twice")
        elif name is not None:
            found.append(name)
    return tuple(found)


def _schedule(check: Checker, spot: Spot | None, lengths: tuple[str, ...], plan: Plan,
              card_id: str | None) -> dict[str, Slot]:
    at = {}
    for name, slot_spot in (check.fields(spot, "", " ".join(LENGTHS)) or {}).items():
        slot = _slot(check, slot_spot, plan.lengths.get(name))
        if name not in lengths:
            check.report(slot_spot, f"scheduled for {name}, but the card's lengths leave it out")
        elif slot is not None:
            at[name] = slot
            if name in plan.lengths:
                plan.place(check, name, slot, slot_spot, card_id)
    return at


def _slot(check: Checker, spot: Spot, length: Length | None) -> Slot | None:
    f = check.fields(spot, "day", "slot")
    if f is None:
        return None
    # An unknown length was reported already; its days cannot bound anything then.
    day = check.integer(f.get("day"), 1, length.days if length else None)
    if "slot" not in f:
        return None if day is None else Slot(day)
    slot = check.integer(f["slot"], 1, length.cards_per_day if length else None)
    if day is None or slot is None:
        return None
    return Slot(day, slot)


def _options(check: Checker, spot: Spot | None, fines: bool = False) -> tuple[Option, ...]:
    items = check.items(spot, 1, 4)
    check.unique(id_spots(items), "option id")
    options = tuple(o for o in (_option(check, item, fines) for item in items) if o is not None)
    if options and len(options) == len(items) and all(
            o.requires_perk or o.blocked_by_ban or o.leaves for o in options):
        # Otherwise a player without the perk, or under the ban, could never go on.
        check.report(spot, "every option needs a perk, can be banned or leaves the app: "
                           "give at least one option none of these")
    return options


def _option(check: Checker, spot: Spot, fines: bool) -> Option | None:
    f = check.fields(spot, OPTION_KEYS, OPTION_OPTIONAL)
    if f is None:
        return None
    option = Option(
        id=check.ident(f.get("id")), label=check.text(f.get("label")),
        effects=_effects(check, f.get("effects")),
        outcome=check.text(f.get("outcome")), reason=check.text(f.get("reason")),
        data=check.integer(f["data"], 0, MAX_DATA) if "data" in f else 0,
        shares=check.idents(f.get("shares"), ref="partner"), tags=check.idents(f.get("tags")),
        claims=_claims(check, f.get("claims")),
        requires_perk=_perks(check, f.get("requires_perk")),
        blocked_by_ban=_ref(check, f.get("blocked_by_ban"), "ban"),
        delayed=_delayed(check, f.get("delayed")),
        leaves=check.flag(f["leaves"]) if "leaves" in f else False,
        refuses=check.flag(f["refuses"]) if "refuses" in f else False,
        fact=_ref(check, f.get("fact"), "fact"),
        social=build_social(check, f.get("social")))
    if option.refuses and not fines:
        _no_fines(check, f.get("effects"), "a refusing option may earn less, not lose points",
                  option.effects, option.delayed.effects if option.delayed else {})
    return option


def _impact(check: Checker, spot: Spot | None, fines: bool = False) -> Impact | None:
    f = check.fields(spot, "effects", "reason data shares claims")
    if f is None:
        return None
    impact = Impact(_effects(check, f.get("effects")), check.text(f.get("reason")),
                    check.integer(f["data"], 0, MAX_DATA) if "data" in f else 0,
                    check.idents(f.get("shares"), ref="partner"), _claims(check, f.get("claims")))
    if not fines:
        _no_fines(check, f.get("effects"), "a card's appearance may not cost points",
                  impact.effects)
    return impact


def _delayed(check: Checker, spot: Spot | None) -> Delayed | None:
    f = check.fields(spot, "days effects text")
    if f is None:
        return None
    return Delayed(check.integer(f.get("days"), 1, 14), _effects(check, f.get("effects")),
                   check.text(f.get("text")))


def _rules(check: Checker, f: dict[str, Spot], kind: str | None, card: Spot) -> tuple[Rule, ...]:
    spot = f.get("rules")
    if kind == "choice" and spot is not None:
        check.report(spot, "only cards of kind rules have rules")
    if kind != "rules":
        return ()
    if spot is None:
        check.report(card, "a card of kind rules needs 'rules'")
    return tuple(rule for rule in (_rule(check, item) for item in check.items(spot, 1))
                 if rule is not None)


def _rule(check: Checker, spot: Spot) -> Rule | None:
    f = check.fields(spot, "tag effects text")
    if f is None:
        return None
    return Rule(_ref(check, f.get("tag"), "tag"), _effects(check, f.get("effects")),
                check.text(f.get("text")))


def _effects(check: Checker, spot: Spot | None) -> dict[str, int]:
    effects = {}
    for key, value in check.entries(spot):
        check.ref("dimension", key)
        effects[key.value] = check.integer(value, -MAX_EFFECT, MAX_EFFECT)
    # A value already reported stays out, so that no later check reckons with it.
    return MappingProxyType({k: v for k, v in effects.items() if v is not None})


def _claims(check: Checker, spot: Spot | None) -> tuple[str, ...]:
    found = []
    for item in check.items(spot):
        claim = check.one_of(item, CLAIM_IDS, "claim")
        if claim in found:
            check.report(item, f"{claim!r} is listed twice")
        elif claim in ENGINE_CLAIMS:
            check.report(item, f"{claim} is recorded by the game itself when it happens "
                               f"({', '.join(ENGINE_CLAIMS)}); remove it here")
        elif claim is not None:
            found.append(claim)
    return tuple(found)


def _perks(check: Checker, spot: Spot | None) -> tuple[str, ...]:
    """One perk id, or a list of them: the option is open to a tier with any of them."""
    if spot is None:
        return ()
    if isinstance(spot.value, list):
        return check.idents(spot, ref="perk", low=1)
    perk = _ref(check, spot, "perk")
    return (perk,) if perk else ()


def _ref(check: Checker, spot: Spot | None, kind: str) -> str | None:
    value = check.ident(spot)
    if value is not None:
        check.ref(kind, spot)
    return value
