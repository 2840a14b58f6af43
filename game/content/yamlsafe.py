"""A strict YAML reader for scenario files, and the ``Problem`` every check reports.

It walks the parser's events itself, so every value keeps the line and column where
it starts, and refuses what plain YAML allows but a level file must not use.
"""
from __future__ import annotations

import datetime
import os
import re
import stat
from dataclasses import dataclass

import yaml
from yaml.events import (AliasEvent, CollectionEndEvent, CollectionStartEvent, DocumentStartEvent,
                         MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent)
from yaml.nodes import ScalarNode
from yaml.reader import ReaderError

# The C parser is several times faster; both give the same events and 0-based marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_048_576
MAX_DEPTH = 20
_TAG = "tag:yaml.org,2002:"
_UNSET = object()
# safe_load's scalar types; any other resolved tag (merge "<<", value "=") stays a string.
_SCALAR_TYPES = {_TAG + name for name in ("null", "bool", "int", "float", "timestamp")}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class ContentError(Exception):
    """A scenario file could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class YamlMap(dict):
    """A mapping that remembers where it, each key and each value start (line, col)."""

    __slots__ = ("line", "col", "key_at", "value_at")


class YamlList(list):
    """A sequence that remembers where it and each item start (line, col)."""

    __slots__ = ("line", "col", "item_at")


def load_yaml_file(path, max_bytes: int = MAX_BYTES,
                   max_depth: int = MAX_DEPTH) -> tuple[object, list[Problem]]:
    """Read one YAML document strictly: ``(value, problems)``; value is None on problems.

    Mappings come as ``YamlMap`` and sequences as ``YamlList``, which carry the 1-based
    (line, col) of themselves and of their keys, values and items; scalars are plain.
    """
    name = str(path)
    data, problem = _read_bytes(name, max_bytes)
    if problem:
        return None, [Problem(name, 1, 1, problem)]
    text, problem_at = _decode(data)
    if problem_at:
        return None, [Problem(name, *problem_at)]
    problem_at = _separator(text) or _too_deep(text, max_depth)
    if problem_at:
        return None, [Problem(name, *problem_at)]
    reader = _Reader(name, text, max_depth)
    value = reader.run()
    return (None if reader.problems else value), reader.problems


def _read_bytes(name: str, max_bytes: int) -> tuple[bytes, str | None]:
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):  # a pipe or a device would never end
            return b"", "not a regular file"
        with open(name, "rb") as f:
            data = f.read(max_bytes + 1)  # one byte more is enough to know it is too big
    except OSError as e:
        return b"", f"cannot read file: {e.strerror or e}"
    if len(data) > max_bytes:
        return data, f"file is larger than {max_bytes:,} bytes"
    if not data:
        return data, "file is empty"
    if not data.strip():
        return data, "file is empty (only whitespace)"
    return data, None


def _decode(data: bytes) -> tuple[str, tuple[int, int, str] | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        line = data.count(b"\n", 0, e.start) + 1
        before = data[line_start:e.start].decode("utf-8-sig" if line_start == 0 else "utf-8")
        col = len(before) + 1
        return "", (line, col, f"not UTF-8: byte 0x{data[e.start]:02x} cannot be decoded")


def _position(text: str, char: str) -> tuple[int, int]:
    return _line_col(text, max(text.find(char), 0))


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character, counting only "\n" as a line break."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


# YAML counts these as line breaks where an editor shows none: every later line number
# would be off, so they are refused at their place.
_SEPARATORS = {"\x85": "next line (U+0085)", "\u2028": "line separator (U+2028)",
               "\u2029": "paragraph separator (U+2029)"}


def _separator(text: str) -> tuple[int, int, str] | None:
    found = [(text.find(c), name) for c, name in _SEPARATORS.items() if c in text]
    if not found:
        return None
    index, name = min(found)
    return (*_line_col(text, index),
            f"the invisible {name} is not allowed: use an ordinary line break")


_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|#[^\n]*')
_BRACKET = re.compile(r"[\[\]{}]")


def _too_deep(text: str, max_depth: int) -> tuple[int, int, str] | None:
    """Brackets nested far beyond the limit, found before parsing: the parser takes time
    that grows with the square of the depth before it reaches the limit."""
    if text.count("[") + text.count("{") <= 4 * max_depth:
        return None
    bare = _QUOTED.sub(lambda m: " " * len(m.group()), text)  # quotes and comments blanked
    depth, first_over = 0, None
    for bracket in _BRACKET.finditer(bare):
        depth += 1 if bracket.group() in "[{" else -1
        if depth >= max_depth and first_over is None:  # the document itself is a level
            first_over = bracket.start()
        if depth > 4 * max_depth:
            return (*_line_col(text, first_over), f"nested deeper than {max_depth} levels")
    return None


def _at(event) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def kind_of(value) -> str:
    """How a message names the type of a value the file gave."""
    if isinstance(value, bool):  # bool is an int subclass: test it first
        return "a boolean"
    if value is None:
        return "null"
    for types, name in _KINDS:
        if isinstance(value, types):
            return name
    return f"a {type(value).__name__}"


_KINDS = ((int, "an integer"), (float, "a number"), (str, "a string"), (dict, "a mapping"),
          (list, "a list"), (datetime.date, "a date"))


class _Reader:
    """Builds YamlMap/YamlList/scalars from parser events, collecting problems."""

    def __init__(self, name: str, text: str, max_depth: int):
        self.name = name
        self.text = text
        self.max_depth = max_depth
        self.problems: list[Problem] = []
        self.loader = None
        self.plain: dict[str, object] = {}

    def run(self):
        try:
            # The pure-Python reader already checks the characters while it is built.
            self.loader = _Loader(self.text)
            return self._stream()
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = e.problem or e.context or "invalid YAML"
            self._problem(where, f"YAML syntax error: {what}")
        except ReaderError as e:
            # Byte or character offset, depending on the parser: find the character instead.
            if isinstance(e.character, int):
                self._problem(_position(self.text, chr(e.character)),
                              f"character #x{e.character:04x} is not allowed in YAML")
            else:
                self._problem((1, 1), f"unreadable: {e.reason}")
        except yaml.YAMLError as e:  # nothing else is raised today; stay a Problem anyway
            self._problem((1, 1), f"YAML error: {e}")
        except RecursionError:  # only with a max_depth far above the default
            self._problem((1, 1), f"nested too deeply to read (max_depth={self.max_depth})")
        finally:
            if self.loader is not None:
                self.loader.dispose()
        return None

    def _stream(self):
        get = self.loader.get_event
        get()  # StreamStart
        event = get()
        if event.__class__ is not DocumentStartEvent:
            self._problem((1, 1), "file has no YAML content (only comments)")
            return None
        value = self._node(get(), 1)
        get()  # DocumentEnd
        event = get()
        if event.__class__ is DocumentStartEvent:
            self._problem(_at(event), "only one YAML document is allowed")
        return value

    # Speed matters here (one call per event), hence exact class tests and no peeking.
    def _node(self, event, depth: int):
        cls = event.__class__
        if cls is ScalarEvent:
            if event.tag is not None or event.anchor is not None:
                self._check_properties(event)
            return self._scalar(event)
        if cls is AliasEvent:
            self._problem(_at(event), f"aliases (*{event.anchor}) are not allowed")
            return None
        self._check_properties(event)
        if depth > self.max_depth:
            self._problem(_at(event), f"nested deeper than {self.max_depth} levels")
            self._skip()
            return None
        if cls is MappingStartEvent:
            return self._mapping(event, depth)
        return self._sequence(event, depth)

    def _check_properties(self, event) -> None:
        if event.anchor is not None:
            self._problem(_at(event), f"anchors (&{event.anchor}) are not allowed")
        if event.tag is not None:
            tag = event.tag.replace(_TAG, "!!", 1) if event.tag.startswith(_TAG) else event.tag
            self._problem(_at(event), f"tags ({tag}) are not allowed")

    def _scalar(self, event: ScalarEvent):
        text = event.value
        if not event.implicit[0]:  # quoted, block or tagged: a string
            return text
        # Plain scalars repeat a lot (keys, ids, small numbers): resolve each text once.
        value = self.plain.get(text, _UNSET)
        if value is _UNSET:
            tag = self.loader.resolve(ScalarNode, text, event.implicit)
            try:
                value = (self.loader.yaml_constructors[tag](self.loader, ScalarNode(tag, text))
                         if tag in _SCALAR_TYPES else text)
            except (ValueError, OverflowError, TypeError, yaml.YAMLError):
                # An impossible date, a malformed number, an integer of thousands of digits.
                kind = {"int": "an integer", "float": "a number", "timestamp": "a date"}.get(
                    tag.removeprefix(_TAG), "a value")
                self._problem(_at(event), f"{text[:40]!r} looks like {kind} but is not one "
                                          "(quote it if it is text)")
                return None
            self.plain[text] = value
        return value

    def _mapping(self, start: MappingStartEvent, depth: int) -> YamlMap:
        result = YamlMap()
        result.line, result.col = _at(start)
        result.key_at, result.value_at = key_at, value_at = {}, {}
        get, node = self.loader.get_event, self._node
        depth += 1
        while True:
            key_event = get()
            if key_event.__class__ is MappingEndEvent:
                return result
            mark = key_event.start_mark
            at = (mark.line + 1, mark.column + 1)
            key = node(key_event, depth)
            event = get()
            mark = event.start_mark
            value = node(event, depth)
            if key.__class__ is not str or key in result:
                self._bad_key(key, key_event, at, result)
            else:
                result[key] = value
                key_at[key], value_at[key] = at, (mark.line + 1, mark.column + 1)

    def _bad_key(self, key, key_event, at, mapping: YamlMap) -> None:
        if isinstance(key, str):
            self._problem(at, f"duplicate key {key!r} (first at line {mapping.key_at[key][0]})")
        elif key_event.__class__ is ScalarEvent:
            self._problem(at, f"key {key_event.value!r} is read as {kind_of(key)}; "
                              "keys must be strings (quote it)")
        elif key_event.__class__ is not AliasEvent:  # an alias was reported already
            self._problem(at, "keys must be strings, not lists or mappings")

    def _sequence(self, start: SequenceStartEvent, depth: int) -> YamlList:
        result = YamlList()
        result.line, result.col = _at(start)
        result.item_at = item_at = []
        get, node = self.loader.get_event, self._node
        depth += 1
        while True:
            event = get()
            if event.__class__ is SequenceEndEvent:
                return result
            mark = event.start_mark
            item_at.append((mark.line + 1, mark.column + 1))
            result.append(node(event, depth))

    def _skip(self) -> None:
        """Consume the rest of a collection whose start event was just read."""
        level = 1
        while level:
            event = self.loader.get_event()
            if isinstance(event, CollectionStartEvent):
                level += 1
            elif isinstance(event, CollectionEndEvent):
                level -= 1

    def _problem(self, at: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.name, at[0], at[1], message))
