"""Kept pictures: drawn once, drawn again only when they change or something was put back
over them, cleared first (with whatever they overlap redrawn) so a see-through picture
never lands on itself."""
import pygame

from game.ui.keep import Keep

BG, RED, BLUE = (10, 10, 10), (200, 0, 0), (0, 0, 200)


class Stage:
    """A small canvas over a plain background, counting what is drawn and put back."""

    def __init__(self):
        self.layer = pygame.Surface((100, 100))
        self.layer.fill(BG)
        self.canvas = self.layer.copy()
        self.painted: list[str] = []
        self.put: list[tuple] = []

    def item(self, key, look, rect, colour, alpha=255):
        rect = pygame.Rect(rect)

        def paint(surface):
            self.painted.append(key)
            patch = pygame.Surface(rect.size, pygame.SRCALPHA)
            patch.fill((*colour, alpha))
            surface.blit(patch, rect)
        return (key, look, rect, paint)

    def put_back(self, rect):
        self.put.append(tuple(rect))
        self.canvas.blit(self.layer, rect, rect)

    def frame(self, keep, items, restored=()):
        self.painted, self.put = [], []
        for rect in restored:
            self.canvas.blit(self.layer, rect, rect)
        return keep.draw(self.canvas, items, list(restored), self.put_back)

    def whole(self, items):
        """The same items painted over the bare background."""
        surface = self.layer.copy()
        for item in items:
            item[3](surface)
        return pygame.image.tobytes(surface, "RGB")

    def same(self, items):
        return pygame.image.tobytes(self.canvas, "RGB") == self.whole(items)


def test_an_unchanged_picture_is_drawn_once():
    stage, keep = Stage(), Keep()
    items = [stage.item("a", 1, (10, 10, 20, 20), RED)]
    assert keep.draw(stage.canvas, items, None, stage.put_back) == [pygame.Rect(10, 10, 20, 20)]
    assert stage.frame(keep, items) == [] and stage.painted == []
    assert stage.same(items)


def test_a_changed_or_moved_picture_is_cleared_and_drawn_again():
    stage, keep = Stage(), Keep()
    keep.draw(stage.canvas, [stage.item("a", 1, (10, 10, 20, 20), RED)], None, stage.put_back)
    moved = [stage.item("a", 1, (40, 10, 20, 20), RED)]
    stage.frame(keep, moved)
    assert (10, 10, 20, 20) in stage.put and stage.painted == ["a"]
    assert stage.same(moved)
    recoloured = [stage.item("a", 2, (40, 10, 20, 20), BLUE)]
    stage.frame(keep, recoloured)
    assert stage.same(recoloured)


def test_a_picture_that_goes_is_cleared():
    stage, keep = Stage(), Keep()
    keep.draw(stage.canvas, [stage.item("a", 1, (10, 10, 20, 20), RED)], None, stage.put_back)
    stage.frame(keep, [])
    assert stage.same([])


def test_put_back_over_a_picture_draws_it_and_what_lies_above_it_again():
    stage, keep = Stage(), Keep()
    items = [stage.item("low", 1, (10, 10, 40, 40), RED, 128),
             stage.item("high", 1, (30, 30, 40, 40), BLUE, 128),
             stage.item("apart", 1, (80, 80, 10, 10), RED)]
    keep.draw(stage.canvas, items, None, stage.put_back)
    # A moving thing was over the low picture's corner last frame: put back there.
    stage.frame(keep, items, restored=[pygame.Rect(12, 12, 5, 5)])
    assert stage.painted == ["low", "high"]  # the one apart stays as it is
    assert stage.same(items)  # half see-through, yet never drawn over itself


def test_a_change_below_redraws_an_overlapping_picture_above():
    stage, keep = Stage(), Keep()
    items = [stage.item("low", 1, (10, 10, 40, 40), RED, 128),
             stage.item("high", 1, (30, 30, 40, 40), BLUE, 128)]
    keep.draw(stage.canvas, items, None, stage.put_back)
    changed = [stage.item("low", 2, (10, 10, 40, 40), BLUE, 128), items[1]]
    stage.frame(keep, changed)
    assert stage.painted == ["low", "high"]
    assert stage.same(changed)


def test_solid_pictures_are_redrawn_without_clearing():
    stage, keep = Stage(), Keep(solid=True)
    items = [stage.item("a", 1, (10, 10, 20, 20), RED)]
    keep.draw(stage.canvas, items, None, stage.put_back)
    stage.frame(keep, items, restored=[pygame.Rect(0, 0, 15, 15)])
    assert stage.painted == ["a"] and stage.put == []
    assert stage.same(items)
    # What changed is put back by the caller, before anything beneath is drawn.
    moved = [stage.item("a", 1, (50, 50, 20, 20), RED)]
    gone = keep.gone(moved)
    assert gone == [pygame.Rect(10, 10, 20, 20)]
    for rect in gone:
        stage.put_back(rect)
    stage.frame(keep, moved, restored=gone)
    assert stage.same(moved)



def test_what_a_merged_clearing_reaches_is_drawn_again():
    stage, keep = Stage(), Keep()
    items = [stage.item("a", 1, (0, 0, 30, 30), RED, 128),
             stage.item("b", 1, (10, 10, 30, 30), BLUE, 128),
             stage.item("corner", 1, (32, 0, 8, 8), RED)]  # inside their bounding box only
    keep.draw(stage.canvas, items, None, stage.put_back)
    changed = [stage.item("a", 2, (0, 0, 30, 30), BLUE, 128), *items[1:]]
    stage.frame(keep, changed)
    assert stage.put == [(0, 0, 40, 40)]  # one clearing for the two overlapping pictures
    assert stage.painted == ["a", "b", "corner"]
    assert stage.same(changed)


def test_an_opaque_picture_is_not_cleared_and_only_its_old_place_it_left_is_put_back():
    stage, keep = Stage(), Keep()

    def card(y, look=1):
        key, look, rect, paint = stage.item("card", look, (10, y, 40, 40), RED)
        return (key, look, rect, paint, True)
    above = stage.item("label", 1, (20, 5, 20, 10), BLUE, 128)  # overlaps the card's top
    keep.draw(stage.canvas, [card(10), above], None, stage.put_back)
    stage.frame(keep, [card(8), above])  # the card rises by two pixels
    assert stage.put == [(10, 48, 40, 2), (20, 5, 20, 10)]  # the strip it left; the label
    assert stage.painted == ["card", "label"]
    assert stage.same([card(8), above])
    stage.frame(keep, [card(8), above], restored=[pygame.Rect(12, 30, 4, 4)])
    assert (10, 8, 40, 40) not in stage.put  # painted over as it is, and the label on it
    assert stage.painted == ["card", "label"]
    assert stage.same([card(8), above])
