"""The command line as reviewers use it: --check, --autoplay, --report, --seed."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from tests.conftest import HARMONY, ROOT

REQUIRED = {"A1", "A2", "A3", "A4", "A5", "A6", "A10", "A13", "A19"}
REPORT_KEYS = {"scenario", "seed", "style", "length", "final_score", "final_tier",
               "score_history", "tier_history", "choices", "data_points", "partners", "bans",
               "perks_used", "claims_reached"}


def autoplay(tmp_path, style, seed=1, length="workshop", lang="en"):
    out = tmp_path / f"{style}-{seed}-{length}-{lang}.json"
    code = main(["--autoplay", style, "--seed", str(seed), "--length", length, "--lang", lang,
                 "--report", str(out)])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_shipped_levels_pass_check(capsys):
    levels = sorted(str(p) for p in (ROOT / "levels").glob("*.yaml"))
    assert levels
    assert main(["--check", *levels]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_check_reports_every_problem_as_file_line_col(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: Bad Id\nid: again\n", encoding="utf-8")
    assert main(["--check", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{bad}:3:1:") and "duplicate" in line for line in out)


def test_bad_scenario_exits_cleanly_with_positions_not_a_traceback(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("format: 1\ntitle: [unclosed\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "main.py", "--scenario", str(bad), "--autoplay",
                          "conform"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert f"{bad}:" in run.stderr
    assert "Traceback" not in run.stderr


def test_help_documents_the_interface():
    run = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0
    for flag in ("--check", "--autoplay", "--seed", "--scenario", "--report", "--screenshots",
                 "--length", "--fullscreen"):
        assert flag in run.stdout


@pytest.mark.parametrize("style", ["conform", "resist", "random"])
def test_same_seed_and_style_give_the_same_report(tmp_path, style):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    first = autoplay(tmp_path / "a", style, seed=7)
    second = autoplay(tmp_path / "b", style, seed=7)
    assert first == second
    assert REPORT_KEYS <= set(first)


def test_workshop_styles_land_where_the_argument_needs_them(tmp_path):
    reports = {style: autoplay(tmp_path, style) for style in ("conform", "resist", "random")}
    top = reports["conform"]
    assert top["final_tier"] == "aaa"
    assert top["perks_used"], "a high scorer should have used a perk"
    low = reports["resist"]
    assert low["bans"], "a resister should end refused by a ban"
    assert low["final_score"] < top["final_score"] - 200
    reached = set().union(*(set(r["claims_reached"]) for r in reports.values()))
    assert REQUIRED <= reached


def test_every_style_reaches_the_required_claims_in_the_kiosk_too(tmp_path):
    reached = set()
    for style in ("conform", "resist", "random"):
        reached |= set(autoplay(tmp_path, style, length="kiosk")["claims_reached"])
    # A two-day walk-up visit earns and uses a perk; a ban needs the longer slide to bite.
    assert REQUIRED - {"A4"} <= reached


def test_report_score_history_shows_reasons_or_null(tmp_path):
    report = autoplay(tmp_path, "random", seed=3)
    reasons = [h["reason"] for h in report["score_history"]]
    assert None in reasons and any(isinstance(r, str) for r in reasons)
    assert report["score_history"][-1]["score"] == report["final_score"]
    assert report["data_points"] > 0 and report["partners"]


def test_report_in_german_uses_the_german_reasons(tmp_path):
    en = autoplay(tmp_path, "conform", seed=2, lang="en")
    de = autoplay(tmp_path, "conform", seed=2, lang="de")
    assert en["choices"] == de["choices"]
    shown = [(a["reason"], b["reason"]) for a, b in zip(en["score_history"], de["score_history"])
             if a["reason"]]
    assert shown and all(a != b for a, b in shown)


# A walk-up visit has no outcome, morning or end screens of its own: their news shows on
# the next screen. It has a three-page debrief whose middle page is "did", and a ban needs
# the longer slide of a workshop to bite.
SCREENS = {"workshop": ("outcome", "morning", "end", "agency-result", "debrief-mechanics",
                        "debrief-credits", "refused"),
           "kiosk": ("debrief-did",)}


@pytest.mark.parametrize("length", ["kiosk", "workshop"])
def test_screenshots_render_every_screen_at_full_hd(tmp_path, length):
    out = tmp_path / "shots"
    assert main(["--screenshots", str(out), "--length", length, "--seed", "2"]) == 0
    import pygame
    names = sorted(p.name for p in out.glob("*.png"))
    for expected in ("title", "onboarding-1", "card", "day_end", "card-rules",
                     "scorers", "epilogue", "agency", "debrief-arc", "debrief-prompts",
                     "settings", "leave", "idle", "error") + SCREENS[length]:
        assert any(n.split("-", 1)[1] == f"{expected}.png" for n in names), expected
    if length == "kiosk":
        assert not any(n.split("-", 1)[1] in ("outcome.png", "morning.png", "end.png")
                       for n in names)
    assert pygame.image.load(str(out / names[0])).get_size() == (1920, 1080)


def test_default_scenario_is_the_shipped_one():
    from game.cli import DEFAULT_SCENARIO
    assert Path(DEFAULT_SCENARIO) == HARMONY


def test_options_that_would_fail_later_are_refused_at_once(tmp_path, capsys):
    assert main(["--autoplay", "conform", "--report", str(tmp_path / "no" / "r.json")]) == 2
    assert main(["--idle", "0", "--autoplay", "conform"]) == 2
    err = capsys.readouterr().err
    assert "--report: cannot write" in err and "--idle: a number of seconds" in err


@pytest.mark.parametrize("flags,says", [
    (["--idle", "nan"], "--idle: a number of seconds"),
    (["--idle", "inf"], "--idle: a number of seconds"),
    (["--idle", "4.9"], "--idle: a number of seconds"),
    (["--report", ""], "--report: give the name of a file"),
    (["--report", "."], "is a folder"),
])
def test_bad_values_are_refused_at_start_with_a_clear_message(flags, says, capsys):
    assert main(flags + ["--autoplay", "conform"]) == 2
    assert says in capsys.readouterr().err


def test_screenshots_into_a_file_are_refused_at_start(tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.write_text("x")
    assert main(["--screenshots", str(taken)]) == 2
    assert "--screenshots: cannot make" in capsys.readouterr().err


def test_a_report_is_replaced_whole_or_not_at_all(tmp_path, monkeypatch, capsys):
    """A write that dies before the new report takes the old one's name (a kill, a full
    disk) leaves the previous report as it was, and no temporary file behind."""
    from game.cli import write_report
    out = tmp_path / "r.json"
    write_report(str(out), {"visit": 1})

    def dies(*_):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", dies)
    write_report(str(out), {"visit": 2})
    assert json.loads(out.read_text(encoding="utf-8")) == {"visit": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    assert "could not write" in capsys.readouterr().err
    monkeypatch.undo()
    write_report(str(out), {"visit": 2})
    assert json.loads(out.read_text(encoding="utf-8")) == {"visit": 2}


def test_a_report_that_cannot_be_written_costs_the_report_not_the_game(tmp_path, capsys):
    from game.cli import write_report
    folder = tmp_path / "gone"
    write_report(str(folder / "r.json"), {"a": 1})
    assert "could not write" in capsys.readouterr().err


def test_text_and_motion_can_be_set_for_every_visit(tmp_path):
    from game.app import App
    from game.cli import _config, parse_args
    from game.content import load_scenario
    args = parse_args(["--text", "large", "--motion", "less", "--lang", "de"])
    app = App(_config(load_scenario(HARMONY), args, headless=True))
    assert app.settings.large_text and app.settings.reduce_motion and app.fonts.scale > 1
    app.settings.large_text = False  # a visitor changes it; the next visitor starts afresh
    app.reset()
    assert app.settings.large_text and app.settings.reduce_motion
    assert app.settings.lang == "de"
    out = tmp_path / "shots"
    assert main(["--screenshots", str(out), "--length", "kiosk", "--text", "large",
                 "--lang", "de"]) == 0
    assert len(list(out.glob("*.png"))) > 15


def test_autoplay_without_a_style_plays_the_conforming_bot(tmp_path):
    out = tmp_path / "plain.json"
    assert main(["--seed", "2", "--autoplay", "--report", str(out)]) == 0
    plain = json.loads(out.read_text(encoding="utf-8"))
    assert plain["style"] == "conform"
    assert plain["final_score"] == autoplay(tmp_path, "conform", seed=2)["final_score"]
