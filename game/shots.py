"""``--screenshots DIR``: every screen of a scripted visit, as 1920x1080 PNGs.

A conforming citizen, then a resisting one, play through the real screens; each
screen is saved the first time it appears, together with the overlays a visitor
can open (settings, leaving, the idle countdown) and the bad-content screen.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .app import App, Config
from .driver import Driver
from .scenes.errors import ErrorScene
from .scenes.overlays import IdleScene
from .scenes.title import TitleScene


def take(scenario, args) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    out = Path(args.screenshots)
    out.mkdir(parents=True, exist_ok=True)
    seed = args.seed if args.seed is not None else 1
    saved: list[str] = []
    app = App(Config(scenario=scenario, length=args.length, seed=seed, headless=True,
                     lang=args.lang, idle_after=10**9))

    def shoot(name: str) -> None:
        if name in saved:
            return
        saved.append(name)
        app.screenshot(str(out / f"{len(saved):02d}-{name}.png"))

    app.push(TitleScene(app))
    for style in ("conform", "resist"):
        driver = Driver(app, style, seed, via="direct")
        driver.play(on_screen=shoot)
        if style == "conform":
            _extras(app, driver, shoot)
        app.reset()
    app.push(ErrorScene(app, [f"{scenario.path}:12:5: an example problem: unknown key 'titel'"]))
    shoot("errors")
    print(f"{len(saved)} screens saved to {out}", file=sys.stderr)
    return 0


def _extras(app, driver: Driver, shoot) -> None:
    """Overlays the scripted visit never opens by itself."""
    app.reset()
    driver.press("start")
    driver.press("settings")
    shoot("settings")
    driver.press("done")
    driver.press("leave")
    shoot("leave")
    driver.press("modal-0")
    app.push(IdleScene(app, app.config.idle_countdown))
    driver.frames(0.5)
    shoot("idle")
