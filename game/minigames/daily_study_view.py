"""Daily study on screen: the streak flame and multiplier, the daily cap meter, the
question with its clock, a toast after every answer, and the bonus offer card."""
from __future__ import annotations

import math

import pygame

from ..i18n import signed
from ..ui import theme
from ..ui.anim import Confetti, Floater, Tween, ease_out, ease_out_back
from ..ui.icons import draw_icon
from ..ui.widgets import draw_paragraph, draw_text, panel, progress_bar, shadow
from .view import GameView

TOP_H = 110  # the strip with the streak and the daily cap
CARD_W = 1400
POINTS_AT = (1640, 176)  # where the host shows the game's points: the floaters fly there


class DailyStudyView(GameView):
    def __init__(self, scene, model):
        super().__init__(scene, model)
        self.toast = None  # (kind, gain, tween): the feedback on the last answer
        self.pop = Tween(0.5)  # the multiplier badge pops when it rises
        self.pop.finish()
        self.nudge = Tween(0.35)  # the card sways once when the streak breaks
        self.nudge.finish()
        self.confetti = Confetti(seed=7)
        self.floaters: list[Floater] = []
        self._seen = 0  # answers already given feedback
        self._times = model.multiplier
        self._capped = model.capped
        self._offered = False
        self._play_rect = pygame.Rect(160, 230, 1600, 610)

    @property
    def calm(self) -> bool:
        return self.app.settings.reduce_motion

    def moved(self, move_id: str) -> None:
        self._notice()

    def update(self, dt: float) -> None:
        self._notice()
        for tween in (self.pop, self.nudge) + ((self.toast[2],) if self.toast else ()):
            tween.update(dt)
        if self.toast and self.toast[2].done:
            self.toast = None
        self.confetti.update(dt)
        for floater in self.floaters:
            floater.update(dt)
        self.floaters = [f for f in self.floaters if not f.tween.done]

    def _notice(self) -> None:
        """Feedback for whatever the model settled since the last frame, by move or by time."""
        model = self.model
        if model.offer_open and not self._offered:
            self._offered = True
            self.app.play("notify")
        if len(model.answers) <= self._seen:
            return
        self._seen = len(model.answers)
        answer = model.answers[-1]
        if answer.choice is None:
            kind = "slow"
        elif not answer.choice.approved:
            kind = "wrong"
        else:
            kind = "capped" if answer.capped or (model.capped and not answer.gain) else "good"
        self.toast = (kind, answer.gain, Tween(1.3))
        stepped = model.multiplier > self._times
        self._times = model.multiplier
        if kind in ("slow", "wrong"):
            self.app.play("loss")
        else:
            self.app.play("big_gain" if stepped else "gain" if answer.gain else "tap")
        newly_capped = model.capped and not self._capped
        self._capped = model.capped
        if newly_capped:
            self.app.play("notify")
        if self.calm:
            return
        if kind in ("slow", "wrong"):
            self.nudge = Tween(0.35)
        if stepped:
            self.pop = Tween(0.5)
        if stepped or newly_capped:
            self.confetti.burst((self._play_rect.centerx, self._play_rect.y + 420), 60, 800)
        if answer.gain:
            surf = self.fonts.render(signed(answer.gain), "headline", theme.GAIN, "display")
            self.floaters.append(Floater(surf, (self._play_rect.centerx,
                                                self._play_rect.y + 470), POINTS_AT, 0.8))

    # -- painting ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        self._play_rect = rect
        self._draw_streak(surface, pygame.Rect(rect.x + 100, rect.y, 660, TOP_H))
        self._draw_cap(surface, pygame.Rect(rect.right - 760, rect.y, 660, TOP_H))
        card = pygame.Rect(0, 0, CARD_W, 0)
        card.x = rect.centerx - CARD_W // 2
        card.y = rect.y + TOP_H + 30
        if self.model.offer_open:
            card.height = rect.bottom - card.y
            self._draw_offer(surface, card)
        else:
            card.height = 300
            if not self.nudge.done:
                card.x += round(18 * math.sin(self.nudge.t * math.pi * 3) * (1 - self.nudge.t))
            self._draw_question(surface, card)
            self._draw_toast(surface, pygame.Rect(rect.x, card.bottom + 24, rect.width, 120))
        self.confetti.draw(surface)
        for floater in self.floaters:
            floater.draw(surface)

    def _draw_streak(self, surface, box: pygame.Rect) -> None:
        pal, model = self.palette, self.model
        panel(surface, box, pal.surface, 24)
        hot = model.streak >= 3
        grow = 0 if self.pop.done else round(14 * math.sin(self.pop.t * math.pi))
        flame = pygame.Rect(box.x + 18 - grow // 2, box.y + 14 - grow // 2, 82 + grow, 82 + grow)
        draw_icon(surface, "flame", flame, theme.LOSS if hot else theme.ORANGE if model.streak
                  else pal.line)
        head = draw_text(surface, self.fonts, self.t("minigame.daily_study.streak",
                                                     n=model.streak),
                         (box.x + 112, box.y + 10), "lead", pal.ink, "display")
        step = model.next_step()
        hint = (self.t("minigame.daily_study.next_step", n=step[0] - model.streak, times=step[1])
                if step else self.t("minigame.daily_study.top_step"))
        draw_text(surface, self.fonts, hint, (box.x + 112, head.bottom + 2), "small",
                  pal.ink_soft, "semibold")
        # The multiplier badge: ×1 sits quietly, ×2 and up glow and pop as they arrive.
        times = model.multiplier
        scale = 1.0 if self.pop.done else 0.7 + 0.3 * ease_out_back(self.pop.t)
        radius = round(44 * scale)
        centre = (box.right - 62, box.centery)
        pygame.draw.circle(surface, theme.ORANGE if times > 1 else pal.surface_alt, centre, radius)
        if times == 1:
            pygame.draw.circle(surface, pal.line, centre, radius, 3)
        label = self.fonts.render(f"×{times}", "title" if times > 1 else "lead", pal.ink,
                                  "display")
        surface.blit(label, label.get_rect(center=centre))

    def _draw_cap(self, surface, box: pygame.Rect) -> None:
        pal, model = self.palette, self.model
        capped = model.capped
        panel(surface, box, theme.SKY if capped else pal.surface, 24)
        draw_icon(surface, "clock" if capped else "star",
                  pygame.Rect(box.x + 20, box.y + 18, 72, 72), pal.ink if capped else theme.ORANGE)
        if capped:
            draw_paragraph(surface, self.fonts, self.t("minigame.daily_study.cap_reached"),
                           pygame.Rect(box.x + 112, box.y + 12, box.width - 130, 90), "body",
                           pal.ink, "bold", max_lines=2)
            return
        label = draw_text(surface, self.fonts, self.t("minigame.daily_study.today"),
                          (box.x + 112, box.y + 12), "body", pal.ink, "bold")
        draw_text(surface, self.fonts, f"{model.earned} / {model.cap}",
                  (box.right - 28, label.centery), "body", pal.ink, "bold", anchor="midright")
        progress_bar(surface, pygame.Rect(box.x + 112, box.y + 66, box.width - 140, 24),
                     model.earned / model.cap, theme.GAIN, pal.line)

    def _draw_question(self, surface, card: pygame.Rect) -> None:
        pal, model = self.palette, self.model
        surface.blit(shadow(card.size), (card.x - 18, card.y - 18))
        panel(surface, card, pal.surface)
        if model.question is None:
            return
        chip = self.fonts.render(self.t("minigame.daily_study.question_no",
                                        n=len(model.answers) + 1), "small", pal.accent, "bold")
        chip_box = chip.get_rect(midtop=(card.centerx, card.y + 24)).inflate(32, 12)
        panel(surface, chip_box, pal.surface_alt, chip_box.height // 2)
        surface.blit(chip, chip.get_rect(center=chip_box.center))
        text = self.app.text(model.question.text)
        room = pygame.Rect(card.x + 60, chip_box.bottom + 8, card.width - 120, 150)
        tall = min(2, len(self.fonts.wrap(text, "title", room.width, "semibold")))
        room.y += (room.height - tall * self.fonts.line_height("title", "semibold")) // 2
        draw_paragraph(surface, self.fonts, text, room, "title", pal.ink, "semibold",
                       align="center", max_lines=2)
        if not model.relaxed:
            bar = pygame.Rect(card.x + 60, card.bottom - 34, card.width - 120, 12)
            left = 1 - model.question_progress
            progress_bar(surface, bar, left, theme.LOSS if left < 0.3 else pal.accent, pal.line)

    def _draw_toast(self, surface, area: pygame.Rect) -> None:
        if self.toast is None:
            return
        kind, gain, tween = self.toast
        pal = self.palette
        icon, fill, words = {
            "good": ("check", theme.GAIN, "minigame.daily_study.good"),
            "capped": ("clock", theme.SKY, "minigame.daily_study.cap_reached"),
            "wrong": ("cross", theme.ORANGE, "minigame.daily_study.wrong"),
            "slow": ("cross", theme.ORANGE, "minigame.daily_study.slow"),
        }[kind]
        ink = theme.readable_on(fill)
        if kind in ("good", "capped"):
            text = f"{signed(gain)}   {self.t(words)}"
            if kind == "good" and self.model.multiplier > 1:
                text += f"   ×{self.model.multiplier}"
        else:
            text = f"{self.t('minigame.daily_study.streak_lost')} · {self.t(words)}"
        label = self.fonts.render(text, "lead", ink, "bold")
        box = pygame.Rect(0, 0, label.get_width() + 150, 96)
        rise = 0 if self.calm else round(16 * (1 - ease_out(min(1.0, tween.t * 4))))
        box.center = (area.centerx, area.centery + rise)
        panel(surface, box, fill, 48)
        draw_icon(surface, icon, pygame.Rect(box.x + 28, box.y + 18, 60, 60), ink)
        surface.blit(label, label.get_rect(midleft=(box.x + 108, box.centery)))

    def _draw_offer(self, surface, card: pygame.Rect) -> None:
        pal, params = self.palette, self.model.params
        inner = card.inflate(-100, 0)
        title = self.t("minigame.daily_study.offer_title")
        said = self.app.text(params["comment"])
        lines = min(2, len(self.fonts.wrap(said, "body", inner.width - 126, "semibold")))
        # The card hugs its content, which grows with the language and the comment.
        small = self.fonts.render(title, "small", pal.ink, "bold").get_height()
        tall = min(2, len(self.fonts.wrap(title, "lead", inner.width - 260, "bold")))
        top = max(24 + small + 8 + tall * self.fonts.line_height("lead", "bold") + 4 + small
                  + 14 + 56 + 14, 222)
        card.height = min(card.height, top + 70 + lines * self.fonts.line_height("body") + 30)
        surface.blit(shadow(card.size), (card.x - 18, card.y - 18))
        panel(surface, card, pal.surface, 28, theme.ORANGE, 6)
        kicker = draw_text(surface, self.fonts,
                           self.t("minigame.daily_study.offer_kicker").upper(),
                           (inner.x, card.y + 24), "small", theme.LOSS_TEXT, "bold")
        y = draw_paragraph(surface, self.fonts, title,
                           pygame.Rect(inner.x, kicker.bottom + 8, inner.width - 260, 110),
                           "lead", pal.ink, "bold", max_lines=2)
        note = draw_text(surface, self.fonts, self.t("minigame.daily_study.offer_bonus",
                                                     n=params["bonus"]),
                         (inner.x, y + 4), "small", theme.GAIN_TEXT, "bold")
        self._draw_burst(surface, (inner.right - 110, card.y + 108), params["bonus"])
        # The right column belongs to the bonus burst; the news keeps to its left.
        news = pygame.Rect(inner.x, note.bottom + 14, inner.width - 250, 56)
        panel(surface, news, pal.surface_alt, 18)
        draw_text(surface, self.fonts, self.fonts.fit(self.app.text(params["news"]), "body",
                                                      news.width - 48, "semibold"),
                  (news.x + 24, news.centery), "body", pal.ink_soft, "semibold",
                  anchor="midleft")
        # The comment itself is the hero: big, in a bubble, already signed with the name.
        bubble = pygame.Rect(inner.x + 70, max(news.bottom + 14, card.y + 222),
                             inner.width - 70, 70 + lines * self.fonts.line_height("body"))
        panel(surface, bubble, (226, 240, 250), 22, theme.BLUE, 3)
        draw_icon(surface, "comment", pygame.Rect(inner.x, bubble.y + 8, 56, 56), theme.BLUE)
        head = draw_text(surface, self.fonts, self.t("minigame.daily_study.offer_as"),
                         (bubble.x + 28, bubble.y + 12), "small", theme.BLUE, "bold")
        draw_paragraph(surface, self.fonts, said,
                       pygame.Rect(bubble.x + 28, head.bottom + 4, bubble.width - 56, 100),
                       "body", pal.ink, "semibold", max_lines=2)

    def _draw_burst(self, surface, centre: tuple[int, int], bonus: int) -> None:
        """The bonus as a sticker: a yellow starburst that breathes gently."""
        wobble = 0.0 if self.calm else 0.04 * math.sin(self.model.time * 4)
        points = [(centre[0] + (96 if i % 2 else 80) * (1 + wobble) * math.cos(i * math.pi / 12),
                   centre[1] + (96 if i % 2 else 80) * (1 + wobble) * math.sin(i * math.pi / 12))
                  for i in range(24)]
        pygame.draw.polygon(surface, theme.YELLOW, points)
        pygame.draw.polygon(surface, self.palette.ink, points, 3)
        number = self.fonts.render(f"+{bonus}", "title", self.palette.ink, "display")
        surface.blit(number, number.get_rect(center=centre))
