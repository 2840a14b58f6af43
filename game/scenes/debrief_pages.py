"""The debrief's pages: which ones this session needs, and how each is painted.

Each painter draws one static page onto a surface; lists are split so that no
page needs more than about 45 seconds of reading.
"""
from __future__ import annotations

import pygame

from ..core.debrief import Debrief
from ..i18n import number, signed
from ..ui import theme
from ..ui.widgets import draw_paragraph, draw_text, panel

LEFT, TOP, WIDTH = 80, 130, 1760
DOSSIER_ROWS = 9
MECHANICS_PER_PAGE = 4
FACTS_PER_PAGE = 4
TAG_COLORS = {"real": theme.GAIN, "exaggerated": theme.ORANGE, "fiction": theme.PINK}
TAG_MARKS = {"real": "●", "exaggerated": "▲", "fiction": "◆"}


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def plan(app, summary: Debrief) -> list[tuple[str, object]]:
    pages: list[tuple[str, object]] = [("arc", summary)]
    dossier = _chunks(list(summary.dossier), DOSSIER_ROWS)
    for i, rows in enumerate(dossier):
        pages.append(("dossier", (summary, rows, i, len(dossier))))
    for i, uses in enumerate(_chunks(list(summary.mechanics), MECHANICS_PER_PAGE)):
        pages.append(("mechanics", (summary, uses, i)))
    for facts in _chunks(_facts(app.config.scenario, summary), FACTS_PER_PAGE):
        pages.append(("facts", facts))
    pages.append(("prompts", summary.prompts))
    pages.append(("credits", None))
    return pages


def _facts(scenario, summary: Debrief) -> list:
    """Framing facts first (those no mechanic cites), then the ones behind what happened."""
    cited = {f for m in scenario.mechanics for f in m.facts}
    framing = [f for f in scenario.facts.values() if f.id not in cited]
    reached = []
    for use in summary.mechanics:
        reached += [f for f in use.facts if f not in reached and f not in framing]
    return framing + reached


def _title(app, pal, surf, key: str, **values) -> int:
    return draw_paragraph(surf, app.fonts, app.t(key, **values), pygame.Rect(LEFT, TOP, WIDTH, 200),
                          "headline", pal.ink, "display") + 30


def paint_arc(app, pal, surf, s: Debrief) -> None:
    y = _title(app, pal, surf, "debrief.arc.title")
    chart = pygame.Rect(LEFT + 90, y + 10, 1040, 600)
    _chart(app, pal, surf, chart, s)
    x, w = 1300, 540
    lang = app.settings.lang
    sc = app.config.scenario
    lines = [
        (app.t("debrief.arc.scores", start=number(s.start_score, lang),
               end=number(s.final_score, lang)), pal.ink, "lead", "bold"),
        (app.t("debrief.arc.tier", tier=app.text(sc.tier(s.final_tier).name)), pal.ink, "body",
         "semibold"),
    ]
    won = sorted({app.text(sc.perks[e["perk"]].name) for e in s.perks_used})
    lines.append((app.t("debrief.arc.won", what=", ".join(won) or app.t("debrief.none")),
                  pal.ink, "body", "regular"))
    lost = sorted({app.text(sc.bans[e["ban"]].name) for e in s.bans})
    lines.append((app.t("debrief.arc.lost", what=", ".join(lost) or app.t("debrief.none")),
                  pal.ink, "body", "regular"))
    lines.append((app.t("debrief.arc.rejudged", n=len(s.rejudged)), pal.ink, "body", "regular"))
    if s.pending_appeals:
        lines.append((app.t("debrief.arc.pending", n=s.pending_appeals), pal.ink, "body", "regular"))
    if s.left:
        lines.append((app.t("debrief.arc.left"), pal.ink, "body", "regular"))
    for text, color, size, weight in lines:
        y = draw_paragraph(surf, app.fonts, text, pygame.Rect(x, y, w, 300), size, color, weight) + 22


def _chart(app, pal, surf, rect: pygame.Rect, s: Debrief) -> None:
    sc = app.config.scenario
    lo, hi = sc.score_min, sc.score_max
    fonts = app.fonts
    to_y = lambda v: rect.bottom - (v - lo) / (hi - lo) * rect.height  # noqa: E731
    for tier in sc.tiers:
        ty = to_y(tier.min)
        pygame.draw.line(surf, pal.line, (rect.x, ty), (rect.right, ty), 2)
        draw_text(surf, fonts, str(tier.min), (rect.x - 14, ty), "small", pal.ink_soft,
                  anchor="midright")
    points = s.series
    n = max(1, len(points) - 1)
    to_x = lambda i: rect.x + i / n * rect.width  # noqa: E731
    day_seen = 0
    for i, (day, _) in enumerate(points):
        if day > day_seen:
            day_seen = day
            x = to_x(i)
            pygame.draw.line(surf, pal.surface_alt, (x, rect.y), (x, rect.bottom), 2)
            draw_text(surf, fonts, app.t("debrief.arc.day", n=day), (x + 8, rect.bottom + 12),
                      "small", pal.ink_soft)
    coords = [(to_x(i), to_y(v)) for i, (_, v) in enumerate(points)]
    if len(coords) > 1:
        pygame.draw.lines(surf, pal.accent, False, coords, 6)
    for x, y in (coords[0], coords[-1]):
        pygame.draw.circle(surf, pal.accent, (x, y), 12)
    draw_text(surf, fonts, app.t("debrief.arc.axis"), (rect.x, rect.y - 46), "small", pal.ink_soft)


def paint_dossier(app, pal, surf, payload) -> None:
    s, rows, index, total = payload
    lang = app.settings.lang
    y = _title(app, pal, surf, "debrief.dossier.title")
    draw_text(surf, app.fonts, app.t("debrief.dossier.count", n=number(s.data_points, lang),
              records=len(s.dossier)), (LEFT, y), "lead", pal.ink, "semibold")
    if total > 1:
        draw_text(surf, app.fonts, app.t("debrief.dossier.part", n=index + 1, total=total),
                  (LEFT + 1100, y + 8), "small", pal.ink_soft, anchor="topright")
    y += 80
    sc = app.config.scenario
    for item in rows:
        cat = app.text(sc.categories[item.category].name)
        who = ", ".join(app.text(sc.partners[p].name) for p in item.partners)
        text = app.t("debrief.dossier.row", day=item.day, cat=cat, title=app.text(item.title),
                     n=item.points)
        draw_text(surf, app.fonts, _fit(app, text, 1100), (LEFT, y), "small", pal.ink)
        if who:
            draw_text(surf, app.fonts, _fit(app, "→ " + who, 1100), (LEFT + 40, y + 36), "small",
                      pal.ink_soft)
        y += 76 if who else 48
    _partners(app, pal, surf, s, pygame.Rect(1260, TOP + 200, 580, 560))


def _fit(app, text: str, width: int) -> str:
    lines = app.fonts.wrap(text, "small", width)
    return lines[0] + ("…" if len(lines) > 1 else "")


def _partners(app, pal, surf, s: Debrief, rect: pygame.Rect) -> None:
    sc = app.config.scenario
    draw_text(surf, app.fonts, app.t("debrief.dossier.partners"), rect.topleft, "lead", pal.ink,
              "semibold")
    y = rect.y + 70
    top = max(s.partners.values(), default=1)
    for pid, points in sorted(s.partners.items(), key=lambda kv: -kv[1]):
        draw_text(surf, app.fonts, app.text(sc.partners[pid].name), (rect.x, y), "small", pal.ink)
        bar = pygame.Rect(rect.x, y + 40, round((rect.width - 120) * points / top), 18)
        panel(surf, bar, pal.accent, 9)
        draw_text(surf, app.fonts, number(points, app.settings.lang), (bar.right + 14, y + 30),
                  "small", pal.ink_soft)
        y += 86
    if not s.partners:
        draw_text(surf, app.fonts, app.t("debrief.none"), (rect.x, y), "small", pal.ink_soft)


def paint_mechanics(app, pal, surf, payload) -> None:
    s, uses, index = payload
    y = _title(app, pal, surf, "debrief.mechanics.title")
    if index == 0:
        n = s.narrowing
        key = "debrief.mechanics.narrowed" if n.narrowed else "debrief.mechanics.steady"
        text = app.t(key, early=round(n.early * 100), late=round(n.late * 100))
        y = draw_paragraph(surf, app.fonts, text, pygame.Rect(LEFT, y, WIDTH, 200), "body",
                           pal.accent, "semibold") + 24
    for use in uses:
        when = app.t("debrief.mechanics.when", day=use.first.day) if use.first.day else \
            app.t("debrief.mechanics.signup")
        head = f"{app.text(use.mechanic.name)} · {when} · {app.t('debrief.mechanics.times', n=use.count)}"
        draw_text(surf, app.fonts, head, (LEFT, y), "lead", pal.ink, "bold")
        y = draw_paragraph(surf, app.fonts, app.text(use.mechanic.text),
                           pygame.Rect(LEFT, y + 56, WIDTH, 120), "body", pal.ink_soft,
                           max_lines=2) + 26
    if not uses:
        draw_text(surf, app.fonts, app.t("debrief.none"), (LEFT, y), "body", pal.ink_soft)


def paint_facts(app, pal, surf, facts) -> None:
    y = _title(app, pal, surf, "debrief.facts.title")
    for fact in facts:
        tag = fact.tag
        chip = app.fonts.render(f"{TAG_MARKS[tag]} {app.t('debrief.tag.' + tag)}", "small",
                                theme.DEBRIEF.bg_bottom, "bold")
        box = chip.get_rect(topleft=(LEFT + 18, y + 4)).inflate(36, 12)
        panel(surf, box, TAG_COLORS[tag], box.height // 2)
        surf.blit(chip, chip.get_rect(center=box.center))
        text_rect = pygame.Rect(LEFT + 330, y, WIDTH - 330, 200)
        y2 = draw_paragraph(surf, app.fonts, app.text(fact.text), text_rect, "body", pal.ink,
                            max_lines=3)
        y2 = draw_paragraph(surf, app.fonts, app.t("debrief.facts.source", src=fact.source),
                            pygame.Rect(LEFT + 330, y2 + 4, WIDTH - 330, 80), "small",
                            pal.ink_soft, max_lines=1)
        y = y2 + 30


def paint_prompts(app, pal, surf, prompts) -> None:
    y = _title(app, pal, surf, "debrief.prompts.title")
    y = draw_paragraph(surf, app.fonts, app.t("debrief.prompts.lead"),
                       pygame.Rect(LEFT, y, WIDTH, 100), "body", pal.ink_soft) + 30
    for i, prompt in enumerate(prompts, 1):
        draw_text(surf, app.fonts, f"{i}", (LEFT, y), "title", pal.accent, "display")
        y = draw_paragraph(surf, app.fonts, app.text(prompt.text),
                           pygame.Rect(LEFT + 80, y + 6, WIDTH - 80, 200), "lead", pal.ink,
                           "semibold") + 34


def paint_credits(app, pal, surf, _payload) -> None:
    y = _title(app, pal, surf, "debrief.credits.title")
    y = draw_paragraph(surf, app.fonts, app.text(app.config.scenario.credits),
                       pygame.Rect(LEFT, y, WIDTH, 560), "small", pal.ink_soft, max_lines=13) + 30
    draw_paragraph(surf, app.fonts, app.t("debrief.credits.privacy"),
                   pygame.Rect(LEFT, y, WIDTH, 120), "body", pal.ink, "semibold")


PAINTERS = {
    "arc": paint_arc, "dossier": paint_dossier, "mechanics": paint_mechanics,
    "facts": paint_facts, "prompts": paint_prompts, "credits": paint_credits,
}
