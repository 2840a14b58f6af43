"""The debrief's pages: which ones this session needs, and how each is painted.

Each painter draws one static page onto a surface; lists are split so that no
page needs more than about 45 seconds of reading.
"""
from __future__ import annotations

import pygame

from ..core.debrief import Debrief
from ..i18n import number
from ..ui import layout
from ..ui import theme
from ..ui.facts import TAG_COLORS, TAG_MARKS
from ..ui.widgets import draw_paragraph, draw_text, panel, paragraph_height

LEFT, TOP, WIDTH = 80, 130, 1760
BOTTOM = 900  # page content ends above the navigation row
RECORD_ROWS = 8  # per column; two columns a page (under 45 s of reading)
MECHANIC_GAP = 30
HALF = WIDTH // 2 - 40  # a column of a two-column page


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def plan(app, summary: Debrief) -> list[tuple[str, object]]:
    """What happened, what was kept, what it did (with the facts), what is real, now what.
    A walk-up visit gets three pages instead (``debrief_kiosk``)."""
    if app.walk_up:
        from .debrief_kiosk import plan as kiosk_plan
        return kiosk_plan(app, summary)
    pages: list[tuple[str, object]] = [("arc", summary), ("dossier", summary)]
    if summary.games:
        top = _content_top(app, "debrief.games.title")
        groups = _fill_pages(list(summary.games), lambda g: _game_height(app, g), BOTTOM - top)
        pages += [("games", (group, i, len(groups))) for i, group in enumerate(groups)]
    if getattr(summary, "network", None) is not None:
        pages.append(("network", summary.network))
    record = _chunks(list(summary.dossier), RECORD_ROWS * 2)
    pages += [("record", (rows, i, len(record))) for i, rows in enumerate(record)]
    top = _content_top(app, "debrief.mechanics.title", page=99, total=99)
    groups = _fill_pages(list(summary.mechanics), lambda u: _mechanic_height(app, u),
                         BOTTOM - top)
    pages += [("mechanics", (group, i, len(groups))) for i, group in enumerate(groups)]
    room = BOTTOM - _content_top(app, "debrief.facts.title")
    framing = _framing(app.config.scenario)  # none when every fact goes with a mechanic
    pages += [("facts", facts) for facts in
              _fill_pages(framing, lambda f: _fact_height(app, f), room) if framing]
    pages.append(("prompts", summary.prompts))
    credits = app.text(app.config.scenario.credits).split("\n")
    height = lambda para: paragraph_height(app.fonts, para, WIDTH, "small") + 12  # noqa: E731
    room = BOTTOM - _content_top(app, "debrief.credits.title")
    parts = _fill_pages(credits, height, room - 120)
    pages += [("credits", (part, i == len(parts) - 1)) for i, part in enumerate(parts)]
    return pages


def _fill_pages(items: list, height, room: int) -> list[list]:
    """Split items into pages by their measured heights, so nothing is ever cut."""
    pages, page, used = [], [], 0
    for item in items:
        h = height(item) + MECHANIC_GAP
        if page and used + h > room:
            pages.append(page)
            page, used = [], 0
        page.append(item)
        used += h
    return pages + [page] if page or not pages else pages


def _content_top(app, key: str, **values) -> int:
    """Where a page's content starts: below its title, however many lines that takes."""
    title = app.t(key, **values)
    size = _title_size(app, title)
    return TOP + paragraph_height(app.fonts, title, WIDTH, size, "display") + 30


def _framing(scenario) -> list:
    """Facts no mechanic cites: the framing every player should leave with."""
    cited = {f for m in scenario.mechanics for f in m.facts}
    return [f for f in scenario.facts.values() if f.id not in cited]


def _part(key: str, index: int, total: int) -> tuple:
    """A title that counts its parts, or stands alone when there is only one."""
    return (key, {"page": index + 1, "total": total}) if total > 1 else (f"{key}_single", {})


def _title(app, pal, surf, key: str, values: dict | None = None) -> int:
    title = app.t(key, **(values or {}))
    return draw_paragraph(surf, app.fonts, title, pygame.Rect(LEFT, TOP, WIDTH, 0),
                          _title_size(app, title), pal.ink, "display") + 30


def _title_size(app, title: str) -> str:
    """A page title stays on one line: a size less where larger text or German needs it."""
    return "headline" if len(app.fonts.wrap(title, "headline", WIDTH, "display")) == 1 \
        else "title"


def paint_arc(app, pal, surf, s: Debrief) -> int:
    y = _title(app, pal, surf, "debrief.arc.title")
    # Larger text takes room from the chart for the summary beside it.
    chart = pygame.Rect(LEFT + 90, y + 10, 780 if app.fonts.scale <= 1 else 620, 560)
    _chart(app, pal, surf, chart, s)
    x = chart.right + 180  # past the tiers' labels
    w = WIDTH + LEFT - x
    lang = app.settings.lang
    sc = app.config.scenario
    lines = [
        (app.t("debrief.arc.scores", start=number(s.start_score, lang),
               end=number(s.final_score, lang)), pal.ink, "lead", "bold"),
    ]
    if not app.walk_up:  # a walk-up visit reads its final tier off the chart
        lines.append((app.t("debrief.arc.tier", tier=app.text(sc.tier(s.final_tier).name)),
                      pal.ink, "body", "semibold"))
    if s.play is not None:
        lines.append((_play_line(app, s.play), pal.ink, "body", "semibold"))
    brief = app.walk_up  # a walk-up visit is told what happened, not "none"
    won = sorted({app.text(sc.perks[e["perk"]].name) for e in s.perks_used})
    if won or not brief:
        lines.append((app.t("debrief.arc.won", what=", ".join(won) or app.t("debrief.none")),
                      pal.ink, "body", "regular"))
    lost = sorted({app.text(sc.bans[e["ban"]].name) for e in s.bans})
    if lost or not brief:
        lines.append((app.t("debrief.arc.lost", what=", ".join(lost) or app.t("debrief.none")),
                      pal.ink, "body", "regular"))
    if s.perks_lost:  # taken away by a tier drop: a loss as real as a ban
        lines.append((app.t("debrief.arc.perks_lost", what=", ".join(
            app.text(sc.perks[p].name) for p in s.perks_lost)), pal.ink, "body", "regular"))
    if not brief:  # a walk-up visit met its re-judged choices on the rules card itself
        lines.append((app.t("debrief.arc.rejudged", n=len(s.rejudged)), pal.ink, "body",
                      "regular"))
    if brief and s.reshaped is not None:  # the closing move, without a screen of its own
        r = s.reshaped
        rule = next(x for x in sc.agency.rules if x.id == r["rule"])
        lines.append((app.t("debrief.arc.rule", rule=app.text(rule.label),
                            before=number(r["score_before"], lang),
                            after=number(r["score_after"], lang)), pal.accent, "body",
                      "semibold"))
    if brief:  # no dossier page on a walk-up visit: what was kept, and who got it
        ranked = sorted(s.partners, key=lambda p: -s.partners[p])
        key = {0: "debrief.arc.kept_none", 1: "debrief.arc.kept_one"}.get(len(ranked),
                                                                        "debrief.arc.kept")
        top = app.text(sc.partners[ranked[0]].name) if ranked else ""
        lines.append((app.t(key, n=number(s.data_points, lang), partners=len(ranked),
                            top=top), pal.ink, "body", "regular"))
    if s.pending_appeals:
        lines.append((app.t("debrief.arc.pending", n=s.pending_appeals), pal.ink, "body", "regular"))
    if s.left:
        lines.append((app.t("debrief.arc.left"), pal.ink, "body", "regular"))
    n = s.narrowing
    if n.known:  # a visit cut short says nothing true about how choices changed
        key = "debrief.arc.narrowed" if n.narrowed else "debrief.arc.steady"
        if n.early == n.late in (0.0, 1.0):
            key = "debrief.arc.always" if n.late == 1.0 else "debrief.arc.never"
        lines.append((app.t(key, early=round(n.early * 100), late=round(n.late * 100)),
                      pal.accent, "body", "semibold"))
    # The summary steps down a size, then closes up, rather than run into the navigation.
    smaller = {"lead": "body", "body": "small", "small": "small"}
    gap = 22
    height = lambda: sum(paragraph_height(app.fonts, t, w, sz, wt) + gap  # noqa: E731
                         for t, _, sz, wt in lines)
    for _ in range(2):
        if y + height() > BOTTOM:
            lines = [(t, c, smaller[sz], wt) for t, c, sz, wt in lines]
    if y + height() > BOTTOM:
        gap = 10
    for text, color, size, weight in lines:
        y = draw_paragraph(surf, app.fonts, text, pygame.Rect(x, y, w, 300), size, color,
                           weight) + gap
    return max(y, chart.bottom + 60)


def _play_line(app, play) -> str:
    """Play itself, named as what acted on the player: points, tiers, streak, board, games."""
    parts = [app.t("debrief.play.changes", n=play.changes)]
    if play.tiers_up:
        parts.append(app.t("debrief.play.tiers", n=play.tiers_up))
    if play.streak >= 2:
        parts.append(app.t("debrief.play.streak", n=play.streak))
    if play.boards:
        parts.append(app.t("debrief.play.board"))
    if len(play.games) == 1:
        parts.append(app.t("quote", text=app.text(play.games[0])))
    elif play.games:
        parts.append(app.t("debrief.play.games", n=len(play.games)))
    return app.t("debrief.play.line", parts=", ".join(parts))


def _chart(app, pal, surf, rect: pygame.Rect, s: Debrief) -> None:
    sc = app.config.scenario
    lo, hi = sc.score_min, sc.score_max
    fonts = app.fonts
    to_y = lambda v: rect.bottom - (v - lo) / (hi - lo) * rect.height  # noqa: E731
    bounds = [t.min for t in sc.tiers] + [hi]
    for tier in sc.tiers:
        pygame.draw.line(surf, pal.line, (rect.x, to_y(tier.min)), (rect.right, to_y(tier.min)), 2)
    # Every line its number and every band its grade; where bands are narrow the words
    # move apart rather than drop out. This player's final band is named in the accent.
    step = fonts.line_height("small") - 6
    for tier, y in zip(sc.tiers, _spread([to_y(t.min) for t in sc.tiers], step, rect)):
        draw_text(surf, fonts, str(tier.min), (rect.x - 14, y), "small", pal.ink_soft,
                  anchor="midright")
    mids = [(to_y(t.min) + to_y(bounds[i + 1])) / 2 for i, t in enumerate(sc.tiers)]
    for tier, y in zip(sc.tiers, _spread(mids, step, rect)):
        final = tier.id == s.final_tier
        draw_text(surf, fonts, app.text(tier.name).split(" · ")[0], (rect.right + 14, y),
                  "small", pal.accent if final else pal.ink_soft, "semibold", anchor="midleft")
    points = s.series
    n = max(1, len(points) - 1)
    to_x = lambda i: rect.x + i / n * rect.width  # noqa: E731
    starts = {}  # each day's first point (day 0: signing up)
    for i, (day, _) in enumerate(points):
        if day:
            starts.setdefault(day, to_x(i))
    # "Day 1 … Day 7" where they fit, else the bare numbers with the word once, left.
    labels = [app.t("debrief.arc.day", n=day) for day in starts]
    xs = list(starts.values())
    if any(x + 8 + fonts.font("small").size(label)[0] + 16 > nxt
           for x, nxt, label in zip(xs, xs[1:], labels)):
        labels = [str(day) for day in starts]
        draw_text(surf, fonts, app.t("debrief.arc.days"), (rect.x - 14, rect.bottom + 12),
                  "small", pal.ink_soft, anchor="topright")
    for x, label in zip(xs, labels):
        pygame.draw.line(surf, pal.surface_alt, (x, rect.y), (x, rect.bottom), 2)
        draw_text(surf, fonts, label, (x + 8, rect.bottom + 12), "small", pal.ink_soft)
    coords = [(to_x(i), to_y(v)) for i, (_, v) in enumerate(points)]
    if len(coords) > 1:
        pygame.draw.lines(surf, pal.accent, False, coords, 6)
    for x, y in (coords[0], coords[-1]):
        pygame.draw.circle(surf, pal.accent, (x, y), 12)
    if not app.walk_up:
        draw_text(surf, fonts, app.t("debrief.arc.axis"), (rect.x, rect.y - 46), "small",
                  pal.ink_soft)


def _spread(ys: list[float], gap: int, rect: pygame.Rect) -> list[float]:
    """Label heights ``ys`` (bottom first) moved apart to at least ``gap``, within ``rect``."""
    out = list(ys)
    for i in range(1, len(out)):  # upwards: each clear of the one below
        out[i] = min(out[i], out[i - 1] - gap)
    if out and out[-1] < rect.y:  # too high: pushed back down from the top
        out[-1] = rect.y
        for i in range(len(out) - 2, -1, -1):
            out[i] = max(out[i], out[i + 1] + gap)
    return out


def paint_dossier(app, pal, surf, s: Debrief) -> int:
    lang = app.settings.lang
    y = _title(app, pal, surf, "debrief.dossier.title")
    draw_text(surf, app.fonts, app.t("debrief.dossier.count", n=number(s.data_points, lang),
              records=len(s.dossier)), (LEFT, y), "lead", pal.ink, "semibold")
    sc = app.config.scenario
    by_category: dict[str, int] = {}
    for item in s.dossier:
        by_category[item.category] = by_category.get(item.category, 0) + item.points
    names = {cid: app.text(c.name) for cid, c in sc.categories.items()}
    left = _bars(app, pal, surf, pygame.Rect(LEFT, y + 90, 780, BOTTOM - y - 90),
                 app.t("debrief.dossier.areas"), [(names[c], p) for c, p in by_category.items()])
    partners = [(app.text(sc.partners[pid].name), p) for pid, p in s.partners.items()]
    right = _bars(app, pal, surf, pygame.Rect(LEFT + 940, y + 90, 780, BOTTOM - y - 90),
                  app.t("debrief.dossier.partners"), partners)
    return max(left, right)


def _bars(app, pal, surf, rect: pygame.Rect, heading: str, rows: list[tuple[str, int]]) -> int:
    draw_text(surf, app.fonts, heading, rect.topleft, "lead", pal.ink, "semibold")
    y = rect.y + 66
    top = max((p for _, p in rows), default=1)
    line = app.fonts.line_height("small")  # the bar goes under the name, however large
    step = line + 32
    room = min(7, (rect.bottom - y) // step)
    shown = sorted(rows, key=lambda r: -r[1])
    if len(shown) > room:  # the largest, then a line that counts the rest
        room = min(room, (rect.bottom - y - line) // step)
    more = len(shown) - room if len(shown) > room else 0
    for name, points in shown[:len(shown) - more]:
        draw_text(surf, app.fonts, app.fonts.fit(name, "small", rect.width), (rect.x, y),
                  "small", pal.ink)
        bar = pygame.Rect(rect.x, y + line, max(18, round((rect.width - 120) * points / top)), 16)
        panel(surf, bar, pal.accent, 8)
        draw_text(surf, app.fonts, number(points, app.settings.lang), (bar.right + 14,
                  bar.centery), "small", pal.ink_soft, anchor="midleft")
        y += step
    if more:
        draw_text(surf, app.fonts, app.t("debrief.dossier.more", n=more), (rect.x, y), "small",
                  pal.ink_soft)
        y += line
    if not rows:
        draw_text(surf, app.fonts, app.t("debrief.none"), (rect.x, y), "small", pal.ink_soft)
        y += 40
    return y


def paint_record(app, pal, surf, payload) -> int:
    rows, index, total = payload
    y = _title(app, pal, surf, *_part("debrief.record.title", index, total)) - 10
    draw_text(surf, app.fonts, app.t("debrief.record.header"), (LEFT, y), "small", pal.ink_soft)
    y += 56
    width = WIDTH // 2 - 40
    for i, item in enumerate(rows):
        x = LEFT + (i // RECORD_ROWS) * (width + 80)
        ty = y + (i % RECORD_ROWS) * 50
        day = app.t("debrief.arc.day", n=item.day) if item.day else app.t("debrief.signup")
        tail = f"  → {app.t('debrief.record.partners', n=len(item.partners))}" if item.partners else ""
        font = app.fonts.font("small")
        # The title gives way, never the day or the data points.
        frame = font.size(app.t("debrief.dossier.row", day=day, title="", n=item.points))[0]
        title = app.fonts.fit(app.text(item.title), "small", width - font.size(tail)[0] - frame)
        draw_text(surf, app.fonts, app.t("debrief.dossier.row", day=day, title=title,
                                         n=item.points), (x, ty), "small", pal.ink)
        if tail:
            draw_text(surf, app.fonts, tail, (x + width, ty), "small", pal.accent,
                      anchor="topright")
    return y + min(len(rows), RECORD_ROWS) * 50


def _chip(app, surf, tag: str, topleft) -> pygame.Rect:
    chip = app.fonts.render(f"{TAG_MARKS[tag]} {app.t('debrief.tag.' + tag)}", "small",
                            theme.DEBRIEF.bg_bottom, "bold")
    box = chip.get_rect(topleft=topleft).inflate(28, 8).move(14, 4)
    panel(surf, box, TAG_COLORS[tag], box.height // 2)
    layout.blit(surf, chip, chip.get_rect(center=box.center))
    return box


def _fact_height(app, fact) -> int:
    fonts = app.fonts
    return 52 + len(fonts.wrap(app.text(fact.text), "body", WIDTH)) * fonts.line_height("body") \
        + fonts.line_height("small")


def paint_facts(app, pal, surf, facts) -> int:
    """The framing: each fact under its tag (real, exaggerated, invented), with its source."""
    fonts = app.fonts
    y = _title(app, pal, surf, "debrief.facts.title")
    for fact in facts:
        _chip(app, surf, fact.tag, (LEFT, y))
        y += 52
        for line in fonts.wrap(app.text(fact.text), "body", WIDTH):
            draw_text(surf, fonts, line, (LEFT, y), "body", pal.ink)
            y += fonts.line_height("body")
        draw_text(surf, fonts, app.t("debrief.facts.source", src=app.text(fact.source)), (LEFT, y), "small",
                  pal.ink_soft)
        y += fonts.line_height("small") + MECHANIC_GAP
    return y - MECHANIC_GAP


def paint_prompts(app, pal, surf, prompts) -> int:
    y = _title(app, pal, surf, "debrief.prompts.title")
    if not app.walk_up:  # a walk-up visit goes straight to the questions
        y = draw_paragraph(surf, app.fonts, app.t("debrief.prompts.lead"),
                           pygame.Rect(LEFT, y, WIDTH, 100), "body", pal.ink_soft) + 30
    texts = [app.text(p.text) for p in prompts]

    def height(size: str, gap: int) -> int:
        return sum(paragraph_height(app.fonts, t, WIDTH - 80, size, "semibold") + gap
                   for t in texts)
    # Larger text: the questions step down a size, then closer together, rather than run over.
    size, gap = next(((s, g) for s, g in (("lead", 34), ("body", 34), ("body", 14))
                      if y + height(s, g) <= BOTTOM), ("body", 14))
    for i, text in enumerate(texts, 1):
        draw_text(surf, app.fonts, f"{i}", (LEFT, y), "title", pal.accent, "display")
        y = draw_paragraph(surf, app.fonts, text, pygame.Rect(LEFT + 80, y + 6, WIDTH - 80, 200),
                           size, pal.ink, "semibold") + gap
    return y


def paint_credits(app, pal, surf, payload) -> int:
    paragraphs, last = payload
    y = _title(app, pal, surf, "debrief.credits.title")
    for para in paragraphs:
        y = draw_paragraph(surf, app.fonts, para, pygame.Rect(LEFT, y, WIDTH, 560), "small",
                           pal.ink_soft) + 12
    if not last:
        return y
    return draw_paragraph(surf, app.fonts, app.t("debrief.credits.privacy"),
                   pygame.Rect(LEFT, y, WIDTH, 120), "body", pal.ink, "semibold")


PAINTERS = {
    "arc": paint_arc, "dossier": paint_dossier, "record": paint_record,
    "facts": paint_facts, "prompts": paint_prompts, "credits": paint_credits,
}

# These lay out with the helpers above, and register their own pages.
from .debrief_acted import _game_height, _mechanic_height  # noqa: E402
from .debrief_network import paint_network  # noqa: E402

PAINTERS["network"] = paint_network
from . import debrief_kiosk  # noqa: E402,F401  (registers the walk-up pages)
