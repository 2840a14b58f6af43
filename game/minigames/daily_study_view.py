"""Daily study on screen: the streak flame and multiplier, the daily cap meter, the
question with its clock, a toast after every answer, and the bonus offer card.

Painted whole every frame: the two top boxes, the question card and the toast from a few
panels and the words the fonts keep. The offer card, which holds many words, is one
picture made while the game starts; only its breathing burst is drawn over it."""
from __future__ import annotations

import math

import pygame

from ..i18n import signed
from ..ui import layout, theme
from ..ui.anim import Confetti, Floater, Tween, ease_out, ease_out_back
from ..ui.icons import draw_icon
from ..ui.widgets import CLEAR, draw_paragraph, draw_text, panel, progress_bar, shadow
from .view import GameView

TOP_H = 110  # the strip with the streak and the daily cap
CARD_W = 1400  # the question card and the offer card
SWAY = 18  # px: how far the question card sways when the streak breaks
PAD = 18  # px: the shadow's margin around a card (see widgets.shadow)
TOASTS = {  # kind: icon, colour, words
    "good": ("check", theme.GAIN, "minigame.daily_study.good"),
    "capped": ("clock", theme.SKY, "minigame.daily_study.cap_reached"),
    "wrong": ("cross", theme.ORANGE, "minigame.daily_study.wrong"),
    "slow": ("cross", theme.ORANGE, "minigame.daily_study.slow"),
}


class DailyStudyView(GameView):
    def __init__(self, scene, model, stage):
        super().__init__(scene, model, stage)
        self.toast = None  # (kind, gain, multiplier, tween): the feedback on the last answer
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
        self.soon(*self._offer())  # the level file's offer, made while the game starts

    @property
    def calm(self) -> bool:
        return self.app.settings.reduce_motion

    # -- time ---------------------------------------------------------------------------

    def moved(self, move_id: str) -> None:
        self._notice()

    def update(self, dt: float) -> None:
        self._notice()
        for tween in (self.pop, self.nudge) + ((self.toast[3],) if self.toast else ()):
            tween.update(dt)
        if self.toast and self.toast[3].done:
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
        self.toast = (kind, answer.gain, model.multiplier, Tween(1.3))
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
        area = self.stage.area
        if kind in ("slow", "wrong"):
            self.nudge = Tween(0.35)
        if stepped:
            self.pop = Tween(0.5)
        if stepped or newly_capped:
            self.confetti.burst((area.centerx, area.y + 420), 60, 800)
        if answer.gain:
            surf = self.fonts.render(signed(answer.gain), "headline", theme.GAIN, "display")
            points = self.stage.points  # the gain flies to the number of the game's points
            self.floaters.append(Floater(surf, (area.centerx, area.y + 470),
                                         (points.right - 120, points.centery), 0.8))

    # -- painting -----------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        area = self.stage.area
        card = pygame.Rect(area.centerx - CARD_W // 2, area.y + TOP_H + 30, CARD_W, 300)
        self._draw_streak(surface, pygame.Rect(area.x + 100, area.y, 660, TOP_H))
        self._draw_cap(surface, pygame.Rect(area.right - 760, area.y, 660, TOP_H))
        if self.model.offer_open:
            self._draw_offer(surface, card)
        else:
            self._draw_question(surface, card)
            if self.toast is not None:
                self._draw_toast(surface, pygame.Rect(area.x, card.bottom + 24,
                                                      area.width, 120))
        self.confetti.draw(surface)
        for floater in self.floaters:
            floater.draw(surface)

    # -- the top boxes ------------------------------------------------------------------

    def _draw_streak(self, surface, box: pygame.Rect) -> None:
        """The streak box: the flame, the streak, the next step and the multiplier badge;
        the flame and the badge grow as the multiplier rises."""
        pal, model, pop = self.palette, self.model, self.pop
        panel(surface, box, pal.surface, 24)
        grow = 0 if pop.done else round(14 * math.sin(pop.t * math.pi))
        flame = pygame.Rect(box.x + 18 - grow // 2, box.y + 14 - grow // 2, 82 + grow, 82 + grow)
        draw_icon(surface, "flame", flame, theme.LOSS if model.streak >= 3
                  else theme.ORANGE if model.streak else pal.line)
        head = draw_text(surface, self.fonts,
                         self.t("minigame.daily_study.streak", n=model.streak),
                         (box.x + 112, box.y + 10), "lead", pal.ink, "display")
        step = model.next_step()
        hint = (self.t("minigame.daily_study.next_step", n=step[0] - model.streak,
                       times=step[1]) if step else self.t("minigame.daily_study.top_step"))
        draw_text(surface, self.fonts, hint, (box.x + 112, head.bottom + 2), "small",
                  pal.ink_soft, "semibold")
        # The multiplier badge: ×1 sits quietly, ×2 and up glow and pop as they arrive.
        times = model.multiplier
        scale = 1.0 if pop.done else 0.7 + 0.3 * ease_out_back(pop.t)
        radius = round(44 * scale)
        centre = (box.right - 62, box.centery)
        pygame.draw.circle(surface, theme.ORANGE if times > 1 else pal.surface_alt, centre, radius)
        if times == 1:
            pygame.draw.circle(surface, pal.line, centre, radius, 3)
        label = self.fonts.render(f"×{times}", "title" if times > 1 else "lead", pal.ink,
                                  "display")
        layout.blit(surface, label, label.get_rect(center=centre))

    def _draw_cap(self, surface, box: pygame.Rect) -> None:
        """The daily cap box: today's points against the cap, or that it is reached."""
        pal, cap, earned = self.palette, self.model.cap, self.model.earned
        capped = earned >= cap
        panel(surface, box, theme.SKY if capped else pal.surface, 24)
        draw_icon(surface, "clock" if capped else "star",
                  pygame.Rect(box.x + 20, box.y + 18, 72, 72), pal.ink if capped else theme.ORANGE)
        if capped:
            room = pygame.Rect(box.x + 112, box.y + 12, box.width - 130, 90)
            text = self.t("minigame.daily_study.cap_reached")
            size = "body" if len(self.fonts.wrap(text, "body", room.width, "bold")) \
                * self.fonts.line_height("body", "bold") <= room.height else "small"
            draw_paragraph(surface, self.fonts, text, room, size, pal.ink, "bold", max_lines=2)
            return
        label = draw_text(surface, self.fonts, self.t("minigame.daily_study.today"),
                          (box.x + 112, box.y + 12), "body", pal.ink, "bold")
        draw_text(surface, self.fonts, f"{earned} / {cap}", (box.right - 28, label.centery),
                  "body", pal.ink, "bold", anchor="midright")
        progress_bar(surface, pygame.Rect(box.x + 112, box.y + 66, box.width - 140, 24),
                     earned / cap, theme.GAIN, pal.line)

    # -- the question -------------------------------------------------------------------

    def _draw_question(self, surface, card: pygame.Rect) -> None:
        """The card (swaying once when the streak breaks), its number, its words and its
        own clock along its foot."""
        pal, model, nudge = self.palette, self.model, self.nudge
        if not nudge.done:
            card = card.move(round(SWAY * math.sin(nudge.t * math.pi * 3) * (1 - nudge.t)), 0)
        surface.blit(shadow(card.size), (card.x - PAD, card.y - PAD))
        panel(surface, card, pal.surface)
        if model.question is None:
            return
        chip = self.fonts.render(self.t("minigame.daily_study.question_no",
                                        n=len(model.answers) + 1), "small", pal.accent, "bold")
        chip_box = chip.get_rect(midtop=(card.centerx, card.y + 24)).inflate(32, 12)
        panel(surface, chip_box, pal.surface_alt, chip_box.height // 2)
        layout.blit(surface, chip, chip.get_rect(center=chip_box.center))
        # The question's lines are centred on 150 px below the chip: two large ones reach
        # a little beyond, up beside the chip and down towards the clock.
        text = self.app.text(model.question.text)
        lines = min(2, len(self.fonts.wrap(text, "title", card.width - 120, "semibold")))
        high = lines * self.fonts.line_height("title", "semibold")
        words = pygame.Rect(card.x + 60, chip_box.bottom + 8 + (150 - high) // 2,
                            card.width - 120, high)
        draw_paragraph(surface, self.fonts, text, words, "title", pal.ink, "semibold",
                       align="center", max_lines=2)
        if not model.relaxed:
            bar = pygame.Rect(card.x + 60, card.bottom - 34, card.width - 120, 12)
            left = 1 - model.question_progress
            progress_bar(surface, bar, left, theme.LOSS if left < 0.3 else pal.accent, pal.line)

    def _draw_toast(self, surface, area: pygame.Rect) -> None:
        """The feedback on the last answer, rising into place."""
        kind, gain, times, tween = self.toast
        icon, fill, words = TOASTS[kind]
        if kind in ("good", "capped"):
            text = f"{signed(gain)}   {self.t(words)}"
            if kind == "good" and times > 1:
                text += f"   ×{times}"
        else:
            text = f"{self.t('minigame.daily_study.streak_lost')} · {self.t(words)}"
        ink = theme.readable_on(fill)
        label = self.fonts.render(text, "lead", ink, "bold")
        box = pygame.Rect(0, 0, label.get_width() + 150, 96)
        rise = 0 if self.calm else round(16 * (1 - ease_out(min(1.0, tween.t * 4))))
        box.center = (area.centerx, area.centery + rise)
        panel(surface, box, fill, 48)
        draw_icon(surface, icon, pygame.Rect(box.x + 28, box.y + 18, 60, 60), ink)
        layout.blit(surface, label, label.get_rect(midleft=(box.x + 108, box.centery)))

    # -- the offer ----------------------------------------------------------------------

    def _offer(self) -> tuple:
        """The offer card's picture as (parts, make): the card may fill the play area below
        the top boxes, and is as high as its words need."""
        app, pal, params = self.app, self.palette, self.model.params
        room = self.stage.area.bottom - (self.stage.area.y + TOP_H + 30)
        return ("offer", room), lambda: _offer_card(app, pal, params, room)

    def _draw_offer(self, surface, card: pygame.Rect) -> None:
        """The offer card from its picture, its shadow under it and its burst breathing."""
        parts, make = self._offer()
        picture = self.picture(parts, make)
        card.height = min(parts[1], picture.get_height())  # large words may reach below it
        surface.blit(shadow(card.size), (card.x - PAD, card.y - PAD))
        layout.blit(surface, picture, card.topleft)
        wobble = 0.0 if self.calm else 0.04 * math.sin(self.model.time * 4)
        _burst(surface, self.fonts, self.palette, (card.right - 160, card.y + 108),
               self.model.params["bonus"], wobble)


# -- the offer card, painted once ----------------------------------------------------

def _offer_fit(fonts, title: str, said: str, room: int) -> tuple[str, str, int, int]:
    """The sizes of the offer's title and comment, how many lines the comment takes, and
    the height its content wants: it grows with the language and the comment, and takes a
    size less rather than leave a card ``room`` high (it may still, with large text)."""
    inner = CARD_W - 100
    small = fonts.font("small", "bold").size(title)[1]

    def height(big: str, body: str) -> tuple[int, int]:
        tall = min(2, len(fonts.wrap(title, big, inner - 260, "bold")))
        lines = min(2, len(fonts.wrap(said, body, inner - 126, "semibold")))
        top = max(24 + small + 8 + tall * fonts.line_height(big, "bold") + 4 + small
                  + 14 + 56 + 14, 222)
        return top + 70 + lines * fonts.line_height(body) + 30, lines

    big, body = next((sizes for sizes in (("lead", "body"), ("body", "small"))
                      if height(*sizes)[0] <= room), ("body", "small"))
    want, lines = height(big, body)
    return big, body, lines, want


def _offer_card(app, pal, params, room: int) -> pygame.Surface:
    """The offer card at the top of its picture (see-through around it), its burst left out.
    The picture reaches below the card when large words push the comment out of ``room``."""
    fonts, t = app.fonts, app.t
    title = t("minigame.daily_study.offer_title")
    said = app.text(params["comment"])
    big, body, lines, want = _offer_fit(fonts, title, said, room)
    surf = pygame.Surface((CARD_W, want))
    if pygame.display.get_surface() is not None:
        surf = surf.convert()  # the screen's format: words blend onto it as onto the screen
    surf.fill(CLEAR)
    card = pygame.Rect(0, 0, CARD_W, min(room, want))
    inner = card.inflate(-100, 0)
    panel(surf, card, pal.surface, 28, theme.ORANGE, 6)
    kicker = draw_text(surf, fonts, t("minigame.daily_study.offer_kicker").upper(),
                       (inner.x, card.y + 24), "small", theme.LOSS_TEXT, "bold")
    y = draw_paragraph(surf, fonts, title,
                       pygame.Rect(inner.x, kicker.bottom + 8, inner.width - 260, 0),
                       big, pal.ink, "bold", max_lines=2)
    note = draw_text(surf, fonts, t("minigame.daily_study.offer_bonus", n=params["bonus"]),
                     (inner.x, y + 4), "small", theme.GAIN_TEXT, "bold")
    # The right column belongs to the bonus burst; the news keeps to its left.
    news = pygame.Rect(inner.x, note.bottom + 14, inner.width - 250, 56)
    panel(surf, news, pal.surface_alt, 18)
    draw_text(surf, fonts, fonts.fit(app.text(params["news"]), "body", news.width - 48,
                                     "semibold"),
              (news.x + 24, news.centery), "body", pal.ink_soft, "semibold", anchor="midleft")
    # The comment itself is the hero: big, in a bubble, already signed with the name.
    bubble = pygame.Rect(inner.x + 70, max(news.bottom + 14, card.y + 222),
                         inner.width - 70, 70 + lines * fonts.line_height(body))
    panel(surf, bubble, (226, 240, 250), 22, theme.BLUE, 3)
    draw_icon(surf, "comment", pygame.Rect(inner.x, bubble.y + 8, 56, 56), theme.BLUE)
    head = draw_text(surf, fonts, t("minigame.daily_study.offer_as"),
                     (bubble.x + 28, bubble.y + 12), "small", theme.BLUE, "bold")
    draw_paragraph(surf, fonts, said,
                   pygame.Rect(bubble.x + 28, head.bottom + 4, bubble.width - 56, 0),
                   body, pal.ink, "semibold", max_lines=2)
    surf.set_colorkey(CLEAR)  # not run-length encoded: encoding costs a frame's budget
    return surf


def _burst(surface, fonts, pal, centre: tuple[int, int], bonus: int, wobble: float) -> None:
    """The bonus as a sticker: a yellow starburst, ``wobble`` larger than at rest."""
    points = [(centre[0] + (96 if i % 2 else 80) * (1 + wobble) * math.cos(i * math.pi / 12),
               centre[1] + (96 if i % 2 else 80) * (1 + wobble) * math.sin(i * math.pi / 12))
              for i in range(24)]
    pygame.draw.polygon(surface, theme.YELLOW, points)
    pygame.draw.polygon(surface, pal.ink, points, 3)
    number = fonts.render(f"+{bonus}", "title", pal.ink, "display")
    layout.blit(surface, number, number.get_rect(center=centre))
