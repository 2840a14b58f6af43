"""Every interface string exists in every language, with the same placeholders,
and every key the code asks for is in the table."""
import re
import string
from pathlib import Path

from game.i18n import Strings, number, signed

GAME = Path(__file__).resolve().parents[1] / "game"
# Keys the code builds at run time, listed so that none can go missing unnoticed.
DYNAMIC = [f"title.point{n}" for n in (1, 2, 3)] + [
    "tier.up", "tier.down", "end.kept_private", "end.kept_one_partner", "tier.careful", "end.left", "end.title", "debrief.arc.narrowed",
    "debrief.arc.steady", "debrief.arc.always", "debrief.arc.never", "play.goal", "play.goal_perk", "play.goal_top",
    "debrief.tag.real", "debrief.tag.exaggerated", "debrief.tag.fiction", "debrief.tag.argument",
    "settings.large_text", "settings.reduce_motion", "settings.sound", "settings.time_limits",
    "debrief.record.title_single", "debrief.mechanics.title_single", "debrief.games.title_single",
    "room.survey.before", "room.survey.after",
] + [f"circle.legend.{mark}" for mark in ("recruited", "dropped", "reported", "outside")] + [
    f"debrief.network.{action}" for action in (
    "drop", "keep", "warn", "report", "invite", "sign", "complain", "stay_out")] + [
    f"debrief.{page}.title" for page in ("arc", "dossier", "games", "record", "mechanics", "facts",
                                          "prompts", "credits")]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_no_translation_is_missing():
    assert Strings().missing(("en", "de")) == []


def test_no_key_is_in_two_files():
    assert Strings().twice == []


def test_placeholders_match_across_languages():
    """{n_times} is {n} written out ("viermal"), so it stands for {n}."""
    table = Strings().table
    same = lambda text: {"n" if f == "n_times" else f for f in fields(text)}  # noqa: E731
    wrong = [key for key, entry in table.items() if same(entry["en"]) != same(entry["de"])]
    assert wrong == []


def test_german_writes_how_often_in_words():
    strings = Strings()
    line = strings.get("minigame.crossing.on_green", "de", n=4)
    assert line == "Du bist viermal bei Grün gegangen." and "-mal" not in line
    assert strings.get("minigame.crossing.on_green", "en", n=4) == "You crossed on green 4 times."
    first = strings.get("minigame.daily_study.over_fair", "de", n=20)
    assert first.startswith("Zwanzigmal hast du")  # a sentence starts with a capital


def test_every_key_the_code_uses_exists():
    table = Strings().table
    used = set(DYNAMIC)
    for path in GAME.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.0-9]*[a-z0-9_])["']""", path.read_text()))
    assert sorted(k for k in used if k not in table) == []


def test_no_key_is_left_unused():
    code = "\n".join(p.read_text() for p in GAME.rglob("*.py"))
    # The room's page (assets/room/room.js) asks for its words without the "room." prefix,
    # some by a name it builds ("panel." + p, "page." + p, "survey_when." + w).
    page = (GAME.parent / "assets" / "room" / "room.js").read_text()
    built = re.findall(r'word\("([a-z_]+\.)" \+', page)
    used_by_page = lambda key: key.startswith("room.") and (  # noqa: E731
        f'"{key.removeprefix("room.")}"' in page
        or any(key.removeprefix("room.").startswith(prefix) for prefix in built))
    # A key's "_one" form is used wherever the key itself is.
    unused = [key for key in Strings().table
              if key.removesuffix("_one") not in code and key not in DYNAMIC
              and not used_by_page(key.removesuffix("_one"))]
    assert unused == []


def test_numbers_and_signs_read_as_each_language_writes_them():
    assert number(12345, "en") == "12,345"
    assert number(12345, "de") == "12.345"
    assert signed(12) == "+12" and signed(-3) == "\u22123" and signed(0) == "\u00b10"


def test_the_interface_names_no_scenario():
    """Every word that belongs to a scenario comes from its level file: the app is {app}."""
    from pathlib import Path
    root = Path(__file__).parents[1]
    words = [path for folder in ("game", "assets") for path in (root / folder).rglob("*")
             if path.suffix in (".py", ".yaml") and "harmony" in path.read_text(
                 encoding="utf-8").lower()]
    assert words == []
    assert "{app}" in Strings().table["title.start"]["en"]
