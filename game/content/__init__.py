"""Loading scenario files: strict YAML in, checked ``game.core.scenario`` objects out.

``load_scenario`` raises ``ContentError`` with every problem of a file at once;
``check_paths`` reports the problems of many files (or folders of them) without raising.
"""
from __future__ import annotations

import os
from pathlib import Path

from game.core.scenario import Scenario

from .checks import Checker, root_spot
from .schema import build_scenario
from .yamlsafe import ContentError, Problem, load_yaml_file

__all__ = ["ContentError", "Problem", "check_paths", "load_scenario", "load_yaml_file"]


def load_scenario(path: str | os.PathLike) -> Scenario:
    """The scenario in one file, or ``ContentError`` listing all its problems by position."""
    name = str(path)
    tree, problems = load_yaml_file(name)
    if problems:
        # A broken YAML tree would only add confusing follow-up problems: stop here.
        raise ContentError(problems)
    check = Checker(name)
    scenario = build_scenario(check, root_spot(tree))
    if check.problems or scenario is None:
        raise ContentError(sorted(check.problems, key=lambda p: (p.line, p.col)))
    return scenario


def check_paths(paths: list[str]) -> list[Problem]:
    """All problems of the given files; a folder stands for every ``*.yaml`` directly in it."""
    problems: list[Problem] = []
    for path in paths:
        if os.path.isdir(path):
            files = sorted(str(p) for p in Path(path).glob("*.yaml"))
            if not files:
                problems.append(Problem(str(path), 1, 1, "folder holds no *.yaml files"))
        else:
            files = [str(path)]
        for name in files:
            try:
                load_scenario(name)
            except ContentError as e:
                problems.extend(e.problems)
    return problems
