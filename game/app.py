"""The only module that owns pygame's init, the display, the clock and the loop.

Scenes sit on a stack; the app feeds them actions from the input edge, advances them
with ``update(dt)`` and asks them to ``draw``. It also watches for an idle visitor.
"""
from __future__ import annotations

import ctypes
import gc
import importlib
import os
import random
import signal
import sys
import threading
from dataclasses import dataclass, field, replace
from typing import Callable

import pygame

from . import input as inp
from .core.scenario import Scenario
from .core.session import Session
from .i18n import Strings
from .kiosk import StaffGesture, staff_tap
from .runlog import LOG
from .ui.sound import Sounds
from .ui.pictures import PICTURES
from .ui.theme import CANVAS, LARGE_TEXT_SCALE, Fonts

FADE_SECONDS = 0.25
MMAP_THRESHOLD = 128 * 1024  # bytes: larger blocks (pictures) go back to the system when freed
RELAXED_PATIENCE = 3


@dataclass
class Settings:
    """What a player may change; a kiosk reset puts every one of them back."""

    lang: str = "en"
    large_text: bool = False
    reduce_motion: bool = False
    sound: bool = True
    relaxed: bool = False


@dataclass
class Config:
    scenario: Scenario | None
    length: str = "workshop"
    seed: int | None = None
    fullscreen: bool = False
    window: tuple[int, int] = (1280, 720)
    headless: bool = False
    idle_after: float = 90.0  # seconds without input before "Still there?"
    idle_countdown: float = 30.0
    lang: str = "en"
    volume: float = 0.7
    on_session_end: Callable[[Session], None] | None = None
    settings: Settings = field(default_factory=Settings)
    staff_pin: str | None = None  # kiosk mode: no close request, a hidden staff exit instead
    data_folder: str = ""  # where the log is, for the staff menu
    room: object | None = None  # a workshop room's link (game.room.link), when joined


INVISIBLE = ("offscreen", "dummy")  # SDL video drivers that show nothing


class NoDisplay(RuntimeError):
    """There is no screen to show the game on."""


class App:
    def __init__(self, config: Config):
        self.config = config
        _return_big_blocks()
        self._chosen_driver = os.environ.get("SDL_VIDEODRIVER")  # set by whoever started us
        if config.headless:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        # SIGTERM is ours, not SDL's: SDL would turn it into a close request (which a kiosk
        # may ignore); the game ends at once instead (see ``run``).
        os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"
        pygame.init()
        self.strings = Strings()
        pygame.display.set_caption(self._caption(config.lang))
        self.canvas = self._open_display()
        self.clock = pygame.time.Clock()
        self.settings = self._start_settings()
        self.keyboard = False  # a key was the last input: focus rings show on every screen
        self.fonts = Fonts(LARGE_TEXT_SCALE if self.settings.large_text else 1.0)
        PICTURES.clear()  # the pictures screens share belong to one display
        self.sounds = Sounds(volume=config.volume)
        _load_screens()
        self.scenes: list = []
        self.running = True
        self.elapsed = 0.0
        self.idle = 0.0
        self.session: Session | None = None
        self._session_count = 0
        self._fade: float | None = None  # seconds left of a screen change's fade-in
        self.presented = 0  # frames drawn and presented (a still screen adds none)
        self.presses = 0  # buttons pressed
        self._collect = False  # a visit ended: collect its garbage in a quiet frame
        self._presented_stack: tuple = ()
        self._presented_at = 0.0  # when the last picture was presented (self.elapsed)
        self._visit_start = 0.0
        self.gesture = StaffGesture()
        self.stopped_by = ""  # what ended the loop: a signal, the window, the staff exit

    def _open_display(self) -> pygame.Surface:
        if self.config.headless:
            return pygame.display.set_mode(CANVAS)
        try:
            surface = self._open_window()
        except pygame.error as err:
            raise NoDisplay(f"no display to show the game on: {err}") from None
        if pygame.display.get_driver() in INVISIBLE and not self._chosen_driver:
            pygame.quit()  # SDL fell back to drawing nowhere: nobody would see the game
            raise NoDisplay("no display to show the game on (SDL found none and would draw "
                            "offscreen); start it in a desktop session, or set DISPLAY")
        return surface

    def _open_window(self) -> pygame.Surface:
        # pygame-ce keeps SCALED windows to whole-number scales unless this hint is on, which
        # would crop the canvas in a window smaller than 1920x1080; smooth it while scaling.
        os.environ.setdefault("SDL_HINT_RENDER_SCALE_QUALITY", "1")
        os.environ.setdefault("SDL_RENDER_SCALE_QUALITY", "linear")
        if self.config.fullscreen:
            return pygame.display.set_mode(CANVAS, pygame.SCALED | pygame.FULLSCREEN)
        # SCALED lets the GPU scale and letterbox the canvas, but it makes the canvas size the
        # window's minimum; open hidden, lower the minimum, size the window, then show it.
        surface = pygame.display.set_mode(CANVAS, pygame.SCALED | pygame.RESIZABLE | pygame.HIDDEN)
        window = pygame.Window.from_display_module()
        window.minimum_size = (CANVAS[0] // 4, CANVAS[1] // 4)
        window.size = self.config.window
        window.position = pygame.WINDOWPOS_CENTERED
        window.show()
        return surface

    def _caption(self, lang: str) -> str:
        scenario = self.config.scenario
        return scenario.title.get(lang) if scenario is not None else self.strings.get(
            "app.caption", lang)

    # -- services for scenes ---------------------------------------------------

    def t(self, key: str, **values) -> str:
        """An interface text; {app} in it is the app the level file names."""
        scenario = self.config.scenario
        if scenario is not None and "app" not in values:
            values["app"] = self.text(scenario.app or scenario.title)
        return self.strings.get(key, self.settings.lang, **values)

    def text(self, text) -> str:
        return text.get(self.settings.lang)

    def play(self, sound: str) -> None:
        if self.settings.sound:
            self.sounds.play(sound)

    def new_session(self) -> Session:
        """A fresh citizen; the seed makes it reproducible, otherwise it is random."""
        base = self.config.seed
        seed = base + self._session_count if base is not None else random.randrange(2**31)
        self._session_count += 1
        start = self._visit_start = self.elapsed
        LOG.info("visit %d starts (%s length, %s)", self._session_count, self.config.length,
                 self.settings.lang)
        self.session = Session(self.config.scenario, self.config.length, random.Random(seed),
                               clock=lambda: round(self.elapsed - start, 3),
                               lang=self.settings.lang, seed=seed)
        return self.session

    def end_session(self) -> None:
        if self.session is not None and self.config.on_session_end is not None:
            self.config.on_session_end(self.session)

    def forget_session(self) -> None:
        """Delete the visitor's session: nothing of it stays in memory."""
        self.session = None

    @property
    def visits(self) -> int:
        """Visits begun since the game started."""
        return self._session_count

    @property
    def walk_up(self) -> bool:
        """A museum visit (the kiosk length): fewer, shorter screens, the same argument."""
        return self.config.length == "kiosk"

    def _start_settings(self) -> Settings:
        """The settings every visit starts with: the defaults, or what the command line
        asked for a kiosk or a workshop (--text large, --motion less)."""
        return replace(self.config.settings, lang=self.config.lang)

    def set_text_scale(self, large: bool) -> None:
        self.settings.large_text = large
        self.fonts = Fonts(LARGE_TEXT_SCALE if large else 1.0)
        PICTURES.cancel_waiting()
        for scene in self.scenes:
            scene.relayout()

    def set_language(self, lang: str) -> None:
        self.settings.lang = lang
        if self.session is not None:
            self.session.lang = lang
        pygame.display.set_caption(self._caption(lang))
        PICTURES.cancel_waiting()
        for scene in self.scenes:
            scene.relayout()

    def reset(self, why: str = "reset") -> None:
        """Back to the attract screen with every setting as it was at start-up; ``why``
        (finished, idle, restart) goes to the log."""
        from .scenes.title import TitleScene
        if self.session is not None:
            LOG.info("visit %d ends after %d s on screen %s: %s", self._session_count,
                     self.elapsed - self._visit_start, self.top.screen_id(), why)
        self.forget_session()
        self.settings = self._start_settings()
        self.keyboard = False
        self.fonts = Fonts(LARGE_TEXT_SCALE if self.settings.large_text else 1.0)
        self.replace_all(TitleScene(self))
        self._collect = True  # between visitors: nothing of the last visit lingers in memory

    # -- the scene stack ---------------------------------------------------------

    @property
    def top(self):
        return self.scenes[-1]

    def push(self, scene) -> None:
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> None:
        self.scenes.pop().exit()
        if self.scenes:
            self.top.resume()

    def replace(self, scene) -> None:
        self._start_fade()
        if self.scenes:
            self.scenes.pop().exit()
        self.push(scene)

    def replace_all(self, scene) -> None:
        self._start_fade()
        while self.scenes:
            self.scenes.pop().exit()
        self.push(scene)

    def _start_fade(self) -> None:
        """A new screen rises out of darkness for a moment: a soft cut, and a cheap one."""
        if self.scenes and not self.settings.reduce_motion:
            self._fade = FADE_SECONDS

    # -- the loop ---------------------------------------------------------------

    def handle(self, action: inp.Action) -> None:
        self.idle = 0.0
        if action.kind == inp.QUIT:
            if self.config.staff_pin is None:
                self.stop("window closed")
            else:  # Alt+F4 or the system's quit: a kiosk's visitor must not end it
                LOG.info("kiosk: close request ignored")
            return
        if self.config.staff_pin is not None and staff_tap(self, action):
            return
        self.top.handle(action)

    def step(self, dt: float) -> None:
        """One frame: input, update, then draw and present only if the picture changed.

        A tap or key lands on the screen the player saw: once one has pressed a button, the
        rest of the frame's input is dropped (it was aimed at what the button changed). A
        frame that made a new screen leaves its painting to the next frame (the last picture
        stays up a frame longer), so that no frame does both."""
        stack, presses = tuple(map(id, self.scenes)), self.presses
        events = pygame.event.get()
        for event in events:
            if inp.is_activity(event):
                self.idle = 0.0
            action = inp.translate(event)
            if action is not None and (action.kind == inp.QUIT or (
                    self.presses == presses and tuple(map(id, self.scenes)) == stack)):
                self.handle(action)
        self.update(dt)
        if tuple(map(id, self.scenes)) != stack:
            return
        first = tuple(map(id, self.scenes)) != self._presented_stack  # a new screen's
        drawn = self._changed(bool(events))
        if drawn:
            self.draw()
            pygame.display.flip()
            self.presented += 1
            if self.presented == 1:
                LOG.info("ready: the %s is on screen", self.top.screen_id())
        if not first:  # pictures a screen asked for ahead: a few each frame, but not in
            PICTURES.build()  # the frame that paints a new screen for the first time
        if self._collect and not drawn:  # between visitors, in a frame that shows nothing new
            gc.collect()
            self._collect = False

    def _changed(self, had_events: bool) -> bool:
        """Whether the next picture can differ from the one on screen: any event (a tap, a
        key, the window shown again), a fade, a screen that came or went, a screen that
        moves or has been told to paint afresh. A still screen presents nothing."""
        stack, drawn = tuple(map(id, self.scenes)), self._drawn()
        moving = any(scene.animating() for scene in drawn) and self.elapsed - \
            self._presented_at >= max(scene.frame_interval for scene in drawn) - 1e-6
        changed = (had_events or self._fade is not None or stack != self._presented_stack
                   or moving or any(scene.needs_paint() for scene in drawn))
        self._presented_stack = stack
        if changed:
            self._presented_at = self.elapsed
        return changed

    def update(self, dt: float) -> None:
        if self._fade is not None:
            self._fade -= dt
            if self._fade <= 0:
                self._fade = None
        self.elapsed += dt
        self.idle += dt
        # With time limits off, a visitor who reads slowly gets three times the patience.
        patience = RELAXED_PATIENCE if self.settings.relaxed else 1
        if self.top.watches_idle and self.idle >= self.config.idle_after * patience:
            from .scenes.overlays import IdleScene
            self.idle = 0.0
            self.push(IdleScene(self, self.config.idle_countdown * patience))
        self.top.update(dt)

    def _drawn(self) -> list:
        """The scenes a frame paints: the top one and what shows through it."""
        first = len(self.scenes) - 1
        while first > 0 and not self.scenes[first].opaque:
            first -= 1
        return self.scenes[max(first, 0):]

    def draw(self) -> None:
        for scene in self._drawn():
            scene.draw(self.canvas)
        if self._fade is not None:
            light = round(255 * (1 - self._fade / FADE_SECONDS))
            self.canvas.fill((light, light, light), special_flags=pygame.BLEND_RGB_MULT)

    def run(self, first_scene=None) -> None:
        """The loop, until quit; SIGTERM (a supervisor stopping the game, a shutdown) or
        Ctrl+C ends it within a frame, whatever screen is up."""
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda number, _: self.stop(signal.Signals(number).name))
        if first_scene is not None:
            self.push(first_scene)
        while self.running and self.scenes:
            dt = self.clock.tick(60) / 1000.0
            self.step(min(dt, 0.1))
        pygame.quit()

    def stop(self, why: str = "stopped") -> None:
        self.running = False
        self.stopped_by = self.stopped_by or why

    def screenshot(self, path: str) -> None:
        self.draw()
        pygame.image.save(self.canvas, path)



SCREENS = ("title", "play", "minigame", "social", "end", "afterword", "agency", "debrief",
           "debrief_kiosk", "debrief_room", "overlays", "settings", "errors", "staff", "survey")


def _load_screens() -> None:
    """Every screen's module and every mini-game, loaded at start-up: a module loaded the
    first time its screen opens would hold up that change of screen by several frames."""
    for name in SCREENS:
        importlib.import_module(f"{__package__}.scenes.{name}")
    from .minigames import registry
    for name in registry.GAMES:
        registry.model_class(name), registry.view_class(name)


def _return_big_blocks() -> None:
    """glibc raises its threshold for giving memory back each time a big block is freed, so
    a kiosk that paints a few large pictures per game would keep every one it ever freed.
    A fixed threshold hands them back; elsewhere (other systems, other C libraries) nothing
    happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(-3, MMAP_THRESHOLD)  # -3: M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass
