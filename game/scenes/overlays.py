"""Modal moments over the play screen: a tier change, a refusal, leaving, "still there?".

Each dims what is below, states one thing in a sentence or two, and offers one or
two large buttons; Esc or Backspace takes the safe way out.
"""
from __future__ import annotations


import pygame

from ..i18n import number
from ..ui import layout
from ..ui import theme
from ..ui.anim import Confetti, Tween, ease_out_back
from ..ui.facts import draw_fact
from ..ui.pictures import PICTURES
from ..ui.widgets import Button, draw_paragraph, panel, paragraph_height
from .base import Scene

BOX = pygame.Rect(0, 0, 1160, 660)


def _dim() -> pygame.Surface:
    """One translucent veil for every modal, made once."""
    def make() -> pygame.Surface:
        dim = pygame.Surface(theme.CANVAS, pygame.SRCALPHA)
        dim.fill((16, 20, 40, 150))
        return dim
    return PICTURES.get("modal-veil", make)

BOX.center = (theme.CANVAS[0] // 2, theme.CANVAS[1] // 2 + 40)


class Modal(Scene):
    accent = theme.BLUE
    box = BOX  # a modal with more to say may take a taller one

    def __init__(self, app):
        super().__init__(app)
        self.backdrop = pygame.Surface(theme.CANVAS)
        self.pop_in = Tween(0.35)

    def relayout(self) -> None:
        super().relayout()
        self._snapshot()

    def _snapshot(self) -> None:
        """Paint the screen below once, dimmed; each frame is then one opaque blit."""
        below = self.app.scenes[:-1] if self.app.scenes and self.app.scenes[-1] is self else self.app.scenes
        if below:
            below[-1].draw(self.backdrop)
        self.backdrop.blit(_dim(), (0, 0))

    def chrome(self) -> list[Button]:
        return []  # a modal is answered first; the switches come back with the screen below

    def actions(self) -> list[tuple[str, callable, str]]:
        return [(self.app.t("modal.ok"), self.app.pop, "primary")]

    def layout(self) -> list[Button]:
        actions = self.actions()
        width = (self.box.width - 2 * 60 - (len(actions) - 1) * 24) // len(actions)
        buttons = []
        for i, (label, fn, style) in enumerate(actions):
            rect = pygame.Rect(self.box.x + 60 + i * (width + 24), self.box.bottom - 60 - 110, width, 110)
            buttons.append(Button(label, rect, fn, style, key=f"modal-{i}"))
        return buttons

    def update(self, dt: float) -> None:
        super().update(dt)
        self.pop_in.update(dt if not self.app.settings.reduce_motion else 10.0)

    def animating(self) -> bool:
        return not self.pop_in.done or super().animating()

    def back(self) -> None:
        self.buttons[0].on_press()

    def heading(self) -> str:
        raise NotImplementedError

    def body(self) -> str:
        return ""

    def paint(self, surface: pygame.Surface) -> None:
        _app, pal, fonts = self.app, self.palette, self.app.fonts
        surface.blit(self.backdrop, (0, 0))
        layout.cover(surface, surface.get_rect(), box=False)  # the dimmed screen is not read
        grow = ease_out_back(self.pop_in.t)
        box = self.box.inflate(-(1 - grow) * 200, -(1 - grow) * 120) if grow < 1 else self.box
        self.draw_behind(surface)
        panel(surface, box, pal.surface)
        pygame.draw.rect(surface, self.accent, (box.x, box.y, box.width, 18),
                         border_top_left_radius=28, border_top_right_radius=28)
        if grow < 0.95:
            return
        y = draw_paragraph(surface, fonts, self.heading(), pygame.Rect(self.box.x + 60, self.box.y + 60,
                           self.box.width - 120, 200), "headline", pal.ink, "display")
        self.draw_body(surface, y + 20)
        self.draw_buttons(surface)

    def draw_behind(self, surface: pygame.Surface) -> None:
        """Anything between the dimmed screen and the panel (confetti)."""

    def body_floor(self) -> int:
        """Where the body must end: above the buttons."""
        return self.box.bottom - 60 - 110 - 24

    def draw_body(self, surface: pygame.Surface, y: int) -> None:
        """The body, a size less where larger text would run into what is below it."""
        fonts, width = self.app.fonts, self.box.width - 120
        size = next((sz for sz in ("lead", "body", "small") if y + paragraph_height(
            fonts, self.body(), width, sz) <= self.body_floor()), "small")
        draw_paragraph(surface, fonts, self.body(), pygame.Rect(self.box.x + 60, y, width, 300),
                       size, self.palette.ink, max_lines=5)


class TierScene(Modal):
    """Level up with a fanfare, or down with the perks it takes away."""

    def __init__(self, app, old, new, up: bool):
        super().__init__(app)
        self.old, self.new, self.up = old, new, up
        self.accent = theme.GAIN if up else theme.LOSS
        self.confetti = Confetti(seed=len(new.id))

    def enter(self) -> None:
        super().enter()
        if self.up and not self.app.settings.reduce_motion:
            self.confetti.burst((self.box.centerx, self.box.y + 80), 140, 1100)

    def update(self, dt: float) -> None:
        super().update(dt)
        self.confetti.update(dt)

    def draw_behind(self, surface: pygame.Surface) -> None:
        self.confetti.draw(surface)

    def animating(self) -> bool:
        return bool(self.confetti.bits) or super().animating()

    def screen_id(self) -> str:
        return "tier-up" if self.up else "tier-down"

    def heading(self) -> str:
        return self.app.t("tier.up" if self.up else "tier.down")

    def body(self) -> str:
        sc, t = self.app.config.scenario, self.app.text
        gained = [self.app.t("tier.perk", name=t(sc.perks[p].name), text=t(sc.perks[p].text))
                  for p in self.new.perks if p not in self.old.perks]
        lost = [t(sc.perks[p].name) for p in self.old.perks if p not in self.new.perks]
        banned = [t(sc.bans[b].name) for b in self.new.bans if b not in self.old.bans]
        lines = [self.app.t("tier.now", tier=t(self.new.name))]
        if gained:
            lines.append(self.app.t("tier.unlocked", perks="; ".join(gained)))
        if lost:
            lines.append(self.app.t("tier.lost", perks=", ".join(lost)))
        if banned:
            lines.append(self.app.t("tier.banned", bans=", ".join(banned)))
        if len(lines) == 1:
            lines.append(self.app.t("tier.keep_going" if self.up else "tier.careful"))
        return "\n".join(lines)

    def actions(self):
        return [(self.app.t("tier.great") if self.up else self.app.t("modal.ok"), self.app.pop,
                 "primary")]


class RefusedScene(Modal):
    """A ban bites: the thing the player wanted is refused, for a year."""

    accent = theme.LOSS

    def __init__(self, app, ban):
        super().__init__(app)
        self.ban = ban
        if ban.fact is not None:  # room for how far such a ban is real, with its source
            fonts, width = app.fonts, BOX.width - 120
            fact = app.config.scenario.facts[ban.fact]
            need = (paragraph_height(fonts, self.heading(), width, "headline", "display")
                    + paragraph_height(fonts, self.body(), width, "body") + 16
                    + draw_fact(app, self.palette, None, fact, pygame.Rect(0, 0, width, 0)))
            room = BOX.height - 60 - 20 - 60 - 110 - 24  # heading top, gap, button, margin
            self.box = BOX.inflate(0, min(300, max(0, need - room) + 40))

    def heading(self) -> str:
        return self.app.t("refused.title")

    def body(self) -> str:
        days = number(self.ban.days, self.app.settings.lang)
        duration = self.app.t("refused.duration", ban=self.app.text(self.ban.name), days=days)
        return f"{self.app.text(self.ban.notice)}\n{duration}"

    def draw_body(self, surface: pygame.Surface, y: int) -> None:
        """The refusal, then how far such a ban is real: the game's own is invented."""
        fonts, width = self.app.fonts, self.box.width - 120
        if self.ban.fact is None:
            return super().draw_body(surface, y)
        y = draw_paragraph(surface, fonts, self.body(), pygame.Rect(self.box.x + 60, y, width, 300),
                           "body", self.palette.ink, max_lines=5)
        draw_fact(self.app, self.palette, surface, self.app.config.scenario.facts[self.ban.fact],
                  pygame.Rect(self.box.x + 60, y + 16, width, 0))


class LeaveScene(Modal):
    """Opting out is always one tap away, and never free."""

    accent = theme.ORANGE

    def __init__(self, app, on_leave):
        super().__init__(app)
        self.on_leave = on_leave

    def heading(self) -> str:
        return self.app.t("leave.title")

    def body(self) -> str:
        session = self.app.session
        perks = ", ".join(self.app.text(p.name) for p in session.perks()) or self.app.t("leave.no_perks")
        if not session.streak:
            return self.app.t("leave.body_none", score=session.score, perks=perks)
        return self.app.t("leave.body", score=session.score, perks=perks, n=session.streak)

    def actions(self):
        return [(self.app.t("leave.stay"), self.app.pop, "primary"),
                (self.app.t("leave.go"), self._leave, "danger")]

    def _leave(self) -> None:
        self.app.pop()
        self.on_leave()


class IdleScene(Modal):
    """Still there? One tap gives more time; otherwise the kiosk resets for the next visitor."""

    watches_idle = False
    accent = theme.ORANGE

    def __init__(self, app, seconds: float):
        super().__init__(app)
        self.left = self.total = seconds

    def heading(self) -> str:
        return self.app.t("idle.title")

    def body(self) -> str:
        return self.app.t("idle.body", n=max(0, int(self.left + 0.999)))

    def actions(self):
        return [(self.app.t("idle.stay"), self.app.pop, "primary"),
                (self.app.t("idle.restart"), lambda: self.app.reset("restarted"), "quiet")]

    def tap_elsewhere(self, pos) -> None:
        self.app.pop()

    def animating(self) -> bool:
        return True  # the countdown never stands still

    def update(self, dt: float) -> None:
        super().update(dt)
        self.left -= dt
        if self.left <= 0:
            self.app.reset("no one there")

    def body_floor(self) -> int:
        return self.box.bottom - 210 - 16  # above the countdown bar

    def draw_body(self, surface: pygame.Surface, y: int) -> None:
        super().draw_body(surface, y)
        bar = pygame.Rect(self.box.x + 60, self.box.bottom - 210, self.box.width - 120, 16)
        frac = max(0.0, self.left / self.total)
        panel(surface, bar, self.palette.surface_alt, 8)
        panel(surface, pygame.Rect(bar.x, bar.y, round(bar.width * frac), bar.height), theme.ORANGE, 8)
