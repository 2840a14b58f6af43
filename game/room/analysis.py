"""What the room did, from its visits' summaries: the facilitator's panels and each
player's place in the room. Plain data in, plain data out; every word comes from the level
file (names, cards, tiers, scorers, prompts) in the language asked for.
"""
from __future__ import annotations

from collections import Counter
from statistics import mean

SPLIT_CARDS = 3  # cards shown as splitting the room
FRIENDS = 2  # friends shown: those the room was asked about most
QUESTIONS = 3


def room(scenario, visits: list[dict], lang: str) -> dict:
    """Every panel of the facilitator's page."""
    return {"count": len(visits),
            "lengths": dict(Counter(v["length"] for v in visits)),
            "arcs": arcs(visits),
            "range": [scenario.score_min, scenario.score_max],
            "tiers": tiers(scenario, visits, lang),
            "friends": friends(scenario, visits, lang),
            "petition": petition(visits),
            "cards": split_cards(scenario, visits, lang),
            "verdicts": verdicts(scenario, visits, lang),
            "questions": questions(scenario, visits, lang),
            "survey": survey(visits)}


def survey(visits: list[dict]) -> dict | None:
    """The survey's answers before and after play: how many, and their mean."""
    answers = {when: [v["survey"][when] for v in visits
                      if v.get("survey") and v["survey"].get(when) is not None]
               for when in ("before", "after")}
    if not any(answers.values()):
        return None
    return {when: {"n": len(got), "mean": round(mean(got), 1) if got else None}
            for when, got in answers.items()}


def arcs(visits: list[dict]) -> list[dict]:
    """Each visit's score, change by change, and where it ended."""
    return [{"points": [v["start_score"]] + [h["score"] for h in v["score_history"]],
             "tier": v["final_tier"], "left": v["left_early"]} for v in visits]


def tiers(scenario, visits: list[dict], lang: str) -> list[dict]:
    """How many ended in each tier, best first."""
    ended = Counter(v["final_tier"] for v in visits)
    return [{"id": t.id, "name": t.name.get(lang), "count": ended.get(t.id, 0), "rank": i}
            for i, t in reversed(list(enumerate(scenario.tiers)))]


def _circle(visits: list[dict]) -> list[dict]:
    return [v["social"] for v in visits if v.get("social")]


def friends(scenario, visits: list[dict], lang: str) -> list[dict]:
    """For each friend the app advised about: what the room chose, with the option's words."""
    circle = scenario.circle
    if circle is None:
        return []
    card = circle.falling.card
    labels = {o.id: o.label for o in card.options}
    rows = []
    for contact in circle.contacts:
        chose = Counter(c["choice"] for s in _circle(visits) for c in s["contacts"]
                        if c["id"] == contact.id and c["choice"])
        if not chose:
            continue
        name = contact.name.get(lang)
        rows.append({"id": contact.id, "name": name, "asked": sum(chose.values()),
                     "choices": [{"id": o, "label": _fill(labels[o], lang, name), "count": n}
                                 for o, n in chose.most_common() if o in labels]})
    rows.sort(key=lambda r: -r["asked"])
    return rows[:FRIENDS]


def _fill(text, lang: str, name: str) -> str:
    return text.get(lang).replace("{name}", name)


def petition(visits: list[dict]) -> dict | None:
    """Who joined the collective action, and the score each group ended with."""
    circle = _circle(visits)
    if not circle:
        return None
    finals = {True: [], False: []}
    for v in visits:
        if v.get("social"):
            finals[v["social"]["joined_collective_action"]].append(v["final_score"])
    return {"joined": len(finals[True]), "stayed_out": len(finals[False]),
            "joined_score": round(mean(finals[True])) if finals[True] else None,
            "stayed_out_score": round(mean(finals[False])) if finals[False] else None}


def split_cards(scenario, visits: list[dict], lang: str) -> list[dict]:
    """The cards the room answered most differently (two or more answered), with the mean
    final score of each answer's group: where the room split, and what it cost."""
    answers: dict[str, list[tuple[str, int]]] = {}
    falling = scenario.circle.falling.card.id if scenario.circle else None  # the friends'
    for v in visits:
        for choice in v["choices"]:
            if choice["card"] == falling:
                continue
            answers.setdefault(choice["card"], []).append((choice["option"], v["final_score"]))
    rows = []
    for card_id, given in answers.items():
        if len(given) < 2:
            continue
        try:
            card = scenario.card(card_id)
        except KeyError:
            continue
        counts = Counter(option for option, _ in given)
        if len(counts) < 2:
            continue
        labels = {o.id: o.label.get(lang) for o in card.options}
        rows.append({"id": card_id, "title": card.title.get(lang), "answered": len(given),
                     "split": 1 - counts.most_common(1)[0][1] / len(given),
                     "options": [{"id": o, "label": labels.get(o, o), "count": n,
                                  "score": round(mean(s for opt, s in given if opt == o))}
                                 for o, n in counts.most_common()]})
    rows.sort(key=lambda r: (-r["split"], -r["answered"], r["id"]))
    return rows[:SPLIT_CARDS]


def verdicts(scenario, visits: list[dict], lang: str) -> list[dict]:
    """How each other scorer judged the room: its bands, in its own order, with counts."""
    rows = []
    for scorer in scenario.scorers:
        got = Counter()
        for v in visits:
            for row in v.get("other_scorers") or ():
                if row["id"] == scorer.id:
                    got[_band_of(scorer, row["score"])] += 1
        if got:
            rows.append({"id": scorer.id, "name": scorer.name.get(lang),
                         "bands": [{"label": b.label.get(lang), "verdict": b.verdict.get(lang),
                                    "count": got.get(b.min, 0)} for b in scorer.bands]})
    return rows


def _band_of(scorer, score) -> int:
    """The band a score falls in, by its lower bound (the report carries the station's words,
    which may be in another language than the page's)."""
    return max((b.min for b in scorer.bands if b.min <= score), default=scorer.bands[0].min)


def questions(scenario, visits: list[dict], lang: str) -> list[dict]:
    """The questions the room's debriefs raised most often."""
    asked = Counter(p for v in visits for p in v["prompts"])
    texts = {p.id: p.text for p in scenario.prompts}
    return [{"id": p, "text": texts[p].get(lang), "count": n}
            for p, n in sorted(asked.items(), key=lambda item: (-item[1], item[0]))
            if p in texts][:QUESTIONS]


def compare(scenario, visits: list[dict], visit_id: str, lang: str) -> list[dict]:
    """One visit beside the rest of the room: for each friend choice and each split card
    this visit answered, how many of the others did the same."""
    mine = next((v for v in visits if v["visit_id"] == visit_id), None)
    if mine is None:
        return []
    others = [v for v in visits if v["visit_id"] != visit_id]
    rows = []
    tiers = {t.id: t.name.get(lang) for t in scenario.tiers}
    if mine["final_tier"] in tiers:
        rows.append({"kind": "tier", "what": tiers[mine["final_tier"]], "others": len(others),
                     "same": sum(1 for v in others if v["final_tier"] == mine["final_tier"])})
    circle = scenario.circle
    labels = {o.id: o.label for o in circle.falling.card.options} if circle else {}
    names = {c.id: c.name.get(lang) for c in circle.contacts} if circle else {}
    for contact in (mine.get("social") or {}).get("contacts", ()):
        if contact["choice"] in labels and contact["id"] in names:
            same = sum(1 for v in others for c in (v.get("social") or {}).get("contacts", ())
                       if c["id"] == contact["id"] and c["choice"] == contact["choice"])
            rows.append({"kind": "friend", "what": _fill(labels[contact["choice"]], lang,
                                                         names[contact["id"]]),
                         "same": same, "others": len(others)})
    split = {row["id"]: row for row in split_cards(scenario, visits, lang)}
    for choice in mine["choices"]:
        label = next((o["label"] for o in split[choice["card"]]["options"]
                      if o["id"] == choice["option"]), None) if choice["card"] in split else None
        if label is not None:
            same = sum(1 for v in others for c in v["choices"]
                       if c["card"] == choice["card"] and c["option"] == choice["option"])
            rows.append({"kind": "card", "what": label, "card": split[choice["card"]]["title"],
                         "same": same, "others": len(others)})
    return rows
