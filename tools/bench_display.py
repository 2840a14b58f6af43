"""What the player's machine pays, for tools/benchmark.py: frames in the real display
configurations (the unscaled canvas, a scaled 1280x720 window, scaled fullscreen), present
included, under seeded random input over every screen; the worst frame of each change of
screen; and the CPU a still screen costs.

SDL's dummy video driver scales with its software renderer, as a machine without a GPU
does, so the present costs here are a kiosk's worst case.
"""
from __future__ import annotations

import math
import time

import pygame

import random_input
from game.app import App, Config
from game.driver import Driver
from game.scenes.title import TitleScene

DISPLAYS = (("canvas 1920x1080, unscaled", {"headless": True}),
            ("window 1280x720, scaled", {"window": (1280, 720)}),
            ("fullscreen, scaled", {"fullscreen": True}))


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summary(seconds: list[float]) -> dict:
    """Frame times in seconds as the benchmark reports them: p50, p99 and max in ms."""
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": percentile(ms, 50), "p99_ms": percentile(ms, 99), "max_ms": max(ms)}


def measure_display(scenario, name: str, settings: dict, frames: int, seed: int = 1) -> dict:
    """One display configuration: the floor (fill + present) and ``frames`` frames of random
    input, each timed from input to present; the worst frame of each change of screen (the
frame that makes the new screen, and the next, which paints it)."""
    app = App(Config(scenario=scenario, seed=seed, idle_after=10**9, **settings))
    floor = []
    for i in range(60):
        t0 = time.perf_counter()
        app.canvas.fill((i, i, i))
        pygame.display.flip()
        floor.append(time.perf_counter() - t0)
    app.push(TitleScene(app))
    app.step(1 / 60)
    times, presented, changes = [], app.presented, {}
    last = [None]  # the change the last frame made: its screen is painted in the next

    def note(before: str, after: str, changed: bool, seconds: float) -> None:
        times.append(seconds)
        for key in (last[0], f"{before} -> {after}" if changed else None):
            if key is not None:
                changes[key] = max(changes.get(key, 0.0), seconds * 1000)
        last[0] = f"{before} -> {after}" if changed else None
    seen = random_input.walk(app, frames, seed, on_frame=note)
    window = pygame.display.get_window_size()
    result = {"display": name, "window": list(window), "frames": len(times),
              "presented": app.presented - presented, "screens": len(seen),
              "floor": summary(floor), **summary(times),
              "changes": dict(sorted(changes.items(), key=lambda kv: -kv[1]))}
    pygame.quit()
    return result


def measure_displays(scenario, frames: int, seed: int = 1) -> list[dict]:
    return [measure_display(scenario, name, settings, frames, seed)
            for name, settings in DISPLAYS]


def measure_still(scenario, seconds: float = 10.0) -> list[dict]:
    """The CPU a still screen costs, the loop running in real time at 60 Hz: the title's
    attract loop and a card waiting for its reader (share of one core, frames presented)."""
    rows = []
    for screen in ("title", "card"):
        app = App(Config(scenario=scenario, length="workshop", seed=1, headless=True,
                         idle_after=10**9))
        app.push(TitleScene(app))
        driver = Driver(app, "conform", seed=1, via="direct")
        if screen == "card":
            driver.reach("card")
        driver.frames(1.0)
        clock, presented = pygame.time.Clock(), app.presented
        cpu, wall = time.process_time(), time.perf_counter()
        while time.perf_counter() - wall < seconds:
            app.step(min(clock.tick(60) / 1000, 0.1))
        rows.append({"screen": screen, "seconds": seconds,
                     "cpu_percent": 100 * (time.process_time() - cpu) / seconds,
                     "presented_per_s": (app.presented - presented) / seconds})
        pygame.quit()
    return rows


def print_displays(rows: list[dict], worst: int = 8) -> None:
    print("\nFrames as the player gets them: seeded random input over every screen, 1-3 inputs"
          "\na frame, each frame timed from input to present (ms); floor = fill + present")
    head = f"{'display':<30}{'window':>11}{'frames':>8}{'p50':>8}{'p99':>8}{'max':>8}{'floor p50':>11}"
    print(head + f"{'screens':>9}")
    print("-" * (len(head) + 9))
    for r in rows:
        size = "x".join(map(str, r["window"]))
        print(f"{r['display']:<30}{size:>11}{r['frames']:>8}{r['p50_ms']:>8.2f}"
              f"{r['p99_ms']:>8.2f}{r['max_ms']:>8.2f}{r['floor']['p50_ms']:>11.2f}"
              f"{r['screens']:>9}")
    for r in rows:
        print(f"\nWorst frame of each change of screen, {r['display']} "
              f"({len(r['changes'])} kinds; the {worst} worst):")
        for change, ms in list(r["changes"].items())[:worst]:
            print(f"  {ms:7.2f}  {change}")
