"""What a level file says about the player's circle: contacts and their arcs, the referral
rules, the app's advice about a falling friend, group actions and badges. Read-only objects
built by ``game.content.social``; the live state of a session is ``game.core.circle``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from .scenario import Card, Effects, Text

# What an option may do to the circle. drop, keep, warn and report concern one friend (the
# engine offers them when a friend falls); invite asks contacts onto the app; sign and
# complain answer a group action.
SOCIAL_ACTIONS = ("drop", "keep", "warn", "report", "invite", "sign", "complain")
FRIEND_ACTIONS = ("drop", "keep", "warn", "report")
BADGE_MEASURES = ("recruits", "network", "rank")


@dataclass(frozen=True)
class SocialAction:
    """On an option: what choosing it does to the circle. ``contacts`` names the friend a
    choice is about, or whom to invite (empty: everyone not on the app yet)."""

    action: str
    contacts: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True)
class ArcStep:
    """Something happens to a contact on a day of a length: their score moves, with news."""

    at: Mapping[str, int]  # length -> day
    change: int
    news: "Text"


@dataclass(frozen=True)
class Contact:
    id: str
    name: "Text"
    about: "Text"  # a few words of character
    score: int  # on the scenario's visible scale, at sign-up (or when they join)
    member: bool  # already on the app when the session starts
    lengths: tuple[str, ...]
    arc: tuple[ArcStep, ...]


@dataclass(frozen=True)
class Referral:
    """Invitations and the snowball they start."""

    accept: int  # percent chance that an invited contact joins
    bonus: "Effects"  # for the player, for each contact who joins
    reason: "Text"
    reach: tuple[int, int]  # people each new member invites the next morning (low, high)
    onward: int  # percent chance that each of those joins
    downstream: "Effects"  # for the player, for every ``per`` people who join further down
    per: int
    population: int  # people in the town
    members: int  # of them on the app before the player arrived
    limit: int  # at most this many people join through the player


@dataclass(frozen=True)
class FriendChoice:
    """The consequence of dropping, keeping, warning or reporting a falling friend."""

    action: str
    friend: int  # change to the friend's own score
    leaves_circle: bool
    notice: "Text"  # what the friend does once they notice, told the next morning


@dataclass(frozen=True)
class Falling:
    """The app's advice when a friend falls: a card the engine fills with the friend's name."""

    drop: int  # a fall of at least this much since the last morning sets it off
    card: "Card"
    choices: Mapping[str, FriendChoice]


@dataclass(frozen=True)
class GroupAction:
    """A neighbour's petition or meeting: signers are punished, a lone complaint is not."""

    id: str
    organiser: str
    followers: tuple[str, ...]  # sign only alongside the player
    cost: int  # each signer's own score falls by this much
    news: "Text"


@dataclass(frozen=True)
class Badge:
    id: str
    name: "Text"
    text: "Text"
    measure: str  # recruits | network (at least ``at``) | rank (at most ``at``)
    at: int


@dataclass(frozen=True)
class Circle:
    dimension: str  # the sub-score that follows the circle
    pull: float  # sub-score points per point of the circle's mean on a 0-100 scale
    fell: "Text"  # the reason shown when the circle drags the score; may name {name}
    rose: "Text"
    drift: tuple[int, int]  # each contact's own nightly change (low, high)
    contacts: tuple[Contact, ...]
    referral: Referral | None
    falling: Falling
    groups: Mapping[str, GroupAction]
    badges: tuple[Badge, ...]
    shown: Mapping[str, tuple[int, ...]] = None  # length -> days the circle screen follows;
    # a length left out shows it on the first day and on every day with news

    def contact(self, contact_id: str) -> Contact:
        for contact in self.contacts:
            if contact.id == contact_id:
                return contact
        raise KeyError(contact_id)
