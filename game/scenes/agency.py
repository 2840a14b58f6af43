"""The closing move before the debrief: the player changes one rule of the app and sees,
in a sentence and a number each, what it would have done to their week and their place
among friends. One choice; passing is a choice too, and both are logged.
"""
from __future__ import annotations

import pygame

from ..core import afterword
from ..i18n import number, signed
from ..ui import theme
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, paragraph_height
from .afterword import LEFT, NAV, WIDTH, AfterScene, go_on

RULE_W, RULE_H, RULE_GAP = 860, 140, 40


class AgencyScene(AfterScene):
    def __init__(self, app):
        super().__init__(app)
        self.rule: str | None = None
        self.result = None
        self.decided = False

    def screen_id(self) -> str:
        return "agency-result" if self.decided else "agency"

    def default_focus(self) -> int:
        keys = [b.key for b in self.buttons]
        return keys.index("continue") if self.decided and "continue" in keys else 0

    def rules_top(self) -> int:
        """Below the title and the lead, however they wrap."""
        app, fonts, agency = self.app, self.app.fonts, self.app.config.scenario.agency
        title = paragraph_height(fonts, app.text(agency.title), 1200, "title", "bold")
        lead = paragraph_height(fonts, app.text(agency.text), WIDTH, "body")
        return max(40 + title, 130) + lead + 40

    def layout(self) -> list[Button]:
        app, rules = self.app, self.app.config.scenario.agency.rules
        buttons, top = [], self.rules_top()
        brief = app.walk_up  # a walk-up visit reads the rules' names only
        for i, rule in enumerate(rules):
            x = LEFT + (i % 2) * (RULE_W + RULE_GAP)
            y = top + (i // 2) * (RULE_H + 24)
            style = "primary" if rule.id == self.rule else "secondary"
            buttons.append(Button(app.text(rule.label), pygame.Rect(x, y, RULE_W, RULE_H),
                                  lambda r=rule.id: self.choose(r), style,
                                  hint="" if self.decided or brief else app.text(rule.text),
                                  enabled=not self.decided or rule.id == self.rule,
                                  key=f"rule-{rule.id}"))
        if self.decided:
            buttons.append(Button(app.t("after.continue"), NAV, lambda: go_on(app),
                                  key="continue"))
        else:
            skip = Button(app.t("after.agency.skip"), pygame.Rect(NAV.x, NAV.y, NAV.w, NAV.h),
                          lambda: self.choose(None), "quiet", key="skip")
            buttons.append(skip)
        return buttons

    def choose(self, rule_id: str | None) -> None:
        if self.decided:
            return
        self.rule, self.decided = rule_id, True
        self.result = afterword.reshape(self.app.session, rule_id)
        self.app.play("whoosh")
        if self.app.walk_up:
            go_on(self.app)  # a walk-up visit reads what the rule did on the debrief's first page
            return
        self.relayout()

    def pick(self, index: int) -> None:
        rules = self.app.config.scenario.agency.rules
        if not self.decided and 0 <= index < len(rules):
            self.choose(rules[index].id)

    def paint(self, surface: pygame.Surface) -> None:
        app, pal, fonts = self.app, self.palette, self.app.fonts
        agency = app.config.scenario.agency
        surface.fill(pal.bg_bottom)
        self.heading(surface, app.text(agency.title), app.text(agency.text))
        top = max(b.rect.bottom for b in self.buttons if b.key.startswith("rule-")) + 30
        self.draw_buttons(surface)
        if not self.decided:
            if not app.walk_up:  # on a walk-up visit the buttons say enough
                draw_paragraph(surface, fonts, app.t("after.agency.pick"),
                               pygame.Rect(LEFT, top, WIDTH, 80), "body", pal.ink_soft)
            return
        box = pygame.Rect(LEFT, top, WIDTH, NAV.y - 30 - top)
        panel(surface, box, pal.surface)
        inner = box.inflate(-64, -40)
        if self.result is None:
            self.bottom = draw_paragraph(surface, fonts, app.t("after.agency.skipped"), inner,
                                         "lead", pal.ink)
            return
        self.bottom = self._numbers(surface, inner)

    def _numbers(self, surface: pygame.Surface, inner: pygame.Rect) -> int:
        """Two columns: the week's score then and under the rule, and the place among friends."""
        app, pal = self.app, self.palette
        sc, r, lang = app.config.scenario, self.result, app.settings.lang
        half = inner.width // 2
        delta = r.after.score - r.before.score
        arrow, color = theme.trend(delta, pal.ink_soft, bright=True)
        week = (f"{number(r.before.score, lang)} → {number(r.after.score, lang)}  "
                f"{arrow} {signed(delta)}")
        if delta:
            note = app.text(sc.tier(r.after.tier).name)
        elif r.dropped:  # the rule did drop changes; later points (or a full area) made up
            note = app.t("after.agency.absorbed", n=r.dropped, points=signed(r.dropped_points))
        else:
            note = app.t("after.agency.same")
        bottom = self._column(surface, app.t("after.agency.week"), week, note, color,
                              pygame.Rect(inner.x, inner.y, half - 40, inner.height))
        if r.of is not None:
            moved = r.rank_before - r.rank_after  # a smaller rank is a better place
            arrow, color = theme.trend(moved, pal.ink_soft, bright=True)
            ranks = (f"{app.t('after.agency.rank', rank=r.rank_before, of=r.of)} → "
                     f"{app.t('after.agency.rank', rank=r.rank_after, of=r.of)}"
                     + (f"  {arrow}" if moved else ""))
            bottom = max(bottom, self._column(
                surface, app.t("after.agency.circle"), ranks, "", color,
                pygame.Rect(inner.x + half, inner.y, half, inner.height)))
        return bottom

    def _column(self, surface, label: str, value: str, note: str, color,
                rect: pygame.Rect) -> int:
        pal, fonts = self.palette, self.app.fonts
        drawn = draw_text(surface, fonts, label, rect.topleft, "body", pal.ink_soft)
        y = draw_paragraph(surface, fonts, value, pygame.Rect(rect.x, drawn.bottom + 8,
                           rect.width, 200), "title", color, "bold")
        if note:
            y = draw_paragraph(surface, fonts, note, pygame.Rect(rect.x, y + 4, rect.width, 100),
                               "body", pal.ink)
        return y
