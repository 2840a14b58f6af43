"""How long a visit takes to read and play, estimated from the words each screen shows.

A bot walks a whole visit through the real screens; every screen's text is counted as
it is painted (the score panel beside the cards is left out: it is glanced at, not read). Reading at 250 words a minute plus a few seconds for each tap gives the
estimate that the kiosk (3-5 minutes) and workshop (20-40 minutes) targets are held to.
A mini-game counts its intro and result cards as read, and its play as its clock's length.
A word is a token with a letter in it: numbers and marks on charts and bars are glanced at.
Run: python tools/playtime.py [--scenario FILE] [--lang en|de]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.app import App, Config  # noqa: E402
from game.content import load_scenario  # noqa: E402
from game.driver import Driver  # noqa: E402
from game.scenes.title import TitleScene  # noqa: E402
from game.ui.theme import Fonts  # noqa: E402

WORDS_PER_MINUTE = 250  # adults reading in a museum (UX.md)
SECONDS_PER_TAP = 2.5  # deciding and reaching for a button


class CountingFonts(Fonts):
    """The game's fonts, noting every string they are asked to draw."""

    def __init__(self, scale: float = 1.0):
        super().__init__(scale)
        self.seen: list[str] = []

    def render(self, text, size, color, weight="regular", cache=True):
        self.seen.append(text)
        return super().render(text, size, color, weight, cache)


def visit(scenario, length: str, style: str, lang: str, show: bool = False,
          seed: int = 1) -> list[tuple[str, int, float]]:
    """(screen, words shown) for each screen of one visit, title to last debrief page;
    with ``show``, each screen's counted strings are printed as it is read."""
    app = App(Config(scenario=scenario, length=length, seed=seed, headless=True, lang=lang,
                     idle_after=10**9))
    app.push(TitleScene(app))
    screens: list[tuple[str, int, float]] = []  # (screen, words read, seconds of play)

    def count(name: str) -> None:
        if name.startswith("minigame-"):
            phase = name.split("-")[2]
            if phase in ("countdown", "play"):
                # A game's clock, not its words, sets its time; each game once.
                game = app.top.game
                if phase == "play" and not any(s[0] == f"play {game.id}" for s in screens):
                    screens.append((f"play {game.id}", 0, 2.0 + game.seconds))
                return
            if screens and screens[-1][0] == name:
                return
        fonts = CountingFonts(app.fonts.scale)
        app.fonts = fonts
        app.top.relayout()
        app.top.paint(app.canvas)
        chrome = {b.label for b in app.top.buttons if b.key in ("settings", "leave")
                  or b.key.startswith("lang-")}
        words = sum(_words(t) for t in fonts.seen if t not in chrome)
        screens.append((name, words - glanced(app), SECONDS_PER_TAP))
        if show:
            print(f"-- {name} ({screens[-1][1]} words)")
            print("   " + " | ".join(t for t in fonts.seen if t not in chrome and _words(t)))
    Driver(app, style, seed=seed, via="direct").play(on_screen=count)
    return screens


def glanced(app) -> int:
    """Words of the score panel beside every card: glanced at, not read each time."""
    hud = getattr(app.top, "hud", None)
    if hud is None:
        return 0
    fonts = CountingFonts(app.fonts.scale)
    app.fonts, kept = fonts, app.fonts
    hud.draw_static(app.canvas)
    hud.draw_moving(app.canvas, app.session.score, app.session.data_points)
    app.fonts = kept
    return sum(_words(t) for t in fonts.seen)


def _words(text: str) -> int:
    """Words to read: a token with a letter in it. A bare number, sign or mark ("620",
    "+4", "→", "·") is glanced at with the chart or bar it labels, not read."""
    return sum(any(ch.isalpha() for ch in token) for token in text.split())


def minutes(screens: list[tuple[str, int, float]]) -> float:
    words = sum(w for _, w, _ in screens)
    return words / WORDS_PER_MINUTE + sum(t for _, _, t in screens) / 60


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scenario", default=str(Path(__file__).resolve().parents[1] / "levels" /
                                             "harmony.yaml"))
    p.add_argument("--lang", default="en")
    p.add_argument("--seed", type=int, default=1, help="the session's seed (default 1)")
    p.add_argument("--show", metavar="LENGTH-STYLE", help="print every screen's words for "
                   "one visit, e.g. kiosk-conform")
    args = p.parse_args(argv)
    scenario = load_scenario(args.scenario)
    if args.show:
        length, style = args.show.split("-")
        print(f"{minutes(visit(scenario, length, style, args.lang, True, args.seed)):.1f} min")
        return 0
    print(f"Reading at {WORDS_PER_MINUTE} words/min plus {SECONDS_PER_TAP} s a tap "
          f"({args.lang})\n")
    print(f"{'length':<10}{'style':<9}{'screens':>8}{'words':>7}{'play min':>10}"
          f"{'debrief min':>13}{'total min':>11}  busiest screen")
    for length in ("kiosk", "workshop"):
        for style in ("conform", "resist"):
            screens = visit(scenario, length, style, args.lang, seed=args.seed)
            play = [s for s in screens if not s[0].startswith("debrief")]
            debrief = [s for s in screens if s[0].startswith("debrief")]
            name, most, _ = max(screens, key=lambda s: s[1])
            print(f"{length:<10}{style:<9}{len(screens):>8}{sum(w for _, w, _ in screens):>7}"
                  f"{minutes(play):>10.1f}{minutes(debrief):>13.1f}{minutes(screens):>11.1f}"
                  f"  {name} ({most} words, {most / WORDS_PER_MINUTE * 60:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
