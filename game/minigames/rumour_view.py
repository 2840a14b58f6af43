"""Rumour patrol on screen: the guidance banner, the post to judge with the next ones
stacked behind it, and a stamp on each post as it leaves."""
from __future__ import annotations

import pygame

from ..i18n import signed
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import draw_paragraph, draw_text, panel, shadow
from .view import GameView

POST = (1100, 330)


class RumourView(GameView):
    def __init__(self, scene, model):
        super().__init__(scene, model)
        self.leaving = None  # (post, move, points, tween): the post just judged, on its way out
        self.banner = Tween(1.2)
        self.banner.finish()
        self._guidance_seen = False
        self._judged = 0  # verdicts already sent on their way

    def moved(self, move_id: str) -> None:
        self._note_departure()

    def update(self, dt: float) -> None:
        self._note_departure()  # a post that time pushed on leaves the same way
        if self.leaving is not None:
            self.leaving[1].update(dt)
            if self.leaving[1].done:
                self.leaving = None
        if self.model.guidance_changed and not self._guidance_seen:
            self._guidance_seen = True
            self.banner = Tween(1.2)
            self.app.play("notify")
        self.banner.update(dt)

    def _note_departure(self) -> None:
        if len(self.model.verdicts) > self._judged:
            self._judged = len(self.model.verdicts)
            self.leaving = (self.model.verdicts[-1], Tween(0.5))

    # -- painting ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        y = self._draw_guidance(surface, rect)
        post_rect = pygame.Rect(0, 0, *POST)
        post_rect.midtop = (rect.centerx, y + 60)
        model = self.model
        for depth in (2, 1):
            if model.index + depth < len(model.queue):
                behind = post_rect.move(0, 22 * depth).inflate(-50 * depth, 0)
                panel(surface, behind, (236 - 12 * depth, 238 - 12 * depth, 246 - 10 * depth))
        if model.post is not None:
            # The next post rises from the stack while the last one leaves.
            rise = 0 if self.leaving is None else round(22 * (1 - ease_out(self.leaving[1].t)))
            home = post_rect.move(0, rise)
            surface.blit(shadow(home.size), (home.x - 18, home.y - 18))
            self._draw_post(surface, home, model.post)
            if not model.relaxed:
                bar = pygame.Rect(post_rect.x + 40, post_rect.bottom - 22, post_rect.width - 80, 8)
                pygame.draw.rect(surface, self.palette.line, bar, border_radius=4)
                bar.width = round(bar.width * (1 - model.post_progress))
                pygame.draw.rect(surface, self.palette.accent, bar, border_radius=4)
        if self.leaving is not None:
            surface.set_clip(rect)
            self._draw_leaving(surface, post_rect)
            surface.set_clip(None)

    def _draw_guidance(self, surface, rect: pygame.Rect) -> int:
        pal, model = self.palette, self.model
        changed = model.guidance_changed
        text = self.app.text(model.params["new_guidance" if changed else "guidance"])
        box = pygame.Rect(rect.x + 120, rect.y + 10, rect.width - 240, 110)
        fill = theme.YELLOW if changed else pal.surface_alt
        if changed and not self.banner.done and not self.app.settings.reduce_motion \
                and int(self.banner.t * 6) % 2 == 0:
            fill = theme.ORANGE  # a couple of slow blinks as the new guidance lands
        panel(surface, box, fill, 24)
        draw_icon(surface, "flag", pygame.Rect(box.x + 28, box.y + 27, 56, 56), pal.ink)
        label = self.t("minigame.rumour.new_guidance" if changed else "minigame.rumour.guidance")
        head = draw_text(surface, self.fonts, label.upper(), (box.x + 110, box.y + 14), "small",
                         pal.ink, "bold")
        draw_text(surface, self.fonts, self.fonts.fit(text, "body", box.width - 140, "semibold"),
                  (box.x + 110, head.bottom + 4), "body", pal.ink, "semibold")
        return box.bottom

    def _draw_post(self, surface, rect: pygame.Rect, post, alpha_ink=None) -> None:
        pal = self.palette
        panel(surface, rect, pal.surface)
        topic = self.app.text(self.model.params["topics"][post.topic])
        chip = self.fonts.render(f"# {topic}", "small", pal.accent, "semibold")
        chip_box = chip.get_rect(topleft=(rect.x + 40, rect.y + 30)).inflate(28, 14)
        panel(surface, chip_box, pal.surface_alt, chip_box.height // 2)
        surface.blit(chip, chip.get_rect(center=chip_box.center))
        draw_paragraph(surface, self.fonts, self.app.text(post.text),
                       pygame.Rect(rect.x + 40, chip_box.bottom + 24, rect.width - 80, 220),
                       "lead", alpha_ink or pal.ink, "semibold", max_lines=4)

    def _draw_leaving(self, surface, home: pygame.Rect) -> None:
        verdict, tween = self.leaving
        k = ease_out(tween.t)
        direction = 1 if verdict.move == "share" else -1 if verdict.move == "report" else 0
        rect = home.move(round(direction * 1400 * k), round((1 - direction ** 2) * 500 * k))
        self._draw_post(surface, rect, verdict.post)
        stamp = {"share": ("minigame.rumour.stamp_shared", theme.BLUE),
                 "report": ("minigame.rumour.stamp_reported", theme.LOSS),
                 "missed": ("minigame.rumour.stamp_missed", theme.ORANGE)}[verdict.move]
        label = self.t(stamp[0]).upper()
        if verdict.points:
            arrow, _ = theme.trend(verdict.points, self.palette.ink)
            label = f"{label}  {signed(verdict.points)} {arrow}"
        text = self.fonts.render(label, "title", (255, 255, 255), "display")
        box = text.get_rect(center=rect.center).inflate(48, 24)
        panel(surface, box, stamp[1], 20)
        surface.blit(text, text.get_rect(center=box.center))
