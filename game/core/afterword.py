"""After the last day: the same record under other scorers (A17), years later under a new
owner's rules (A20), and one rule of the app changed by the player (A21).

Each moment is logged when the player has been through it, with its claim; the screens
and the bots call these in order on a finished session. A scenario may leave any of them
out; ``pending`` says which the player has still to meet.
"""
from __future__ import annotations

from . import record
from .session import Session

MOMENTS = ("scorers", "epilogue", "agency")


def pending(session: Session) -> list[str]:
    """The moments this scenario has that the player has not been through yet."""
    sc, log = session.scenario, session.log
    has = {"scorers": bool(sc.scorers), "epilogue": sc.epilogue is not None,
           "agency": sc.agency is not None and bool(sc.agency.rules)}
    done = {"scorers": log.first("scored_elsewhere"), "epilogue": log.first("epilogue"),
            "agency": log.first("reshaped") or log.first("reshape_skipped")}
    return [m for m in MOMENTS if session.finished and has[m] and done[m] is None]


def meet_scorers(session: Session) -> tuple[record.Verdict, ...]:
    """The player has seen their record read by the other scorers."""
    found = record.verdicts(session.scenario, session.log)
    session.log.append(
        "scored_elsewhere", session.step.day, claims=("A17",),
        verdicts=tuple({"id": v.scorer.id, "score": v.score,
                        "range": (v.scorer.min, v.scorer.max), "band": v.band.min,
                        "top": tuple(c.source for c, _ in v.top)} for v in found))
    return found


def meet_epilogue(session: Session) -> record.Rescored:
    """The player has seen their whole record re-scored by the later owner."""
    found = record.epilogue(session.scenario, session.log)
    session.log.append(
        "epilogue", session.step.day, claims=("A20",) if found.flipped or found.before != found.after else (),
        score_before=found.before.score, score_after=found.after.score,
        tier_before=found.before.tier, tier_after=found.after.tier,
        flipped=tuple(f.choice.source for f in found.flipped))
    return found


def reshape(session: Session, rule_id: str | None) -> record.Reshaped | None:
    """The player changed one rule (A21), or passed (``None``)."""
    day = session.step.day
    if rule_id is None:
        session.log.append("reshape_skipped", day)
        return None
    rule = next(r for r in session.scenario.agency.rules if r.id == rule_id)
    found = record.reshape(session.scenario, session.log, rule.drop)
    session.log.append(
        "reshaped", day, claims=("A21",), rule=rule.id,
        score_before=found.before.score, score_after=found.after.score,
        tier_before=found.before.tier, tier_after=found.after.tier,
        rank_before=found.rank_before, rank_after=found.rank_after, of=found.of)
    return found
