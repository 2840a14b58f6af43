"""The room host's figures: N stations finishing at once, and the facilitator's page updating.

    python tools/bench_room.py [--stations 50] [--updates 20]

Starts a real host (``main.py --host-room``) on a free port with a fresh data folder, posts
N different visit summaries at the same moment from N threads, and prints each post's
latency (send to stored-and-answered) as p50/p99/max, the time until all N were stored,
and how long the page's update (``GET /state``, the whole room analysed) takes with N
visits in the room: with a new visit since the last update, and with nothing new.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.cli import DEFAULT_SCENARIO  # noqa: E402
from game.content import load_scenario  # noqa: E402
from game.core import bots, report  # noqa: E402
from game.core.session import Session  # noqa: E402
from game.room.schema import new_visit_id  # noqa: E402

CODE = "BENCH1"
STYLES = ("conform", "resist", "random")


def summaries(count: int) -> list[bytes]:
    scenario = load_scenario(DEFAULT_SCENARIO)
    out = []
    for i in range(count):
        session = Session(scenario, "workshop", random.Random(i), lambda: 0.0, seed=i)
        bots.play(session, STYLES[i % 3], random.Random(i + 1000))
        summary = {**report.build(session, STYLES[i % 3]), "visit_id": new_visit_id()}
        out.append(json.dumps(summary).encode())
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def post(url: str, body: bytes) -> float:
    request = urllib.request.Request(f"{url}/visits", data=body, method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-Room-Code": CODE})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as answer:
        answer.read()
    return time.perf_counter() - start


def start_host(folder: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, HARMONY_DATA=folder, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    host = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--host-room", "--port",
                             str(port), "--room-code", CODE], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            urllib.request.urlopen(f"{url}/state", timeout=1).read()
            return host, url
        except OSError:
            time.sleep(0.05)
    host.kill()
    raise RuntimeError(host.stderr.read().decode())


def run(stations: int, updates: int) -> dict:
    bodies = summaries(stations + updates)
    with tempfile.TemporaryDirectory() as folder:
        host, url = start_host(folder)
        try:
            latencies: list[float] = []
            gate = threading.Barrier(stations)

            def station(body: bytes) -> None:
                gate.wait()
                latencies.append(post(url, body))
            threads = [threading.Thread(target=station, args=(b,)) for b in bodies[:stations]]
            start = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            all_stored = time.perf_counter() - start
            stored = json.loads(urllib.request.urlopen(f"{url}/state").read())["room"]["count"]
            fresh, same = [], []
            for body in bodies[stations:]:  # a visit arrives, the page updates
                post(url, body)
                t = time.perf_counter()
                state = json.loads(urllib.request.urlopen(f"{url}/state?lang=en").read())
                fresh.append(time.perf_counter() - t)
                t = time.perf_counter()
                urllib.request.urlopen(f"{url}/state?lang=en&since={state['revision']}").read()
                same.append(time.perf_counter() - t)
            size = len(urllib.request.urlopen(f"{url}/state?lang=en").read())
        finally:
            host.terminate()
            host.wait(timeout=10)
    ms = lambda values, share: 1000 * percentile(values, share)  # noqa: E731
    return {"stations": stations, "stored": stored, "all_stored_s": all_stored,
            "post_p50_ms": ms(latencies, 0.5), "post_p99_ms": ms(latencies, 0.99),
            "post_max_ms": 1000 * max(latencies),
            "update_visits": stored + updates,
            "update_new_p50_ms": ms(fresh, 0.5), "update_new_max_ms": 1000 * max(fresh),
            "update_same_p50_ms": ms(same, 0.5), "state_kb": size / 1024}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--stations", type=int, default=50)
    p.add_argument("--updates", type=int, default=20, help="page updates measured")
    args = p.parse_args(argv)
    r = run(args.stations, args.updates)
    print(f"Room host: {r['stations']} stations finishing at once: {r['stored']} stored, all "
          f"within {r['all_stored_s']:.2f} s (aim: 2 s)")
    print(f"  post latency (sent to stored and answered): p50 {r['post_p50_ms']:.1f} ms, "
          f"p99 {r['post_p99_ms']:.1f} ms, max {r['post_max_ms']:.1f} ms")
    print(f"  page update (GET /state) with {r['stations']} to {r['update_visits']} visits: a "
          f"new visit since the last "
          f"{r['update_new_p50_ms']:.1f} ms (p50; max {r['update_new_max_ms']:.1f} ms), "
          f"nothing new {r['update_same_p50_ms']:.2f} ms; {r['state_kb']:.0f} KB a state")
    return 0 if r["stored"] == r["stations"] else 1


if __name__ == "__main__":
    sys.exit(main())
