"""Every word fits: the layout watch catches words over words, words under a button, out of
their box, out of their panel or off the picture; and every card of the shipped level, with
every answer's outcome and pop-ups, passes it in both languages at both text sizes."""
import pygame
import pytest

from game.app import App, Config
from game.core.steps import Step
from game.driver import Driver
from game.scenes.play import PlayScene
from game.ui import layout
from game.ui.theme import APP, Fonts
from game.ui.widgets import Button, draw_button, draw_paragraph, draw_text, panel

INK = (20, 20, 20)


@pytest.fixture
def fonts():
    pygame.font.init()
    return Fonts()


def canvas() -> pygame.Surface:
    surf = pygame.Surface((800, 400))
    surf.fill((255, 255, 255))
    return surf


def test_words_over_words_are_caught_and_words_apart_are_not(fonts):
    surf = canvas()
    with layout.watch():
        draw_text(surf, fonts, "Your score", (20, 20), "body", INK)
        draw_text(surf, fonts, "Day 2 of 3", (20, 120), "body", INK)
        assert layout.problems(surf) == []
        draw_text(surf, fonts, "Data points: 52", (60, 30), "body", INK)
        assert any("overlaps 'Your score'" in p for p in layout.problems(surf))


def test_words_under_a_button_are_caught(fonts):
    surf = canvas()
    with layout.watch():
        draw_paragraph(surf, fonts, "A long morning text that runs on and on",
                       pygame.Rect(20, 20, 300, 0), "body", INK)
        draw_button(surf, fonts, Button("Start day 3", pygame.Rect(20, 90, 300, 96),
                                        lambda: None), APP, False)
        assert any("overlaps 'button Start day 3'" in p for p in layout.problems(surf))


def test_a_long_label_takes_a_size_less_then_an_ellipsis_and_a_label_past_its_box_is_caught(
        fonts):
    from game.ui.widgets import button_words
    surf = canvas()
    button = Button("Persönliche Angaben teilen", pygame.Rect(20, 20, 300, 96), lambda: None)
    with layout.watch():
        draw_button(surf, fonts, button, APP, False)
        assert layout.problems(surf) == []
    words, = button_words(fonts, button, APP)
    assert words.get_width() <= button.rect.width - 32
    assert words.get_height() < fonts.render(button.label, "lead", INK).get_height()
    with layout.watch():  # what draw_button reports of a label that would not fit
        wide = fonts.render(button.label, "lead", INK)
        layout.text(surf, wide, wide.get_rect(center=button.rect.center), button.label,
                    button.rect, label=True)
        assert any("runs out of its box" in p for p in layout.problems(surf))


def test_words_out_of_their_box_their_panel_or_the_picture_are_caught(fonts):
    surf = canvas()
    with layout.watch():
        draw_paragraph(surf, fonts, "one two three four five six seven eight nine ten",
                       pygame.Rect(20, 20, 200, 40), "body", INK)
        found = layout.problems(surf)
        assert any("runs out of its box" in p for p in found)
    surf = canvas()
    with layout.watch():
        panel(surf, pygame.Rect(20, 20, 200, 60), (230, 230, 240))
        draw_text(surf, fonts, "Persönliche Angaben", (30, 30), "body", INK)
        assert any("runs out of its panel" in p for p in layout.problems(surf))
    surf = canvas()
    with layout.watch():
        draw_text(surf, fonts, "Leave Harmony", (700, 20), "body", INK)
        assert any("cut off at the edge" in p for p in layout.problems(surf))


def test_what_a_panel_covers_is_hidden_and_a_layer_brings_its_words(fonts):
    surf = canvas()
    with layout.watch():
        draw_text(surf, fonts, "behind the pop-up", (40, 40), "body", INK)
        panel(surf, pygame.Rect(0, 0, 600, 300), (250, 250, 250))
        draw_text(surf, fonts, "Level up!", (40, 40), "body", INK)
        assert layout.problems(surf) == []
        layer = canvas()
        draw_text(layer, fonts, "on the layer", (40, 200), "body", INK)
        layout.forget(surf)
        layout.blit(surf, layer, (0, 0))
        draw_text(surf, fonts, "on the screen", (60, 205), "body", INK)
        assert any("overlaps 'on the layer'" in p for p in layout.problems(surf))


def test_things_in_flight_are_not_judged_and_nothing_is_kept_unwatched(fonts):
    surf = canvas()
    with layout.watch():
        draw_text(surf, fonts, "Your score", (20, 20), "body", INK)
        with layout.moving():
            draw_text(surf, fonts, "+12", (30, 25), "body", INK)
        assert layout.problems(surf) == []
    draw_text(surf, fonts, "Your score", (20, 20), "body", INK)
    assert layout.problems(surf) == []


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("large", [False, True])
def test_every_card_every_answer_and_its_pop_ups_fit(harmony, lang, large):
    app = App(Config(scenario=harmony, headless=True, seed=1, lang=lang, length="workshop",
                     idle_after=10**9))
    app.set_text_scale(large)
    driver = Driver(app, "conform", seed=1, via="direct")
    problems = []
    with layout.watch():
        for card in harmony.onboarding + harmony.cards:
            kind = "onboarding" if card in harmony.onboarding else "card"
            for i, option in enumerate(card.options):
                app.scenes.clear()
                app.new_session().step = Step(kind, 2, card, 0, 4)
                app.push(PlayScene(app))
                driver.frames(0.3)
                if i == 0:
                    problems += [f"{card.id}: {p}" for p in driver.look()]
                button = app.top.button(f"option-{option.id}")
                if button is None or not button.enabled:
                    continue  # a ban's lock: the refusal pop-up is met in play
                driver.press(f"option-{option.id}")
                while app.top.screen_id() != "play" and app.top.button("modal-0") is not None:
                    problems += [f"{card.id}/{option.id}: {p}" for p in driver.look()]
                    driver.press("modal-0")
                problems += [f"{card.id}/{option.id}: {p}" for p in driver.look()]
    pygame.quit()
    assert problems == []


@pytest.mark.parametrize("lang,large", [("de", True), ("en", False)])
def test_the_overlays_and_the_error_screen_fit(harmony, lang, large):
    """The tour the screenshots take, settings, leaving, the idle countdown and the
    bad-content screen included, on a walk-up visit."""
    from game.driver import tour
    app = App(Config(scenario=harmony, headless=True, seed=3, lang=lang, length="kiosk",
                     idle_after=10**9))
    app.set_text_scale(large)
    driver = Driver(app, "conform", seed=3, via="direct")
    problems: list[str] = []
    with layout.watch():
        tour(app, 3, lambda _: problems.extend(driver.look()))
    pygame.quit()
    assert list(dict.fromkeys(problems)) == []
