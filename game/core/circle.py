"""The player's circle as it lives through a session: friends' own scores, who is kept,
who joined through the player, the referral snowball, the app's market share, the
leaderboard and badges. Pure rules: randomness comes in as an argument.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from .scenario import Card, Text
from .social import Circle, Contact, Falling, FriendChoice, SocialAction

YOU = "you"  # the player's key on the leaderboard


@dataclass
class Friend:
    contact: Contact
    score: int
    member: bool
    kept: bool = True  # still in the player's circle (drop and report end that)
    recruited: bool = False  # joined the app on the player's invitation
    invited: bool = False
    choice: str | None = None  # drop, keep, warn or report, once the app asked
    signed: bool = False
    morning: int = 0  # score at the last morning
    last: int = 0  # score the morning before: a fall is measured from there
    history: list[tuple[int, int]] = field(default_factory=list)  # (day, score)

    @property
    def id(self) -> str:
        return self.contact.id

    @property
    def in_circle(self) -> bool:
        return self.member and self.kept


@dataclass(frozen=True)
class Node:
    """Someone who joined through the player, further down the snowball (unnamed)."""

    id: int
    parent: str | int  # a contact id, or another node's id
    day: int
    generation: int


@dataclass(frozen=True)
class News:
    friend: str
    change: int
    score: int
    text: Text | None  # None: an ordinary day, the friend's own reasons


def named(text: Text | None, contact: Contact) -> Text | None:
    """A circle text with the friend's name filled in, in every language."""
    if text is None:
        return None
    return Text({lang: value.format(name=contact.name.get(lang))
                 for lang, value in text.by_lang.items()})


def bind(falling: Falling, contact: Contact) -> Card:
    """The app's advice about one falling friend: the level's card, with their name."""
    card = falling.card
    options = tuple(replace(o, label=named(o.label, contact), outcome=named(o.outcome, contact),
                            social=SocialAction(o.id, (contact.id,))) for o in card.options)
    return replace(card, text=named(card.text, contact), options=options)


def contagion(pull: float, mean: float | None, start: float, applied: int) -> int:
    """Sub-score points the circle still owes the player: the social area follows the mean
    of the kept friends' scores (0-100 scale) by ``pull`` points per point it has moved
    since sign-up, minus what was already applied. An empty circle moves nothing."""
    if mean is None:
        return 0
    return round(pull * (mean - start)) - applied


class CircleState:
    def __init__(self, rules: Circle, length: str, score_range: tuple[int, int]):
        self.rules = rules
        self.length = length
        self.low, self.high = score_range
        self.friends = {c.id: Friend(c, c.score, c.member, morning=c.score, last=c.score,
                                     history=[(0, c.score)])
                        for c in rules.contacts if length in c.lengths}
        self.start = self.mean()
        self.applied = 0
        self.nodes: list[Node] = []
        self._frontier: list[tuple[str | int, int]] = []  # (who, generation) yet to invite
        self.badges: list[str] = []
        self.ranks: list[int] = []  # the player's rank at each day's end
        self.notices: list[tuple[str, Text]] = []  # (friend, what they did) for next morning

    # -- what the circle is now --------------------------------------------------

    def kept(self) -> list[Friend]:
        return [f for f in self.friends.values() if f.in_circle]

    def mean(self) -> float | None:
        kept = self.kept()
        if not kept:
            return None
        span = self.high - self.low
        return sum((f.score - self.low) * 100 / span for f in kept) / len(kept)

    def owed(self) -> int:
        return contagion(self.rules.pull, self.mean(), self.start or 0.0, self.applied)

    def settle(self, points: int) -> None:
        """The session applied ``points`` of what the circle owed."""
        self.applied += points

    def recruits(self) -> list[Friend]:
        return [f for f in self.friends.values() if f.recruited]

    def joined(self) -> int:
        """People who joined the app through the player: recruits and the snowball."""
        return len(self.recruits()) + len(self.nodes)

    def network_size(self) -> int:
        """Everyone on the player's network graph who is on the app: the kept friends and
        everyone who joined through the player."""
        return len(self.kept()) + len(self.nodes)

    def market_share(self) -> float | None:
        ref = self.rules.referral
        if ref is None:
            return None
        return 100 * (ref.members + self.joined()) / ref.population

    def leaderboard(self, player_score: int) -> list[tuple[str, int]]:
        """The kept friends and the player, best first (the player first among equals)."""
        rows = [(YOU, player_score)] + [(f.id, f.score) for f in self.kept()]
        return sorted(rows, key=lambda r: (-r[1], r[0] != YOU))

    def rank(self, player_score: int) -> int:
        return [key for key, _ in self.leaderboard(player_score)].index(YOU) + 1

    # -- what happens to it -------------------------------------------------------

    def _move(self, friend: Friend, change: int) -> int:
        before = friend.score
        friend.score = min(self.high, max(self.low, friend.score + change))
        return friend.score - before

    def night(self, day: int, rng: random.Random) -> list[News]:
        """Each friend's own day: a small drift (from the second morning on), and what their
        arc holds for today (on the first morning, a message to meet them by)."""
        news = []
        low, high = self.rules.drift
        for friend in self.friends.values():
            friend.last = friend.morning
            change = rng.randint(low, high) if day > 1 else 0
            text = None
            for step in friend.contact.arc:
                if step.at.get(self.length) == day:
                    change += step.change
                    text = named(step.news, friend.contact)
            moved = self._move(friend, change)
            friend.morning = friend.score
            friend.history.append((day, friend.score))
            if text is not None or moved:
                news.append(News(friend.id, moved, friend.score, text))
        return news

    def fallen(self) -> Friend | None:
        """The kept friend who fell furthest since the morning before (overnight, or by a
        punishment during the day), if by enough to alarm the app and the app has not
        asked about them before."""
        drop = self.rules.falling.drop
        candidates = [f for f in self.kept() if f.choice is None and f.last - f.score >= drop]
        return max(candidates, key=lambda f: f.last - f.score, default=None)

    def choose(self, friend_id: str, action: str) -> tuple[FriendChoice, int]:
        """Drop, keep, warn or report a friend: (the rule applied, the friend's own change)."""
        friend = self.friends[friend_id]
        rule = self.rules.falling.choices[action]
        friend.choice = action
        moved = self._move(friend, rule.friend)
        if rule.leaves_circle:
            friend.kept = False
        return rule, moved

    def invitable(self, contacts: tuple[str, ...] = ()) -> list[Friend]:
        wanted = contacts or tuple(self.friends)
        return [self.friends[c] for c in wanted
                if c in self.friends and not self.friends[c].member and not self.friends[c].invited]

    def invite(self, contacts: tuple[str, ...], day: int,
               rng: random.Random) -> tuple[list[Friend], list[Friend]]:
        """Ask contacts onto the app: (who joined, who said no). Joiners count at once."""
        ref = self.rules.referral
        joined, declined = [], []
        for friend in self.invitable(contacts):
            friend.invited = True
            if rng.randint(1, 100) <= ref.accept and self.joined() < ref.limit:
                friend.member = friend.recruited = True
                friend.morning = friend.last = friend.score
                friend.history.append((day, friend.score))
                self._frontier.append((friend.id, 1))
                joined.append(friend)
            else:
                declined.append(friend)
        return joined, declined

    def snowball(self, day: int, rng: random.Random) -> list[Node]:
        """Everyone who joined through the player invites their own contacts once, the
        morning after they joined; some of those join, and will invite in turn."""
        ref = self.rules.referral
        if ref is None:
            return []
        frontier, self._frontier = self._frontier, []
        new: list[Node] = []
        for parent, generation in frontier:
            for _ in range(rng.randint(*ref.reach)):
                if rng.randint(1, 100) <= ref.onward and self.joined() < ref.limit:
                    node = Node(len(self.nodes), parent, day, generation + 1)
                    self.nodes.append(node)
                    new.append(node)
                    self._frontier.append((node.id, node.generation))
        return new

    def punish(self, signers: list[str], cost: int) -> list[str]:
        """A group action's signers on the app lose ``cost`` each; returns who was hit."""
        hit = []
        for friend_id in signers:
            friend = self.friends.get(friend_id)
            if friend is not None and friend.member:
                friend.signed = True
                self._move(friend, -cost)
                hit.append(friend_id)
        return hit

    def earned_badges(self, player_score: int) -> list[str]:
        """Badges newly earned at a day's end."""
        measures = {"recruits": len(self.recruits()), "network": self.joined(),
                    "rank": self.rank(player_score)}
        new = []
        for badge in self.rules.badges:
            value = measures[badge.measure]
            held = value <= badge.at if badge.measure == "rank" else value >= badge.at
            if held and badge.id not in self.badges:
                self.badges.append(badge.id)
                new.append(badge.id)
        return new
