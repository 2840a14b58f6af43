"""How the security check looks: the items, the people, the trays, the notices, the offer
card and the backdrop (the other lane, the spotlight, the belt, the scanner, the officer and
the lane badge). Each picture is made from what it shows alone; the view keeps them in the
shared cache and places them.

A see-through picture is painted on ``CLEAR`` around an anchor inside it: the view blits
it at the place of the anchor less the anchor.
"""
from __future__ import annotations

import math

import pygame

from ..ui import layout
from ..ui import theme
from ..ui.icons import draw_icon
from ..ui.widgets import draw_paragraph, panel, paragraph_height, shadow

OFFER = pygame.Rect(180, 236, 1240, 340)  # the offer card, within the play area
BELT_Y, CX = 462, 620  # the belt's top and the spotlight's centre, within the play area
CLEAR = (255, 0, 254)  # no picture here uses it: the see-through part of a sprite
WALKER = (30, -70)  # the walker's anchor: his x, the play area's top

BADGE = {"priority": ("minigame.security.badge_priority", theme.YELLOW, "star"),
         "standard": ("minigame.security.badge_standard", theme.SKY, "walk"),
         "screening": ("minigame.security.badge_screening", theme.ORANGE, "flag")}
INK, BELT, TRAY, SKIN = (27, 31, 59), (62, 68, 88), (150, 158, 182), (196, 150, 112)
WHITE, GREY, LIQUID = (255, 255, 255), (120, 126, 146), theme.SKY


def draw_item(s: pygame.Surface, shape: str, r: pygame.Rect) -> None:
    """A still life of the item in a square: a few shapes, ink outlines, flat colour."""
    x, y, n = r.x, r.y, r.width

    def box(a, b, c, d):
        return pygame.Rect(x + n * a, y + n * b, n * c, n * d)

    def pts(*p):
        return [(x + n * p[i], y + n * p[i + 1]) for i in range(0, len(p), 2)]
    w = max(3, n // 30)
    if shape in ("bottle", "jar", "tube"):
        body = {"bottle": box(.3, .3, .4, .62), "jar": box(.22, .34, .56, .56),
                "tube": box(.32, .2, .36, .7)}[shape]
        cap = {"bottle": box(.42, .08, .16, .14), "jar": box(.2, .22, .6, .12),
               "tube": box(.42, .84, .16, .12)}[shape]
        fill = {"bottle": LIQUID, "jar": theme.PINK, "tube": WHITE}[shape]
        pygame.draw.rect(s, WHITE, body, border_radius=n // 10)
        level = body.copy()
        level.height = round(body.height * (.7 if shape != "tube" else 1))
        level.bottom = body.bottom
        pygame.draw.rect(s, fill, level, border_radius=n // 10)
        if shape == "bottle":
            pygame.draw.polygon(s, WHITE, pts(.42, .2, .58, .2, .7, .32, .3, .32))
            pygame.draw.lines(s, INK, False, pts(.42, .2, .3, .32), w)
            pygame.draw.lines(s, INK, False, pts(.58, .2, .7, .32), w)
        pygame.draw.rect(s, INK, body, w, border_radius=n // 10)
        pygame.draw.rect(s, GREY, cap, border_radius=n // 30)
    elif shape == "globe":
        pygame.draw.circle(s, LIQUID, (x + n * .5, y + n * .42), n * .32)
        pygame.draw.circle(s, INK, (x + n * .5, y + n * .42), n * .32, w)
        for dx, dy in ((.4, .3), (.58, .36), (.46, .5), (.62, .54), (.36, .44)):
            pygame.draw.circle(s, WHITE, (x + n * dx, y + n * dy), max(2, n // 40))
        pygame.draw.polygon(s, theme.LOSS, pts(.28, .72, .72, .72, .8, .92, .2, .92))
    elif shape == "scissors":
        pygame.draw.line(s, GREY, *pts(.34, .62, .8, .1), w * 2)
        pygame.draw.line(s, GREY, *pts(.66, .62, .2, .1), w * 2)
        for cx in (.3, .7):
            pygame.draw.circle(s, theme.LOSS, (x + n * cx, y + n * .76), n * .14, w * 2)
    elif shape == "knife":
        pygame.draw.rect(s, theme.LOSS, box(.1, .56, .38, .16), border_radius=n // 16)
        pygame.draw.polygon(s, GREY, pts(.46, .56, .92, .5, .84, .66, .46, .72))
        pygame.draw.polygon(s, INK, pts(.46, .56, .92, .5, .84, .66, .46, .72), w)
    elif shape == "laptop":
        pygame.draw.rect(s, INK, box(.18, .2, .64, .46), border_radius=n // 24)
        pygame.draw.rect(s, LIQUID, box(.23, .25, .54, .36))
        pygame.draw.polygon(s, GREY, pts(.18, .68, .82, .68, .94, .82, .06, .82))
    elif shape == "book":
        pygame.draw.rect(s, theme.BLUE, box(.24, .14, .52, .74), border_radius=n // 30)
        pygame.draw.rect(s, WHITE, box(.7, .18, .06, .66))
        pygame.draw.line(s, WHITE, *pts(.34, .32, .62, .32), w)
    elif shape == "phone":
        pygame.draw.rect(s, INK, box(.32, .12, .36, .76), border_radius=n // 14)
        pygame.draw.rect(s, LIQUID, box(.36, .2, .28, .56), border_radius=n // 40)
    elif shape == "keys":
        pygame.draw.circle(s, GREY, (x + n * .32, y + n * .34), n * .16, w * 2)
        for ax, ay in ((.44, .44), (.4, .5)):
            bx, by = ax + .4, ay + (.16 if ay < .48 else .34)
            pygame.draw.line(s, theme.ORANGE, *pts(ax, ay, bx, by), w * 2)
            pygame.draw.line(s, theme.ORANGE, *pts(bx - .1, by - .04, bx - .06, by + .06), w * 2)
    elif shape == "shoe":
        pygame.draw.polygon(s, theme.GAIN, pts(.1, .46, .36, .46, .54, .6, .9, .66, .9, .8,
                                               .1, .8))
        pygame.draw.rect(s, WHITE, box(.08, .78, .84, .1), border_radius=n // 30)
        pygame.draw.line(s, WHITE, *pts(.36, .54, .5, .64), w)
    elif shape == "glasses":
        for cx in (.3, .7):
            pygame.draw.circle(s, INK, (x + n * cx, y + n * .52), n * .17)
            pygame.draw.circle(s, GREY, (x + n * cx, y + n * .5), n * .13)
        pygame.draw.arc(s, INK, box(.42, .4, .16, .14), 0.3, 2.8, w)


def draw_person(s, x: int, base: int, h: int, coat, smile: int = 0) -> None:
    """A passenger or officer: head and shoulders; ``smile`` 1 smiles, -1 frowns."""
    head = round(h * .2)
    pygame.draw.rect(s, coat, (x - h * .22, base - h * .62, h * .44, h * .62),
                     border_top_left_radius=round(h * .18), border_top_right_radius=round(h * .18))
    cy = base - h * .62 - head * .8
    pygame.draw.circle(s, SKIN, (x, cy), head)
    if smile:
        mouth = pygame.Rect(x - head * .45, cy + head * (.0 if smile > 0 else .3), head * .9,
                            head * .5)
        pygame.draw.arc(s, INK, mouth, math.pi if smile > 0 else 0,
                        2 * math.pi if smile > 0 else math.pi, max(2, h // 40))


def _canvas(size: tuple[int, int]) -> pygame.Surface:
    canvas = pygame.Surface(size)
    canvas.fill(CLEAR)
    canvas.set_colorkey(CLEAR)
    return canvas


def _done(picture: pygame.Surface) -> pygame.Surface:
    """A painted small picture, run-length encoded to blit faster (the encoding is made on
    its first blit, and words blended onto an encoded canvas come out otherwise: so only
    once it is painted)."""
    picture.set_colorkey(CLEAR, pygame.RLEACCEL)
    return picture


def tray_anchor(size: int) -> tuple[int, int]:
    """Where a tray's picture has its anchor: the middle of the belt's top under it."""
    return size, size * 5 // 4


def tray(shape: str, size: int) -> pygame.Surface:
    """An item of ``shape`` in its tray, the item ``size`` across."""
    surface = _canvas((size * 2, size * 3 // 2))
    x, belt_y = tray_anchor(size)
    body = pygame.Rect(0, 0, round(size * 1.5), round(size * .3))
    body.midbottom = (x, belt_y + 4)
    draw_item(surface, shape, pygame.Rect(x - size // 2, body.y - size + size // 5, size, size))
    pygame.draw.polygon(surface, TRAY, [body.topleft, body.topright,
                                        (body.right - 14, body.bottom),
                                        (body.x + 14, body.bottom)])
    return _done(surface)


def walker() -> pygame.Surface:
    """A priority passenger walking past."""
    surface = _canvas((100, 140))
    x, y = WALKER
    draw_person(surface, x, y + 198, 100, theme.ORANGE, 1)
    draw_icon(surface, "star", pygame.Rect(x + 24, y + 80, 40, 40), theme.ORANGE)
    return _done(surface)


def notice(app, priority: bool) -> pygame.Surface:
    """Why the belt stopped: a priority passenger, or a bag check (centred where it shows)."""
    key = "minigame.security.waved_now" if priority else "minigame.security.check_now"
    fill = theme.YELLOW if priority else theme.LOSS
    text = app.fonts.render(app.t(key), "lead", theme.readable_on(fill), "bold")
    box = text.get_rect().inflate(120, 30)
    box.topleft = (0, 0)
    surface = _canvas(box.size)
    panel(surface, box, fill, box.height // 2)
    draw_icon(surface, "wait" if priority else "cross",
              pygame.Rect(20, 10, box.height - 20, box.height - 20), theme.readable_on(fill))
    layout.blit(surface, text, text.get_rect(midleft=(90, box.centery)))
    return _done(surface)


def offer(app, pal, boost) -> pygame.Surface:
    """The card that offers the faster lane for the live location (its shadow, which the
    view lays under it, is made with it)."""
    shadow(OFFER.size)
    surface = _canvas(OFFER.size)  # big and shown once: not encoded
    card = surface.get_rect()
    fonts = app.fonts
    panel(surface, card, pal.surface, 28, theme.BLUE, 4)
    draw_icon(surface, "pin", pygame.Rect(card.x + 50, card.y + 60, 140, 140), theme.BLUE)
    title = app.t("minigame.security.offer_title")
    reward = app.t("minigame.security.offer_text", n=boost["skip"], points=boost["points"])
    width = card.width - 290
    # Title and reward both on the card: the title a size less where it would push the
    # reward off it (larger text, German).
    room = card.height - 96 - paragraph_height(fonts, reward, width, "lead", "semibold")
    size = "title" if paragraph_height(fonts, title, width, "title", "display") <= room \
        else "lead"
    y = draw_paragraph(surface, fonts, title, pygame.Rect(card.x + 240, card.y + 50, width, 0),
                       size, pal.ink, "display")
    draw_paragraph(surface, fonts, reward, pygame.Rect(card.x + 240, y + 16, width, 0),
                   "lead", theme.GAIN_TEXT, "semibold")
    return surface


def roll_belt(surface, belt: pygame.Rect, shift: int) -> None:
    """The belt, its rollers moved on by ``shift``."""
    pygame.draw.rect(surface, BELT, belt, border_radius=17)
    for i in range(24):
        pygame.draw.circle(surface, GREY, (belt.x + 20 + (i * 48 - shift) % 1140, belt.y + 17), 6)


def backdrop(app, pal, lane: str, params, size: tuple[int, int]) -> pygame.Surface:
    """What stands still in the play area (all but the hint, whose words lie on the
    background): the other lane, the spotlight, the belt, the bin, the scanner, the officer
    and the lane badge."""
    surface = _canvas(size)
    area = surface.get_rect()
    _draw_beside(surface, app, pal, lane, params, pygame.Rect(0, 76, area.width, 130))
    panel(surface, pygame.Rect(CX - 225, 222, 450, BELT_Y - 202), pal.surface, 24, pal.line,
          2)  # a spotlight on the tray to judge now
    roll_belt(surface, pygame.Rect(20, BELT_Y, 1160, 34), 0)
    draw_icon(surface, "bin", pygame.Rect(1030, BELT_Y + 42, 100, 100), pal.ink_soft)
    _draw_scanner(surface, lane)
    _draw_badge(surface, app, lane)
    return _done(surface)


def hint_box(fonts, hint: str, area: pygame.Rect) -> pygame.Rect:
    """Where the hint sits under the belt: two lines in larger text."""
    tall = paragraph_height(fonts, hint, 940, "small")
    return pygame.Rect(area.x + 40, area.y + min(BELT_Y + 66, area.height - tall - 4), 940,
                       tall)


def _draw_badge(surface, app, lane: str) -> None:
    key, fill, icon = BADGE[lane]
    text = app.fonts.render(app.t(key).upper(), "body", theme.readable_on(fill), "bold")
    badge = pygame.Rect(0, 0, text.get_width() + 104, 64)
    panel(surface, badge, fill, 32)
    draw_icon(surface, icon, pygame.Rect(badge.x + 20, badge.y + 10, 44, 44),
              theme.readable_on(fill))
    layout.blit(surface, text, text.get_rect(midleft=(badge.x + 76, badge.centery)))


def _draw_beside(surface, app, pal, lane: str, params, strip: pygame.Rect) -> None:
    """The other lane: what the tier spared the player, or what it gives others."""
    fonts = app.fonts
    panel(surface, strip, pal.surface_alt, 24, pal.line, 2)
    base = strip.bottom - 8
    if lane == "priority":
        label = app.t("minigame.security.beside_priority", n=params["waiting"])
        for i in range(params["waiting"]):
            draw_person(surface, strip.x + 630 + i * 92, base, 100, GREY, -1)
    else:
        sc = app.config.scenario  # the tiers whose perk opens this lane
        tiers = [app.text(t.name).split(" · ")[0] for t in sc.tiers
                 if params["fast_perk"] in t.perks]
        label = app.t("minigame.security.beside_other", tiers=", ".join(tiers))
        pygame.draw.rect(surface, theme.YELLOW, (strip.x + 600, strip.bottom - 24,
                                                 strip.width - 620, 14), border_radius=7)
        draw_person(surface, strip.right - 80, base, 100, theme.BLUE, 1)
    # Clear of the people waiting: a size less where larger text would reach them.
    size = "body" if max(fonts.font("body", "bold").size(line)[0] for line in
                         fonts.wrap(label, "body", 540, "bold")) <= 540 else "small"
    draw_paragraph(surface, fonts, label, pygame.Rect(strip.x + 30, strip.y + 20, 540, 100),
                   size, pal.ink, "bold")


def _draw_scanner(surface, lane: str) -> None:
    """The X-ray tunnel the trays vanish into, and the officer whose face is the tier's."""
    tunnel = pygame.Rect(1180, BELT_Y - 170, 220, 220)
    panel(surface, tunnel, (200, 206, 224), 20)
    mouth = tunnel.inflate(-40, -50).move(0, 5)
    pygame.draw.rect(surface, (44, 48, 66), mouth, border_radius=10)
    for i in range(1, 8):
        x = mouth.x + i * mouth.width // 8
        pygame.draw.line(surface, GREY, (x, mouth.y + 4), (x, mouth.bottom - 4), 4)
    mood = {"priority": 1, "standard": 0, "screening": -1}[lane]
    draw_person(surface, 1500, BELT_Y + 60, 270, theme.BLUE, mood)
    if mood > 0:
        draw_icon(surface, "star", pygame.Rect(1480, BELT_Y - 90, 40, 40), theme.YELLOW)
