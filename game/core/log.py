"""The append-only session log: every thing that happened, in order.

The dossier, the debrief, the report and the tests all read this log; nothing edits
or removes an entry once written.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Iterator, Mapping


@dataclass(frozen=True)
class Entry:
    seq: int
    time: float
    day: int
    kind: str
    data: Mapping[str, Any]
    claims: tuple[str, ...] = ()

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


class SessionLog:
    def __init__(self, clock: Callable[[], float]):
        self._clock = clock
        self._entries: list[Entry] = []

    def append(self, kind: str, day: int, claims: tuple[str, ...] = (), **data: Any) -> Entry:
        entry = Entry(len(self._entries), self._clock(), day, kind,
                      MappingProxyType(dict(data)), tuple(claims))
        self._entries.append(entry)
        return entry

    def __iter__(self) -> Iterator[Entry]:
        return iter(tuple(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def of_kind(self, *kinds: str) -> list[Entry]:
        return [e for e in self._entries if e.kind in kinds]

    def first(self, kind: str) -> Entry | None:
        return next((e for e in self._entries if e.kind == kind), None)

    def claims_reached(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self._entries:
            for claim in entry.claims:
                seen.setdefault(claim)
        return sorted(seen, key=lambda c: int(c[1:]))
