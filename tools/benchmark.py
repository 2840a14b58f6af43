"""Headless performance benchmark of Harmony on the 1920x1080 canvas: start-up to the first
drawn frame (fresh subprocesses), the bare fill+flip floor, the frame time of every screen a
scripted visit reaches (as in game/shots.py), every mini-game, the circle screen's network
graph at 200 nodes, peak memory, the CPU of a still screen, and (tools/bench_display.py)
frames under random input in a scaled window and fullscreen, present included, with the
worst frame of each change of screen. ``--json FILE`` saves the numbers.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import pygame  # noqa: E402

from game.app import App, Config  # noqa: E402
from game.cli import DEFAULT_SCENARIO  # noqa: E402  (the level that ships)
from game.content import load_scenario  # noqa: E402
from game.driver import Driver, to_game, tour  # noqa: E402
from game.minigames import registry  # noqa: E402
from game.scenes.social_graph import YOU, GraphNode, NetworkGraph  # noqa: E402
from game.scenes.title import TitleScene  # noqa: E402

from bench_display import (DISPLAYS, measure_displays, measure_still,  # noqa: E402
                           print_displays, summary)

DT = 1 / 60
MARKER = "FIRST-FRAME"
TARGETS = {"p99_ms": 4.0, "startup_s": 0.5, "rss_mb": 200.0,
           "display_frame_ms": 1000 / 60}  # a frame as presented, and a change of screen
# The child does what `python main.py` does up to the title screen's first flip.
PROBE = f"""
import json, os, sys, time
t0 = time.perf_counter()
os.environ["SDL_VIDEODRIVER"] = "dummy"; os.environ["SDL_AUDIODRIVER"] = "dummy"
import pygame
t1 = time.perf_counter()
from game.app import App, Config
from game.content import load_scenario
from game.scenes.title import TitleScene
t2 = time.perf_counter()
scenario = load_scenario(sys.argv[1])
t3 = time.perf_counter()
app = App(Config(scenario=scenario, headless=True, seed=1))
t4 = time.perf_counter()
app.push(TitleScene(app))
app.step(1 / 60)
t5 = time.perf_counter()
try:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
except ImportError:
    rss = 0.0
print("{MARKER}", json.dumps({{"import_pygame": t1 - t0, "import_game": t2 - t1,
      "load_yaml": t3 - t2, "app_init": t4 - t3, "sounds": app.sounds.build_seconds,
      "first_frame": t5 - t4, "rss_mb": rss}}), flush=True)
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scenario", metavar="FILE", default=str(DEFAULT_SCENARIO))
    p.add_argument("--frames", type=int, default=300, metavar="N", help="frames per screen")
    p.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    p.add_argument("--runs", type=int, default=5, help="start-up runs (median reported)")
    p.add_argument("--profile", metavar="SCREEN", help="cProfile that screen's frames")
    p.add_argument("--walk", type=int, default=6000, metavar="FRAMES",
                   help="frames of random input in each display configuration")
    p.add_argument("--still", type=float, default=18.0, metavar="SECONDS",
                   help="how long to measure the CPU of the title (18 s: its whole attract "
                        "loop) and of a still card")
    return p.parse_args(argv)


def rss_mb() -> float:
    """Peak resident memory in MB; the measure needs a Unix (0.0 elsewhere)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS


# -- start-up ------------------------------------------------------------------------------

def startup_once(scenario: str) -> dict:
    """Wall time from just before Popen to the child's marker after its first flip."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", PROBE, scenario], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    result = None
    for line in proc.stdout:
        if line.startswith(MARKER):
            result = {"wall_s": time.perf_counter() - started, **json.loads(line[len(MARKER):])}
    if proc.wait(timeout=60) != 0 or result is None:
        raise RuntimeError(f"start-up probe failed with exit code {proc.returncode}")
    return result


def startup(scenario: str, runs: int = 5) -> dict:
    samples = [startup_once(scenario) for _ in range(runs)]
    median = {k: statistics.median(s[k] for s in samples) for k in samples[0]}
    return {"runs_s": [s["wall_s"] for s in samples], "median_s": median["wall_s"],
            "probe_peak_rss_mb": max(s["rss_mb"] for s in samples), "phases_median_s": median}


# -- frames --------------------------------------------------------------------------------

def floor(canvas: pygame.Surface, frames: int) -> dict:
    times = []
    for _ in range(frames):
        t0 = time.perf_counter()
        canvas.fill((0, 0, 0))
        pygame.display.flip()
        times.append(time.perf_counter() - t0)
    return summary(times)


def measure(app: App, frames: int) -> dict:
    """N frames of update(1/60) + draw + flip on the current screen; stops if it changes."""
    scene, name = app.top, app.top.screen_id()
    full, work, note = [], [], ""
    for i in range(frames):
        t0 = time.perf_counter()
        app.update(DT)
        app.draw()
        t1 = time.perf_counter()
        pygame.display.flip()
        t2 = time.perf_counter()
        work.append(t1 - t0)
        full.append(t2 - t0)
        if app.top is not scene or app.top.screen_id() != name:
            note = f"became {app.top.screen_id()} after {i + 1} frames; stopped"
            break
    result = {"screen": name, "frames": len(full), **summary(full)}
    result.update({f"work_{k}": v for k, v in summary(work).items()})
    result.update({f"moving_{k}": v for k, v in summary(repaint(app, frames)).items()})
    result["note"] = note
    return result


def repaint(app: App, frames: int) -> list[float]:
    """Frames as they cost while something on the screen moves (a score rolling, a card
    fading in): update + a full paint + flip, with no still frame to reuse."""
    times = []
    for _ in range(frames):
        t0 = time.perf_counter()
        app.update(DT)
        app.top.paint(app.canvas)
        pygame.display.flip()
        times.append(time.perf_counter() - t0)
    return times


def measure_screens(scenario, frames: int, seed: int = 1, length: str = "workshop",
                    profile: str | None = None) -> tuple[App, list[dict]]:
    """The tour that --screenshots takes, measuring each screen when it first appears."""
    app = App(Config(scenario=scenario, length=length, seed=seed, headless=True,
                     idle_after=10**9))
    results: list[dict] = []

    def visit(name: str) -> None:
        if name not in (r["screen"] for r in results):
            profiler = cProfile.Profile() if name == profile else None
            if profiler:
                profiler.enable()
            results.append(measure(app, frames))
            if profiler:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    tour(app, seed, visit)
    return app, results


def measure_games(scenario, seed: int = 1) -> list[dict]:
    """Every registered game placed in the workshop, played start to end by a bot that
    moves whenever it can: update(1/60) + draw + flip, frame by frame."""
    results = []
    for name in sorted(registry.GAMES):
        if not any(g.game == name and "workshop" in g.at for g in scenario.minigames):
            continue
        app = App(Config(scenario=scenario, seed=seed, headless=True, idle_after=10**9))
        to_game(app, name, seed=seed)
        driver = Driver(app, "random", seed, via="direct")
        driver.press("play")
        scene = app.top
        while scene.phase == "countdown":
            app.step(DT)
        times = []
        while scene.phase == "play":
            t0 = time.perf_counter()
            move = scene.model.bot_move("random", driver.rng)
            if move is not None and scene.button(f"move-{move}") is not None:
                scene.move(move)
            app.update(DT)
            app.draw()
            pygame.display.flip()
            times.append(time.perf_counter() - t0)
        results.append({"screen": f"game {name}", "frames": len(times),
                        "finished": scene.phase == "result", **summary(times)})
        pygame.quit()
    return results
# -- the network graph -----------------------------------------------------------------------

def network(scenario, size: int) -> list[GraphNode]:
    """``size`` nodes in all: you, the scenario's contacts, the rest joined through two of them,
    every one of them new today (the most there is to animate)."""
    contacts = [c.id for c in scenario.circle.contacts]
    nodes = [GraphNode(YOU, None, "you", "You")]
    nodes += [GraphNode(c, YOU, "friend", c.title(), recruited=i < 2, new=i < 2)
              for i, c in enumerate(contacts)]
    parents = contacts[:2]
    for i in range(size - len(nodes)):
        nodes.append(GraphNode(i, parents[i % len(parents)], "joined", new=True))
        parents.append(i)
    return nodes


def measure_graph(scenario, frames: int, size: int = 200) -> dict | None:
    """The circle screen showing a network of ``size`` nodes: every frame while all of them
    grow in, then still frames, then full repaints. None for a scenario without a circle."""
    if scenario.circle is None:
        return None
    app = App(Config(scenario=scenario, length="kiosk", seed=1, headless=True,
                     idle_after=10**9))
    app.push(TitleScene(app))
    driver = Driver(app, "conform", seed=1, via="direct")
    driver.frames(0.3)
    while app.top.screen_id() != "circle":
        driver.press(driver.next_key())
    scene = app.top
    scene.graph = NetworkGraph(scene.graph.rect, network(scenario, size), app.fonts,
                               scene.palette)
    scene.invalidate()
    growing = []
    while scene.graph.growing:
        t0 = time.perf_counter()
        app.update(DT)
        app.draw()
        pygame.display.flip()
        growing.append(time.perf_counter() - t0)
    result = measure(app, frames)
    result.update({"screen": f"circle, {size} nodes", "nodes": len(scene.graph.pos),
                   "labels": len(scene.graph.labels)})
    result.update({f"growing_{k}": v for k, v in summary(growing).items()})
    result["growing_frames"] = len(growing)
    return result


# -- report --------------------------------------------------------------------------------

def targets(result: dict) -> list[tuple[str, float, float]]:
    """(what, measured, limit) for each project target."""
    rows = [(f"p99 {s['screen']}", s["p99_ms"], TARGETS["p99_ms"]) for s in result["screens"]]
    rows += [(f"p99 {g['screen']}", g["p99_ms"], TARGETS["p99_ms"]) for g in result["games"]]
    rows += [(f"moving p99 {s['screen']}", s["moving_p99_ms"], TARGETS["p99_ms"])
             for s in result["screens"]]
    graph = result.get("graph")
    if graph:
        rows += [(f"{what} p99 {graph['screen']}", graph[f"{key}p99_ms"], TARGETS["p99_ms"])
                 for what, key in (("still", ""), ("growing", "growing_"), ("moving", "moving_"))]
    for d in result.get("displays", ()):
        rows.append((f"random input p99, {d['display']}", d["p99_ms"],
                     TARGETS["display_frame_ms"]))
        rows += [(f"change {change}, {d['display']}", ms, TARGETS["display_frame_ms"])
                 for change, ms in d["changes"].items()]
    rows.append(("start-up s", result["startup"]["median_s"], TARGETS["startup_s"]))
    rows.append(("peak RSS MB", result["peak_rss_mb"], TARGETS["rss_mb"]))
    rows.append(("probe peak RSS MB", result["startup"]["probe_peak_rss_mb"], TARGETS["rss_mb"]))
    return rows


def print_report(result: dict) -> None:
    s, fl = result["startup"], result["floor"]
    print(f"Benchmark  canvas 1920x1080  {result['frames']} frames/screen  "
          f"pygame-ce {pygame.version.ver}  scenario {result['scenario']}")
    runs = " ".join(f"{r:.3f}" for r in s["runs_s"])
    print(f"\nStart-up to first drawn frame: median {s['median_s']:.3f} s  (runs: {runs})")
    print("  child phases (median s): " + "  ".join(
        f"{k} {v:.3f}" for k, v in s["phases_median_s"].items() if k not in ("wall_s", "rss_mb")))
    print(f"\nFloor (canvas.fill + display.flip): p50 {fl['p50_ms']:.3f} ms  "
          f"p99 {fl['p99_ms']:.3f} ms  max {fl['max_ms']:.3f} ms")
    print("\nFrame = update(1/60) + draw + flip; 'u+d' = update + draw without the flip;"
          "\n'moving' = update + a full repaint + flip, the cost while anything animates (ms)")
    head = (f"{'screen':<44}{'frames':>7}{'p50':>8}{'p99':>8}{'max':>8}{'u+d p50':>9}"
            f"{'u+d p99':>9}{'mov p50':>9}{'mov p99':>9}")
    print(head + "  note")
    print("-" * (len(head) + 6))
    for r in result["screens"]:
        print(f"{r['screen']:<44}{r['frames']:>7}{r['p50_ms']:>8.3f}{r['p99_ms']:>8.3f}"
              f"{r['max_ms']:>8.3f}{r['work_p50_ms']:>9.3f}{r['work_p99_ms']:>9.3f}"
              f"{r['moving_p50_ms']:>9.3f}{r['moving_p99_ms']:>9.3f}  {r['note']}")
    print("\nMini-games, played start to end by a bot (update + draw + flip, ms):")
    for g in result["games"]:
        print(f"{g['screen']:<44}{g['frames']:>7}{g['p50_ms']:>8.3f}{g['p99_ms']:>8.3f}"
              f"{g['max_ms']:>8.3f}")
    graph = result.get("graph")
    if graph:
        print(f"\nNetwork graph ({graph['nodes']} nodes, {graph['labels']} labels) on the circle "
              f"screen: growing ({graph['growing_frames']} frames) p50 "
              f"{graph['growing_p50_ms']:.3f} ms  p99 {graph['growing_p99_ms']:.3f} ms;  still "
              f"p50 {graph['p50_ms']:.3f}  p99 {graph['p99_ms']:.3f};  full repaint p50 "
              f"{graph['moving_p50_ms']:.3f}  p99 {graph['moving_p99_ms']:.3f}")
    if result.get("displays"):
        print_displays(result["displays"])
    for still in result.get("still", ()):
        print(f"\nStill {still['screen']}: {still['cpu_percent']:.1f} % of a core, "
              f"{still['presented_per_s']:.1f} frames presented a second "
              f"(over {still['seconds']:.0f} s, headless)", end="")
    print(f"\n\nPeak RSS: after the tour's two visits {result['peak_rss_mb']:.1f} MB, "
          f"start-up probe {s['probe_peak_rss_mb']:.1f} MB")
    missed = [(w, v, lim) for w, v, lim in targets(result) if v > lim]
    print(f"\nTargets (p99 <= {TARGETS['p99_ms']} ms; presented frames and changes of screen "
          f"<= {TARGETS['display_frame_ms']:.1f} ms; start-up <= {TARGETS['startup_s']} s, "
          f"RSS <= {TARGETS['rss_mb']:.0f} MB): " + ("all met" if not missed else "MISSED"))
    for what, value, limit in missed:
        print(f"  MISSED {what}: {value:.3f} > {limit}")


def run(args: argparse.Namespace) -> dict:
    result = {"scenario": args.scenario, "canvas": [1920, 1080], "frames": args.frames,
              "startup": startup(args.scenario, args.runs)}
    scenario = load_scenario(args.scenario)
    app, screens = measure_screens(scenario, args.frames, profile=args.profile)
    result["floor"] = floor(app.canvas, args.frames)
    result["screens"] = screens
    pygame.quit()
    # The memory of one app after the whole tour: two visits, every screen. The harnesses
    # below open an app per game and one for the graph, which a player never does.
    result["peak_rss_mb"] = rss_mb()
    result["games"] = measure_games(scenario)
    result["graph"] = measure_graph(scenario, args.frames)
    pygame.quit()
    result["still"] = measure_still(scenario, args.still)
    result["displays"] = measure_displays(scenario, args.walk)
    result["targets_missed"] = [w for w, v, lim in targets(result) if v > lim]
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = run(args)
    print_report(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
