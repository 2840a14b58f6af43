"""The room's visits in SQLite, in the host's data folder, never beside the program.

WAL mode with full sync: a visit is acknowledged to its station only once its row is
committed to disk, so killing the host at any moment loses no acknowledged visit. A
visit id already stored is not stored again (a station that never got its answer sends
the same summary again). Closing the room deletes its visits.
"""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS visits (
    visit_id TEXT PRIMARY KEY,
    received REAL NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class Store:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    def add(self, visit_id: str, summary: dict) -> str:
        """Store one visit, committed when this returns: "new"; "updated" when a visit goes
        on after its first summary (the same id, more pages seen); "same" for a resend."""
        text = json.dumps(summary, ensure_ascii=False, sort_keys=True)
        self.db.execute("BEGIN IMMEDIATE")  # the visit and the count of changes, together
        try:
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO visits (visit_id, received, summary) VALUES (?, ?, ?)",
                (visit_id, time.time(), text))
            outcome = "new"
            if cursor.rowcount != 1:
                cursor = self.db.execute("UPDATE visits SET summary = ? WHERE visit_id = ? "
                                         "AND summary != ?", (text, visit_id, text))
                outcome = "updated" if cursor.rowcount == 1 else "same"
            if outcome != "same":
                self._changed()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return outcome

    def _changed(self) -> None:
        self.set("changes", self.changes() + 1)

    def changes(self) -> int:
        """How many times the visits changed (a new one, or one that went on): an export
        marks the number it saw, and closing asks unless nothing changed since."""
        return self.setting("changes", 0)

    def has(self, visit_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM visits WHERE visit_id = ?",
                               (visit_id,)).fetchone() is not None

    def visits(self) -> list[dict]:
        """Every visit, in the order they arrived."""
        rows = self.db.execute("SELECT summary FROM visits ORDER BY received, visit_id")
        return [json.loads(summary) for summary, in rows]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]

    def setting(self, key: str, default=None):
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value) -> None:
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                        (key, json.dumps(value)))

    def clear(self) -> None:
        """Close the room: its visits and settings are deleted."""
        self.db.execute("DELETE FROM visits")
        self.db.execute("DELETE FROM settings")
        self.db.execute("VACUUM")

    def close(self) -> None:
        self.db.close()
