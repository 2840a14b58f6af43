"""A few screens compared with reference pictures, with a tolerance: the layout, the
bundled font and the colours stay what a reviewer approved. To accept a deliberate
change, run with GOLDEN_UPDATE=1 and look at the new pictures before committing them."""
import os
from pathlib import Path

import pygame
import pytest

from game.app import App, Config
from game.driver import Driver
from game.scenes.title import TitleScene

GOLDEN = Path(__file__).parent / "golden"
SIZE = (960, 540)  # compared at half size: layout and colour, not anti-aliasing
MAX_MEAN_DIFF = 2.0  # average difference per channel, out of 255
MAX_CHANGED = 0.01  # share of pixels allowed to differ by more than 40 in some channel


def shrink(surface: pygame.Surface) -> pygame.Surface:
    return pygame.transform.smoothscale(surface, SIZE)


def difference(a: pygame.Surface, b: pygame.Surface) -> tuple[float, float]:
    """Mean absolute channel difference and the share of clearly changed pixels."""
    total, changed = 0, 0
    pa, pb = pygame.PixelArray(a), pygame.PixelArray(b)
    try:
        for x in range(0, SIZE[0], 2):
            for y in range(0, SIZE[1], 2):
                ca, cb = a.unmap_rgb(pa[x, y]), b.unmap_rgb(pb[x, y])
                d = (abs(ca.r - cb.r), abs(ca.g - cb.g), abs(ca.b - cb.b))
                total += sum(d)
                changed += max(d) > 40
    finally:
        pa.close()
        pb.close()
    samples = (SIZE[0] // 2) * (SIZE[1] // 2)
    return total / (samples * 3), changed / samples


def screen(harmony, name: str) -> pygame.Surface:
    app = App(Config(scenario=harmony, headless=True, seed=4, length="kiosk"))
    app.push(TitleScene(app))
    driver = Driver(app, "conform", seed=4, via="direct")
    if name != "title":
        for _ in range(3000):  # mini-games wait out their clocks a frame at a time
            if app.top.screen_id() == name:
                break
            driver.act(driver.next_key())
    assert app.top.screen_id() == name
    driver.frames()
    app.draw()
    return shrink(app.canvas.copy())


@pytest.mark.parametrize("name", ["onboarding-1", "card-rules", "debrief-arc"])
def test_screen_matches_its_reference(harmony, name):
    shot = screen(harmony, name)
    path = GOLDEN / f"{name}.png"
    if os.environ.get("GOLDEN_UPDATE"):
        GOLDEN.mkdir(exist_ok=True)
        pygame.image.save(shot, str(path))
        pytest.skip(f"wrote {path}; look at it and commit it")
    assert path.exists(), f"no reference {path}: run with GOLDEN_UPDATE=1 and review it"
    reference = pygame.image.load(str(path)).convert()
    mean, changed = difference(shot.convert(), reference)
    assert mean <= MAX_MEAN_DIFF and changed <= MAX_CHANGED, (name, mean, changed)
