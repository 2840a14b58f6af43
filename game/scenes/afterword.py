"""After the last day, between the app's last cheerful word and the debrief: the same
record read by other scorers, then the same record years later under a new owner.

These screens already wear the debrief's sober look: the app has stepped aside. Each
logs its moment as it opens (``core.afterword``); Continue opens the next one, and the
debrief after the last.
"""
from __future__ import annotations

import pygame

from ..core import afterword, debrief, record
from ..i18n import number, signed
from ..ui import theme
from ..ui.facts import draw_fact
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, paragraph_height
from .base import Scene

LEFT, WIDTH = 80, 1760
NAV = pygame.Rect(1920 - 80 - 420, 940, 420, 100)
CARD_BOTTOM, GAP = 910, 40
CHIP, CHIP_GAP = 22, 8
KIOSK_TOP = 2  # choices named per scorer on a walk-up visit
KIOSK_FLIPS = 1  # and turned choices in the epilogue (the rest are summed up)
CATEGORY_COLORS = (theme.SKY, theme.ORANGE, theme.GAIN, theme.YELLOW, theme.BLUE, theme.LOSS,
                   theme.PINK)


def go_on(app) -> None:
    """Open the next moment after the last day, or the debrief when none is left."""
    from .agency import AgencyScene
    from .debrief import DebriefScene
    session = app.session
    moment = next(iter(afterword.pending(session)), None)
    scenes = {"scorers": ScorersScene, "epilogue": EpilogueScene, "agency": AgencyScene}
    if moment is not None:
        app.replace(scenes[moment](app))
        return
    app.end_session()  # the report now holds these moments too
    app.play("debrief")
    app.replace(DebriefScene(app, debrief.build(app.config.scenario, session.log)))


class AfterScene(Scene):
    palette = theme.DEBRIEF

    def layout(self) -> list[Button]:
        return [Button(self.app.t("after.continue"), NAV, lambda: go_on(self.app), key="continue")]

    def heading(self, surface: pygame.Surface, title: str, lead: str) -> int:
        """Title and lead, wrapped short of the top-right buttons; returns the y below."""
        pal, fonts = self.palette, self.app.fonts
        room = min(b.rect.x for b in self.buttons if b.rect.y < 130) - 40 - LEFT
        y = draw_paragraph(surface, fonts, title, pygame.Rect(LEFT, 40, room, 120), "title",
                           pal.ink, "bold")
        if not lead:
            return y
        return draw_paragraph(surface, fonts, lead, pygame.Rect(LEFT, max(y, 130), WIDTH,
                              120), "body", pal.ink_soft)

    def fact_height(self, fact_id: str, width: int, size: str = "small") -> int:
        return self.fact(None, fact_id, pygame.Rect(0, 0, width, 0), size)

    def fact(self, surface: pygame.Surface | None, fact_id: str, rect: pygame.Rect,
             size: str = "small") -> int:
        """A fact with its honesty tag and its source, as the debrief shows facts."""
        fact = self.app.config.scenario.facts[fact_id]
        return draw_fact(self.app, self.palette, surface, fact, rect, size)


class ScorersScene(AfterScene):
    """One screen: the record as a strip of choices, flowing into three other meters."""

    def __init__(self, app):
        super().__init__(app)
        self.record = record.choices(app.config.scenario, app.session.log)
        self.verdicts = afterword.meet_scorers(app.session)

    def screen_id(self) -> str:
        return "scorers"

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        surface.fill(pal.bg_bottom)
        y = self.heading(surface, app.t("after.scorers.title"), "")
        strip_y = max(y + 10, 150)
        below = max(self._strip(surface, strip_y), strip_y + CHIP) + 6
        count = len(self.verdicts)
        width = (WIDTH - GAP * (count - 1)) // max(1, count)
        self.room = CARD_BOTTOM  # the least room left at the foot of a card, for the tests
        top = below + 52
        rects = [pygame.Rect(LEFT + i * (width + GAP), top, width, CARD_BOTTOM - top)
                 for i in range(count)]
        # The cards give things up together, so that they still read alike side by side.
        look = max((self._squeeze(v, r.inflate(-48, -40)) for v, r in zip(self.verdicts, rects)),
                   default=0)
        for v, rect in zip(self.verdicts, rects):
            self._arrow(surface, below, rect)
            self._card(surface, rect, v, look)
        # The point of the screen, said once at its foot, beside the way on.
        draw_paragraph(surface, fonts, app.t("after.scorers.lead"), pygame.Rect(
            LEFT, NAV.y + 4, NAV.x - 40 - LEFT, NAV.h), "body", pal.ink, "semibold", max_lines=2)
        self.draw_buttons(surface)

    def _strip(self, surface: pygame.Surface, y: int) -> int:
        """Every choice of the record as one square, coloured by the area of life; returns
        the y below its label."""
        app, pal, fonts = self.app, self.palette, self.app.fonts
        label = draw_text(surface, fonts, app.t("after.scorers.record", n=len(self.record)),
                          (LEFT, y - 6), "body", pal.ink, "semibold")
        order = list(app.config.scenario.categories)
        x = label.right + 24
        step = min(CHIP + CHIP_GAP, (LEFT + WIDTH - x) // max(1, len(self.record)))
        for choice in self.record:
            color = CATEGORY_COLORS[order.index(choice.category) % len(CATEGORY_COLORS)]
            pygame.draw.rect(surface, color, (x, y, max(4, step - CHIP_GAP // 2), CHIP),
                             border_radius=5)
            x += step
        return label.bottom

    def _arrow(self, surface: pygame.Surface, y: int, card: pygame.Rect) -> None:
        pal = self.palette
        x, bottom = card.centerx, card.top - 10
        pygame.draw.line(surface, pal.line, (LEFT + WIDTH // 2, y), (x, bottom - 14), 5)
        pygame.draw.polygon(surface, pal.line, [(x - 14, bottom - 18), (x + 14, bottom - 18),
                                                (x, bottom)])

    def _card(self, surface: pygame.Surface, rect: pygame.Rect, v: record.Verdict,
              look: int) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        panel(surface, rect, pal.surface)
        inner = rect.inflate(-48, -40)
        s = v.scorer
        label, fact_size, like = self._looks()[look]
        y = draw_paragraph(surface, fonts, app.text(s.name), inner, "lead", pal.ink, "bold")
        if like and not app.walk_up:
            y = draw_paragraph(surface, fonts, app.text(s.like), pygame.Rect(
                inner.x, y, inner.width, 90), "small", pal.ink_soft)
        y = self._meter(surface, pygame.Rect(inner.x, y + 12, inner.width, 12), v)
        score = _shown(s, v.score, app.settings.lang)
        drawn = draw_text(surface, fonts, score, (inner.x, y), "title", pal.ink, "bold")
        draw_text(surface, fonts, app.text(v.band.label), (drawn.right + 20, drawn.bottom - 8),
                  "lead", pal.accent, "semibold", anchor="bottomleft")
        y = draw_paragraph(surface, fonts, app.text(v.band.verdict), pygame.Rect(
            inner.x, drawn.bottom, inner.width, 120), "body", pal.ink, "semibold")
        # The fact sits at the card's foot; the choices that moved it take the room between.
        fact_top = inner.bottom - self.fact_height(s.fact, inner.width, fact_size)
        step = fonts.line_height("small")
        if label and not app.walk_up:  # there the arrows say it
            draw_text(surface, fonts, app.t("after.scorers.moved"), (inner.x, y + 10), "small",
                      pal.ink_soft)
            y += step
        y += 10
        room = max(1, (fact_top - 12 - y) // step)
        if not v.top:
            draw_text(surface, fonts, app.t("after.scorers.nothing"), (inner.x, y), "small",
                      pal.ink)
            y += step
        shown = room if not app.walk_up else min(room, KIOSK_TOP)
        for choice, worth in v.top[:shown]:
            arrow, color = theme.trend(round(worth), pal.ink_soft, bright=True)
            line = fonts.fit(f"{arrow} {app.text(choice.option.label)}", "small", inner.width)
            draw_text(surface, fonts, line, (inner.x, y), "small", color, "semibold")
            y += step
        top = max(y + 12, fact_top)
        bottom = top + self.fact(surface, s.fact, pygame.Rect(inner.x, top, inner.width, 0),
                                 fact_size)
        self.room = min(self.room, inner.bottom - bottom)

    def _looks(self) -> tuple[tuple[bool, object, bool], ...]:
        """A card's looks, fullest first: (the "moved most by" label, the fact's text size,
        the "like" line). The fact never goes below 28 px, whatever the text size."""
        plain = round(theme.SIZES["small"] / self.app.fonts.scale)
        return ((True, "small", True), (False, "small", True), (False, plain, True),
                (False, plain, False))

    def _squeeze(self, v: record.Verdict, inner: pygame.Rect) -> int:
        """The fullest look this card has room for; large text in a long language gives up
        the label, then the fact's size, then the "like" line. The fact is never cut."""
        app, fonts, s = self.app, self.app.fonts, v.scorer
        width = inner.width
        fixed = (paragraph_height(fonts, app.text(s.name), width, "lead", "bold") + 32
                 + fonts.line_height("title", "bold")
                 + paragraph_height(fonts, app.text(v.band.verdict), width, "body", "semibold")
                 + 10 + fonts.line_height("small") + 12)  # one choice, and the gaps
        like = paragraph_height(fonts, app.text(s.like), width, "small")
        label = fonts.line_height("small")
        looks = self._looks()
        for i, (keep_label, size, keep_like) in enumerate(looks):
            need = (fixed + self.fact_height(s.fact, width, size) + like * keep_like
                    + label * keep_label)
            if need <= inner.height:
                return i
        return len(looks) - 1

    def _meter(self, surface: pygame.Surface, bar: pygame.Rect, v: record.Verdict) -> int:
        """The scorer's range as a bar, its bands marked, the player's place as a dot."""
        pal, s = self.palette, v.scorer
        pygame.draw.rect(surface, pal.surface_alt, bar, border_radius=6)
        span = s.max - s.min
        for band in s.bands[1:]:
            x = bar.x + bar.width * (band.min - s.min) // span
            pygame.draw.line(surface, pal.line, (x, bar.y - 6), (x, bar.bottom + 6), 3)
        x = bar.x + bar.width * (v.score - s.min) // span
        pygame.draw.rect(surface, pal.accent, (bar.x, bar.y, x - bar.x, bar.height),
                         border_radius=6)
        pygame.draw.circle(surface, pal.ink, (x, bar.centery), 14)
        pygame.draw.circle(surface, pal.accent, (x, bar.centery), 9)
        return bar.bottom + 8


def _shown(scorer, score: int, lang: str) -> str:
    value = scorer.shown(score)
    if isinstance(value, float):
        text = f"{value:.{scorer.decimals}f}"
        return text.replace(".", ",") if lang == "de" else text
    return number(value, lang)


class EpilogueScene(AfterScene):
    """Years later: the whole record re-scored, then and now, and the choices that turned."""

    SHOWN = 4  # flipped choices listed; the rest are counted

    def __init__(self, app):
        super().__init__(app)
        self.result = afterword.meet_epilogue(app.session)

    def screen_id(self) -> str:
        return "epilogue"

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        sc, r, lang = app.config.scenario, self.result, app.settings.lang
        surface.fill(pal.bg_bottom)
        y = self.heading(surface, app.text(sc.epilogue.title), app.text(sc.epilogue.text))
        y = self._then_now(surface, y + 30)
        draw_text(surface, fonts, app.t("after.epilogue.flipped"), (LEFT, y + 24), "lead",
                  pal.ink, "bold")
        y += 24 + fonts.line_height("lead", "bold") + 8
        if not r.flipped:
            y = draw_paragraph(surface, fonts, app.t("after.epilogue.none"),
                               pygame.Rect(LEFT, y, WIDTH, 100), "body", pal.ink_soft)
        flips = sorted(r.flipped, key=lambda f: -abs(f.after - f.before))
        limit = self.SHOWN if not app.walk_up else KIOSK_FLIPS
        fact_w = NAV.x - 40 - LEFT
        # As many turned choices as fit above the fact and the line that sums up the rest.
        floor = 1080 - 20 - self.fact_height(sc.epilogue.fact, fact_w) - 20 \
            - fonts.line_height("body") - 10
        shown = 0
        for flip in flips[:limit]:
            if y + self._flip_height(flip) > floor:
                break
            y = self._flip(surface, flip, y, lang)
            shown += 1
        # So that the list adds up to the total: what the rest of the record moved.
        rest = (r.after.score - r.before.score) - sum(f.after - f.before for f in flips[:shown])
        if len(flips) > shown or rest:
            more = app.t("after.epilogue.rest", n=signed(rest))
            if len(flips) > shown:
                more = f"{app.t('after.epilogue.more', n=len(flips) - shown)} · {more}"
            y = draw_paragraph(surface, fonts, more, pygame.Rect(LEFT, y, WIDTH, 60), "body",
                               pal.ink_soft)
        top = max(y + 20, 720)
        self.bottom = top + self.fact(surface, sc.epilogue.fact,
                                      pygame.Rect(LEFT, top, fact_w, 0))
        self.draw_buttons(surface)

    def _then_now(self, surface: pygame.Surface, y: int) -> int:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        sc, r, lang = app.config.scenario, self.result, app.settings.lang
        x = LEFT
        for key, replay, color in (("after.epilogue.then", r.before, pal.ink_soft),
                                   ("after.epilogue.now", r.after, pal.ink)):
            label = draw_text(surface, fonts, app.t(key), (x, y + 20), "lead", pal.ink_soft)
            score = draw_text(surface, fonts, number(replay.score, lang), (label.right + 20, y),
                              "headline", color, "bold")
            tier = draw_text(surface, fonts, app.text(sc.tier(replay.tier).name),
                             (score.right + 20, y + 20), "lead", pal.accent, "semibold")
            x = tier.right + 90
            if key == "after.epilogue.then":
                delta = r.after.score - r.before.score
                arrow, c = theme.trend(delta, pal.ink_soft, bright=True)
                mark = draw_text(surface, fonts, f"→ {arrow} {signed(delta)}", (x - 40, y + 20),
                                 "lead", c, "bold")
                x = mark.right + 60
        return y + fonts.line_height("headline", "bold")

    def _flip_height(self, flip: record.Flip) -> int:
        fonts = self.app.fonts
        return (fonts.line_height("body", "semibold") + 10
                + paragraph_height(fonts, self.app.text(flip.rule.text), WIDTH - 40, "body"))

    def _flip(self, surface: pygame.Surface, flip: record.Flip, y: int, lang: str) -> int:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        arrow, color = theme.trend(flip.after, pal.ink_soft, bright=True)
        was = app.t("after.epilogue.was", before=signed(flip.before), after=signed(flip.after))
        head = f"{arrow} {app.text(flip.choice.option.label)} · {was}"
        draw_text(surface, fonts, fonts.fit(head, "body", WIDTH), (LEFT, y), "body", color,
                  "semibold")
        y += fonts.line_height("body", "semibold")
        return draw_paragraph(surface, fonts, app.text(flip.rule.text),
                              pygame.Rect(LEFT + 40, y, WIDTH - 40, 100), "body", pal.ink) + 10
