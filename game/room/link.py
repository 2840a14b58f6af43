"""A playing station's tie to its room: each visit's summary out, the room's view of it back.

Nothing here waits in the game's frame: sending runs on the station's thread, and the room's
answers (the facilitator's chosen debrief pages, this visit beside the room) are fetched on
short threads of their own and read when they have arrived.
"""
from __future__ import annotations

import threading
import time
import weakref
from urllib.parse import quote

from . import schema
from .station import Station

SENT_WAIT = 10.0  # seconds to wait for this visit to reach the host before comparing


class RoomLink:
    def __init__(self, station: Station):
        self.station = station
        self._ids: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._compared: dict[tuple[str, str], object] = {}
        self._pages: list[str] | None = None
        self.survey = False  # the facilitator asks the level's survey question
        self._answers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        station.start()
        self.refresh_pages()

    def visit_id(self, session) -> str:
        if session not in self._ids:
            self._ids[session] = schema.new_visit_id()
        return self._ids[session]

    def visit_ended(self, session, summary: dict) -> dict:
        """Queue the visit's summary (again, fuller, if the visit goes on to more pages: the
        same visit id, so the room keeps the latest); returns it with its id."""
        summary = {**summary, "visit_id": self.visit_id(session)}
        if session in self._answers:
            summary["survey"] = dict(self._answers[session])
        self.station.queue(summary)
        self.refresh_pages()
        return summary

    # -- the facilitator's chosen pages ---------------------------------------------------

    def refresh_pages(self) -> None:
        threading.Thread(target=self._fetch_pages, daemon=True).start()

    def _fetch_pages(self) -> None:
        answer = self.station.get("/station")
        if answer is not None:
            pages = answer.get("pages")
            self._pages = pages if isinstance(pages, list) else None
            self.survey = answer.get("survey") is True

    # -- the survey --------------------------------------------------------------------------

    def asks(self, session, when: str) -> bool:
        """Whether to ask the survey question now: the facilitator turned it on, the level
        has one, and (after play) the player did not skip it before."""
        if not self.survey or session.scenario.survey is None:
            return False
        return when == "before" or session in self._answers

    def answer(self, session, when: str, value: int | None) -> None:
        """The player's answer (None: skipped); a skip before play asks nothing after it."""
        if when == "before" and value is None:
            return
        self._answers.setdefault(session, {"before": None, "after": None})[when] = value

    @property
    def pages(self) -> list[str] | None:
        """The debrief pages the facilitator chose (None: all)."""
        return self._pages

    # -- this visit beside the room ---------------------------------------------------------

    def comparison(self, session, lang: str):
        """This visit beside the room: a dict (``visits``, ``rows``) once it has arrived,
        "asking" while it is on its way, "unreachable" when the host did not answer."""
        key = (self.visit_id(session), lang)
        with self._lock:
            if key not in self._compared:
                self._compared[key] = "asking"
                threading.Thread(target=self._compare, args=(key,), daemon=True).start()
            return self._compared[key]

    def _compare(self, key: tuple[str, str]) -> None:
        visit_id, lang = key
        deadline = time.monotonic() + SENT_WAIT
        outbox = self.station.outbox
        while ((outbox / f"{visit_id}.json").exists() or (outbox / f"{visit_id}.sending")
               .exists()) and time.monotonic() < deadline:
            time.sleep(0.2)
        answer = self.station.get(f"/compare/{quote(visit_id)}?lang={quote(lang)}")
        with self._lock:
            self._compared[key] = answer if isinstance(answer, dict) else "unreachable"
