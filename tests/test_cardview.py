"""Every card of the shipped scenario fits its screen in every language and text size:
no sentence is cut short, no option label overflows its button."""
import pytest

from game.app import App, Config
from game.core.session import Step
from game.scenes import cardview
from game.scenes.play import CARD, PlayScene


@pytest.fixture(scope="module")
def scene(harmony):
    app = App(Config(scenario=harmony, headless=True, seed=1))
    app.new_session()
    play = PlayScene(app)
    app.push(play)
    return play


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("large", [False, True])
def test_every_card_fits(scene, harmony, lang, large):
    app = scene.app
    app.set_language(lang)
    app.set_text_scale(large)
    cut, wide = [], []
    for index, card in enumerate(harmony.onboarding + harmony.cards):
        kind = "onboarding" if card in harmony.onboarding else "card"
        scene.session.step = Step(kind, 1, card, 0, 4)
        scene.relayout()
        size, fits, needed = cardview.text_fit(scene, CARD)
        if needed > fits:
            cut.append((card.id, size, needed, fits))
        for button in scene.buttons:
            if button.key.startswith("option-"):
                width = app.fonts.font("body", "semibold").size(button.label)[0]
                if width > button.rect.width - 32:
                    wide.append((card.id, button.label))
        surface = app.canvas
        scene.draw(surface)
    app.set_text_scale(False)
    assert cut == [] and wide == []


@pytest.mark.parametrize("lang", ["en", "de"])
def test_score_panel_names_every_area_in_full(scene, harmony, lang):
    from game.scenes.hud import AREA_NAME
    app = scene.app
    app.set_language(lang)
    font = app.fonts.font("small")
    too_wide = [app.text(d.name) for d in harmony.dimensions if font.size(app.text(d.name))[0] > AREA_NAME]
    assert too_wide == []


@pytest.mark.parametrize("large", [False, True])
def test_top_tier_perks_stay_above_the_panel_line(scene, harmony, large):
    from game.scenes import hud
    app = scene.app
    app.set_language("en")
    app.set_text_scale(large)
    session = scene.session
    session.citizen.apply({d.id: 100 for d in harmony.dimensions})
    assert session.tier.id == harmony.tiers[-1].id
    real_draw_text = hud.draw_text
    positions = []

    def spy_draw_text(surface, fonts, text, pos, *a, **k):
        positions.append((text, pos))
        return real_draw_text(surface, fonts, text, pos, *a, **k)
    hud.draw_text = spy_draw_text
    try:
        scene.hud.draw_static(app.canvas)
    finally:
        hud.draw_text = real_draw_text
        app.set_text_scale(False)
    perk_rows = [(t, p) for t, p in positions if t.startswith(("✓", "×", "+"))]
    assert perk_rows
    line_h = app.fonts.line_height("small", "semibold")
    assert all(p[1] + line_h <= hud.SEPARATOR_Y + 2 for _, p in perk_rows), perk_rows
