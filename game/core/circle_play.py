"""How the circle acts on a session: each morning friends' news, the circle's pull on the
score, the snowball and the app's advice about a falling friend; choices about friends,
invitations and group actions; the leaderboard and badges at a day's end. All logged.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .circle import CircleState, Friend, bind, named
from .social import FRIEND_ACTIONS

if TYPE_CHECKING:
    from .scenario import Card, Option
    from .session import Change, Session, Step

MORNING_NEWS = 2  # friends' news lines on the morning screen; the circle screen has the rest


def start(session: "Session") -> CircleState | None:
    sc = session.scenario
    if sc.circle is None:
        return None
    circle = CircleState(sc.circle, session.length, (sc.score_min, sc.score_max))
    session.log.append("circle_start", 0, contacts=tuple(circle.friends),
                       members=tuple(f.id for f in circle.kept()), share=circle.market_share())
    return circle


def pull(session: "Session", day: int, cause: Friend | None, source: str) -> tuple["Change", ...]:
    """The social area follows the circle. A8 is recorded when a friend's fall is what
    actually drags the visible score down."""
    circle = session.circle
    owed = circle.owed()
    if not owed:
        return ()
    effects = {circle.rules.dimension: owed}
    drag = cause is not None and session.citizen.preview(effects) < 0
    reason = circle.rules.fell if owed < 0 else circle.rules.rose
    changes = session._change(day, effects, reason, source, ("A8",) if drag else (), "circle")
    circle.settle(owed)
    session.log.append("circle_pull", day, points=owed, cause=cause.id if cause else None,
                       mean=round(circle.mean() or 0, 1), dragged=drag)
    return changes


def morning(session: "Session", day: int, changes: list, notes: list) -> None:
    circle, log = session.circle, session.log
    for friend_id, text in circle.notices:
        log.append("friend_noticed", day, friend=friend_id, text=text)
        notes.append(text)
    circle.notices.clear()
    news = circle.night(day, session.rng)
    if news:
        log.append("circle_night", day, scores={n.friend: n.score for n in news},
                   changes={n.friend: n.change for n in news})
    told = sorted((n for n in news if n.text is not None), key=lambda n: n.change)
    for item in told:
        log.append("friend_news", day, friend=item.friend, change=item.change,
                   score=item.score, text=item.text)
    notes += [n.text for n in told[:MORNING_NEWS]]
    fallen = circle.fallen()
    changes += pull(session, day, fallen, f"circle/{fallen.id}" if fallen else "circle")
    changes += _snowball(session, day)
    if fallen is not None:
        log.append("friend_fell", day, friend=fallen.id, fall=fallen.last - fallen.score,
                   score=fallen.score)
        _advise(session, day, fallen)


def _snowball(session: "Session", day: int) -> tuple["Change", ...]:
    circle = session.circle
    new = circle.snowball(day, session.rng)
    if not new:
        return ()
    session.log.append("snowball", day, claims=("A12",), joined=len(new),
                       network=circle.network_size(), share=round(circle.market_share(), 1))
    ref = circle.rules.referral
    times = len(new) // ref.per
    if not times:
        return ()
    effects = {dim: max(-50, min(50, value * times)) for dim, value in ref.downstream.items()}
    return session._change(day, effects, ref.reason, "circle/snowball", cause="circle")


def _advise(session: "Session", day: int, friend: Friend) -> None:
    """The app's suggestion about a falling friend takes the place of one of today's
    everyday moments drawn from the pool (or comes on top when none was drawn)."""
    card = bind(session.circle.rules.falling, friend.contact)
    cards = session.schedule[day - 1]
    pooled = [i for i, c in enumerate(cards) if session.length not in c.at]
    if pooled:
        cards.pop(pooled[-1])
    cards.insert(0, card)
    session.log.append("circle_card", day, card=card.id, friend=friend.id)


def after_choice(session: "Session", step: "Step", option: "Option",
                 made: tuple["Change", ...]) -> tuple["Change", ...]:
    """What a choice does to the circle, and the circle's pull that follows from it."""
    circle, day, social = session.circle, step.day, option.social
    changes: tuple = ()
    if social is not None and social.action in FRIEND_ACTIONS:
        friend_id = social.contacts[0]
        rule, moved = circle.choose(friend_id, social.action)
        changes += pull(session, day, None, f"circle/{friend_id}")
        circle.notices.append((friend_id, named(rule.notice, circle.friends[friend_id].contact)))
        session.log.append("friend_choice", day, action=social.action, friend=friend_id,
                           friend_change=moved, left_circle=rule.leaves_circle,
                           earned=_sum(made + changes))
    elif social is not None and social.action == "invite":
        changes += _invite(session, day, social.contacts, made)
    group = _group_of(step.card)
    if group is not None:
        changes += _group_action(session, day, group, social, made + changes)
    return changes


def _invite(session: "Session", day: int, contacts: tuple[str, ...],
            made: tuple) -> tuple["Change", ...]:
    circle = session.circle
    joined, declined = circle.invite(contacts, day, session.rng)
    for friend in joined:
        session.log.append("recruit_joined", day, claims=("A12",), friend=friend.id,
                           share=round(circle.market_share(), 1))
    ref = circle.rules.referral
    changes: tuple = ()
    if joined:
        effects = {d: max(-50, min(50, v * len(joined))) for d, v in ref.bonus.items()}
        changes += session._change(day, effects, ref.reason, "circle/referral", cause="circle")
    changes += pull(session, day, None, "circle")
    session.log.append("invited", day, joined=tuple(f.id for f in joined),
                       declined=tuple(f.id for f in declined), earned=_sum(made + changes))
    return changes


def _group_of(card: "Card") -> str | None:
    return next((o.social.group for o in card.options
                 if o.social is not None and o.social.group), None)


def _group_action(session: "Session", day: int, group_id: str, social,
                  made: tuple) -> tuple["Change", ...]:
    """The organiser signs whatever the player does; followers sign only with the player.
    Every signer is punished. A14 (a group action punished harder than a lone complaint,
    which the loader guarantees the player's costs say too) is recorded only when the
    player signed or complained: a muted chat saw the news but did not live the choice."""
    circle = session.circle
    group = circle.rules.groups[group_id]
    signed = social is not None and social.action == "sign"
    signers = [group.organiser] + (list(group.followers) if signed else [])
    hit = circle.punish(signers, group.cost)
    organiser = circle.friends.get(group.organiser)
    changes = pull(session, day, organiser if hit else None, f"circle/{group_id}")
    complained = social is not None and social.action == "complain"
    session.log.append("group_punished", day, claims=("A14",) if signed or complained else (),
                       group=group_id, signers=tuple(hit), player_signed=signed,
                       cost=group.cost, complained=complained, earned=_sum(made + changes))
    if organiser is not None:
        circle.notices.append((group.organiser, named(group.news, organiser.contact)))
    return changes


def day_end(session: "Session", day: int) -> None:
    circle, score = session.circle, session.score
    board = circle.leaderboard(score)
    rank = circle.rank(score)
    before = circle.ranks[-1] if circle.ranks else None
    circle.ranks.append(rank)
    climbed = before is not None and rank < before
    session.log.append("leaderboard", day, claims=("A11",) if climbed else (), rank=rank,
                       of=len(board), before=before, board=tuple(board))
    for badge in circle.earned_badges(score):
        session.log.append("badge", day, claims=("A11",), badge=badge)


def _sum(changes: tuple) -> int:
    return sum(c.delta for c in changes)


def end(session: "Session", day: int) -> None:
    """The network as the player leaves it, for the debrief and the report."""
    circle = session.circle
    share = circle.market_share()
    session.log.append("circle_end", day, share=None if share is None else round(share, 1),
                       friends={f.id: (f.score, f.member, f.kept, f.recruited, f.choice, f.signed)
                                for f in circle.friends.values()},
                       nodes=tuple((n.id, n.parent, n.day, n.generation) for n in circle.nodes))
