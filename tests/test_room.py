"""A workshop room end to end: a real host on localhost, autoplayed stations, a host killed
with SIGKILL again and again, and the posts a room must refuse."""
import csv
import io
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from game.core import bots, report
from game.core.session import Session
from game.room import schema

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
CODE = "ROOM42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env(folder: Path) -> dict:
    return dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
                HARMONY_DATA=str(folder))


def start_host(port: int, folder: Path) -> subprocess.Popen:
    host = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--host-room", "--port",
                             str(port), "--room-code", CODE], env=env(folder),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            get(port, "/state")
            return host
        except OSError:
            time.sleep(0.05)
    host.kill()
    raise RuntimeError(host.stderr.read().decode())


def get(port: int, path: str):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as answer:
        return answer.read()


def post(port: int, body: bytes, code: str | None = CODE) -> int:
    headers = {"Content-Type": "application/json"}
    if code is not None:
        headers["X-Room-Code"] = code
    request = urllib.request.Request(f"http://127.0.0.1:{port}/visits", data=body,
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as err:
        return err.code


def station(port: int, folder: Path, seed: int, style: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--autoplay", style, "--seed", str(seed),
         "--length", "kiosk", "--room", f"http://127.0.0.1:{port}", "--room-code",
         CODE.lower(), "--report", str(folder / "report.json"), "--room-wait", "90"],
        env=env(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_twenty_stations_one_killed_mid_send_some_before_the_host_all_arrive_once(tmp_path):
    port = free_port()
    folders = [tmp_path / f"station{i:02d}" for i in range(20)]
    for folder in folders:
        folder.mkdir()
    styles = ["conform", "resist", "random"]
    early = [station(port, folders[i], i, styles[i % 3]) for i in range(5)]  # no host yet
    time.sleep(2.0)
    host = start_host(port, tmp_path / "host")
    try:
        later = [station(port, folders[i], i, styles[i % 3]) for i in range(5, 19)]
        killed = station(port, folders[19], 19, "random")
        outbox = folders[19] / "outbox"
        deadline = time.monotonic() + 60
        caught: list = []
        while time.monotonic() < deadline and killed.poll() is None and not caught:
            caught = list(outbox.glob("*.json")) + list(outbox.glob("*.sending"))
            time.sleep(0.001)
        killed.send_signal(signal.SIGKILL)  # queued, and sending or about to
        killed.wait()
        assert caught, "the station finished before it could be killed mid-send"
        for proc in early + later:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
            assert b"room: sent" in out
        # The killed station starts again: what it had not sent goes now, once.
        again = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--room", f"http://127.0.0.1:{port}",
             "--room-code", CODE, "--send-waiting"], env=env(folders[19]),
            capture_output=True, timeout=60)
        assert again.returncode == 0, again.stderr.decode()
        exported = json.loads(get(port, "/export.json"))
        reports = [json.loads((f / "report.json").read_text()) for f in folders]
        assert len(exported) == 20
        assert sorted(exported, key=lambda v: v["visit_id"]) == sorted(
            reports, key=lambda v: v["visit_id"])
        rows = list(csv.DictReader(io.StringIO(get(port, "/export.csv").decode())))
        assert len(rows) == 20
        by_id = {r["visit_id"]: r for r in reports}
        for row in rows:
            mine = by_id[row["visit_id"]]
            assert int(row["final_score"]) == mine["final_score"]
            assert json.loads(row["choices"]) == mine["choices"]
            assert row["left_early"] == str(mine["left_early"]).lower()
    finally:
        host.terminate()
        host.wait(timeout=10)


def summaries(harmony, count: int) -> list[bytes]:
    session = Session(harmony, "kiosk", random.Random(5), lambda: 0.0, seed=5)
    bots.play(session, "random", random.Random(6))
    base = report.build(session, "random")
    return [json.dumps({**base, "visit_id": schema.new_visit_id(), "final_score": i}).encode()
            for i in range(count)]


def test_a_host_killed_at_any_moment_loses_no_acknowledged_visit(harmony, tmp_path):
    port, folder = free_port(), tmp_path / "host"
    bodies = summaries(harmony, 60)
    acked: set[str] = set()
    rng = random.Random(8)
    waiting = list(bodies)
    for _ in range(6):  # posts while the host dies under them, six times
        host = start_host(port, folder)
        kill_at = time.monotonic() + rng.uniform(0.05, 0.4)
        while waiting and time.monotonic() < kill_at:
            body = waiting[0]
            if post(port, body) in (200, 201):
                acked.add(json.loads(body)["visit_id"])
                waiting.pop(0)
        host.send_signal(signal.SIGKILL)
        host.wait()
        stored = {v["visit_id"] for v in json.loads(_export(port, folder))}
        assert acked <= stored  # every answered visit survived the kill
    host = start_host(port, folder)
    try:
        for body in bodies:  # a station resends what it has no answer for; resends count once
            assert post(port, body) in (200, 201)
        assert len(json.loads(get(port, "/export.json"))) == 60
    finally:
        host.terminate()
        host.wait(timeout=10)


def _export(port, folder) -> bytes:
    host = start_host(port, folder)
    try:
        return get(port, "/export.json")
    finally:
        host.send_signal(signal.SIGKILL)
        host.wait()


def test_a_post_without_the_code_or_not_a_summary_is_refused(harmony, tmp_path):
    port = free_port()
    host = start_host(port, tmp_path / "host")
    try:
        good = summaries(harmony, 1)[0]
        assert post(port, good, code=None) == 403
        assert post(port, good, code="WRONG1") == 403
        assert post(port, b"{not json") == 400
        assert post(port, json.dumps({"visit_id": "x"}).encode()) == 422
        extra = {**json.loads(good), "name": "Ada"}  # no field for a person, ever
        assert post(port, json.dumps(extra).encode()) == 422
        assert post(port, b" " * (schema.MAX_BODY + 10)) == 413
        assert json.loads(get(port, "/export.json")) == []
        assert post(port, good) == 201 and post(port, good) == 200  # twice: stored once
        assert len(json.loads(get(port, "/export.json"))) == 1
    finally:
        host.terminate()
        host.wait(timeout=10)
