"""The strict YAML reader and the corpus of bad files: every problem at its exact place.

Each file in tests/content/bad/ states what it must produce in `# expect: LINE:COL phrase`
comment lines, one per problem, in file order. Files that cannot carry a comment (empty,
whitespace, oversized) are made here in tmp_path.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import yaml

from game.content import ContentError, Problem, check_paths, load_scenario, load_yaml_file
from game.content import yamlsafe

CONTENT = Path(__file__).parent / "content"
BAD_FILES = sorted((CONTENT / "bad").glob("*.yaml"))
MINI = CONTENT / "good" / "mini.yaml"
EXPECT = re.compile(rb"^# expect: (\d+):(\d+) (.+)$", re.M)

PARSERS = ["c", "python"] if hasattr(yaml, "CSafeLoader") else ["python"]


@pytest.fixture(params=PARSERS)
def parser(request, monkeypatch):
    """Run a test with the C parser and again with the pure-Python one."""
    if request.param == "python":
        monkeypatch.setattr(yamlsafe, "_Loader", yaml.SafeLoader)
    return request.param


def expectations(path: Path) -> list[tuple[int, int, str]]:
    return [(int(line), int(col), phrase.decode("utf-8").strip())
            for line, col, phrase in EXPECT.findall(path.read_bytes())]


def problems_of(path) -> list[Problem]:
    try:
        load_scenario(path)
    except ContentError as e:
        return e.problems
    return []


def assert_problems(problems: list[Problem], expected: list[tuple[int, int, str]]) -> None:
    got = [(p.line, p.col, p.message) for p in problems]
    assert len(got) == len(expected), f"expected {expected}, got {got}"
    for (line, col, message), (want_line, want_col, phrase) in zip(got, expected):
        assert (line, col) == (want_line, want_col), f"{message!r} not at {want_line}:{want_col}"
        assert phrase in message


# -- the corpus -------------------------------------------------------------------------

def test_the_corpus_covers_the_required_cases():
    names = {path.stem for path in BAD_FILES}
    assert {"syntax_error", "duplicate_key", "unknown_key", "wrong_type", "bool_as_int",
            "out_of_range", "unknown_references", "bad_id", "python_tag", "custom_tag",
            "anchor_alias", "invalid_utf8", "too_deep", "missing_language", "extra_language",
            "tiers_not_ascending", "slot_out_of_range", "onboarding_options",
            "many_problems"} <= names


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.stem)
def test_bad_file_reports_exactly_its_expected_problems(path, parser):
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' line"
    problems = problems_of(path)
    assert_problems(problems, expected)
    for problem in problems:
        assert problem.path == str(path)
        assert str(problem) == f"{path}:{problem.line}:{problem.col}: {problem.message}"


def test_many_problems_are_all_reported_in_one_error():
    path = CONTENT / "bad" / "many_problems.yaml"
    with pytest.raises(ContentError) as caught:
        load_scenario(path)
    assert len(caught.value.problems) == len(expectations(path)) >= 5
    assert str(caught.value).splitlines() == [str(p) for p in caught.value.problems]


# -- files that cannot carry an expect comment --------------------------------------------

GENERATED = [
    ("empty", b"", "file is empty"),
    ("whitespace_only", b"  \n\t\n   \n", "file is empty (only whitespace)"),
    ("oversized", b"# padding\n" * 110_000, "file is larger than 1,048,576 bytes"),
]


@pytest.mark.parametrize("name,data,phrase", GENERATED, ids=[g[0] for g in GENERATED])
def test_generated_bad_file(tmp_path, parser, name, data, phrase):
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    assert_problems(problems_of(path), [(1, 1, phrase)])


def test_size_limit_is_a_parameter(tmp_path):
    path = tmp_path / "small.yaml"
    path.write_bytes(b"a: 1\n")
    assert load_yaml_file(path, max_bytes=5)[1] == []
    value, problems = load_yaml_file(path, max_bytes=4)
    assert value is None and "larger than 4 bytes" in problems[0].message


def test_missing_file_is_a_problem_not_an_exception(tmp_path):
    path = tmp_path / "nowhere.yaml"
    assert_problems(problems_of(path), [(1, 1, "cannot read file")])


@pytest.mark.parametrize("levels,ok", [(20, True), (21, False)])
def test_nesting_limit(tmp_path, parser, levels, ok):
    # The top mapping is one level, each list one more.
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * (levels - 1) + "1" + "]" * (levels - 1) + "\n")
    value, problems = load_yaml_file(path)
    if ok:
        assert problems == [] and value["a"] is not None
    else:
        assert_problems(problems, [(1, 3 + levels - 1, "nested deeper than 20 levels")])


def test_nesting_limit_is_a_parameter(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("a:\n  b:\n    c: 1\n")
    assert load_yaml_file(path, max_depth=3)[1] == []
    assert_problems(load_yaml_file(path, max_depth=2)[1], [(3, 5, "nested deeper than 2 levels")])


def test_python_tags_are_never_constructed(tmp_path, parser):
    marker = tmp_path / "owned"
    path = tmp_path / "exploit.yaml"
    path.write_text(f'a: !!python/object/apply:os.system ["touch {marker}"]\n'
                    'b: !!python/object/new:os.system ["touch {marker}"]\n')
    value, problems = load_yaml_file(path)
    assert value is None and not marker.exists()
    assert_problems(problems, [(1, 4, "tags (!!python/object/apply:os.system)"),
                               (2, 4, "tags (!!python/object/new:os.system)")])


def test_invalid_utf8_column_counts_characters(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes("title: Grüße ".encode() + b"\xff\n")
    assert_problems(load_yaml_file(path)[1], [(1, 14, "not UTF-8: byte 0xff")])


def test_utf8_bom_is_accepted(tmp_path, parser):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load_yaml_file(path) == ({"a": 1}, [])


# -- the tree and its marks --------------------------------------------------------------

def test_scalars_follow_safe_load(tmp_path, parser):
    path = tmp_path / "scalars.yaml"
    path.write_text("int: 42\nhex: 0x10\nfloat: 1.5\nbool: yes\nnothing: ~\nempty:\n"
                    "quoted: '1'\nplain: hello\nmerge: <<\n")
    value, problems = load_yaml_file(path)
    assert problems == []
    assert value == {"int": 42, "hex": 16, "float": 1.5, "bool": True, "nothing": None,
                     "empty": None, "quoted": "1", "plain": "hello", "merge": "<<"}
    assert type(value["bool"]) is bool and type(value["quoted"]) is str


def test_every_value_knows_where_it_starts(tmp_path, parser):
    path = tmp_path / "marks.yaml"
    path.write_text("title: {en: Grüße, de: Grüße}\nlist:\n  - one\n  - {k: 2}\n")
    value, problems = load_yaml_file(path)
    assert problems == []
    assert (value.line, value.col) == (1, 1)
    assert value.key_at["list"] == (2, 1)
    assert value.value_at["title"] == (1, 8)
    # Columns count characters, not bytes: "ü" and "ß" are one column each.
    assert value["title"].value_at["de"] == (1, 24)
    assert value["list"].item_at == [(3, 5), (4, 5)]
    assert (value["list"][1].line, value["list"][1].col) == (4, 5)
    assert value["list"][1].value_at["k"] == (4, 9)


# -- check_paths --------------------------------------------------------------------------

def test_check_paths_on_good_and_bad_folders(tmp_path):
    assert check_paths([str(CONTENT / "good")]) == []
    assert check_paths([str(MINI)]) == []
    problems = check_paths([str(CONTENT / "bad")])
    assert {p.path for p in problems} == {str(p) for p in BAD_FILES}


def test_check_paths_reports_an_empty_folder(tmp_path):
    assert_problems(check_paths([str(tmp_path)]), [(1, 1, "folder holds no *.yaml files")])


# -- speed --------------------------------------------------------------------------------

def make_big_scenario(path: Path, size: int = 150_000) -> int:
    """Write mini.yaml grown to about ``size`` bytes by copies of its pool cards."""
    text = MINI.read_text(encoding="utf-8")
    head, rest = text.split("\ncards:\n")
    cards, tail = rest.split("\nfacts:\n")
    pool = [block for block in re.split(r"\n(?=  - id: )", cards)
            if "kind: rules" not in block and "at:" not in block]
    parts, copies = [head, "\ncards:\n", cards], 0
    while sum(map(len, parts)) < size:
        for block in pool:
            copies += 1
            renamed = re.sub(r"^  - id: (\w+)", rf"  - id: \g<1>_{copies}", block, count=1)
            parts.append("\n" + renamed)
    parts += ["\nfacts:\n", tail]
    path.write_text("".join(parts), encoding="utf-8")
    return copies


def test_a_big_scenario_loads_quickly(tmp_path):
    path = tmp_path / "big.yaml"
    copies = make_big_scenario(path)
    assert path.stat().st_size >= 150_000
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        scenario = load_scenario(path)
        best = min(best, time.perf_counter() - start)
    assert len(scenario.cards) == 6 + copies
    # The target is well under 0.2 s; the bound leaves room for slow CI machines.
    assert best < 1.0
