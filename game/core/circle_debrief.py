"""The player's network as they left it, read from the session log alone: who they
recruited, dropped, reported or stood by, what each choice earned, how far the snowball
rolled. The debrief page, the report and the prompts' conditions all read it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .log import SessionLog


@dataclass(frozen=True)
class FriendAtEnd:
    id: str
    score: int
    member: bool
    kept: bool
    recruited: bool
    choice: str | None  # drop, keep, warn or report, if the app asked about them
    signed: bool


@dataclass(frozen=True)
class Choice:
    """One social choice and the points it earned the player at that moment."""

    day: int
    action: str  # drop, keep, warn, report, invite, sign, complain, stay_out
    friends: tuple[str, ...]
    earned: int


@dataclass(frozen=True)
class Network:
    friends: tuple[FriendAtEnd, ...]
    nodes: tuple[tuple[int, str | int, int, int], ...]  # (id, parent, day, generation)
    choices: tuple[Choice, ...]
    market_share: float | None
    market_share_start: float | None
    badges: tuple[str, ...]
    rank: int | None
    of: int | None

    def with_choice(self, action: str) -> list[str]:
        return [f.id for f in self.friends if f.choice == action]

    @property
    def recruited(self) -> list[str]:
        return [f.id for f in self.friends if f.recruited]

    @property
    def network_size(self) -> int:
        return sum(1 for f in self.friends if f.member and f.kept) + len(self.nodes)

    @property
    def joined_group(self) -> bool:
        return any(c.action == "sign" for c in self.choices)


def network(log: SessionLog) -> Network | None:
    """None when the session had no circle."""
    start = log.first("circle_start")
    if start is None:
        return None
    end = log.first("circle_end")
    friends = tuple(FriendAtEnd(fid, *state) for fid, state in end["friends"].items()) if end \
        else ()
    boards = log.of_kind("leaderboard")
    return Network(
        friends=friends, nodes=end["nodes"] if end else (), choices=_choices(log),
        market_share=end["share"] if end else start["share"],
        market_share_start=start["share"],
        badges=tuple(e["badge"] for e in log.of_kind("badge")),
        rank=boards[-1]["rank"] if boards else None, of=boards[-1]["of"] if boards else None)


def _choices(log: SessionLog) -> tuple[Choice, ...]:
    found = []
    for e in log.of_kind("friend_choice", "invited", "group_punished"):
        if e.kind == "friend_choice":
            found.append(Choice(e.day, e["action"], (e["friend"],), e["earned"]))
        elif e.kind == "invited":
            found.append(Choice(e.day, "invite", e["joined"], e["earned"]))
        else:
            action = "sign" if e["player_signed"] else "complain" if e["complained"] \
                else "stay_out"
            found.append(Choice(e.day, action, e["signers"], e["earned"]))
    return tuple(found)


def conditions(log: SessionLog) -> set[str]:
    """The discussion prompts' social conditions this session meets."""
    net = network(log)
    if net is None:
        return set()
    actions = {c.action for c in net.choices}
    checks = {
        "dropped_friend": "drop" in actions,
        "stood_by_friend": "keep" in actions,
        "reported_friend": "report" in actions,
        "recruited": bool(log.of_kind("recruit_joined")),
        "joined_group": "sign" in actions,
    }
    return {name for name, held in checks.items() if held}


def report(log: SessionLog) -> dict | None:
    """The ``social`` part of the report JSON."""
    net = network(log)
    if net is None:
        return None
    return {
        "contacts": [{"id": f.id, "score": f.score, "on_app": f.member, "in_circle":
                      f.member and f.kept, "recruited": f.recruited, "choice": f.choice,
                      "signed": f.signed} for f in net.friends],
        "recruited": net.recruited,
        "network_size": net.network_size,
        "market_share": None if net.market_share is None else round(net.market_share, 1),
        "market_share_start": None if net.market_share_start is None
        else round(net.market_share_start, 1),
        "dropped": net.with_choice("drop"),
        "reported": net.with_choice("report"),
        "warned": net.with_choice("warn"),
        "kept_falling_friends": net.with_choice("keep"),
        "joined_collective_action": net.joined_group,
        "badges": list(net.badges),
        "leaderboard_rank": net.rank,
        "choices": [{"day": c.day, "action": c.action, "friends": list(c.friends),
                     "earned": c.earned} for c in net.choices],
    }
