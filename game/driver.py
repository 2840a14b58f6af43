"""A player at the real screens: finds a button by its key, then presses it by touch,
mouse, keyboard or directly, and lets the frames run. Screenshots and the
playthrough tests use it; the choices come from the autoplay bots.
"""
from __future__ import annotations

import random
from typing import Callable

import pygame

from .core import bots
from .ui import layout
from .ui.theme import CANVAS

FRAME = 1 / 10
SETTLE = 1.2  # seconds of frames after an action, enough for every animation to finish


class Driver:
    def __init__(self, app, style: str = "conform", seed: int = 0, via: str = "touch"):
        self.app = app
        self.style = style
        self.rng = random.Random(seed)
        self.via = via

    def frames(self, seconds: float = SETTLE) -> None:
        """Let ``seconds`` of frames run (at least one)."""
        for _ in range(max(1, round(seconds / FRAME))):
            self.app.step(FRAME)

    def press(self, key: str) -> None:
        scene = self.app.top
        button = scene.button(key)
        if button is None or not button.enabled:
            raise LookupError(f"{scene.screen_id()} has no enabled button {key!r}: "
                              f"{[b.key for b in scene.buttons]}")
        if self.via == "direct":
            scene.press(button)
        elif self.via == "touch":
            x, y = button.rect.center
            for kind in (pygame.FINGERDOWN, pygame.FINGERUP):
                pygame.event.post(pygame.event.Event(kind, x=x / CANVAS[0], y=y / CANVAS[1],
                                                     touch_id=1, finger_id=0, dx=0, dy=0,
                                                     pressure=1.0))
        elif self.via == "mouse":
            for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
                pygame.event.post(pygame.event.Event(kind, pos=button.rect.center, button=1,
                                                     touch=False))
        elif self.via == "keys" and key.startswith("move-"):
            # In a game, as its buttons say: the digit of the move (the focus ring would lag).
            moves = [b.key for b in scene.buttons if b.key.startswith("move-")]
            self._key(pygame.K_1 + moves.index(key))
        elif self.via == "keys":
            self._focus(scene, key)
            self._key(pygame.K_RETURN)
        else:
            raise ValueError(self.via)
        self.frames()

    def _focus(self, scene, key: str) -> None:
        for _ in range(len(scene.buttons) + 1):
            current = scene.focus.current()
            if current is not None and current.key == key and scene.focus.visible:
                return
            self._key(pygame.K_TAB)
            self.app.step(FRAME)
        raise LookupError(f"Tab never reached {key!r}")

    def _key(self, key: int) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="",
                                             scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="",
                                             scancode=0))

    def next_key(self) -> str | None:
        """The button this player would press on the current screen; None at the end."""
        scene = self.app.top
        screen = scene.screen_id()
        if screen == "title":
            return "start"
        if screen.startswith("survey-"):
            return {"conform": "answer-4", "resist": "answer-2"}.get(self.style, "answer-3")
        if screen.startswith("debrief-"):
            return "forward" if scene.page < len(scene.plan) - 1 else None
        if screen == "end":
            return "debrief"
        if screen == "agency":
            return f"rule-{bots.pick_rule(self.style, self.app.session, self.rng)}"
        if screen in ("scorers", "epilogue", "agency-result"):
            return "continue"
        if screen.startswith("minigame-"):
            return self._game_key(scene)
        session = self.app.session
        if scene.button("modal-0") is not None:
            return "modal-0"
        if session is not None and scene.button("next") is None and session.step.card is not None:
            return f"option-{bots.pick(self.style, session, self.rng).id}"
        return "next"

    def look(self) -> list[str]:
        """Paint the screen afresh and say, as "screen: problem" lines, what runs out of its
        box or over other words (under ``layout.watch``, which records what is drawn)."""
        app = self.app
        for scene in app.scenes:
            scene.invalidate()
        layout.forget(app.canvas)
        app.draw()
        return [f"{app.top.screen_id()}: {p}" for p in layout.problems(app.canvas)]

    def reach(self, screen: str, max_steps: int = 3000) -> None:
        """Play on in character until ``screen`` is on top (tests start from a moment)."""
        self.frames(0.5)
        for _ in range(max_steps):
            if self.app.top.screen_id() == screen:
                return
            self.act(self.next_key())
        raise RuntimeError(f"never reached {screen!r}")

    def act(self, key: str) -> None:
        """Press the button ``key`` names; an empty key waits a frame instead."""
        if key:
            self.press(key)
        else:
            self.frames(FRAME)

    def _game_key(self, scene) -> str:
        """In a mini-game: start it, play it in character, move on; "" lets time run."""
        if scene.phase == "intro":
            return "play"
        if scene.phase == "result":
            return "continue"
        if scene.phase == "countdown":
            return ""
        move = scene.model.bot_move(self.style, self.rng)
        return f"move-{move}" if move is not None else ""

    def play(self, on_screen: Callable[[str], None] | None = None, limit: int = 2000) -> list[str]:
        """Press through a whole visit to the last debrief page; return the screens seen."""
        seen: list[str] = []
        self.frames(0.5)
        for _ in range(limit):
            screen = self.app.top.screen_id()
            if seen and screen != seen[-1] and screen.endswith("-result"):
                self.frames()  # a game that ran out of time between waits: let its card in
            seen.append(screen)
            if on_screen is not None:
                on_screen(screen)
            key = self.next_key()
            if key is None:
                return seen
            self.act(key)
        raise RuntimeError(f"no end after {limit} actions; last screens {seen[-5:]}")


def to_game(app, name: str, style: str = "conform", seed: int = 1) -> None:
    """Start a visit and play it (in the rules, not on screen) up to the first placement
    of mini-game ``name``; then open the play screen, which opens the game's intro."""
    from .scenes.play import PlayScene
    session = app.new_session()
    rng = random.Random(seed)
    while not (session.step.kind == "minigame" and session.step.game.game == name):
        if session.finished:
            raise LookupError(f"no mini-game {name!r} in this {session.length} visit")
        bots.act(session, style, rng)
    app.push(PlayScene(app))


def tour(app, seed: int, on_screen: Callable[[str], None]) -> None:
    """Every screen there is: a conforming visit, the overlays a visitor can open
    (settings, leaving, the idle countdown), a resisting visit, the bad-content screen.
    ``on_screen`` is called on each screen as it settles, repeats included."""
    from .scenes.errors import ErrorScene
    from .scenes.overlays import IdleScene
    from .scenes.title import TitleScene
    app.push(TitleScene(app))
    driver = Driver(app, "conform", seed, via="direct")
    driver.play(on_screen=on_screen)
    app.reset()
    for key in ("start", "settings", "done", "leave", "modal-0"):
        driver.press(key)
        on_screen(app.top.screen_id())
    app.push(IdleScene(app, app.config.idle_countdown))
    driver.frames(0.5)
    on_screen(app.top.screen_id())
    app.reset()
    app.config.room = TourRoom()  # the resisting visit at a workshop room's station
    app.reset()
    resist = Driver(app, "resist", seed, via="direct")
    resist.play(on_screen=on_screen)
    if app.config.scenario.survey is not None:
        resist.press("forward")  # finish: the room's question again
        on_screen(app.top.screen_id())
    app.config.room = None
    app.reset()
    _staff_exit(app, driver, on_screen)
    app.push(ErrorScene(app, [f"{app.config.scenario.path}:12:5: an example problem: "
                              "unknown key 'titel'"]))
    driver.frames()
    on_screen(app.top.screen_id())


class TourRoom:
    """A workshop room for the screenshot tour: it asks the level's survey and never answers,
    so the room's screens show with no host behind them and no number made up."""

    pages = None

    def asks(self, session, when: str) -> bool:
        return session.scenario.survey is not None

    def answer(self, session, when: str, value) -> None:
        pass

    def comparison(self, session, lang: str) -> str:
        return "asking"

    def visit_ended(self, session, summary: dict) -> dict:
        return summary


def _staff_exit(app, driver: Driver, on_screen: Callable[[str], None]) -> None:
    """A kiosk's staff exit: the number pad half typed, then the staff menu."""
    from .runlog import PROGRAM
    from .scenes.staff import StaffScene
    app.push(StaffScene(app, "2468", app.gesture, app.config.data_folder
                        or f"~/.local/share/{PROGRAM}"))
    for key in ("pin-2", "pin-4"):
        driver.press(key)
    on_screen(app.top.screen_id())
    for key in ("pin-6", "pin-8", "pin-ok"):
        driver.press(key)
    on_screen(app.top.screen_id())
    driver.press("staff-back")
