"""A station in a workshop room: each visit's summary goes to the facilitator's host.

A summary is first written to the station's outbox (in its data folder), then sent; only
the host's answer that it is stored removes it. A host that is down, a lost answer or a
station killed mid-send leaves the summary waiting, to be sent later; the visit id makes a
summary sent twice count once. While a summary is on its way it is ``<id>.sending``, so a
fuller summary of the same visit queued meanwhile (``<id>.json``) is sent after it, never
lost. A summary the host cannot accept (a shape it refuses) is moved aside to
``outbox/refused``; a wrong room code stops the sending and keeps everything waiting.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..runlog import LOG
from . import schema

TIMEOUT = 5.0  # seconds for one request
BACKOFF = (1, 2, 4, 8, 15, 30)  # seconds between tries while the host is unreachable


class Station:
    def __init__(self, url: str, code: str, folder: Path):
        self.url, self.code = url.rstrip("/"), code.upper()
        self.outbox = folder / "outbox"
        self.outbox.mkdir(parents=True, exist_ok=True)
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.sent = 0

    # -- the outbox ----------------------------------------------------------------------

    def queue(self, summary: dict) -> str:
        """Keep one visit's summary for sending; returns its visit id."""
        visit_id = summary.get("visit_id") or schema.new_visit_id()
        summary = {**summary, "visit_id": visit_id}
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.outbox, suffix=".tmp",
                                         delete=False) as f:
            json.dump(summary, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(f.name, self.outbox / f"{visit_id}.json")
        self._wake.set()
        return visit_id

    def waiting(self) -> list[Path]:
        """The summaries waiting, oldest first (one on its way counts as waiting)."""
        found = []
        for path in list(self.outbox.glob("*.json")) + list(self.outbox.glob("*.sending")):
            try:
                found.append((path.stat().st_mtime, path))
            except FileNotFoundError:
                continue  # another sender of this outbox has just sent it
        return [path for _, path in sorted(found)]

    # -- sending ---------------------------------------------------------------------------

    def send_waiting(self) -> bool:
        """Send what waits, oldest first; False when something is left to send later."""
        done = True
        for path in self.waiting():
            sending = path.with_suffix(".sending")
            try:
                if path.suffix == ".json":
                    os.replace(path, sending)
                body = sending.read_bytes()
            except FileNotFoundError:
                continue  # another sender of this outbox took it
            outcome = self._post(body)
            if outcome == "stored":
                self.sent += 1
                sending.unlink(missing_ok=True)
            elif outcome == "refused":
                (self.outbox / "refused").mkdir(exist_ok=True)
                os.replace(sending, self.outbox / "refused" / path.with_suffix(".json").name)
            else:  # back in the queue, unless a fuller summary of the visit is there now
                if path.with_suffix(".json").exists():
                    sending.unlink(missing_ok=True)
                else:
                    os.replace(sending, path.with_suffix(".json"))
                done = False
                if outcome in ("unreachable", "wrong code"):
                    return False
        return done

    def _post(self, body: bytes) -> str:
        request = urllib.request.Request(
            f"{self.url}/visits", data=body, method="POST",
            headers={"Content-Type": "application/json", "X-Room-Code": self.code})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
                answer.read()
            return "stored"
        except urllib.error.HTTPError as err:
            said = err.read()[:300].decode("utf-8", "replace")
            if err.code == 403:
                LOG.error("room: the host refused this station's room code: %s", said)
                return "wrong code"  # everything waits for the right code
            if err.code in (400, 413, 422):
                LOG.error("room: the host refused a visit (%d): %s", err.code, said)
                return "refused"
            return "failed"  # the host is there but cannot store this now: later
        except (OSError, ValueError):
            return "unreachable"

    def flush(self, wait: float) -> bool:
        """Try for up to ``wait`` seconds to send everything; True once nothing waits."""
        deadline = time.monotonic() + wait
        for pause in _pauses():
            if self.send_waiting() and not self.waiting():
                return True
            if time.monotonic() + pause > deadline:
                return False
            time.sleep(pause)
        return False

    def start(self) -> None:
        """Send in the background while the game plays: at once when a visit is queued,
        then again and again, more slowly, while the host cannot be reached."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="room-station", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        pauses = _pauses()
        while True:
            try:
                sent = self.send_waiting()
            except OSError as err:  # a disk that fails: log it, and try again later
                LOG.error("room: the outbox could not be read or written: %s", err)
                sent = False
            if sent:
                pauses = _pauses()
                self._wake.wait()
            else:
                self._wake.wait(next(pauses))
            self._wake.clear()

    # -- what the room says back -------------------------------------------------------

    def get(self, path: str) -> dict | None:
        """A small answer from the host (settings, a comparison), or None if unreachable."""
        request = urllib.request.Request(f"{self.url}{path}", headers={"X-Room-Code": self.code})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
                return json.loads(answer.read(schema.MAX_BODY))
        except (OSError, ValueError):
            return None


def _pauses():
    yield from BACKOFF
    while True:
        yield BACKOFF[-1]
