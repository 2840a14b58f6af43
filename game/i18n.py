"""The one translation layer for the interface's own words (content brings its own).

Strings live in ``assets/text/*.yaml`` as ``key: {en: ..., de: ...}`` (``ui.yaml`` for the
frame, one file per feature beside it); a key in two files, a missing key or a missing
language is an error in the tests, and falls back to English at run time.
"""
from __future__ import annotations

from pathlib import Path

import yaml

UI_TEXT = Path(__file__).resolve().parents[1] / "assets" / "text"
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


class Strings:
    def __init__(self, folder: Path = UI_TEXT):
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        self.table: dict[str, dict[str, str]] = {}
        self.twice: list[str] = []  # keys found in more than one file
        for path in sorted(folder.glob("*.yaml")):
            with open(path, encoding="utf-8") as f:
                part = yaml.load(f, Loader=loader) or {}
            self.twice += [f"{path.name}: {key}" for key in part if key in self.table]
            self.table.update(part)

    def get(self, key: str, lang: str, **values) -> str:
        """The text for key; with ``n == 1`` (or "1", already formatted) the key's ``_one``
        form, where it has one."""
        if str(values.get("n")) == "1" and f"{key}_one" in self.table:
            key = f"{key}_one"
        entry = self.table.get(key)
        if entry is None:
            raise KeyError(f"no interface text {key!r}")
        text = entry.get(lang) or entry["en"]
        if "{n_times}" in text:  # "viermal", not "4-mal"; "Zwanzigmal" to start a sentence
            # (alone, it is a fragment in a list and stays small)
            said = times(values["n"], lang)
            values = {**values, "n_times": said[:1].upper() + said[1:]
                      if text.startswith("{n_times}") and text != "{n_times}" else said}
        return text.format_map(_Unfilled(values)) if values else text

    def missing(self, languages: tuple[str, ...]) -> list[str]:
        return [f"{key}: {lang}" for key, entry in self.table.items()
                for lang in languages if not (entry or {}).get(lang)]


class _Unfilled(dict):
    """Values for a text; a placeholder not given stays as written (a title measured
    before its page numbers are known)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def number(value: int, lang: str) -> str:
    """Thousands separators as each language writes them; a true minus sign."""
    text = f"{abs(value):,}"
    text = text.replace(",", ".") if lang == "de" else text
    return f"\u2212{text}" if value < 0 else text


def signed(value: int) -> str:
    """A score change always shows its sign; the minus is a true minus sign."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"\u2212{-value}"
    return "\u00b10"


# How often, in words where a reader expects words: German writes "viermal", not "4-mal".
TIMES = {"de": ("einmal", "zweimal", "dreimal", "viermal", "fünfmal", "sechsmal", "siebenmal",
                "achtmal", "neunmal", "zehnmal", "elfmal", "zwölfmal", "dreizehnmal",
                "vierzehnmal", "fünfzehnmal", "sechzehnmal", "siebzehnmal", "achtzehnmal",
                "neunzehnmal", "zwanzigmal")}


def times(n, lang: str) -> str:
    words = TIMES.get(lang, ())
    count = int(str(n).replace(".", "").replace(",", ""))
    return words[count - 1] if 0 < count <= len(words) else f"{n}-mal" if lang == "de" \
        else f"{n} times"
