"""The attract loop: the title's phone shows, one after another, what the app promises.

Three calm scenes, each beside the promise it illustrates: a score that keeps climbing,
a tier that unlocks perks, and a friends' list the visitor climbs to the top of. Every
name and number comes from the level file (the circle, the tiers, the score range). Each
scene is a pure function of the time since it began: the loop has no state to go wrong,
and it stands still between its moments, so a waiting kiosk draws almost nothing.
"""
from __future__ import annotations

import pygame

from ..i18n import number, signed
from ..ui import layout, theme
from ..ui.anim import ease_out
from ..ui.pictures import PICTURES
from ..ui.widgets import draw_text, panel
from .hud import BAND_COLORS

SCENE = 6.0  # seconds each scene stays
ENTER = 0.5  # seconds a scene takes to rise in
ROLLS = ((0.0, 0.45), (1.6, 0.53), (3.2, 0.585), (4.8, 0.653))  # (at, fraction of the range)
ROLL = 0.5  # seconds a score takes to roll
SWAPS = (1.6, 3.4)  # when "you" passes the second friend, then the first
SWAP = 0.6
ROW_H, ROW_GAP = 92, 18


class Preview:
    """The phone's content on the title screen; ``paint`` draws it into ``rect``."""

    def __init__(self, app, rect: pygame.Rect, palette):
        self.app, self.rect, self.palette = app, rect, palette
        sc = app.config.scenario
        self.scenes = ["score"]
        if any(tier.perks for tier in sc.tiers):
            self.scenes.append("perks")
        self.friends = self._friends()
        if self.friends:
            self.scenes.append("friends")
        span = sc.score_max - sc.score_min
        self.rolls = [(at, round(sc.score_min + f * span)) for at, f in ROLLS]
        self.time = 0.0

    def _friends(self) -> list:
        """The two best-scored friends already on the app, best first (none: no scene)."""
        circle = self.app.config.scenario.circle
        if circle is None:
            return []
        members = sorted((c for c in circle.contacts if c.member), key=lambda c: -c.score)
        return members[:2] if len(members) >= 2 else []

    # -- time -------------------------------------------------------------------------------

    @property
    def scene(self) -> str:
        return self.scenes[int(self.time / SCENE) % len(self.scenes)]

    @property
    def promise(self) -> int:
        """Which of the title's three promises the scene shows (0 score, 1 perks, 2 friends)."""
        return ("score", "perks", "friends").index(self.scene)

    @property
    def local(self) -> float:
        return self.time % SCENE

    def update(self, dt: float) -> None:
        self.time += dt

    def animating(self) -> bool:
        t = self.local
        moments = {"score": [(at, ROLL) for at, _ in self.rolls[1:]], "perks": [],
                   "friends": [(at, SWAP) for at in SWAPS]}[self.scene]
        return t < ENTER + 0.05 or any(at <= t < at + length + 0.05 for at, length in moments)

    # -- painting ---------------------------------------------------------------------------

    def paint(self, surface: pygame.Surface, at_rest: bool = False) -> None:
        """The current scene; ``at_rest`` (or less motion): as it ends, with nothing in flight
        (under a pop-up, a scene caught rising would look half-drawn)."""
        t, motion = self.local, not (self.app.settings.reduce_motion or at_rest)
        rise = ease_out(min(1.0, t / ENTER)) if motion else 1.0
        top = self.rect.y + round((1 - rise) * 40)
        getattr(self, f"_paint_{self.scene}")(surface, top, t if motion else SCENE)
        if rise < 1:  # the scene rises out of the phone's white
            veil = PICTURES.get(("attract-veil", tuple(self.rect.size)), self._veil)
            veil.set_alpha(round(255 * (1 - rise)))
            surface.blit(veil, self.rect.inflate(-56, -56))

    def _veil(self) -> pygame.Surface:
        veil = pygame.Surface(self.rect.inflate(-56, -56).size)
        veil.fill(self.palette.surface)
        return veil

    def _label(self, surface, key: str, top: int) -> None:
        draw_text(surface, self.app.fonts, self.app.t(key), (self.rect.centerx, top + 50), "lead",
                  self.palette.ink_soft, "semibold", anchor="midtop")

    def _score_at(self, t: float) -> tuple[int, int]:
        """The teaser score at ``t`` and the gain of its last roll."""
        value, gain = self.rolls[0][1], 0
        for (at, target), (_, before) in zip(self.rolls[1:], self.rolls):
            if t >= at:
                step = ease_out(min(1.0, (t - at) / ROLL))
                value, gain = round(before + (target - before) * step), target - before
        return value, gain

    def _paint_score(self, surface, top: int, t: float) -> None:
        app, fonts, pal = self.app, self.app.fonts, self.palette
        self._label(surface, "hud.your_score", top)
        value, gain = self._score_at(t)
        rolling = any(at <= t < at + ROLL for at, _ in self.rolls[1:])
        figure = fonts.render(number(value, app.settings.lang), "score", pal.ink, "display",
                              cache=not rolling)
        layout.blit(surface, figure, figure.get_rect(midtop=(self.rect.centerx, top + 110)))
        if gain:
            arrow, color = theme.trend(gain, pal.ink_soft)
            draw_text(surface, fonts, f"{arrow} {signed(gain)}", (self.rect.centerx, top + 300),
                      "title", color, "bold", anchor="midtop")
        self._pill(surface, app.t("title.badge"), top + 440, theme.ORANGE)

    def _size(self, texts: list[str], sizes: tuple[str, ...], width: int, weight: str) -> str:
        """The largest of ``sizes`` in which every text fits ``width`` (else the smallest)."""
        font = self.app.fonts.font
        return next((size for size in sizes if all(font(size, weight).size(text)[0] <= width
                                                   for text in texts)), sizes[-1])

    def _pill(self, surface, text: str, y: int, color) -> pygame.Rect:
        fonts, width = self.app.fonts, self.rect.width - 120
        size = self._size([text], ("body", "small"), width, "bold")
        label = fonts.render(fonts.fit(text, size, width, "bold"), size,
                             theme.readable_on(color), "bold")
        pill = label.get_rect(midtop=(self.rect.centerx, y)).inflate(60, 30)
        panel(surface, pill, color, pill.height // 2)
        layout.blit(surface, label, label.get_rect(center=pill.center))
        return pill

    def _paint_perks(self, surface, top: int, t: float) -> None:
        app, fonts, pal = self.app, self.app.fonts, self.palette
        sc = app.config.scenario
        tier = max((tier for tier in sc.tiers if tier.perks), key=lambda tier: tier.min)
        self._label(surface, "title.your_tier", top)
        band = BAND_COLORS[sc.tiers.index(tier) % len(BAND_COLORS)]
        pill = pygame.Rect(0, top + 120, self.rect.width - 140, 96)
        pill.centerx = self.rect.centerx
        panel(surface, pill, band, 48)
        name = app.text(tier.name)  # a size less for a long name, before cutting it
        size = self._size([name], ("title", "lead", "body"), pill.width - 40, "bold")
        draw_text(surface, fonts, fonts.fit(name, size, pill.width - 40, "bold"), pill.center,
                  size, theme.readable_on(band), "bold", anchor="center")
        draw_text(surface, fonts, app.t("title.unlocked"), (self.rect.x + 70, top + 260), "body",
                  pal.ink_soft, "semibold")
        lines = [f"✓  {app.text(sc.perks[perk].name)}" for perk in tier.perks[:3]]
        width = self.rect.width - 140
        size = self._size(lines, ("lead", "body", "small"), width, "semibold")
        for i, line in enumerate(lines):
            draw_text(surface, fonts, fonts.fit(line, size, width, "semibold"),
                      (self.rect.x + 70, top + 314 + i * 60), size, theme.GAIN_TEXT, "semibold")

    def _paint_friends(self, surface, top: int, t: float) -> None:
        app, fonts, pal = self.app, self.app.fonts, self.palette
        lang = app.settings.lang
        self._label(surface, "title.your_friends", top)
        first, second = self.friends
        scores = [second.score - 24, second.score + 9, first.score + 17]  # "you", climbing
        passed = [min(1.0, max(0.0, (t - at) / SWAP)) for at in SWAPS]
        mine = scores[0]
        for step, (low, high) in zip(passed, zip(scores, scores[1:])):
            if step > 0:
                mine = round(low + (high - low) * ease_out(step))
        # Slots 0-2 from the top; "you" rises a slot at each pass, the passed friend drops.
        one, two = ease_out(passed[0]), ease_out(passed[1])
        rows = [(app.text(first.name), first.score, two, False),
                (app.text(second.name), second.score, 1 + one, False),
                (app.t("title.you"), mine, 2 - one - two, True)]  # drawn last, on top
        for name, score, slot, you in rows:
            row = pygame.Rect(self.rect.x + 40, top + 130 + round(slot * (ROW_H + ROW_GAP)),
                              self.rect.width - 80, ROW_H)
            fill = pal.accent if you else pal.surface_alt
            ink = pal.accent_ink if you else pal.ink
            panel(surface, row, fill, 24)
            rank = f"{round(slot) + 1}."
            draw_text(surface, fonts, rank, (row.x + 28, row.centery), "lead", ink, "bold",
                      anchor="midleft")
            draw_text(surface, fonts, fonts.fit(name, "lead", row.width - 260, "semibold"),
                      (row.x + 90, row.centery), "lead", ink, "semibold", anchor="midleft")
            figure = fonts.render(number(score, lang), "lead", ink, "bold", cache=not you)
            layout.blit(surface, figure, figure.get_rect(midright=(row.right - 28, row.centery)))
        if passed[1] >= 1:
            words = app.t("title.overtook", name=app.text(first.name))
            draw_text(surface, fonts, fonts.fit(f"▲ {words}", "body", self.rect.width - 80, "bold"),
                      (self.rect.centerx, top + 480), "body", theme.GAIN_TEXT, "bold",
                      anchor="midtop")
