"""The game's own record for a technician: a rotating log and crash dumps in its data folder.

Everything the game writes at run time goes to one folder of the user's (SDL's "pref
path", named after the level the game ships: ``~/.local/share/<name>`` on Linux,
``%APPDATA%\\<name>`` on Windows), never beside the program. The log holds start, stop, each visit's start and end (how long,
how it ended, on which screen), and errors with their tracebacks: no personal data, as
the game has none. ``faulthandler`` writes a crash of Python itself to ``faults.log``.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import signal
from pathlib import Path

LOG = logging.getLogger("game")
LOG_NAME, FAULTS_NAME = "game.log", "faults.log"
ROOT = Path(__file__).resolve().parents[1]
# The engine names no scenario: it plays the level that ships in levels/ (the first by name,
# should there be several), and the program is known by that file's name.
SHIPPED_LEVEL = next(iter(sorted((ROOT / "levels").glob("*.yaml"))), ROOT / "levels")
PROGRAM = SHIPPED_LEVEL.stem
MAX_BYTES, BACKUPS = 1_000_000, 5  # about ten thousand visits a file, six files at most


def data_folder() -> Path:
    """The folder the game writes into, made if need be; an environment variable named
    after the program (``<NAME>_DATA``) may choose another."""
    chosen = os.environ.get(f"{PROGRAM.upper()}_DATA")
    if chosen:
        folder = Path(chosen)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    import pygame
    return Path(pygame.system.get_pref_path("", PROGRAM))


class RunLog:
    """The log's handler and the fault file while the game runs; ``close`` lets go of both."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        self.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        LOG.addHandler(self.handler)
        LOG.setLevel(logging.INFO)
        self.faults = open(folder / FAULTS_NAME, "a", encoding="utf-8")
        faulthandler.enable(self.faults)
        if hasattr(signal, "SIGUSR1"):  # `kill -USR1 <pid>`: where a stuck game is stuck
            faulthandler.register(signal.SIGUSR1, self.faults, all_threads=True)

    def close(self) -> None:
        if hasattr(signal, "SIGUSR1"):
            faulthandler.unregister(signal.SIGUSR1)
        faulthandler.disable()
        self.faults.close()
        LOG.removeHandler(self.handler)
        self.handler.close()


def start(folder: Path | None = None) -> RunLog | None:
    """Log into the data folder; a folder that cannot be written costs the log, not the game."""
    try:
        return RunLog(folder or data_folder())
    except OSError as err:
        import sys
        print(f"log: cannot write into the data folder: {err}", file=sys.stderr)
        return None
