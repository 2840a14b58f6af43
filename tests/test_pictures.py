"""The one picture cache every screen shares: a picture is made once, what is asked for
ahead is made a fixed number a frame, and the memory stays within its budget."""
import pygame

from game.ui.pictures import Pictures


def square(size=10, made=None):
    def make():
        if made is not None:
            made.append(size)
        return pygame.Surface((size, size))
    return make


def test_a_picture_is_made_once_and_then_kept():
    pictures, made = Pictures(), []
    first = pictures.get("a", square(made=made))
    assert pictures.get("a", square(made=made)) is first
    assert made == [10] and "a" in pictures and pictures.made == 1


def test_pictures_asked_for_ahead_are_made_a_fixed_number_a_frame_in_order():
    pictures, made = Pictures(), []
    for size in (1, 2, 3, 4, 5):
        pictures.ahead(("p", size), square(size, made))
    pictures.ahead(("p", 1), square(1, made))  # asked twice, made once
    assert pictures.waiting() == 5
    assert pictures.build(2) == 2 and made == [1, 2]
    pictures.get(("p", 3), square(3, made))  # needed before its turn: made now, not again
    assert pictures.build(2) == 2 and made == [1, 2, 3, 4, 5]
    assert pictures.build(2) == 0 and pictures.waiting() == 0
    pictures.ahead(("p", 2), square(2, made))  # kept already: nothing to do
    assert pictures.waiting() == 0


def test_the_least_recently_used_go_first_when_the_budget_is_spent():
    size = 100
    one = pygame.Surface((size, size))
    budget = one.get_pitch() * size * 3
    pictures = Pictures(budget)
    for key in "abc":
        pictures.get(key, square(size))
    pictures.get("a", square(size))  # used again: now the newest
    pictures.get("d", square(size))
    assert "b" not in pictures and {"a", "c", "d"} <= {k for k in "abcd" if k in pictures}


def test_a_discarded_or_cleared_picture_is_made_afresh():
    pictures, made = Pictures(), []
    pictures.get("card", square(made=made))
    pictures.discard("card")
    pictures.get("card", square(made=made))
    pictures.ahead("later", square(made=made))
    pictures.clear()
    assert "card" not in pictures and pictures.waiting() == 0 and pictures.made == 0
    assert made == [10, 10]


def test_a_switch_of_language_or_text_size_cancels_what_was_asked_for_ahead(harmony):
    """Waiting pictures would be made with the new words under their old names."""
    from game.app import App, Config
    from game.ui.pictures import PICTURES
    app = App(Config(scenario=harmony, headless=True))
    PICTURES.ahead("later", square())
    app.set_language("de")
    assert PICTURES.waiting() == 0
    PICTURES.ahead("later", square())
    app.set_text_scale(True)
    assert PICTURES.waiting() == 0 and "later" not in PICTURES
    pygame.quit()
