"""The circle at a day's end: the network growing as people join through the player, the
app's market share climbing, the friends' leaderboard and any new badge.
Shown after the day's summary whenever the circle has news (always on the first day).
"""
from __future__ import annotations

import pygame

from ..core.circle import YOU
from ..i18n import number, signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Counter
from ..ui.avatar import avatar
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, progress_bar, shadow, \
    vertical_gradient
from .base import Scene
from .social_graph import GraphNode, NetworkGraph, legend

GRAPH = pygame.Rect(40, 150, 1100, 890)
SIDE = pygame.Rect(1180, 150, 700, 890)
ROW = 76
ROW_MEETING = 90
BOARD_ROWS = 6
NEWS_KINDS = ("recruit_joined", "snowball", "friend_choice", "group_punished", "friend_news",
              "badge", "friend_noticed")


def graph_nodes(app, friends, nodes, new: set) -> list[GraphNode]:
    """The graph of a circle, live or as it was left: friends carry id, member, kept,
    recruited and choice; snowball nodes are (id, parent, day, generation)."""
    circle = app.config.scenario.circle
    result = [GraphNode(YOU, None, "you", app.t("circle.you"))]
    for f in friends:
        if not f.member:
            kind = "outside"
        elif not f.kept:
            kind = "reported" if f.choice == "report" else "dropped"
        else:
            kind = "friend"
        name = app.text(circle.contact(f.id).name)
        result.append(GraphNode(f.id, YOU, kind, name, f.recruited, f.id in new))
    result += [GraphNode(n[0], n[1], "joined", new=n[0] in new) for n in nodes]
    return result


def due(session, day: int) -> bool:
    """The circle screen follows a day's summary on the days the level names for this
    length; otherwise on the first day, and on any day the circle had news."""
    if session.circle is None:
        return False
    shown = session.circle.rules.shown or {}
    if session.length in shown:
        return day in shown[session.length]
    return day == 1 or any(e.day == day for e in session.log.of_kind(*NEWS_KINDS))


def share_before(session, day: int) -> float | None:
    """The market share as the day began."""
    ref = session.scenario.circle.referral
    if ref is None:
        return None
    joined = len([e for e in session.log.of_kind("recruit_joined") if e.day < day])
    joined += sum(e["joined"] for e in session.log.of_kind("snowball") if e.day < day)
    return 100 * (ref.members + joined) / ref.population


class CircleScene(Scene):
    def __init__(self, app, on_done):
        super().__init__(app)
        self.session = app.session
        self.on_done = on_done
        self.day = self.session.step.day
        circle = self.session.circle
        new = {e["friend"] for e in self.session.log.of_kind("recruit_joined") if e.day == self.day}
        new |= {n.id for n in circle.nodes if n.day == self.day}
        nodes = [(n.id, n.parent, n.day, n.generation) for n in circle.nodes]
        self.graph = NetworkGraph(pygame.Rect(GRAPH.x + 20, GRAPH.y + 80, GRAPH.width - 40,
                                              GRAPH.height - 204),
                                  graph_nodes(app, circle.friends.values(), nodes, new),
                                  app.fonts, self.palette)
        share = circle.market_share()
        before = share_before(self.session, self.day)
        self.share = None if share is None else Counter(round(before * 10))
        if self.share is not None:
            self.share.set(round(share * 10), 2.0)
        self._base: pygame.Surface | None = None
        self.meeting = not any(e.day < self.day for e in self.session.log.of_kind("leaderboard")
                               if due(self.session, e.day))

    def screen_id(self) -> str:
        return "circle"

    def enter(self) -> None:
        super().enter()
        if self.graph.new:  # heard and seen: the sound has the growing graph as its twin
            self.app.play("gain")

    def chrome_extra(self) -> list[tuple]:
        from .play import leave_item
        return leave_item(self)

    def layout(self) -> list[Button]:
        rect = pygame.Rect(SIDE.x + 40, SIDE.bottom - 40 - 100, SIDE.width - 80, 100)
        return [Button(self.app.t("circle.continue"), rect, self.done, key="next")]

    def relayout(self) -> None:
        super().relayout()
        self._make_base()

    def _make_base(self) -> None:
        """Everything that stands still, graph included: painted when the screen is laid
        out, not in a frame."""
        self._base = self._paint_base()
        self.graph.paint_still(self._base)

    def done(self) -> None:
        self.app.pop()
        self.on_done()

    def back(self) -> None:
        self.done()

    def update(self, dt: float) -> None:
        super().update(dt)
        calm = self.app.settings.reduce_motion
        if calm:
            self.graph.finish()
        self.graph.update(dt)
        if self._base is not None:
            self.graph.bake(self._base)
        if self.share is not None:
            self.share.update(dt, calm)

    def animating(self) -> bool:
        rolling = self.share is not None and self.share.rolling
        return self.graph.growing or rolling or super().animating()

    def exit(self) -> None:
        super().exit()
        self._base = None

    # -- painting ---------------------------------------------------------------------

    def paint(self, surface: pygame.Surface) -> None:
        if self._base is None:
            self._make_base()  # a cache, as every screen keeps one
        layout.blit(surface, self._base, (0, 0))
        self.graph.draw_growing(surface)
        self._share(surface)
        self.draw_buttons(surface)

    def _paint_base(self) -> pygame.Surface:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        base = vertical_gradient(theme.CANVAS, pal.bg_top, pal.bg_bottom).copy()
        for rect in (GRAPH, SIDE):
            base.blit(shadow(rect.size), (rect.x - 18, rect.y - 18))
            panel(base, rect, pal.surface)
        draw_text(base, fonts, app.t("circle.title", day=self.day), (40, 40), "title", pal.ink,
                  "display")
        circle = self.session.circle
        joined = circle.joined()
        line = app.t("circle.network", n=number(joined, app.settings.lang)) if joined else \
            app.t("circle.network_none")
        draw_paragraph(base, fonts, line, pygame.Rect(GRAPH.x + 40, GRAPH.y + 24,
                       GRAPH.width - 80, 90), "body", pal.ink, "semibold", max_lines=2)
        draw_paragraph(base, fonts, legend(app, self.graph.nodes), pygame.Rect(
            GRAPH.x + 40, GRAPH.bottom - 60, GRAPH.width - 80, 60), "small", pal.ink_soft,
            max_lines=1)
        self._board(base, SIDE.y + 220)
        badges = [e["badge"] for e in self.session.log.of_kind("badge") if e.day == self.day]
        for badge in [b for b in circle.rules.badges if b.id in badges][:1]:
            draw_text(base, fonts, "★  " + app.t("circle.badge", name=app.text(badge.name)),
                      (GRAPH.x + 40, GRAPH.bottom - 112), "small", theme.GAIN_TEXT, "bold")
        return base

    def _share(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        if self.share is None:
            return
        x, y = SIDE.x + 40, SIDE.y + 30
        draw_text(surface, fonts, app.t("circle.share_title"), (x, y), "body", pal.ink_soft,
                  "semibold")
        value = self.share.shown / 10
        text = f"{value:.1f} %".replace(".", "," if app.settings.lang == "de" else ".")
        figure = fonts.render(text, "headline", pal.ink, "display", cache=not self.share.rolling)
        layout.blit(surface, figure, (x, y + 44))
        gained = self._gained()
        arrow, color = theme.trend(1 if gained > 0 else -1 if gained < 0 else 0, pal.ink_soft)
        if gained:
            n = f"{gained:+.1f}".replace(".", "," if app.settings.lang == "de" else ".")
            change = app.t("circle.share_change", arrow=arrow, n=n)
        else:
            change = app.t("circle.share_same")
        draw_text(surface, fonts, change, (x + figure.get_width() + 24, y + 70), "small",
                  color, "semibold")
        # Below the figure's digits (they end at the baseline), which larger text makes taller.
        ink = fonts.font("headline", "display").get_ascent()
        bar = pygame.Rect(x, max(y + 140, y + 44 + ink + 12),
                          SIDE.width - 80, 20)
        progress_bar(surface, bar, value / 100, theme.BLUE, pal.surface_alt)

    def _gained(self) -> float:
        before = share_before(self.session, self.day)
        return round(self.session.circle.market_share() - before, 1)

    def _board(self, surface: pygame.Surface, y: int) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        circle, score = self.session.circle, self.session.score
        board = circle.leaderboard(score)
        draw_text(surface, fonts, app.t("circle.board_title"), (SIDE.x + 40, y), "lead", pal.ink,
                  "bold")
        y += 64
        yesterday = {}
        boards = [e for e in self.session.log.of_kind("leaderboard") if e.day < self.day]
        if boards:
            yesterday = dict(boards[-1]["board"])
        rows = list(enumerate(board, 1))
        # On the day the friends are met, each row also says who they are: fewer, taller rows.
        limit, step = (BOARD_ROWS - 1, ROW_MEETING) if self.meeting else (BOARD_ROWS, ROW)
        if len(rows) > limit:
            mine = next(i for i, (_, (key, _)) in enumerate(rows) if key == YOU)
            # The top, then "⋮" for the ranks between, then the player's own row.
            rows = rows[:limit] if mine < limit else rows[:limit - 2] + [None, rows[mine]]
        changes = [self._change(value, yesterday.get(key)) for _, (key, value) in filter(None, rows)]
        widest = max((fonts.font("small", "semibold").size(c[0])[0] for c in changes if c),
                     default=0)
        score_right = SIDE.right - 40 - max(100, widest + 20)
        for row in rows:
            if row is None:
                draw_text(surface, fonts, "⋮", (SIDE.x + 52, y + step // 2 - 6), "small",
                          pal.ink_soft, "bold", anchor="center")
            else:
                rank, (key, value) = row
                self._row(surface, y, rank, key, value, yesterday.get(key), score_right)
            y += step

    def _change(self, value: int, before: int | None) -> tuple[str, tuple] | None:
        """A friend's move since yesterday, as its words and colour (None: no move)."""
        if before is None or before == value:
            return None
        arrow, color = theme.trend(value - before, self.palette.ink_soft)
        return f"{arrow} {signed(value - before)}", color

    def _row(self, surface, y: int, rank: int, key: str, value: int, before: int | None,
             score_right: int) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        x = SIDE.x + 40
        about = ""
        if key == YOU:
            height = (ROW_MEETING if self.meeting else ROW) - 6
            panel(surface, pygame.Rect(x - 12, y - 4, SIDE.width - 56, height), pal.surface_alt, 16)
            name = app.t("circle.you")
        else:
            contact = self.session.scenario.circle.contact(key)
            name, about = app.text(contact.name), app.text(contact.about)
        draw_text(surface, fonts, f"{rank}.", (x, y + 8), "small", pal.ink_soft, "semibold")
        if key != YOU:
            layout.solid(surface, surface.blit(avatar(key, 56), (x + 48, y + 4)), f"portrait {key}")
        else:  # the player as the network shows them: a disc in the app's colour
            centre = (x + 76, y + 32)
            pygame.draw.circle(surface, pal.accent, centre, 28)
            pygame.draw.circle(surface, pal.accent_ink, (centre[0], centre[1] - 8), 9)
            pygame.draw.ellipse(surface, pal.accent_ink, (centre[0] - 15, centre[1] + 4, 30, 18))
        if self.meeting:  # the first time, a few words to know each friend by
            draw_text(surface, fonts, fonts.fit(about, "small", SIDE.right - 40 - x - 112),
                      (x + 112, y + 40), "small", pal.ink_soft)
        room = score_right - 120 - (x + 112)  # up to a four-digit score
        draw_text(surface, fonts, fonts.fit(name, "small", room, "semibold"), (x + 112, y + 2),
                  "small", pal.ink, "bold" if key == YOU else "semibold")
        # Scores line up on the right, before the day's change.
        draw_text(surface, fonts, number(value, app.settings.lang), (score_right, y + 2),
                  "small", pal.ink, "semibold", anchor="topright")
        change = self._change(value, before)
        if change is not None:
            draw_text(surface, fonts, change[0], (SIDE.right - 40, y + 2), "small", change[1],
                      "semibold", anchor="topright")
