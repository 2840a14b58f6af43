"""The session summary as plain data, for ``--report FILE`` and for facilitators.

Built from the log only; the same seed and style give the same report.
"""
from __future__ import annotations

from typing import Any

from . import circle_debrief, debrief
from .session import Session


def build(session: Session, style: str | None) -> dict[str, Any]:
    log, lang = session.log, session.lang
    summary = debrief.build(session.scenario, log)
    text = lambda t: None if t is None else t.get(lang)  # noqa: E731
    return {
        "scenario": session.scenario.id,
        "seed": session.seed,
        "style": style,
        "length": session.length,
        "language": lang,
        "start_score": summary.start_score,
        "final_score": summary.final_score,
        "final_tier": summary.final_tier,
        "score_range": [session.scenario.score_min, session.scenario.score_max],
        "score_history": [
            {"day": e.day, "score": e["after"], "delta": e["delta"],
             "reason": text(e["reason"]), "source": e["source"], "cause": e["cause"],
             "shown": session.shown.get(e.seq)}
            for e in log.of_kind("score_change")],
        "tier_history": [
            {"day": e.day, "from": e["before"], "to": e["after"], "up": e["up"]}
            for e in log.of_kind("tier_change")],
        "choices": [
            {"day": e.day, "card": e["card"], "option": e["option"]}
            for e in log.of_kind("choice")],
        "data_points": summary.data_points,
        "partners": dict(sorted(summary.partners.items())),
        "bans": [{"day": e.day, "ban": e["ban"], "card": e["card"], "days": e["days"]}
                 for e in summary.bans],
        "perks_used": [{"day": e.day, "perk": e["perk"], "card": e["card"]}
                       for e in summary.perks_used],
        "rejudged": [{"day": e.day, "card": e["card"], "original_day": e["original_day"],
                      "tag": e["tag"]} for e in summary.rejudged],
        "appeals_pending_at_end": summary.pending_appeals,
        "narrowing": {"early": round(summary.narrowing.early, 3),
                      "late": round(summary.narrowing.late, 3),
                      "choices": summary.narrowing.choices},
        "minigames": [
            {"id": g.game.id, "game": g.game.game, "day": g.day, "result": g.outcome,
             "points": g.points, "grade": g.grade, "relaxed": g.relaxed,
             "score_change": g.score_change, "claims": list(g.claims)}
            for g in summary.games],
        "left_early": summary.left,
        "prompts": [p.id for p in summary.prompts],
        "social": circle_debrief.report(log),
        "other_scorers": _other_scorers(session),
        "epilogue": _epilogue(log),
        "agency": _agency(log),
        "claims_reached": log.claims_reached(),
    }


def _other_scorers(session: Session) -> list[dict[str, Any]] | None:
    seen = session.log.first("scored_elsewhere")
    if seen is None:
        return None
    scorers = {s.id: s for s in session.scenario.scorers}
    rows = []
    for v in seen["verdicts"]:
        band = next(b for b in scorers[v["id"]].bands if b.min == v["band"])
        rows.append({"id": v["id"], "score": v["score"], "range": list(v["range"]),
                     "band": band.label.get(session.lang),
                     "verdict": band.verdict.get(session.lang), "top_choices": list(v["top"])})
    return rows


def _epilogue(log) -> dict[str, Any] | None:
    seen = log.first("epilogue")
    if seen is None:
        return None
    keys = ("score_before", "score_after", "tier_before", "tier_after")
    return {**{k: seen[k] for k in keys}, "flipped": list(seen["flipped"])}


def _agency(log) -> dict[str, Any] | None:
    """The rule the player changed and what it would have done; None when they passed."""
    seen = log.first("reshaped")
    if seen is None:
        return None
    return {"rule": seen["rule"], "score_before": seen["score_before"],
            "final_score": seen["score_after"], "final_tier": seen["tier_after"],
            "circle": None if seen["of"] is None else
            {"rank_before": seen["rank_before"], "rank_after": seen["rank_after"],
             "of": seen["of"]}}
