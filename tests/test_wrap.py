"""Lines wrap exactly where measuring every trial line would wrap them: the quicker wrap
(which guesses a line's width from its words and measures only near the edge) gives the
same lines for every interface text and level text, in both text sizes."""
import glob

import pygame
import yaml

from conftest import HARMONY, ROOT
from game.ui.theme import Fonts


def measured_every_time(fonts, text, size, width, weight):
    font = fonts.font(size, weight)
    lines = []
    for paragraph in text.replace(" · ", "\u00a0·\u00a0").split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if font.size(trial)[0] <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def texts() -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    for path in sorted(glob.glob(str(ROOT / "assets" / "text" / "*.yaml"))) + [str(HARMONY)]:
        with open(path, encoding="utf-8") as f:
            walk(yaml.safe_load(f))
    return [t for t in found if " " in t]


def test_the_quick_wrap_breaks_every_text_where_measuring_every_line_would():
    pygame.init()
    every = texts()
    assert len(every) > 1000
    differ = []
    for scale in (1.0, 1.2):
        fonts = Fonts(scale)
        for i, text in enumerate(every):
            size, weight = ("small", "body", "lead", "title")[i % 4], ("regular", "semibold")[i % 2]
            for width in (360, 820):
                if fonts._wrap(text, size, width, weight) != measured_every_time(
                        fonts, text, size, width, weight):
                    differ.append((scale, size, width, text))
    assert differ == []
