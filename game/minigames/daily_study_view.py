"""Daily study on screen: the streak flame and multiplier, the daily cap meter, the
question with its clock, a toast after every answer, and the bonus offer card.

Kept cheap per frame: the question card's shadow and panel (or the whole offer card but
its breathing burst) live in the host's still layer; the two top boxes, the question's
words and the toast are pictures made once per state and only blitted, the ones the next
answer may need made ahead, a piece per quiet frame; what is drawn every frame is the
question's clock bar, the burst and whatever flies (confetti, floaters)."""
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
CARD_W = 1400
POINTS_AT = (1640, 176)  # where the host shows the game's points: the floaters fly there
SWAY = 18  # px: how far the question card sways when the streak breaks
PAD = 18  # px: the shadow's margin around a card (see widgets.shadow)
TOASTS = {  # kind: icon, colour, words
    "good": ("check", theme.GAIN, "minigame.daily_study.good"),
    "capped": ("clock", theme.SKY, "minigame.daily_study.cap_reached"),
    "wrong": ("cross", theme.ORANGE, "minigame.daily_study.wrong"),
    "slow": ("cross", theme.ORANGE, "minigame.daily_study.slow"),
}


SPILL = 160  # px around a picture where words that do not fit it may still be painted


def _blank(size: tuple[int, int]) -> pygame.Surface:
    """A surface in the screen's format, so text blends onto it as onto the screen."""
    surf = pygame.Surface(size)
    return surf.convert() if pygame.display.get_surface() is not None else surf


def _prime(surf: pygame.Surface) -> None:
    """Run-length encode a colour-keyed surface for the screen now (its first blit there
    does it, at some cost) by blitting its top-left pixel, which is see-through."""
    screen = pygame.display.get_surface()
    if screen is not None:
        screen.blit(surf, (0, 0), (0, 0, 1, 1))


class _Picture:
    """Something painted once onto its own surface (see-through corners) and then blitted.
    If the painting spills out of its box it is not kept: it is painted where it stands."""

    def __init__(self, size: tuple[int, int], paint):
        self.size = size
        surf = _blank(size)
        surf.fill(CLEAR)
        spill = paint(surf, pygame.Rect((0, 0), size))
        surf.set_colorkey(CLEAR, pygame.RLEACCEL)
        self.surf = None if spill else surf
        self.primed = spill
        self.paint = paint
        self.reach = pygame.Rect((0, 0), size)  # where it paints, from its top-left corner
        if spill:  # measured once on a roomy sheet: the frame must know what to clear
            sheet = _blank((size[0] + 2 * SPILL, size[1] + 2 * SPILL))
            sheet.fill(CLEAR)
            sheet.set_colorkey(CLEAR)
            paint(sheet, pygame.Rect((SPILL, SPILL), size))
            self.reach = self.reach.union(sheet.get_bounding_rect().move(-SPILL, -SPILL))

    def extent(self, at: tuple[int, int]) -> pygame.Rect:
        """All it paints when drawn at ``at``."""
        return self.reach.move(at)

    def prime(self) -> bool:
        if self.primed:
            return False
        self.primed = True
        _prime(self.surf)
        return True

    def draw(self, surface: pygame.Surface, at: tuple[int, int]) -> None:
        if self.surf is not None:
            self.primed = True
            surface.blit(self.surf, at)
        else:
            self.paint(surface, pygame.Rect(at, self.size))


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
        self._pictures: dict[tuple, _Picture] = {}  # the top boxes and the toasts, by state
        self._words: dict[tuple, tuple] = {}  # (surface, area): a question's chip and words
        self._shown = None  # the words on screen now
        self._toast_key = None  # the toast's picture
        self._todo: list = []  # pieces the next answer may show, made ahead in quiet frames
        self._planned = -1  # the answers the plan was made after
        self._warmed: set[tuple] = set()  # texts rendered ahead
        self._painted = None  # what the still layer holds: "question", "offer"...
        self._sway = None  # the question card with its shadow over the background, to sway
        self._under = None  # the background under the question card and its sway
        self._burst_at = None  # the offer card's burst centre, drawn per frame
        self._rim = None  # (shadow, where, part): the offer's shadow below the play area

    @property
    def calm(self) -> bool:
        return self.app.settings.reduce_motion

    def moved(self, move_id: str) -> None:
        self._notice()
        self._check_static()

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
        self._check_static()
        if self._planned != len(self.model.answers):
            self._planned = len(self.model.answers)
            self._plan()  # what the next answer may show, made piece by piece in prepare

    def prepare(self) -> None:
        """One piece a call: what is on screen now (the question's words, the two boxes),
        then what the next answer may show."""
        m = self.model
        if m.question is not None and self._words_for(m.question, len(m.answers) + 1):
            return
        if self._streak_picture(m.streak, not self.pop.done) or self._cap_picture(m.earned):
            return
        self._prepare()

    def _check_static(self) -> None:
        """The still layer shows the question card or the offer card: repaint it when the
        model swaps one for the other (twice a game)."""
        if self._painted is not None and not self._painted.startswith(self._card_kind()):
            self._painted = None
            self.scene.refresh_static()

    def _card_kind(self) -> str:
        return "offer" if self.model.offer_open else "question"

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
        self._toast_key = None
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

    # -- where things are, and the pictures ---------------------------------------------

    @staticmethod
    def _boxes(rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        """The streak box, the cap box and the card (its height still to be settled)."""
        card = pygame.Rect(rect.centerx - CARD_W // 2, rect.y + TOP_H + 30, CARD_W, 0)
        return (pygame.Rect(rect.x + 100, rect.y, 660, TOP_H),
                pygame.Rect(rect.right - 760, rect.y, 660, TOP_H), card)

    def _key(self, *parts) -> tuple:
        return parts + (self.app.settings.lang,)

    def _make(self, key: tuple, size: tuple[int, int], paint) -> bool:
        """Make picture ``key`` unless it is made already; True if made now."""
        key = self._key(*key)
        if key in self._pictures:
            return False
        if len(self._pictures) >= 96:  # the oldest go first
            for old in list(self._pictures)[:32]:
                del self._pictures[old]
        self._pictures[key] = _Picture(size, paint)
        return True

    # -- the model's state as it will be after the next answer --------------------------

    def _times_at(self, streak: int) -> int:
        """The multiplier at ``streak`` (as DailyStudy.multiplier counts it)."""
        times = 1
        for at, factor in self.model.params["multipliers"]:
            if streak >= at:
                times = factor
        return times

    def _step_at(self, streak: int) -> tuple[int, int] | None:
        """The next step up from ``streak`` (as DailyStudy.next_step finds it)."""
        return next(((s, f) for s, f in self.model.params["multipliers"] if streak < s), None)

    def _plan(self) -> None:
        """After an answer, or once at the start: what the next answer may show, to be
        made ahead, a piece per quiet frame."""
        model = self.model
        right = model.streak + 1
        times = self._times_at(right)
        gain = min(model.params["points"] * times, model.cap - model.earned)
        good = "capped" if model.capped or (model.earned + gain >= model.cap and not gain) \
            else "good"
        stepped = times > self._times_at(model.streak) and not self.calm
        deck, n = model.deck, len(model.answers) + (1 if model.offer_open else 2)
        upcoming = deck[(n - 1) % len(deck)]  # as DailyStudy._next_question picks it
        pieces = [  # (its words, made by, its key): the likeliest first
            (self._words_texts(upcoming, n), lambda: self._words_for(upcoming, n), None),
            (self._streak_texts(0), lambda: self._streak_picture(0, False),
             ("streak", 0, False)),
            (self._streak_texts(right), lambda: self._streak_picture(right, stepped),
             ("streak", right, stepped)),
            (self._cap_texts(model.earned + gain), lambda: self._cap_picture(model.earned + gain),
             ("cap", model.earned + gain)),
            ([self._toast_text(good, gain, times)],
             lambda: self._toast_picture(good, gain, times), self._toast_id(good, gain, times)),
            ([self._toast_text("wrong", 0, 1)], lambda: self._toast_picture("wrong", 0, 1),
             self._toast_id("wrong", 0, 1)),
            ([self._toast_text("slow", 0, 1)], lambda: self._toast_picture("slow", 0, 1),
             self._toast_id("slow", 0, 1)),
            ([], lambda: self._streak_picture(right, False), ("streak", right, False)),
        ]
        if gain and not self.calm:
            pieces.append(([(signed(gain), "headline", theme.GAIN, "display")], None, None))
        # Each step a fraction of a frame: a text rendered, a picture painted, or encoded.
        self._todo = []
        for texts, make, key in pieces:
            self._todo += [lambda text=text: self._warm(text) for text in texts]
            if make is not None:
                self._todo.append(make)
            if key is not None:
                self._todo.append(lambda key=key: self._prime_picture(key))

    def _prepare(self) -> None:
        """Make one of the planned pieces (skipping those made already)."""
        while self._todo:
            if self._todo.pop(0)():
                return

    def _warm(self, text: tuple) -> bool:
        """Render a text ahead (the fonts keep it); True if it was new here."""
        if text in self._warmed:
            return False
        if len(self._warmed) > 500:
            self._warmed.clear()
        self._warmed.add(text)
        self.fonts.render(*text)
        return True

    def _prime_picture(self, key: tuple) -> bool:
        picture = self._pictures.get(self._key(*key))
        return picture is not None and picture.prime()

    # -- painting ---------------------------------------------------------------------

    def paint_static(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        self._play_rect = rect
        _, _, card = self._boxes(rect)
        self._sway = self._under = self._burst_at = self._rim = None
        self._painted = self._card_kind()
        if self.model.offer_open:
            card.height = rect.bottom - card.y
            before = surface.subsurface(rect).copy()
            if self._draw_offer(surface, card, burst=self.calm) > rect.bottom:
                # Large words push the comment out of the play area, where the host's
                # layer is cut: then the offer is painted by hand every frame.
                surface.blit(before, rect)
                self._painted = "offer by hand"
            elif card.bottom + PAD > rect.bottom:
                # The card's shadow reaches below the play area: that rim is blitted per frame.
                rim = pygame.Rect(0, rect.bottom - (card.y - PAD), card.width + 2 * PAD,
                                  card.bottom + PAD - rect.bottom)
                self._rim = (shadow(card.size), (card.x - PAD, rect.bottom), rim)
            return
        card.height = 300
        # What lies under the card and its shadow, wide enough for the sway: the sway
        # blits the card with its shadow over a copy of it.
        area = card.inflate(2 * (PAD + SWAY), 2 * PAD).clip(surface.get_rect())
        under = surface.subsurface(area).copy()
        self._under = (under, area)
        sway = under.copy()
        sway.blit(shadow(card.size), (card.x - PAD - area.x, card.y - PAD - area.y))
        panel(sway, card.move(-area.x, -area.y), self.palette.surface)
        surface.blit(sway, area)
        # A background that is the same all along each row (the host's vertical gradient)
        # slides sideways unchanged, so the card can sway as one blit.
        w, h = area.size
        if w > 2 * SWAY and all(pygame.image.tobytes(under.subsurface((x, 0, 1, h)), "RGB")
                                == pygame.image.tobytes(under.subsurface((0, 0, 1, h)), "RGB")
                                for x in (w // 2, w - 1)):
            self._sway = sway

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> list[pygame.Rect]:
        self._play_rect = rect
        streak, cap, card = self._boxes(rect)
        model = self.model
        popping = not self.pop.done
        # Kept on the canvas until they change: the two boxes, the question's words, the toast.
        items = [self._box_item(("streak", model.streak, popping), streak,
                                lambda: self._streak_picture(model.streak, popping)),
                 self._box_item(("cap", model.earned), cap,
                                lambda: self._cap_picture(model.earned))]
        # Painted by hand if the still layer does not hold this card (yet).
        by_hand = self._painted != self._card_kind()
        dx = 0
        if not model.offer_open:
            card.height = 300
            if not self.nudge.done:
                dx = round(SWAY * math.sin(self.nudge.t * math.pi * 3) * (1 - self.nudge.t))
            if not (by_hand or dx) and model.question is not None:
                items.append(self._words_item(card))
            toast = self._toast_item(pygame.Rect(rect.x, card.bottom + 24, rect.width, 120))
            if toast is not None:
                items.append(toast)
        self.kept(surface, items)
        drawn = []
        if popping:  # the flame and the badge grow and shrink: drawn where they stand
            self._paint_flame(surface, streak, model.streak, self.palette.line, self.pop)
            self._paint_badge(surface, streak, model.multiplier, self.pop)
            drawn.append(streak)
        if model.offer_open:
            card.height = rect.bottom - card.y
            if by_hand:
                bottom = self._draw_offer(surface, card, burst=True)  # its bubble may reach
                drawn.append(card.inflate(2 * PAD, 2 * PAD).union(  # below the play area
                    pygame.Rect(card.x, card.y, card.width, bottom - card.y)))
            else:
                if self._rim is not None:
                    drawn.append(surface.blit(*self._rim))
                if self._burst_at is not None:
                    drawn.append(self._draw_burst(surface, self._burst_at,
                                                  self.model.params["bonus"]))
        else:
            if by_hand or dx:
                self._draw_question(surface, card, dx, by_hand)
                drawn.append(card.inflate(2 * (PAD + SWAY), 2 * PAD))
            if model.question is not None and not model.relaxed:
                drawn.append(self._draw_bar(surface, card.move(dx, 0)))
        drawn += self.confetti.draw(surface)
        return drawn + [floater.draw(surface) for floater in self.floaters]

    def _box_item(self, key: tuple, box: pygame.Rect, make):
        make()
        picture = self._pictures[self._key(*key)]
        return (key[0], key, picture.extent(box.topleft),
                lambda s: picture.draw(s, box.topleft))

    # -- the top boxes ----------------------------------------------------------------

    def _streak_picture(self, streak: int, popping: bool) -> bool:
        def paint(target, at: pygame.Rect) -> bool:
            return self._paint_streak(target, at, streak, whole=not popping)
        return self._make(("streak", streak, popping), (660, TOP_H), paint)

    def _streak_texts(self, streak: int) -> list[tuple]:
        pal = self.palette
        step, times = self._step_at(streak), self._times_at(streak)
        hint = (self.t("minigame.daily_study.next_step", n=step[0] - streak, times=step[1])
                if step else self.t("minigame.daily_study.top_step"))
        return [(self.t("minigame.daily_study.streak", n=streak), "lead", pal.ink, "display"),
                (hint, "small", pal.ink_soft, "semibold"),
                (f"×{times}", "title" if times > 1 else "lead", pal.ink, "display")]

    def _paint_streak(self, surface, box: pygame.Rect, streak: int, whole: bool) -> bool:
        """The streak box; without the flame and the badge unless ``whole`` (then both at
        rest). True if the words spill out of the box."""
        pal = self.palette
        panel(surface, box, pal.surface, 24)
        if whole:
            self._paint_flame(surface, box, streak, pal.line)
        head = draw_text(surface, self.fonts, self.t("minigame.daily_study.streak", n=streak),
                         (box.x + 112, box.y + 10), "lead", pal.ink, "display")
        step = self._step_at(streak)
        hint = (self.t("minigame.daily_study.next_step", n=step[0] - streak, times=step[1])
                if step else self.t("minigame.daily_study.top_step"))
        tip = draw_text(surface, self.fonts, hint, (box.x + 112, head.bottom + 2), "small",
                        pal.ink_soft, "semibold")
        if whole:
            self._paint_badge(surface, box, self._times_at(streak))
        return not box.contains(head.union(tip))

    @staticmethod
    def _paint_flame(surface, box: pygame.Rect, streak: int, cold,
                     pop: Tween | None = None) -> None:
        """The flame; a ``pop`` under way grows it."""
        hot = streak >= 3
        grow = 0 if pop is None or pop.done else round(14 * math.sin(pop.t * math.pi))
        flame = pygame.Rect(box.x + 18 - grow // 2, box.y + 14 - grow // 2, 82 + grow, 82 + grow)
        draw_icon(surface, "flame", flame, theme.LOSS if hot else theme.ORANGE if streak
                  else cold)

    def _paint_badge(self, surface, box: pygame.Rect, times: int,
                     pop: Tween | None = None) -> None:
        # The multiplier badge: ×1 sits quietly, ×2 and up glow and pop as they arrive.
        pal = self.palette
        scale = 1.0 if pop is None or pop.done else 0.7 + 0.3 * ease_out_back(pop.t)
        radius = round(44 * scale)
        centre = (box.right - 62, box.centery)
        pygame.draw.circle(surface, theme.ORANGE if times > 1 else pal.surface_alt, centre, radius)
        if times == 1:
            pygame.draw.circle(surface, pal.line, centre, radius, 3)
        label = self.fonts.render(f"×{times}", "title" if times > 1 else "lead", pal.ink,
                                  "display")
        layout.blit(surface, label, label.get_rect(center=centre))

    def _cap_picture(self, earned: int) -> bool:
        return self._make(("cap", earned), (660, TOP_H),
                          lambda target, at: self._paint_cap(target, at, earned))

    def _cap_texts(self, earned: int) -> list[tuple]:
        if earned >= self.model.cap:
            return []  # said once a game
        return [(f"{earned} / {self.model.cap}", "body", self.palette.ink, "bold")]

    def _paint_cap(self, surface, box: pygame.Rect, earned: int) -> bool:
        """The daily cap box; True if its words spill out of it."""
        pal, cap = self.palette, self.model.cap
        capped = earned >= cap
        panel(surface, box, theme.SKY if capped else pal.surface, 24)
        draw_icon(surface, "clock" if capped else "star",
                  pygame.Rect(box.x + 20, box.y + 18, 72, 72), pal.ink if capped else theme.ORANGE)
        if capped:
            room = pygame.Rect(box.x + 112, box.y + 12, box.width - 130, 90)
            text = self.t("minigame.daily_study.cap_reached")
            size = "body" if len(self.fonts.wrap(text, "body", room.width, "bold")) \
                * self.fonts.line_height("body", "bold") <= room.height else "small"
            bottom = draw_paragraph(surface, self.fonts, text, room, size, pal.ink, "bold",
                                    max_lines=2)
            widest = max(self.fonts.font(size, "bold").size(line)[0]
                         for line in self.fonts.wrap(text, size, room.width, "bold"))
            return bottom > box.bottom or room.x + widest > box.right
        label = draw_text(surface, self.fonts, self.t("minigame.daily_study.today"),
                          (box.x + 112, box.y + 12), "body", pal.ink, "bold")
        count = draw_text(surface, self.fonts, f"{earned} / {cap}",
                          (box.right - 28, label.centery), "body", pal.ink, "bold",
                          anchor="midright")
        progress_bar(surface, pygame.Rect(box.x + 112, box.y + 66, box.width - 140, 24),
                     earned / cap, theme.GAIN, pal.line)
        return not box.contains(label.union(count))

    # -- the question -----------------------------------------------------------------

    def _draw_question(self, surface, card: pygame.Rect, dx: int, by_hand: bool) -> None:
        """The card swaying, or not yet in the still layer, with its words."""
        pal, model = self.palette, self.model
        card = card.move(dx, 0)
        if by_hand:
            surface.blit(shadow(card.size), (card.x - PAD, card.y - PAD))
            panel(surface, card, pal.surface)
        elif self._sway is not None:
            surface.blit(self._sway, self._under[1].move(dx, 0))
        else:
            under, area = self._under
            surface.blit(under, area)
            surface.blit(shadow(card.size), (card.x - PAD, card.y - PAD))
            panel(surface, card, pal.surface)
        if model.question is not None:
            self._words_item(card)[3](surface)

    def _words_item(self, card: pygame.Rect):
        """The question's words on the card (whose panel is in the still layer)."""
        model = self.model
        self._words_for(model.question, len(model.answers) + 1)
        self._shown = self._key("words", id(model.question), len(model.answers) + 1)
        words, area = self._words[self._shown]
        at = pygame.Rect(card.x + area.x, card.y + area.y, area.width, area.height)
        return ("words", self._shown, at, lambda s: s.blit(words, at, area))

    def _draw_bar(self, surface, card: pygame.Rect) -> pygame.Rect:
        """The question's own clock along the card's foot."""
        bar = pygame.Rect(card.x + 60, card.bottom - 34, card.width - 120, 12)
        left = 1 - self.model.question_progress
        progress_bar(surface, bar, left, theme.LOSS if left < 0.3 else self.palette.accent,
                     self.palette.line)
        return bar

    def _words_for(self, question, n: int) -> bool:
        """Question ``n``'s number chip and words on the card's colour, made once (two kept:
        the one shown and the next). True if made now."""
        key = self._key("words", id(question), n)
        if key in self._words:
            return False
        surf = None
        for old in list(self._words):
            if old != self._shown:
                surf = self._words.pop(old)[0]
                break
        self._words[key] = self._compose_words(question, n, surf)
        return True

    def _words_lines(self, question) -> list[str]:
        """The question's lines as draw_paragraph sets them in the card (at most two)."""
        lines = list(self.fonts.wrap(self.app.text(question.text), "title", CARD_W - 120,
                                     "semibold"))
        if len(lines) > 2:
            lines = lines[:2]
            lines[-1] = lines[-1].rstrip(".,; ") + "…"
        return lines

    def _words_texts(self, question, n: int) -> list[tuple]:
        pal = self.palette
        return ([(self.t("minigame.daily_study.question_no", n=n), "small", pal.accent, "bold")]
                + [(line, "title", pal.ink, "semibold") for line in self._words_lines(question)])

    def _compose_words(self, question, n: int, surf) -> tuple[pygame.Surface, pygame.Rect]:
        """The chip and the words on a surface the card's size (a plain blit of it is
        cheaper than encoding it), and the part of it that holds them, within the card's
        straight sides."""
        pal, fonts = self.palette, self.fonts
        size = (CARD_W, 300)
        if surf is None:
            surf = _blank(size)
        surf.fill(pal.surface)
        box = pygame.Rect((0, 0), size)
        chip = fonts.render(self.t("minigame.daily_study.question_no", n=n), "small",
                            pal.accent, "bold")
        chip_box = chip.get_rect(midtop=(box.centerx, box.y + 24)).inflate(32, 12)
        panel(surf, chip_box, pal.surface_alt, chip_box.height // 2)
        layout.blit(surf, chip, chip.get_rect(center=chip_box.center))
        text = self.app.text(question.text)
        room = pygame.Rect(box.x + 60, chip_box.bottom + 8, box.width - 120, 150)
        lines = self._words_lines(question)
        step = fonts.line_height("title", "semibold")
        room.y += (room.height - len(lines) * step) // 2
        draw_paragraph(surf, fonts, text, room, "title", pal.ink, "semibold",
                       align="center", max_lines=2)
        used = chip_box.copy()
        font = fonts.font("title", "semibold")
        for i, line in enumerate(lines):
            w = font.size(line)[0] + 8
            used.union_ip(pygame.Rect(room.centerx - w // 2, room.y + i * step, w,
                                      font.get_height()))
        inside = box.inflate(-2 * theme.RADIUS, 0)
        return surf, used.inflate(8, 8).clip(inside)

    # -- the toast --------------------------------------------------------------------

    def _toast_item(self, area: pygame.Rect):
        """The feedback on the last answer, rising into place; None if there is none."""
        if self.toast is None:
            return None
        kind, gain, tween = self.toast
        key = self._toast_key
        if key is None:  # once a toast: the multiplier stays until the next answer
            times = self.model.multiplier
            self._toast_picture(kind, gain, times)
            key = self._toast_key = self._key(*self._toast_id(kind, gain, times))
        picture = self._pictures[key]
        box = pygame.Rect((0, 0), picture.size)
        rise = 0 if self.calm else round(16 * (1 - ease_out(min(1.0, tween.t * 4))))
        box.center = (area.centerx, area.centery + rise)
        return ("toast", (key, id(tween)), picture.extent(box.topleft),
                lambda s: picture.draw(s, box.topleft))

    @staticmethod
    def _toast_id(kind: str, gain: int, times: int) -> tuple:
        return ("toast", kind, gain, times if kind == "good" else 1)

    def _toast_text(self, kind: str, gain: int, times: int) -> tuple:
        _, fill, words = TOASTS[kind]
        if kind in ("good", "capped"):
            text = f"{signed(gain)}   {self.t(words)}"
            if kind == "good" and times > 1:
                text += f"   ×{times}"
        else:
            text = f"{self.t('minigame.daily_study.streak_lost')} · {self.t(words)}"
        return (text, "lead", theme.readable_on(fill), "bold")

    def _toast_picture(self, kind: str, gain: int, times: int) -> bool:
        key = self._toast_id(kind, gain, times)
        if self._key(*key) in self._pictures:
            return False
        icon, fill, _ = TOASTS[kind]
        text = self._toast_text(kind, gain, times)
        ink = text[2]
        label = self.fonts.render(*text)

        def paint(target, at: pygame.Rect) -> bool:
            panel(target, at, fill, 48)
            draw_icon(target, icon, pygame.Rect(at.x + 28, at.y + 18, 60, 60), ink)
            spot = label.get_rect(midleft=(at.x + 108, at.centery))
            layout.blit(target, label, spot)
            return not at.contains(spot)
        return self._make(key, (label.get_width() + 150, 96), paint)

    # -- the offer --------------------------------------------------------------------

    def _draw_offer(self, surface, card: pygame.Rect, burst: bool) -> int:
        """The offer card; its burst breathes, so it stays out of the still layer unless
        ``burst``. Returns the bottom of its words (its comment bubble)."""
        pal, params = self.palette, self.model.params
        inner = card.inflate(-100, 0)
        title = self.t("minigame.daily_study.offer_title")
        said = self.app.text(params["comment"])
        small = self.fonts.render(title, "small", pal.ink, "bold").get_height()

        def height(big: str, body: str) -> int:
            """The card hugs its content, which grows with the language and the comment."""
            tall = min(2, len(self.fonts.wrap(title, big, inner.width - 260, "bold")))
            lines = min(2, len(self.fonts.wrap(said, body, inner.width - 126, "semibold")))
            top = max(24 + small + 8 + tall * self.fonts.line_height(big, "bold") + 4 + small
                      + 14 + 56 + 14, 222)
            return top + 70 + lines * self.fonts.line_height(body) + 30

        # Larger text or a longer language: a size less rather than out of the card.
        big, body = next((sizes for sizes in (("lead", "body"), ("body", "small"))
                          if height(*sizes) <= card.height), ("body", "small"))
        card.height = min(card.height, height(big, body))
        lines = min(2, len(self.fonts.wrap(said, body, inner.width - 126, "semibold")))
        surface.blit(shadow(card.size), (card.x - PAD, card.y - PAD))
        panel(surface, card, pal.surface, 28, theme.ORANGE, 6)
        kicker = draw_text(surface, self.fonts,
                           self.t("minigame.daily_study.offer_kicker").upper(),
                           (inner.x, card.y + 24), "small", theme.LOSS_TEXT, "bold")
        y = draw_paragraph(surface, self.fonts, title,
                           pygame.Rect(inner.x, kicker.bottom + 8, inner.width - 260, 0),
                           big, pal.ink, "bold", max_lines=2)
        note = draw_text(surface, self.fonts, self.t("minigame.daily_study.offer_bonus",
                                                     n=params["bonus"]),
                         (inner.x, y + 4), "small", theme.GAIN_TEXT, "bold")
        self._burst_at = None if burst else (inner.right - 110, card.y + 108)
        if burst:
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
                             inner.width - 70, 70 + lines * self.fonts.line_height(body))
        panel(surface, bubble, (226, 240, 250), 22, theme.BLUE, 3)
        draw_icon(surface, "comment", pygame.Rect(inner.x, bubble.y + 8, 56, 56), theme.BLUE)
        head = draw_text(surface, self.fonts, self.t("minigame.daily_study.offer_as"),
                         (bubble.x + 28, bubble.y + 12), "small", theme.BLUE, "bold")
        draw_paragraph(surface, self.fonts, said,
                       pygame.Rect(bubble.x + 28, head.bottom + 4, bubble.width - 56, 0),
                       body, pal.ink, "semibold", max_lines=2)
        return bubble.bottom

    def _draw_burst(self, surface, centre: tuple[int, int], bonus: int) -> pygame.Rect:
        """The bonus as a sticker: a yellow starburst that breathes gently."""
        wobble = 0.0 if self.calm else 0.04 * math.sin(self.model.time * 4)
        points = [(centre[0] + (96 if i % 2 else 80) * (1 + wobble) * math.cos(i * math.pi / 12),
                   centre[1] + (96 if i % 2 else 80) * (1 + wobble) * math.sin(i * math.pi / 12))
                  for i in range(24)]
        pygame.draw.polygon(surface, theme.YELLOW, points)
        drawn = pygame.draw.polygon(surface, self.palette.ink, points, 3)
        number = self.fonts.render(f"+{bonus}", "title", self.palette.ink, "display")
        return drawn.union(layout.blit(surface, number, number.get_rect(center=centre)))
