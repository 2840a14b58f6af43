"""tools/benchmark.py measures every screen a scripted visit reaches; a test of the script,
never of the game's speed."""
import importlib.util
import json
import sys

import pygame

from conftest import MINI, ROOT
from game.app import App, Config
from game.driver import tour

spec = importlib.util.spec_from_file_location("benchmark", ROOT / "tools" / "benchmark.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def scripted_screens(scenario) -> set[str]:
    """The screens of the same tour, walked without measuring anything."""
    app = App(Config(scenario=scenario, length="kiosk", seed=1, headless=True, idle_after=10**9))
    seen: set[str] = set()
    tour(app, 1, seen.add)
    return seen


def test_the_benchmark_lists_every_screen_with_non_negative_numbers(mini, tmp_path, capsys):
    reached = scripted_screens(mini)
    app, screens = bench.measure_screens(mini, frames=3, length="kiosk")
    names = [s["screen"] for s in screens]
    assert len(names) == len(set(names))
    assert set(names) == reached
    assert {"title", "settings", "leave", "idle", "error"} <= set(names)
    for s in screens:
        assert s["frames"] == 3 and s["note"] == "", s
        assert 0 <= s["p50_ms"] <= s["p99_ms"] <= s["max_ms"]
        assert 0 <= s["work_p50_ms"] <= s["work_p99_ms"] <= s["work_max_ms"]
        assert 0 <= s["moving_p50_ms"] <= s["moving_p99_ms"] <= s["moving_max_ms"]
    result = {"scenario": str(MINI), "canvas": [1920, 1080], "frames": 3, "screens": screens,
              "floor": bench.floor(app.canvas, 3), "startup": bench.startup(str(MINI), runs=1)}
    pygame.quit()
    result["games"] = bench.measure_games(mini)  # the test game places none: an empty table
    result["peak_rss_mb"] = bench.rss_mb()
    result["still"] = bench.measure_still(mini, seconds=0.3)
    assert [row["screen"] for row in result["still"]] == ["title", "card"]
    result["displays"] = bench.measure_displays(mini, frames=40)
    assert [d["display"] for d in result["displays"]] == [n for n, _ in bench.DISPLAYS]
    assert result["displays"][1]["window"] == [1280, 720]
    for d in result["displays"]:
        assert d["frames"] == 40 and 0 < d["presented"] <= 40 and d["screens"] >= 2
        assert 0 <= d["p50_ms"] <= d["p99_ms"] <= d["max_ms"]
        assert d["changes"] and all(ms > 0 for ms in d["changes"].values())
    assert all(row["cpu_percent"] >= 0 and row["presented_per_s"] >= 0
               for row in result["still"])
    assert result["floor"]["p50_ms"] >= 0 and result["startup"]["median_s"] > 0
    if sys.platform != "win32":  # peak memory is read through the Unix resource module
        assert result["startup"]["probe_peak_rss_mb"] > 0 and result["peak_rss_mb"] > 0
    bench.print_report(result)
    table = capsys.readouterr().out
    assert all(name in table for name in names) and "Still card:" in table
    assert "window 1280x720, scaled" in table and "Worst frame of each change" in table
    (tmp_path / "b.json").write_text(json.dumps(result))


def test_the_benchmark_plays_every_placed_mini_game_to_its_end(harmony):
    games = bench.measure_games(harmony)
    placed = sorted({g.game for g in harmony.minigames if "workshop" in g.at})
    assert [g["screen"] for g in games] == [f"game {name}" for name in placed]
    for g in games:
        # Played to its result by a bot that moves at every chance: seconds of frames.
        assert g["finished"] and g["frames"] >= 2 * 60
        assert 0 <= g["p50_ms"] <= g["p99_ms"] <= g["max_ms"]
def test_the_benchmark_measures_the_network_graph_at_200_nodes(harmony, mini, capsys):
    graph = bench.measure_graph(harmony, frames=3)
    pygame.quit()
    assert graph["nodes"] == 200 and graph["frames"] == 3 and graph["growing_frames"] > 0
    assert 0 <= graph["growing_p50_ms"] <= graph["growing_p99_ms"]
    assert 0 <= graph["p50_ms"] <= graph["p99_ms"] and graph["labels"] >= 1
    assert bench.measure_graph(mini, frames=3) is None  # no circle, nothing to measure


def test_the_room_benchmark_stores_every_station_and_prints_its_figures(capsys):
    import bench_room
    assert bench_room.main(["--stations", "6", "--updates", "2"]) == 0
    out = capsys.readouterr().out
    assert "6 stations finishing at once: 6 stored" in out
    assert "post latency" in out and "page update (GET /state) with 6 to 8 visits" in out
