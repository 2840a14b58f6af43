"""``--screenshots DIR``: every screen of a scripted visit, as 1920x1080 PNGs.

The tour of ``game.driver`` plays through the real screens; each screen is saved
the first time it appears.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .app import App, Config
from .driver import tour


def take(scenario, args) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    out = Path(args.screenshots)
    out.mkdir(parents=True, exist_ok=True)
    seed = args.seed if args.seed is not None else 1
    saved: list[str] = []
    from .cli import start_settings
    app = App(Config(scenario=scenario, length=args.length, seed=seed, headless=True,
                     lang=args.lang, idle_after=10**9, settings=start_settings(args)))

    def shoot(name: str) -> None:
        if name in saved:
            return
        saved.append(name)
        app.screenshot(str(out / f"{len(saved):02d}-{name}.png"))

    tour(app, seed, shoot)
    print(f"{len(saved)} screens saved to {out}", file=sys.stderr)
    return 0
