"""Mouse, touch and keys become the same few actions, and a tap counts once."""
import pygame

from game import input as inp


def test_a_touch_counts_once_even_though_sdl_also_sends_a_mouse_click():
    window = (1920, 1080)
    finger = pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.5, touch_id=1, finger_id=0)
    synthesized = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(960, 540), button=1, touch=True)
    actions = [inp.translate(e, window) for e in (finger, synthesized)]
    assert [a.kind for a in actions if a] == [inp.POINT]


def test_a_real_mouse_click_is_a_point():
    click = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(100, 200), button=1, touch=False)
    assert inp.translate(click, (1920, 1080)) == inp.Action(inp.POINT, (100, 200))


def test_right_click_does_nothing():
    click = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(100, 200), button=3, touch=False)
    assert inp.translate(click, (1920, 1080)) is None


def test_finger_positions_map_through_the_letterbox():
    # A 1280x1024 window shows the 16:9 canvas letterboxed top and bottom.
    window = (1280, 1024)
    scale = 1280 / 1920
    bar = (1024 - 1080 * scale) / 2
    x, y = inp.finger_to_canvas(0.5, (bar + 540 * scale) / 1024, window)
    assert (x, y) == (960, 540)
    assert inp.finger_to_canvas(0.0, bar / 1024, window) == (0, 0)


def test_keys_become_actions():
    def key(k, mod=0):
        return inp.translate(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod), (1920, 1080))
    assert key(pygame.K_RETURN).kind == inp.CONFIRM
    assert key(pygame.K_SPACE).kind == inp.CONFIRM
    assert key(pygame.K_ESCAPE).kind == inp.BACK
    assert key(pygame.K_BACKSPACE).kind == inp.BACK
    assert key(pygame.K_TAB).kind == inp.NEXT
    assert key(pygame.K_TAB, pygame.KMOD_SHIFT).kind == inp.PREV
    assert key(pygame.K_2) == inp.Action(inp.PICK, index=1)
    assert key(pygame.K_z) is None
