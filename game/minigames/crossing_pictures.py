"""Crossing's pictures, each made once and kept in the shared cache by the view: a street's
still parts, the pedestrian light, words on plates, the public screen with a caught face,
and the made-up faces (drawn from a seed, never photos).

A picture with see-through parts is filled with ``CLEAR`` first and keyed on it; whatever
is drawn with soft edges sits on an opaque ground inside it, so it looks as painted on the
screen."""
from __future__ import annotations

import math
import random

import pygame

from ..i18n import signed
from ..ui import layout
from ..ui import theme
from ..ui.icons import draw_icon
from ..ui.widgets import backing, draw_text, panel

W, TOP, FEET = 1040, 96, 556  # a street's width; where the scene starts; where people stand
ROAD, STAND, FAR, DOOR = (330, 690), 230, 800, 250
LIGHT_X, CAM_X, LENS, NEXT = 310, 780, (668, 178), -100  # NEXT: where a neighbour waits
SCREEN = pygame.Rect(1080, 0, 520, 500)  # the public screen, beside the street
SIDEWALK, ROAD_GREY, NIGHT, POLE = (234, 228, 216), (92, 98, 116), (27, 31, 59), (70, 74, 90)
WHITE, SOFT, FRAME = (255, 255, 255), (190, 194, 210), (214, 220, 236)
SKINS = ((255, 219, 180), (234, 184, 146), (198, 140, 100), (141, 94, 62), (96, 64, 44))
HAIRS = ((40, 32, 30), (92, 60, 34), (180, 130, 60), (200, 200, 204), (150, 60, 40))
HOUSES = ((246, 214, 190), (214, 226, 246), (226, 240, 214), (244, 232, 200))
CLEAR = (255, 0, 255)  # a colour nothing here uses: the see-through part of a picture
ROW = 72  # the public screen's row of small faces: how far above its bottom edge it starts
LAMP = pygame.Rect(LIGHT_X - 52, 130, 104, 196)  # the light's box, from a street's top left
LAMP_CHIP = pygame.Rect(LAMP.right + 14, LAMP.y + 6, 200, 140)  # its seconds, beside it


def see_through(size: tuple[int, int]) -> pygame.Surface:
    picture = pygame.Surface(size)
    picture.fill(CLEAR)
    return picture


def keyed(picture: pygame.Surface) -> pygame.Surface:
    picture.set_colorkey(CLEAR, pygame.RLEACCEL)
    return picture


# -- words on plates ----------------------------------------------------------------------

def chip_rect(fonts, text: str, size: str, ink, pad=(24, 10), **at) -> pygame.Rect:
    """Where a word on a plate goes, placed by one anchor such as ``midbottom=(x, y)``."""
    return fonts.render(text, size, ink, "bold").get_rect(**at).inflate(*pad)


def plate(fonts, text: str, size: str, ink, fill, radius=12, pad=(24, 10)) -> pygame.Surface:
    """A word on a rounded plate, its corners see-through."""
    label = fonts.render(text, size, ink, "bold")
    box = label.get_rect().inflate(*pad)
    picture = see_through(box.size)
    panel(picture, picture.get_rect(), fill, radius)
    layout.blit(picture, label, label.get_rect(center=box.center).move(-box.x, -box.y))
    return keyed(picture)


def chip(surface, fonts, text, size, ink, fill, radius=12, pad=(24, 10), **at) -> pygame.Rect:
    where = chip_rect(fonts, text, size, ink, pad, **at)
    layout.blit(surface, plate(fonts, text, size, ink, fill, radius, pad), where)
    return where


def camera_chip_args(app, lx: int, ly: int) -> tuple[tuple, dict]:
    """The camera's name under its lens: (text, size, ink, fill, radius), and its anchor."""
    return ((app.t("minigame.crossing.face_recognition"), "small", WHITE, NIGHT, 14),
            {"topleft": (lx - 8, ly + 52)})


def floating(fonts, text: str, color) -> pygame.Surface:
    """A gain or loss rising from the player, on a white plate to read over anything."""
    label = fonts.render(text, "title", color, "display")
    surf = pygame.Surface(label.get_rect().inflate(32, 12).size, pygame.SRCALPHA)
    panel(surf, surf.get_rect(), WHITE, 18)
    layout.blit(surf, label, label.get_rect(center=surf.get_rect().center))
    return surf


def bubble(pal) -> pygame.Surface:
    """"Waiting", over the player's head."""
    picture = see_through((76, 76))
    panel(picture, picture.get_rect(), pal.surface, 38, pal.accent, 3)
    draw_icon(picture, "wait", picture.get_rect().inflate(-24, -24), pal.accent)
    return keyed(picture)


# -- the street ---------------------------------------------------------------------------

def street(app, pal, seg: int, last: bool) -> pygame.Surface:
    """One street's still parts: houses, pavements, the road with its light and camera
    poles, or after the last crossing the office. Streets differ only in their houses'
    colours, so one picture serves every street coloured alike."""
    surface = backing((W, 610 - TOP))
    x, oy = 0, -TOP
    pygame.draw.rect(surface, SIDEWALK, (x, oy + TOP, W, 610 - TOP))
    for i, hx in enumerate((720, 880) if last else (0, 160, 720, 880)):
        house = pygame.Rect(x + hx + 8, oy + TOP + 10, 150, 170)
        pygame.draw.rect(surface, HOUSES[(seg + i) % len(HOUSES)], house)
        for wx, wy in ((24, 26), (86, 26), (24, 96), (86, 96)):
            pygame.draw.rect(surface, WHITE, (house.x + wx, house.y + wy, 38, 46))
    if last:
        office = pygame.Rect(x + DOOR - 170, oy + TOP + 20, 420, FEET - TOP - 20)
        panel(surface, office, (200, 214, 236), 8)
        chip(surface, app.fonts, app.t("minigame.crossing.office").upper(), "title", WHITE,
             pal.accent, 14, (40, 16), midtop=(office.centerx, office.y + 34))
        pygame.draw.rect(surface, NIGHT, (x + DOOR - 60, oy + FEET - 220, 120, 220),
                         border_top_left_radius=14, border_top_right_radius=14)
        return surface
    road = pygame.Rect(x + ROAD[0], oy + TOP, ROAD[1] - ROAD[0], 610 - TOP)
    pygame.draw.rect(surface, ROAD_GREY, road)
    for y in range(oy + TOP + 10, oy + FEET - 150, 70):
        pygame.draw.rect(surface, (230, 230, 236), (road.centerx - 5, y, 10, 38))
    for i in range(7):
        pygame.draw.rect(surface, WHITE, (road.x + 14 + i * 50, oy + FEET - 110, 30, 140))
    # What the camera sees: a pale cone from the lens down over the crossing.
    cone = pygame.Surface((LENS[0] - ROAD[0] + 30, FEET + 40 - LENS[1]), pygame.SRCALPHA)
    w, h = cone.get_size()
    pygame.draw.polygon(cone, (*theme.YELLOW, 70), [(w - 30, 0), (0, h), (w, h)])
    surface.blit(cone, (x + ROAD[0] - 10, oy + LENS[1]))
    pygame.draw.rect(surface, POLE, (x + LIGHT_X - 7, oy + 150, 14, FEET - 150))
    panel(surface, LAMP.move(x, oy), NIGHT, 18)
    # The camera on its pole, its lens over the road.
    pygame.draw.rect(surface, POLE, (x + CAM_X - 7, oy + 130, 14, FEET - 130))
    pygame.draw.rect(surface, POLE, (x + LENS[0] + 20, oy + 126, CAM_X - LENS[0] - 20, 12))
    lx, ly = x + LENS[0], oy + LENS[1]
    body = [(lx + 12, ly - 40), (lx + 96, ly - 40), (lx + 96, ly - 2), (lx + 12, ly + 18)]
    pygame.draw.polygon(surface, (236, 238, 244), body)
    pygame.draw.polygon(surface, NIGHT, body, 3)
    pygame.draw.circle(surface, NIGHT, (lx, ly), 20)
    pygame.draw.circle(surface, theme.SKY, (lx, ly), 9)
    pygame.draw.circle(surface, theme.LOSS, (lx + 80, ly - 26), 6)
    words, at = camera_chip_args(app, lx, ly)
    chip(surface, app.fonts, *words, **at)
    return surface


def lamp_box(green: bool) -> pygame.Surface:
    """The light's dark box with its two lamps, one lit; its corners see-through. The
    figures differ in shape as well as colour: a raised hand, a walker."""
    box = see_through(LAMP.size)
    panel(box, box.get_rect(), NIGHT, 18)
    for icon, y, on, lit in (("wait", 12, not green, theme.LOSS),
                             ("walk", 104, green, theme.GAIN)):
        lamp = pygame.Rect(12, y, 80, 80)
        panel(box, lamp, lit if on else (60, 64, 82), 40)
        draw_icon(box, icon, lamp.inflate(-24, -24), WHITE if on else (90, 94, 112))
    return keyed(box)


def lamp_chip(app, green: bool, shown: int) -> pygame.Surface:
    """Beside the light one is at: its seconds left and its colour in words."""
    picture = see_through(LAMP_CHIP.size)
    box = picture.get_rect()
    panel(picture, box, NIGHT, 20)
    word = app.t("minigame.crossing.green" if green else "minigame.crossing.red")
    band = pygame.Rect(box.x + 12, box.bottom - 48, box.width - 24, 38)
    draw_text(picture, app.fonts, str(shown), (box.centerx, (box.y + band.y) // 2 + 2),
              "headline", WHITE, "display", anchor="center")
    panel(picture, band, theme.GAIN_TEXT if green else theme.LOSS_TEXT, 12)
    draw_text(picture, app.fonts, word.upper(), band.center, "small", WHITE, "bold",
              anchor="center")
    return keyed(picture)


# -- the public screen --------------------------------------------------------------------

def screen(app, caught: tuple | None = None) -> pygame.Surface:
    """The public screen's dark panel and its title; ``caught`` (face, you, penalty): with
    the face it shows big, its band and its penalty."""
    picture = see_through(SCREEN.size)
    box = picture.get_rect()
    panel(picture, box, NIGHT, 24)
    draw_text(picture, app.fonts, app.t("minigame.crossing.screen").upper(),
              (box.centerx, box.y + 22), "small", theme.SKY, "bold", anchor="midtop")
    if caught is None:
        return keyed(picture)
    seed, you, penalty = caught
    pygame.draw.circle(picture, FRAME, (box.centerx, box.y + 156), 98)  # faces on dark
    picture.blit(face(seed), (box.centerx - 86, box.y + 70))
    if you:
        chip(picture, app.fonts, app.t("minigame.crossing.you").upper(), "body", NIGHT,
             theme.YELLOW, topleft=(box.x + 40, box.y + 86))
    word = "× " + app.t("minigame.crossing.jaywalker").upper()
    ink = app.fonts.render(word, "title", WHITE, "display").get_bounding_rect()
    band = pygame.Rect(box.x + 24, box.y + 262, box.width - 48, max(62, ink.height + 16))
    panel(picture, band, theme.LOSS, 14)
    # Centred by its ink, so that an umlaut's dots stay on the band.
    draw_text(picture, app.fonts, word, (band.centerx, band.centery - ink.centery),
              "title", WHITE, "display", anchor="midtop")
    draw_text(picture, app.fonts, app.t("minigame.crossing.penalty",
                                        delta=f"{signed(-penalty)} ▼"),
              (box.centerx, band.bottom + 14), "body", WHITE, "semibold", anchor="midtop")
    return keyed(picture)


def row(faces: tuple[int, ...]) -> pygame.Surface:
    """The screen's row of small faces on their light discs; the rest stays see-through."""
    picture = see_through((SCREEN.width, ROW))
    for i, seed in enumerate(faces):
        spot = (54 + i * 66, ROW - 42)
        pygame.draw.circle(picture, FRAME, spot, 29)
        picture.blit(face(seed, 24), (spot[0] - 24, spot[1] - 24))
    return keyed(picture)


def face(seed: int, r: int = 86) -> pygame.Surface:
    """A made-up face from a seed: skin, hair, eyes, mouth."""
    pick = random.Random(seed)
    skin, hair, style = pick.choice(SKINS), pick.choice(HAIRS), pick.randrange(4)
    surf = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
    if style == 2:  # long hair falls behind the face
        pygame.draw.rect(surf, hair, (r * .1, r * .5, r * 1.8, r * 1.4), border_radius=r // 3)
    pygame.draw.circle(surf, skin, (r, r), r * .86)
    if style != 3:
        pygame.draw.circle(surf, hair, (r, r * .78), r * .86, draw_top_left=True,
                           draw_top_right=True)
        pygame.draw.ellipse(surf, skin, (r * .3, r * .62, r * 1.4, r * .6))
    if style == 1:
        pygame.draw.circle(surf, hair, (r, r * .16), r * .26)
    for ex in (.66, 1.34):
        pygame.draw.circle(surf, NIGHT, (r * ex, r * 1.06), max(2, r * .1))
    pygame.draw.arc(surf, NIGHT, (r * .7, r * 1.1, r * .6, r * .42), math.pi * 1.1,
                    math.pi * 1.9, max(2, r // 14))
    return surf
