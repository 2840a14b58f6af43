"""Files made carelessly or to hurt: each is a `file:line:col: message`, never a traceback,
a hang or a game that crashes after `--check` said yes. Each case is a good scenario with
one thing changed, so the message must point at exactly that place."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.content import check_paths

CONTENT = Path(__file__).parent / "content" / "good"
MINI = (CONTENT / "mini.yaml").read_text(encoding="utf-8")
HARMONY = (Path(__file__).parents[1] / "levels" / "harmony.yaml").read_text(encoding="utf-8")
TAGLINE = '"Be your best self."'


def swap(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def place(text: str, marker) -> tuple[int, int]:
    """1-based line and column of the first ``marker`` in ``text`` (or of a (marker, n):
    n characters after it)."""
    marker, after = marker if isinstance(marker, tuple) else (marker, 0)
    index = text.index(marker) + after
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


# (name, base, old, new, where the problem is: a marker in the new text, phrase)
CASES = [
    ("impossible_date", MINI, "format: 1\n", "format: 1\nwhen: 2024-02-30\n", "2024-02-30",
     "looks like a date but is not one"),
    ("impossible_time", MINI, "format: 1\n", "format: 1\nwhen: 2024-01-01 25:61:00\n",
     "2024-01-01 25", "looks like a date"),
    ("malformed_binary", MINI, "format: 1\n", "format: 0b_\n", "0b_",
     "looks like an integer but is not one"),
    ("malformed_hex", MINI, "format: 1\n", "format: 0x_\n", "0x_", "looks like an integer"),
    ("integer_of_thousands_of_digits", MINI, "format: 1\n", "format: " + "9" * 5000 + "\n",
     "9999", "looks like an integer"),
    ("format_spec", MINI, TAGLINE, '"Be your {name:d} self."', '"Be your {',
     "may not carry a format"),
    ("conversion", MINI, TAGLINE, '"Be your {name!x} self."', '"Be your {',
     "may not carry a format"),
    ("huge_width", MINI, TAGLINE, '"Be your {name:>99999999} self."', '"Be your {',
     "may not carry a format"),
    ("placeholder_in_an_ordinary_text", MINI, TAGLINE, '"Be your {name} self."', '"Be your {',
     "this text takes none"),
    ("escaped_nul", MINI, TAGLINE, '"Be your \\0 best self."', '"Be your \\0',
     "invisible character U+0000"),
    ("very_long_text", MINI, TAGLINE, '"' + "word " * 3000 + '"', '"word', "at most 400 fit"),
    ("line_separator", MINI, TAGLINE, '"Be your\u2028best self."', "\u2028",
     "line separator (U+2028)"),
    ("paragraph_separator", MINI, TAGLINE, '"Be your\u2029best self."', "\u2029",
     "paragraph separator (U+2029)"),
    ("next_line", MINI, TAGLINE, '"Be your\x85best self."', "\x85", "next line (U+0085)"),
    ("deep_brackets", MINI, "format: 1\n", "format: 1\nx: " + "[" * 200_000 + "]" * 200_000
     + "\n", ("[", 19), "nested deeper than 20 levels"),
    ("overflowing_weight", MINI, "weight: 2\n", "weight: 1.0e+308\n", "1.0e+308",
     "at most 100"),
    ("huge_price", HARMONY, "own_price: 1.19", "own_price: 1.0e+308", "1.0e+308",
     "at most 1,000"),
    ("fractional_group_effect", HARMONY, "effects: {behaviour: -12, social: -8}",
     "effects: {behaviour: -12.5, social: -8}", "-12.5", "expected an integer"),
    ("out_of_range_group_effect", HARMONY, "effects: {behaviour: -12, social: -8}",
     "effects: {behaviour: -1200000, social: -8}", "-1200000", "must be between"),
    ("perk_no_tier_grants", MINI, "    perks: [fast_lane]\n", "\n", "fast_lane\n    name",
     "no tier grants this perk"),
    ("ban_no_tier_carries", MINI, "    bans: [no_travel]\n", "\n", "no_travel\n    name",
     "no tier carries this ban"),
    ("unknown_perk_in_a_list", MINI, "requires_perk: fast_lane", "requires_perk: [fast_lane, vip]",
     "vip]", "unknown perk 'vip'"),
    ("unknown_area_in_a_game", HARMONY, "declined: {personal: -3}", "declined: {privacy: -3}",
     "privacy: -3", "unknown dimension 'privacy'"),
]


@pytest.mark.parametrize("name,base,old,new,marker,phrase", CASES, ids=[c[0] for c in CASES])
def test_a_hostile_file_is_one_clear_problem_at_its_place(tmp_path, name, base, old, new,
                                                            marker, phrase):
    text = swap(base, old, new)
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    problems = check_paths([str(path)])
    assert problems, "passed the check"
    first = problems[0]
    line, col = place(text, marker)
    assert phrase in first.message, str(first)
    assert first.line == line and abs(first.col - col) <= 1, str(first)
    assert str(first).startswith(f"{path}:{first.line}:{first.col}: ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_read(tmp_path):
    pipe = tmp_path / "level.yaml"
    os.mkfifo(pipe)
    problems = check_paths([str(pipe)])
    assert [str(p) for p in problems] == [f"{pipe}:1:1: not a regular file"]


def test_a_long_label_is_cut_in_few_steps():
    """Fitting halves the text, so a long text costs a few measurements, not thousands."""
    import pygame

    from game.ui.theme import Fonts
    pygame.font.init()
    fonts = Fonts()
    calls = []
    font = fonts.font("body")
    size = font.size

    class Counting:
        def size(self, text):
            calls.append(text)
            return size(text)
    fonts._fonts[("regular", round(34 * fonts.scale))] = Counting()
    cut = fonts.fit("word " * 5000, "body", 300)
    assert cut.endswith("…") and size(cut)[0] <= 300
    assert len(calls) < 40


def test_an_option_may_be_opened_by_any_of_several_perks(tmp_path, mini):
    """requires_perk takes one id or a list; a tier with any of them opens the option."""
    import random

    from game.content import load_scenario
    from game.core.session import Session
    path = tmp_path / "perks.yaml"
    path.write_text(swap(MINI, "requires_perk: fast_lane", "requires_perk: [fast_lane]"),
                    encoding="utf-8")
    scenario = load_scenario(path)
    option = next(o for c in scenario.cards for o in c.options if o.requires_perk)
    assert option.requires_perk == ("fast_lane",)
    session = Session(scenario, "workshop", random.Random(1), lambda: 0.0, seed=1)
    top = scenario.tiers[-1]
    assert session.unlock_tier(option) == top
    assert session.locked(option) == ("fast_lane" not in session.tier.perks)
