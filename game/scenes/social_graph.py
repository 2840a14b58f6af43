"""The player's network as a graph: you in the middle, named friends on a ring with their
portraits, everyone who joined through the player in an outer band beside their recruiter.
Layout and labels are worked out once per network; a label goes only where it has room.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from ..ui import layout
from ..ui import theme
from ..ui.avatar import avatar
from ..ui.anim import ease_out

YOU = "you"
AVATAR = 72
YOU_R = 46
DOT_R = 6
ROW_GAP = 22
DOT_GAP = 17
GROW = 0.35  # seconds for one new node to appear
GROW_ALL = 2.4  # every new node has appeared by then
MARKS = {"recruited": ("★", theme.ORANGE), "dropped": ("×", theme.LOSS),
         "reported": ("!", theme.PINK), "outside": ("○", None)}


@dataclass(frozen=True)
class GraphNode:
    key: str | int  # "you", a contact id, or the number of someone further down the snowball
    parent: str | int | None
    kind: str  # you, friend, outside (not on the app), dropped, reported, joined (snowball)
    label: str = ""
    recruited: bool = False
    new: bool = False  # joined today: grows in


def legend(app, nodes: list[GraphNode]) -> str:
    """The marks this graph shows, explained; marks nobody carries are left out."""
    shown = {"recruited" if n.recruited and n.kind == "friend" else n.kind for n in nodes}
    return "   ".join(app.t(f"circle.legend.{mark}") for mark in MARKS if mark in shown)


class NetworkGraph:
    def __init__(self, rect: pygame.Rect, nodes: list[GraphNode], fonts, palette,
                 background=None):
        self.rect, self.nodes, self.fonts, self.palette = rect, nodes, fonts, palette
        self.background = palette.surface if background is None else background
        self._baked = 0  # new nodes already grown and painted into the still layer
        self.pos: dict = {}
        self.labels: list[tuple[str, pygame.Rect]] = []
        self.label_keys: list = []  # whose name each label is
        self._layout()
        self._place_labels()
        self.new = [n for n in nodes if n.new]
        self.time = 0.0

    # -- layout ------------------------------------------------------------------------

    def _layout(self) -> None:
        r = self.rect
        cx, cy = r.centerx, r.centery
        outer = min(r.width, r.height) / 2 - DOT_R - 4
        joined_keys = {n.key for n in self.nodes if n.kind == "joined"}
        depth = max((self._generation(n, joined_keys) for n in self.nodes if n.kind == "joined"),
                    default=-1)  # rows of the snowball: room for as many as there are
        band = min(4, depth + 1) * ROW_GAP + 48 if depth >= 0 else 50
        named = [n for n in self.nodes if n.kind not in ("you", "joined")]
        # Wide enough that the portraits on the ring keep a gap between them.
        self.ring = max(120.0, len(named) * (AVATAR + 20) / (2 * math.pi), outer - band)
        self.pos[YOU] = (cx, cy)
        angle = {}
        for i, node in enumerate(named):
            a = -math.pi / 2 + 2 * math.pi * i / max(1, len(named))
            angle[node.key] = a
            self.pos[node.key] = (cx + self.ring * math.cos(a), cy + self.ring * math.sin(a))
        joined = [n for n in self.nodes if n.kind == "joined"]
        roots = {n.key: self._root(n) for n in joined}
        by_root: dict = {}
        for node in joined:
            by_root.setdefault(roots[node.key], []).append(node)
        self.counts = {root: len(members) for root, members in by_root.items()}
        if not joined:
            return
        # Each recruiter gets a share of the band in proportion to the people they brought in,
        # centred on their own angle as far as the neighbours allow.
        order = sorted(by_root, key=lambda k: angle.get(k, 0.0))
        total = len(joined)
        start = angle.get(order[0], -math.pi / 2) - math.pi * self.counts[order[0]] / total
        band_in = self.ring + AVATAR / 2 + 40
        for root in order:
            share = 2 * math.pi * self.counts[root] / total
            # A few people sit close beside their recruiter, not spread round the ring.
            width = min(share, (self.counts[root] + 1) * DOT_GAP / band_in)
            centre = min(max(angle.get(root, start), start + width / 2), start + share - width / 2)
            self._fill(by_root[root], centre - width / 2, width, band_in, outer, cx, cy)
            start += share

    def _root(self, node: GraphNode):
        parents = {n.key: n.parent for n in self.nodes if n.kind == "joined"}
        key = node.parent
        while key in parents:
            key = parents[key]
        return key

    def _fill(self, members, start, width, inner, outer, cx, cy) -> None:
        """Everyone a recruiter brought in, in family order (each after the one who invited
        them), so that a branch stays together; the generation sets the row."""
        rows = max(1, int((outer - inner) // ROW_GAP) + 1)
        children: dict = {}
        for node in members:
            children.setdefault(node.parent, []).append(node)
        keys = {n.key for n in members}
        order, stack = [], [n for n in reversed(members) if n.parent not in keys]
        while stack:
            node = stack.pop()
            order.append(node)
            stack += reversed(children.get(node.key, []))
        for k, node in enumerate(order):
            a = start + (k + 0.5) * width / len(order)
            radius = inner + min(rows - 1, self._generation(node, keys)) * ROW_GAP
            self.pos[node.key] = (cx + radius * math.cos(a), cy + radius * math.sin(a))

    def _generation(self, node: GraphNode, keys: set) -> int:
        parents = {n.key: n.parent for n in self.nodes if n.kind == "joined"}
        depth, key = 0, node.parent
        while key in keys:
            depth, key = depth + 1, parents[key]
        return depth

    # -- labels --------------------------------------------------------------------------

    def _place_labels(self) -> None:
        """Names beside portraits where they fit clear of every other label and portrait
        and inside the frame; a name with no room is left to its portrait."""
        taken = [self._disc(key) for key in self.pos if not isinstance(key, int)]
        font = self.fonts.font("small", "semibold")
        for node in self.nodes:
            if node.kind == "joined" or not node.label:
                continue
            text = node.label
            if node.key in self.counts:
                text += f" +{self.counts[node.key]}"
            w, h = font.size(text)
            x, y = self.pos[node.key]
            half = AVATAR / 2 + 4
            sides = ((0, 1, pygame.Rect(x - w / 2, y + half, w, h)),
                     (0, -1, pygame.Rect(x - w / 2, y - half - h, w, h)),
                     (1, 0, pygame.Rect(x + half, y - h / 2, w, h)),
                     (-1, 0, pygame.Rect(x - half - w, y - h / 2, w, h)))
            # Outward from the middle first, so that a name reads as its portrait's.
            dx, dy = x - self.rect.centerx, y - self.rect.centery
            for _, _, rect in sorted(sides, key=lambda s: -(s[0] * dx + s[1] * dy)):
                if self.rect.contains(rect) and rect.collidelist(
                        taken + [r for _, r in self.labels]) < 0:
                    self.labels.append((text, rect))
                    self.label_keys.append(node.key)
                    break

    def _disc(self, key) -> pygame.Rect:
        x, y = self.pos[key]
        size = YOU_R * 2 if key == YOU else AVATAR
        return pygame.Rect(round(x - size / 2), round(y - size / 2), size, size)

    # -- drawing -------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.time = min(self._total(), self.time + dt)

    def _step(self) -> float:
        """The delay between one newcomer and the next: a few are shown one by one, a crowd
        arrives together within GROW_ALL seconds."""
        return min(0.25, (GROW_ALL - GROW) / max(1, len(self.new)))

    def _total(self) -> float:
        return GROW + self._step() * max(0, len(self.new) - 1) if self.new else 0.0

    @property
    def growing(self) -> bool:
        return bool(self.new) and self.time < self._total()

    def finish(self) -> None:
        self.time = self._total()

    def _progress(self, index: int) -> float:
        return ease_out((self.time - index * self._step()) / GROW)

    def draw(self, surface: pygame.Surface) -> None:
        """The whole network at once, as it stands (the debrief's page)."""
        self.paint_still(surface, grown=True)

    def paint_still(self, layer: pygame.Surface, grown: bool = False) -> None:
        """What does not move, onto the screen's static layer: painted once, so that each
        frame costs one blit of that layer plus whoever is growing in right now."""
        layer.fill(self.background, self.rect)
        self._paint(layer, (0, 0), skip_new=bool(self.new) and not grown)
        self._baked = 0

    def bake(self, layer: pygame.Surface) -> None:
        """Paint everyone done growing into ``layer`` for good (named ones with their name);
        once all have grown, there is nothing new any more. Called from update, never draw."""
        if not self.new:
            return
        done = not self.growing
        while self._baked < len(self.new) and (done or self._progress(self._baked) >= 1):
            node = self.new[self._baked]
            self._grow(layer, node, 1.0)
            if node.kind != "joined":  # a friend who joined: their name, as soon as they are in
                self._labels(layer, (0, 0), lambda key: key == node.key)
            self._baked += 1
        if done:
            self.new, self._baked = [], 0

    def draw_growing(self, surface: pygame.Surface) -> None:
        """Only the people growing in right now; the rest is in the still layer."""
        for i in range(self._baked, len(self.new)):
            t = self._progress(i)
            if t <= 0:
                break  # the rest start later still
            self._grow(surface, self.new[i], t)

    def _grow(self, surface, node: GraphNode, t: float) -> None:
        x, y = self.pos[node.key]
        px, py = self.pos.get(node.parent, self.pos[YOU])
        end = (px + (x - px) * t, py + (y - py) * t)
        pygame.draw.line(surface, theme.SKY, (px, py), end, 1)
        if node.kind == "joined":
            pygame.draw.circle(surface, theme.BLUE, end, max(1, DOT_R * t))
        else:
            self._friend(surface, node, end, (0, 0))

    def _paint(self, surf, origin, skip_new: bool) -> None:
        ox, oy = origin
        shift = lambda p: (p[0] - ox, p[1] - oy)  # noqa: E731
        pal = self.palette
        hidden = {n.key for n in self.nodes if n.new} if skip_new else set()
        for node in self.nodes:  # edges first, under every disc
            if node.key in hidden or node.kind in ("you", "outside", "dropped", "reported"):
                continue
            parent = node.parent if node.parent in self.pos else YOU
            width = 1 if node.kind == "joined" else 4
            color = theme.SKY if node.kind == "joined" else pal.line
            pygame.draw.line(surf, color, shift(self.pos[parent]), shift(self.pos[node.key]), width)
        for node in self.nodes:
            if node.key in hidden:
                continue
            if node.kind == "joined":
                pygame.draw.circle(surf, theme.BLUE, shift(self.pos[node.key]), DOT_R)
            elif node.kind == "you":
                pygame.draw.circle(surf, pal.accent, shift(self.pos[YOU]), YOU_R)
                label = self.fonts.render(node.label, "small", pal.accent_ink, "bold")
                layout.blit(surf, label, label.get_rect(center=shift(self.pos[YOU])))
            else:
                self._friend(surf, node, self.pos[node.key], origin)
        self._labels(surf, origin, lambda key: key not in hidden)

    def _labels(self, surf, origin, wanted) -> None:
        ox, oy = origin
        for (text, rect), key in zip(self.labels, self.label_keys):
            if wanted(key):
                box = rect.inflate(10, 2).move(-ox, -oy)
                pygame.draw.rect(surf, self.palette.surface, box, border_radius=10)
                layout.blit(surf, self.fonts.render(text, "small", self.palette.ink, "semibold"),
                            rect.move(-ox, -oy))

    def _friend(self, surf, node: GraphNode, pos, origin) -> None:
        x, y = pos[0] - origin[0], pos[1] - origin[1]
        face = avatar(str(node.key), AVATAR)
        if node.kind == "outside":
            face = face.copy()
            face.set_alpha(90)
        surf.blit(face, face.get_rect(center=(x, y)))
        inner = round(AVATAR / math.sqrt(2))  # the square inside the round portrait
        layout.solid(surf, pygame.Rect(0, 0, inner, inner).move(x - inner / 2, y - inner / 2),
                     f"portrait {node.label}")
        ring = {"dropped": theme.LOSS, "reported": theme.PINK, "outside": self.palette.line}.get(
            node.kind, theme.ORANGE if node.recruited else self.palette.surface)
        pygame.draw.circle(surf, ring, (x, y), AVATAR / 2, 4)
        mark = "recruited" if node.recruited and node.kind == "friend" else node.kind
        if mark in MARKS:
            symbol, color = MARKS[mark]
            color = color or self.palette.ink_soft
            cx, cy = x + AVATAR / 2 - 8, y - AVATAR / 2 + 8
            pygame.draw.circle(surf, self.palette.surface, (cx, cy), 16)
            pygame.draw.circle(surf, color, (cx, cy), 16, 3)
            glyph = self.fonts.render(symbol, 24, color, "bold")
            surf.blit(glyph, glyph.get_rect(center=(cx, cy)))  # a mark on the portrait
