"""Mouse, touch and keys become the same few actions, and a tap counts once."""
import pygame

from game import input as inp


def test_a_touch_counts_once_even_though_sdl_also_sends_a_mouse_click():
    finger = pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.5, touch_id=1, finger_id=0)
    synthesized = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(960, 540), button=1, touch=True)
    actions = [inp.translate(e) for e in (finger, synthesized)]
    assert [a.kind for a in actions if a] == [inp.POINT]


def test_a_real_mouse_click_is_a_point():
    click = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(100, 200), button=1, touch=False)
    assert inp.translate(click) == inp.Action(inp.POINT, (100, 200))


def test_right_click_does_nothing():
    click = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(100, 200), button=3, touch=False)
    assert inp.translate(click) is None


def test_finger_positions_are_fractions_of_the_picture():
    # SDL's renderer reports fingers relative to the letterboxed picture, whatever the
    # window's shape, so the corners of the picture are the corners of the canvas.
    assert inp.finger_to_canvas(0.0, 0.0) == (0, 0)
    assert inp.finger_to_canvas(1.0, 1.0) == (1920, 1080)
    assert inp.finger_to_canvas(0.25, 0.9) == (480, 972)


def test_keys_become_actions():
    def key(k, mod=0):
        return inp.translate(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod))
    assert key(pygame.K_RETURN).kind == inp.CONFIRM
    assert key(pygame.K_SPACE).kind == inp.CONFIRM
    assert key(pygame.K_ESCAPE).kind == inp.BACK
    assert key(pygame.K_BACKSPACE).kind == inp.BACK
    assert key(pygame.K_TAB).kind == inp.NEXT
    assert key(pygame.K_TAB, pygame.KMOD_SHIFT).kind == inp.PREV
    assert key(pygame.K_2) == inp.Action(inp.PICK, index=1)
    assert key(pygame.K_z) is None
