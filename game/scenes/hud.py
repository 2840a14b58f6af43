"""The score panel beside every card: gauge, tier, next tier, areas, perks and bans.

The gauge's tier bands are drawn once; each frame adds only the marker and the
rolling number. The data-points counter sits small at the bottom, easy to miss.
"""
from __future__ import annotations

import math

import pygame

from ..core.citizen import tier_for
from ..i18n import number
from ..ui import layout
from ..ui import theme
from ..ui.pictures import PICTURES
from ..ui.widgets import draw_text, panel, progress_bar, shadow

RECT = pygame.Rect(40, 150, 520, 890)
GAUGE_CENTER = (RECT.centerx, RECT.y + 290)
GAUGE_R, GAUGE_W = 190, 32
PILL_Y = GAUGE_CENTER[1] + 54
AREAS_Y = PILL_Y + 68 + 16 + 62 + 14  # below the tier pill and the next-tier bar
AREA_ROW = 37
SEPARATOR_Y = RECT.bottom - 86  # above the data-points counter and the day
AREA_BAR = 130
AREA_BAR_MIN = 80
AREA_NAME = RECT.width - 72 - AREA_BAR - 16  # what is left for an area's name
BAND_COLORS = (theme.LOSS, theme.ORANGE, theme.YELLOW, theme.SKY, theme.BLUE, theme.GAIN,
               theme.PINK)


def _arc_points(cx, cy, r, a0, a1, steps=24):
    return [(cx + r * math.cos(a0 + (a1 - a0) * i / steps),
             cy - r * math.sin(a0 + (a1 - a0) * i / steps)) for i in range(steps + 1)]


class Hud:
    def __init__(self, scene):
        self.scene = scene
        self.app = scene.app
        self.gauge = PICTURES.get(("gauge", id(self.app.config.scenario)), self._gauge_surface)
        self.counter_room = RECT.width - 72  # measured beside the day when the panel is drawn

    def _fraction(self, score: float) -> float:
        sc = self.app.config.scenario
        return (score - sc.score_min) / (sc.score_max - sc.score_min)

    def _gauge_surface(self) -> pygame.Surface:
        sc = self.app.config.scenario
        size = (GAUGE_R * 2 + 40, GAUGE_R + 40)
        surf = pygame.Surface(size, pygame.SRCALPHA)
        cx, cy = size[0] // 2, GAUGE_R + 20
        bounds = [t.min for t in sc.tiers] + [sc.score_max]
        for i, tier in enumerate(sc.tiers):
            a0 = math.pi * (1 - self._fraction(bounds[i]))
            a1 = math.pi * (1 - self._fraction(bounds[i + 1]))
            outer = _arc_points(cx, cy, GAUGE_R, a0, a1)
            inner = _arc_points(cx, cy, GAUGE_R - GAUGE_W, a1, a0)
            pygame.draw.polygon(surf, BAND_COLORS[i % len(BAND_COLORS)], outer + inner)
            # A white seam between bands, so tiers read apart without relying on colour.
            pygame.draw.line(surf, (255, 255, 255), _arc_points(cx, cy, GAUGE_R + 2, a0, a0, 1)[0],
                             _arc_points(cx, cy, GAUGE_R - GAUGE_W - 2, a0, a0, 1)[0], 4)
        return surf

    def paint_base(self, surface: pygame.Surface) -> None:
        """The panel and the gauge's tier bands: drawn once, under everything else."""
        surface.blit(shadow(RECT.size), (RECT.x - 18, RECT.y - 18))
        panel(surface, RECT, self.scene.palette.surface)
        gx = GAUGE_CENTER[0] - self.gauge.get_width() // 2
        layout.blit(surface, self.gauge, (gx, GAUGE_CENTER[1] - GAUGE_R - 20))

    def draw_static(self, surface: pygame.Surface) -> None:
        """What changes only between steps: labels, the areas, perks and bans, the day."""
        app, pal, fonts = self.app, self.scene.palette, self.app.fonts
        session, sc = app.session, app.config.scenario
        draw_text(surface, fonts, app.text(sc.title), (RECT.x + 36, 48), "title", pal.accent,
                  "display")
        draw_text(surface, fonts, app.t("hud.your_score"), (RECT.centerx, RECT.y + 30), "body",
                  pal.ink_soft, "semibold", anchor="midtop")
        gx = GAUGE_CENTER[0] - self.gauge.get_width() // 2
        draw_text(surface, fonts, str(sc.score_min), (gx + 20, GAUGE_CENTER[1] + 8), "small",
                  pal.ink_soft)
        draw_text(surface, fonts, str(sc.score_max), (gx + self.gauge.get_width() - 20,
                  GAUGE_CENTER[1] + 8), "small", pal.ink_soft, anchor="topright")
        y = self._areas(surface, AREAS_Y)
        self._perks(surface, y + 8, session.tier)
        bottom = RECT.bottom - 30
        pygame.draw.line(surface, pal.line, (RECT.x + 36, SEPARATOR_Y), (RECT.right - 36, SEPARATOR_Y), 2)
        day = draw_text(surface, fonts, app.t("hud.day", day=max(1, session.step.day),
                                               days=session.days),
                        (RECT.right - 36, bottom), "small", pal.ink_soft, "semibold",
                        anchor="bottomright")
        self.counter_room = day.x - 24 - (RECT.x + 36)  # for the data counter beside it

    def draw_moving(self, surface: pygame.Surface, shown_score: float, data_points: int,
                    rolling: bool = False) -> None:
        """What follows the rolling counter: the marker, the number, the tier, the next goal."""
        app, pal, fonts = self.app, self.scene.palette, self.app.fonts
        lang, sc = app.settings.lang, app.config.scenario
        angle = math.pi * (1 - max(0.0, min(1.0, self._fraction(shown_score))))
        mid = GAUGE_R - GAUGE_W / 2
        marker = (GAUGE_CENTER[0] + mid * math.cos(angle), GAUGE_CENTER[1] - mid * math.sin(angle))
        pygame.draw.circle(surface, pal.surface, marker, 26)
        pygame.draw.circle(surface, pal.ink, marker, 26, 6)
        # A rolling number passes hundreds of values: render those without caching them.
        figure = fonts.render(number(round(shown_score), lang), 104, pal.ink, "display",
                              cache=not rolling)
        layout.blit(surface, figure, figure.get_rect(midbottom=(GAUGE_CENTER[0], GAUGE_CENTER[1] + 14)))
        tier = tier_for(sc, round(shown_score))
        pill = pygame.Rect(0, PILL_Y, RECT.width - 72, 68)
        pill.centerx = RECT.centerx
        index = sc.tiers.index(tier)
        band = BAND_COLORS[index % len(BAND_COLORS)]
        panel(surface, pill, band, 34)
        name = fonts.fit(app.text(tier.name), "lead", pill.width - 40, "bold")
        draw_text(surface, fonts, name, pill.center, "lead", theme.readable_on(band), "bold",
                  anchor="center")
        self._next_tier(surface, pill.bottom + 16, shown_score, index)
        label = app.t("hud.data_points", n=number(data_points, lang))
        if fonts.font("small").size(label)[0] > self.counter_room:  # larger text: shorter
            label = app.t("hud.data_short", n=number(data_points, lang))
        counter = fonts.render(label, "small", pal.ink_soft, cache=not rolling)
        layout.blit(surface, counter, counter.get_rect(bottomleft=(RECT.x + 36, RECT.bottom - 30)))

    def _next_tier(self, surface, y: int, score: float, index: int) -> int:
        app, pal, fonts = self.app, self.scene.palette, self.app.fonts
        tiers = app.config.scenario.tiers
        bar = pygame.Rect(RECT.x + 36, y + 44, RECT.width - 72, 18)
        if index + 1 < len(tiers):
            nxt = tiers[index + 1]
            low = tiers[index].min
            frac = (score - low) / max(1, nxt.min - low)
            draw_text(surface, fonts, app.t("hud.to_next", n=max(1, nxt.min - round(score)),
                                           tier=app.text(nxt.name)),
                      (bar.x, y), "small", pal.ink_soft)
            progress_bar(surface, bar, frac, theme.GAIN, pal.surface_alt)
        else:
            draw_text(surface, fonts, app.t("hud.top_tier"), (bar.x, y), "small", pal.ink_soft)
            progress_bar(surface, bar, 1.0, theme.GAIN, pal.surface_alt)
        return bar.bottom

    def _areas(self, surface, y: int) -> int:
        app, pal, fonts = self.app, self.scene.palette, self.app.fonts
        session = app.session
        dims = app.config.scenario.dimensions
        # The bars give up some length before a name gives up letters (larger text, German).
        longest = max((fonts.font("small").size(app.text(d.name))[0] for d in dims), default=0)
        width = min(AREA_BAR, max(AREA_BAR_MIN, AREA_BAR + AREA_NAME - longest))
        for dim in dims:
            bar = pygame.Rect(RECT.right - 36 - width, y + 10, width, 16)
            name = fonts.fit(app.text(dim.name), "small", RECT.width - 72 - width - 16)
            draw_text(surface, fonts, name, (RECT.x + 36, y), "small", pal.ink)
            if dim.visible and session is not None:
                progress_bar(surface, bar, session.citizen.sub[dim.id] / 100, theme.BLUE,
                             pal.surface_alt)
            else:
                panel(surface, bar, pal.surface_alt, 8, holds_words=False)
                draw_text(surface, fonts, "?", bar.center, "body", pal.ink_soft, "bold",
                          anchor="center")
            y += AREA_ROW
        return y

    def _perks(self, surface, y: int, tier) -> int:
        app, pal, fonts = self.app, self.scene.palette, self.app.fonts
        sc = app.config.scenario
        items = [("✓", app.text(sc.perks[p].name), theme.GAIN_TEXT) for p in tier.perks]
        items += [("×", app.text(sc.bans[b].name), theme.LOSS_TEXT) for b in tier.bans]
        if not items:
            items = [("·", app.t("hud.no_perks"), pal.ink_soft)]
        step = fonts.line_height("small", "semibold")
        room = max(1, (SEPARATOR_Y - 6 - y) // step)
        if len(items) > room:  # the rest are counted rather than drawn over the line
            items = items[:room - 1] + [("+", app.t("hud.more", n=len(items) - room + 1),
                                         pal.ink_soft)]
        width = RECT.width - 72
        for mark, name, color in items:
            line = fonts.fit(f"{mark}  {name}", "small", width, "semibold")
            draw_text(surface, fonts, line, (RECT.x + 36, y), "small", color, "semibold")
            y += step
