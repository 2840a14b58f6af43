"""Rumour patrol on screen: the guidance banner, the post to judge with the next ones
stacked behind it, and a stamp on each post as it leaves."""
from __future__ import annotations

import pygame

from ..i18n import signed
from ..ui import layout
from ..ui import theme
from ..ui.anim import Tween, ease_out
from ..ui.icons import draw_icon
from ..ui.widgets import draw_paragraph, draw_text, panel, shadow
from .view import GameView

POST = (1100, 330)


class RumourView(GameView):
    def __init__(self, scene, model, stage):
        super().__init__(scene, model, stage)
        self.leaving = None  # (post, move, points, tween): the post just judged, on its way out
        self.banner = Tween(1.2)
        self.banner.finish()
        self._guidance_seen = False
        self._judged = 0  # verdicts already sent on their way

    @classmethod
    def ahead(cls, app, placement):
        """Every post of this game, painted while its intro is read (setting a post's text
        costs a few frames' budget)."""
        return [(("post", id(placement), i), lambda post=post: cls._card(app, placement, post))
                for i, post in enumerate(placement.params["posts"])]

    @classmethod
    def _card(cls, app, placement, post) -> pygame.Surface:
        pal = app.scenes[-1].palette if app.scenes else theme.APP
        card = pygame.Surface(POST)
        if pygame.display.get_surface() is not None:
            card = card.convert()
        card.fill(pal.bg_bottom)
        rect = card.get_rect()
        panel(card, rect, pal.surface)
        topic = app.text(placement.params["topics"][post.topic])
        chip = app.fonts.render(f"# {topic}", "small", pal.accent, "semibold")
        chip_box = chip.get_rect(topleft=(rect.x + 40, rect.y + 30)).inflate(28, 14)
        panel(card, chip_box, pal.surface_alt, chip_box.height // 2)
        layout.blit(card, chip, chip.get_rect(center=chip_box.center))
        draw_paragraph(card, app.fonts, app.text(post.text),
                       pygame.Rect(rect.x + 40, chip_box.bottom + 24, rect.width - 80, 220),
                       "lead", pal.ink, "semibold", max_lines=4)
        card.set_colorkey(pal.bg_bottom)  # the rounded corners stay see-through
        return card

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

    def _blink(self) -> bool:
        """A couple of slow blinks as the new guidance lands; none with reduced motion."""
        return (self.model.guidance_changed and not self.banner.done
                and not self.app.settings.reduce_motion and int(self.banner.t * 6) % 2 == 0)

    def _note_departure(self) -> None:
        if len(self.model.verdicts) > self._judged:
            self._judged = len(self.model.verdicts)
            self.leaving = (self.model.verdicts[-1], Tween(0.5))

    # -- painting ---------------------------------------------------------------------

    def _home(self, rect: pygame.Rect) -> pygame.Rect:
        post_rect = pygame.Rect(0, 0, *POST)
        post_rect.midtop = (rect.centerx, rect.y + 180)
        return post_rect

    def draw(self, surface: pygame.Surface) -> None:
        rect = self.stage.area
        self._draw_guidance(surface, rect)
        post_rect = self._home(rect)
        for depth in (2, 1):  # the pile of posts still to come
            behind = post_rect.move(0, 22 * depth).inflate(-50 * depth, 0)
            panel(surface, behind, (236 - 12 * depth, 238 - 12 * depth, 246 - 10 * depth))
        surface.blit(shadow(post_rect.size), (post_rect.x - 18, post_rect.y - 18))
        model = self.model
        if model.post is not None:
            # The next post rises from the stack while the last one leaves.
            rise = 0 if self.leaving is None else round(22 * (1 - ease_out(self.leaving[1].t)))
            home = post_rect.move(0, rise)
            self._draw_post(surface, home, model.post)
            if not model.relaxed:  # the time this post has before the next pushes it on
                bar = pygame.Rect(home.x + 40, home.bottom - 22, home.width - 80, 8)
                pygame.draw.rect(surface, self.palette.line, bar, border_radius=4)
                bar.width = round(bar.width * (1 - model.post_progress))
                pygame.draw.rect(surface, self.palette.accent, bar, border_radius=4)
        elif model.next_post_in is not None:
            wait = max(1, round(model.next_post_in + 0.49))
            self._draw_clean(surface, post_rect, wait)
        if self.leaving is not None:
            surface.set_clip(rect)
            with layout.moving():
                self._draw_leaving(surface, post_rect)
            surface.set_clip(None)

    def _draw_guidance(self, surface, rect: pygame.Rect) -> None:
        pal, model = self.palette, self.model
        changed = model.guidance_changed
        text = self.app.text(model.params["new_guidance" if changed else "guidance"])
        box = pygame.Rect(rect.x + 120, rect.y + 10, rect.width - 240, 110)
        fill = theme.ORANGE if self._blink() else theme.YELLOW if changed else pal.surface_alt
        panel(surface, box, fill, 24)
        draw_icon(surface, "flag", pygame.Rect(box.x + 28, box.y + 27, 56, 56), pal.ink)
        label = self.t("minigame.rumour.new_guidance" if changed else "minigame.rumour.guidance")
        head = draw_text(surface, self.fonts, label.upper(), (box.x + 110, box.y + 14), "small",
                         pal.ink, "bold")
        draw_text(surface, self.fonts, self.fonts.fit(text, "body", box.width - 140, "semibold"),
                  (box.x + 110, head.bottom + 4), "body", pal.ink, "semibold")

    def _draw_post(self, surface, rect: pygame.Rect, post) -> None:
        index = next(i for i, p in enumerate(self.model.params["posts"]) if p is post)
        card = self.picture(("post", id(self.model.placement), index), lambda: self._card(self.app, self.model.placement,
                                                                 post))
        surface.blit(card, rect)

    def _draw_clean(self, surface, rect: pygame.Rect, wait: int) -> None:
        """Ahead of the feed: a moment of tidy satisfaction before the next post."""
        pal = self.palette
        panel(surface, rect, pal.surface)
        draw_icon(surface, "check", pygame.Rect(rect.x + 60, rect.centery - 60, 120, 120),
                  theme.GAIN)
        draw_text(surface, self.fonts, self.t("minigame.rumour.clean"),
                  (rect.x + 220, rect.centery - 8), "title", pal.ink, "display",
                  anchor="bottomleft")
        draw_text(surface, self.fonts, self.t("minigame.rumour.next_in", n=wait),
                  (rect.x + 220, rect.centery + 8), "lead", pal.ink_soft)

    def _draw_leaving(self, surface, home: pygame.Rect) -> pygame.Rect:
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
        layout.blit(surface, text, text.get_rect(center=box.center))
        return rect.union(box)
