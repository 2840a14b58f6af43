"""The circle on screen: the network graph stays readable from 1 to 200 people, and a
visit reaches the circle screen, the falling-friend card and the debrief's network page."""
import random

import pygame
import pytest

from game.app import App, Config
from game.driver import Driver
from game.scenes.social_graph import AVATAR, YOU, GraphNode, NetworkGraph
from game.scenes.title import TitleScene
from game.ui import avatar as avatar_mod
from game.ui import theme
from game.ui.avatar import avatar
from game.ui.theme import Fonts

FRIENDS = ["lena", "tom", "mara", "aylin", "dev", "grete", "yusuf", "jonas", "sam", "noor", "kofi"]


@pytest.fixture(scope="module")
def fonts():
    pygame.init()
    return Fonts()


def network(size: int, seed: int = 1) -> list[GraphNode]:
    """Eleven named friends (two of them recruiters) and ``size`` people further down."""
    rng = random.Random(seed)
    nodes = [GraphNode(YOU, None, "you", "You")]
    nodes += [GraphNode(f, YOU, "outside" if i > 8 else "friend", f.title(), recruited=i in (7, 8))
              for i, f in enumerate(FRIENDS)]
    parents = ["jonas", "sam"]
    for i in range(size):
        parent = rng.choice(parents)
        nodes.append(GraphNode(i, parent, "joined", new=i >= size // 2))
        parents.append(i)
    return nodes


@pytest.mark.parametrize("large", [False, True])
def test_no_label_overlaps_anything_from_1_to_200_people(fonts, large):
    fonts = Fonts(theme.LARGE_TEXT_SCALE if large else 1.0)
    rect = pygame.Rect(60, 230, 1060, 730)
    for size in range(0, 201):
        nodes = network(size, seed=size)
        graph = NetworkGraph(rect, nodes, fonts, theme.APP)
        discs = [graph._disc(n.key) for n in nodes if n.kind != "joined"]
        labels = [r for _, r in graph.labels]
        for i, label in enumerate(labels):
            assert rect.contains(label), (size, label)
            assert label.collidelist(labels[i + 1:]) < 0, (size, label)
            assert label.collidelist(discs) < 0, (size, label)
        assert len(graph.pos) == len(nodes)
        assert all(rect.collidepoint(p) for p in graph.pos.values()), size
    assert any(text.startswith("Lena") for text, _ in graph.labels)
    assert any(text.startswith("Sam +") or text.startswith("Jonas +") for text, _ in graph.labels)


def test_new_people_grow_in_and_then_the_graph_is_still(fonts):
    graph = NetworkGraph(pygame.Rect(60, 230, 1060, 730), network(200), fonts, theme.APP)
    canvas, layer = pygame.Surface(theme.CANVAS), pygame.Surface(theme.CANVAS)
    assert graph.growing
    graph.paint_still(layer)
    for _ in range(40):
        graph.update(0.1)
        graph.bake(layer)
        canvas.blit(layer, (0, 0))
        graph.draw_growing(canvas)
    assert not graph.growing and graph.new == []


def test_portraits_are_the_same_for_the_same_contact_and_differ_between_them():
    pygame.init()
    one = pygame.image.tobytes(avatar("lena", AVATAR), "RGBA")
    assert one == pygame.image.tobytes(avatar_mod._portrait("lena", AVATAR), "RGBA")
    assert one != pygame.image.tobytes(avatar("tom", AVATAR), "RGBA")


@pytest.mark.parametrize("length,lang", [("kiosk", "de"), ("workshop", "en")])
def test_a_visit_meets_the_circle_then_faces_a_falling_friend(harmony, length, lang):
    app = App(Config(scenario=harmony, length=length, seed=1, headless=True, lang=lang,
                     idle_after=10**9))
    app.push(TitleScene(app))
    seen, friends_seen = [], []

    def look(screen):
        seen.append(screen)
        if screen == "circle":
            friends_seen.append({n.key for n in app.top.graph.nodes})
            names = {text for text, _ in app.top.graph.labels}
            assert any(n.startswith("Lena") for n in names)
            assert app.top.button("next") is not None
            assert app.top.button("next").rect.height >= theme.TARGET_MIN
        if screen == "card-friend":
            friend = app.session.step.card.options[0].social.contacts[0]
            name = app.text(harmony.circle.contact(friend).name)
            labels = [b.label for b in app.top.buttons]
            assert (f"Stand by {name}" if lang == "en" else f"Zu {name} halten") in labels
            assert friends_seen and friend in friends_seen[0]
    Driver(app, "conform", seed=1, via="touch").play(on_screen=look)
    last = "debrief-network" if length == "workshop" else "debrief-arc"  # a kiosk's is short
    assert seen.index("circle") < seen.index("card-friend") < seen.index(last)
    assert seen[seen.index("circle") - 1] == "day_end"
    pygame.quit()


def test_every_friends_few_words_fit_their_leaderboard_row_uncut(harmony):
    from game.scenes.social import SIDE
    pygame.init()
    fonts = Fonts()
    room = SIDE.width - 80 - 112
    for contact in harmony.circle.contacts:
        for lang in harmony.languages:
            assert fonts.font("small").size(contact.about.get(lang))[0] <= room, contact.id
