"""The ``circle:`` section of a scenario file and the ``social:`` key of an option.

It checks contacts and their arcs, the referral rules, the falling-friend card, group
actions and badges, then cross-checks the cards that act on them.
"""
from __future__ import annotations

from types import MappingProxyType

from game.core.scenario import LENGTHS, Card, Option, Text
from game.core.social import (BADGE_MEASURES, FRIEND_ACTIONS, SOCIAL_ACTIONS, ArcStep, Badge,
                              Circle, Contact, Falling, FriendChoice, GroupAction, Referral,
                              SocialAction)

from .checks import Checker, Spot, id_spots

CIRCLE_KEYS = "dimension pull fell rose drift contacts falling"
CIRCLE_OPTIONAL = "referral groups badges shown"
MAX_CONTACTS = 12
MAX_PULL = 5
MAX_LIMIT = 500
NAMED = ("name",)  # the only placeholder a circle text may use: the friend's name


def build_social(check: Checker, spot: Spot | None) -> SocialAction | None:
    """An option's ``social:`` mapping; noted for the cross-checks once the file is read.
    drop, keep, warn and report are the falling-friend card's alone (the engine picks the
    friend), so a card that names them is told so by ``cross_check``."""
    f = check.fields(spot, "action", "contacts group")
    if f is None:
        return None
    action = check.one_of(f.get("action"), SOCIAL_ACTIONS, "social action")
    contacts = check.idents(f.get("contacts"), ref="contact")
    group = check.ident(f.get("group"))
    if group is not None:
        check.ref("group", f["group"])
    if action in ("sign", "complain") and group is None and "group" not in f:
        check.report(spot, f"{action} answers a group action: name it in group")
    if action not in ("sign", "complain") and "group" in f:
        check.report(f["group"], "only sign and complain name a group")
    if action is None:
        return None
    social = SocialAction(action, contacts, group)
    check.found.setdefault("social", []).append((spot, social))
    return social


def build_circle(check: Checker, spot: Spot | None, score: tuple[int | None, int | None],
                 lengths: dict) -> Circle | None:
    if spot is None:
        return None
    f = check.fields(spot, CIRCLE_KEYS, CIRCLE_OPTIONAL)
    if f is None:
        return None
    low, high = score
    span = high - low if low is not None and high is not None else None
    dimension = check.ident(f.get("dimension"))
    if dimension is not None:
        check.ref("dimension", f["dimension"])
    pull = check.positive(f.get("pull"))
    if pull is not None and pull > MAX_PULL:
        check.report(f["pull"], f"must be at most {MAX_PULL}, got {pull}")
    drift = _pair(check, f.get("drift"), -100, 100)
    items = check.items(f.get("contacts"), 1, MAX_CONTACTS)
    check.unique(id_spots(items), "contact id")
    contacts = tuple(c for c in (_contact(check, item, score, lengths) for item in items) if c)
    if len(contacts) == len(items):
        for length in LENGTHS:
            if not any(c.member and length in c.lengths for c in contacts):
                check.report(f["contacts"], f"no contact on the app in the {length} length: "
                                            "the circle would be empty")
    group_items = check.items(f.get("groups"))
    check.unique(id_spots(group_items), "group id")
    groups = [g for g in (_group(check, item, span) for item in group_items) if g]
    badge_items = check.items(f.get("badges"))
    check.unique(id_spots(badge_items), "badge id")
    return Circle(
        dimension=dimension, pull=pull, fell=check.text(f.get("fell")),
        rose=check.text(f.get("rose")), drift=drift, contacts=contacts,
        referral=_referral(check, f.get("referral")),
        falling=_falling(check, f.get("falling"), span),
        groups=MappingProxyType({g.id: g for g in groups}),
        badges=tuple(b for b in (_badge(check, item) for item in badge_items) if b),
        shown=MappingProxyType(_shown(check, f.get("shown"), lengths)))


def _shown(check: Checker, spot: Spot | None, lengths: dict) -> dict[str, tuple[int, ...]]:
    shown = {}
    for name, days in (check.fields(spot, "", " ".join(LENGTHS)) or {}).items():
        length = lengths.get(name)
        found = []
        for item in check.items(days):
            day = check.integer(item, 1, length.days if length else None)
            if day in found:
                check.report(item, f"day {day} is listed twice")
            elif day is not None:
                found.append(day)
        shown[name] = tuple(found)
    return shown


def _named(check: Checker, spot: Spot | None) -> Text | None:
    """A Text that may name the friend as {name} and nothing else."""
    return check.text(spot, fields=NAMED)


def _pair(check: Checker, spot: Spot | None, low: int, high: int) -> tuple[int, int] | None:
    f = check.fields(spot, "low high")
    if f is None:
        return None
    a, b = check.integer(f.get("low"), low, high), check.integer(f.get("high"), low, high)
    if a is None or b is None:
        return None
    if a > b:
        check.report(f["high"], f"must be at least low ({a}), got {b}")
        return None
    return a, b


def _contact(check: Checker, spot: Spot, score, lengths: dict) -> Contact | None:
    f = check.fields(spot, "id name about score member", "lengths arc")
    if f is None:
        return None
    from .cards import _lengths
    contact_lengths = _lengths(check, f.get("lengths"))
    return Contact(
        id=check.ident(f.get("id")), name=check.text(f.get("name")),
        about=check.text(f.get("about")), score=check.integer(f.get("score"), *score),
        member=check.flag(f.get("member")), lengths=contact_lengths,
        arc=tuple(a for a in (_arc_step(check, item, contact_lengths, lengths, score)
                              for item in check.items(f.get("arc"))) if a))


def _arc_step(check: Checker, spot: Spot, contact_lengths, lengths: dict, score) -> ArcStep | None:
    f = check.fields(spot, "at change news")
    if f is None:
        return None
    at = {}
    for name, day_spot in (check.fields(f.get("at"), "", " ".join(LENGTHS)) or {}).items():
        length = lengths.get(name)
        day = check.integer(day_spot, 1, length.days if length else None)
        if name not in contact_lengths:
            check.report(day_spot, f"dated for {name}, but the contact's lengths leave it out")
        elif day is not None:
            at[name] = day
    if "at" in f and not f["at"].value:
        check.report(f["at"], "name the day in at least one length")
    span = score[1] - score[0] if None not in score else None
    change = check.integer(f.get("change"), -span if span else None, span)
    return ArcStep(MappingProxyType(at), change, _named(check, f.get("news")))


def _referral(check: Checker, spot: Spot | None) -> Referral | None:
    f = check.fields(spot, "accept bonus reason reach onward downstream per population members "
                           "limit")
    if f is None:
        return None
    from .cards import _effects
    population = check.integer(f.get("population"), 1)
    members = check.integer(f.get("members"), 0)
    limit = check.integer(f.get("limit"), 1, MAX_LIMIT)
    if None not in (population, members, limit) and members + limit > population:
        check.report(f["population"], f"must hold members and limit ({members} + {limit}), "
                                      f"got {population}")
    return Referral(
        accept=check.integer(f.get("accept"), 0, 100), bonus=_effects(check, f.get("bonus")),
        reason=check.text(f.get("reason")), reach=_pair(check, f.get("reach"), 0, 10),
        onward=check.integer(f.get("onward"), 0, 100),
        downstream=_effects(check, f.get("downstream")), per=check.integer(f.get("per"), 1),
        population=population, members=members, limit=limit)


def _falling(check: Checker, spot: Spot | None, span: int | None) -> Falling | None:
    f = check.fields(spot, "drop card")
    if f is None:
        return None
    from .cards import _effects, _ref
    card = check.fields(f.get("card"), "id category sender title text options")
    if card is None:
        return None
    items = check.items(card.get("options"), 4, 4)
    check.unique(id_spots(items), "option id")
    options, choices = [], {}
    for item in items:
        o = check.fields(item, "id label effects friend notice", "outcome reason data tags "
                                                                 "leaves_circle")
        if o is None:
            continue
        action = check.one_of(o.get("id"), FRIEND_ACTIONS, "falling-friend option")
        options.append(Option(
            id=action, label=_named(check, o.get("label")),
            effects=_effects(check, o.get("effects")), outcome=_named(check, o.get("outcome")),
            reason=check.text(o.get("reason")),
            data=check.integer(o["data"], 0, 500) if "data" in o else 0,
            tags=check.idents(o.get("tags")), social=SocialAction(action) if action else None))
        if action is not None:
            choices[action] = FriendChoice(
                action, check.integer(o.get("friend"), -span if span else None, span),
                check.flag(o["leaves_circle"]) if "leaves_circle" in o else False,
                _named(check, o.get("notice")))
    if len(items) == 4 and len(choices) == 4 and set(choices) != set(FRIEND_ACTIONS):
        check.report(card["options"], "the options are drop, keep, warn and report, once each")
    if "id" in card:
        check.found["falling_id"] = [card["id"]]
    built = Card(id=check.ident(card.get("id")), kind="choice",
                 category=_ref(check, card.get("category"), "category"),
                 sender=check.text(card.get("sender")), title=check.text(card.get("title")),
                 text=_named(check, card.get("text")), options=tuple(options))
    return Falling(check.integer(f.get("drop"), 1, span), built, MappingProxyType(choices))


def _group(check: Checker, spot: Spot, span: int | None) -> GroupAction | None:
    f = check.fields(spot, "id organiser followers cost news")
    if f is None:
        return None
    organiser = check.ident(f.get("organiser"))
    if organiser is not None:
        check.ref("contact", f["organiser"])
    followers = check.idents(f.get("followers"), ref="contact")
    if organiser in followers:
        check.report(f["followers"], f"{organiser!r} organises it already")
    return GroupAction(check.ident(f.get("id")), organiser, followers,
                       check.integer(f.get("cost"), 1, span), _named(check, f.get("news")))


def _badge(check: Checker, spot: Spot) -> Badge | None:
    f = check.fields(spot, "id name text measure at")
    if f is None:
        return None
    return Badge(check.ident(f.get("id")), check.text(f.get("name")), check.text(f.get("text")),
                 check.one_of(f.get("measure"), BADGE_MEASURES, "badge measure"),
                 check.integer(f.get("at"), 1))


def cross_check(check: Checker, cards: tuple[Card, ...], circle: Circle | None,
                weights: dict[str, float]) -> None:
    """Social actions need a circle; each group is answered by one card, on which signing
    costs the player more than complaining alone (the claim the group action makes)."""
    found = check.found.get("social", [])
    if circle is None:
        for spot, _ in found:
            check.report(spot, "acts on the circle, but the file has no circle section")
        return
    spots = {id(social): spot for spot, social in found}
    id_spot = check.found.get("falling_id")
    if id_spot and circle.falling is not None and any(c.id == circle.falling.card.id for c in cards):
        check.report(id_spot[0], f"card id {circle.falling.card.id!r} is taken by a card already")
    answered: dict[str, str] = {}
    for card in cards:
        socials = [o for o in card.options if o.social is not None]
        groups = {o.social.group for o in socials if o.social.group}
        for option in socials:
            spot = spots.get(id(option.social))
            if option.social.action == "invite" and circle.referral is None and spot:
                check.report(spot, "invite needs the circle's referral rules")
            if option.social.action in FRIEND_ACTIONS and spot:
                check.report(spot, f"{option.social.action} is offered by the falling-friend "
                                   "card of the circle; a card cannot choose the friend")
        if len(groups) > 1:
            check.report(spots[id(socials[0].social)], "one card answers one group action")
        for group in groups:
            first = spots[id(next(o.social for o in socials if o.social.group == group))]
            if group in answered:
                check.report(first, f"group {group!r} is answered by card {answered[group]!r}")
                continue
            answered[group] = card.id
            _costs_more(check, card, group, first, weights)


def _costs_more(check: Checker, card: Card, group: str, spot: Spot, weights) -> None:
    by_action = {o.social.action: o for o in card.options
                 if o.social is not None and o.social.group == group}
    if set(by_action) != {"sign", "complain"}:
        check.report(spot, "a group action's card offers both sign and complain, once each")
        return
    cost = lambda o: sum(weights.get(d, 0) * v for d, v in o.effects.items())  # noqa: E731
    if cost(by_action["sign"]) >= cost(by_action["complain"]):
        check.report(spots_of(check, by_action["sign"]) or spot,
                     "signing must cost the player more than complaining alone")


def spots_of(check: Checker, option: Option) -> Spot | None:
    return next((spot for spot, social in check.found.get("social", [])
                 if social is option.social), None)
