"""The debrief's network page: the circle as the player left it, drawn as the same graph,
beside each social choice they made and what it earned them at the time.
"""
from __future__ import annotations

import pygame

from ..i18n import number, signed
from ..ui import theme
from ..ui.widgets import draw_paragraph, draw_text, paragraph_height
from .debrief_pages import BOTTOM, LEFT, WIDTH, _title
from .social import graph_nodes
from .social_graph import NetworkGraph, legend

GRAPH_W = 860
LIST_X = LEFT + GRAPH_W + 60
LIST_W = WIDTH + LEFT - LIST_X
EARNED_W = 140
CHOICE_KEYS = {a: f"debrief.network.{a}" for a in
               ("drop", "keep", "warn", "report", "invite", "sign", "complain", "stay_out")}


def paint_network(app, pal, surf, net) -> int:
    y = _title(app, pal, surf, "debrief.network.title")
    graph = NetworkGraph(pygame.Rect(LEFT, y, GRAPH_W, BOTTOM - y),
                         graph_nodes(app, net.friends, net.nodes, set()), app.fonts, pal,
                         background=pal.bg_bottom)
    graph.draw(surf)
    circle = app.config.scenario.circle
    name = lambda fid: app.text(circle.contact(fid).name)  # noqa: E731
    lines = []
    for choice in net.choices:
        names = ", ".join(name(f) for f in choice.friends) or app.t("debrief.none")
        key = CHOICE_KEYS[choice.action]
        if choice.action == "invite" and not choice.friends:
            key = "debrief.network.invite_none"
        arrow, color = theme.trend(choice.earned, pal.ink_soft, bright=True)
        lines.append((app.t(key, day=choice.day, names=names), pal.ink, "body",
                       (f"{arrow} {signed(choice.earned)}", color)))
    if not net.choices:
        lines.append((app.t("debrief.network.nothing"), pal.ink, "body", None))
    lang = app.settings.lang
    size = app.t("debrief.network.size", n=number(net.network_size, lang))
    if net.market_share is not None:
        size += " " + app.t("debrief.network.share", start=_pct(net.market_share_start, lang),
                             end=_pct(net.market_share, lang))
    lines.append((size, pal.accent, "body", None))
    if net.rank is not None:
        lines.append((app.t("debrief.network.rank", rank=net.rank, of=net.of), pal.ink_soft,
                      "small", None))
    if net.badges:
        badges = ", ".join(app.text(b.name) for b in circle.badges if b.id in net.badges)
        lines.append((app.t("debrief.network.badges", names=badges), pal.ink_soft, "small", None))
    lines = _fit(app, lines, BOTTOM - y)
    ly = y
    for text, color, size_name, earned in lines:
        if earned is not None:  # what the choice earned, in a column of its own
            draw_text(surf, app.fonts, earned[0], (LIST_X, ly), size_name, earned[1], "bold")
        x = LIST_X + (EARNED_W if earned is not None else 0)
        ly = draw_paragraph(surf, app.fonts, text, pygame.Rect(x, ly, LIST_X + LIST_W - x, 200),
                            size_name, color, "semibold") + 18
    draw_text(surf, app.fonts, legend(app, graph.nodes), (LEFT, BOTTOM - 30), "small",
              pal.ink_soft)
    return max(ly, BOTTOM)


def _fit(app, lines: list, room: int) -> list:
    """Step the list down a size, then leave out the least needed lines, so that it never
    runs into the navigation (larger text, German)."""
    def height(rows):
        return sum(paragraph_height(app.fonts, t, LIST_W - (EARNED_W if e else 0), sz,
                                    "semibold") + 18 for t, _, sz, e in rows)
    if height(lines) > room:
        lines = [(t, c, "small", e) for t, c, _, e in lines]
    while height(lines) > room and len(lines) > 1:
        lines = lines[:-1]
    return lines


def _pct(value: float, lang: str) -> str:
    text = f"{value:.1f}\u00a0%"  # a share never breaks from its sign
    return text.replace(".", ",") if lang == "de" else text
