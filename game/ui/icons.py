"""Small pictures drawn in code for buttons and the mini-games' intro cards.

Each icon fits a square and is drawn with a few primitives in one colour, so it stays
crisp at any size and needs no image files.
"""
from __future__ import annotations

import math

import pygame

from . import layout


def draw_icon(surface: pygame.Surface, name: str, rect: pygame.Rect, color) -> None:
    """Draw icon ``name`` centred in ``rect``; an unknown name draws nothing."""
    fn = _ICONS.get(name)
    if fn is not None:
        size = min(rect.width, rect.height)
        box = pygame.Rect(0, 0, size, size)
        box.center = rect.center
        fn(surface, box, color, max(2, size // 12))
        layout.solid(surface, box.inflate(-size // 8, -size // 8), f"icon {name}")


def _share(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.lines(s, c, False, [(x + n * .62, y + n * .55), (x + n * .62, y + n * .86),
                                    (x + n * .14, y + n * .86), (x + n * .14, y + n * .38),
                                    (x + n * .42, y + n * .38)], w)
    pygame.draw.line(s, c, (x + n * .4, y + n * .6), (x + n * .84, y + n * .16), w)
    pygame.draw.polygon(s, c, [(x + n * .9, y + n * .1), (x + n * .56, y + n * .14),
                               (x + n * .86, y + n * .44)])


def _flag(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.line(s, c, (x + n * .24, y + n * .1), (x + n * .24, y + n * .92), w)
    pygame.draw.polygon(s, c, [(x + n * .24, y + n * .12), (x + n * .82, y + n * .26),
                               (x + n * .24, y + n * .5)])


def _walk(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.circle(s, c, (x + n * .56, y + n * .14), n * .1)
    pts = [(x + n * .52, y + n * .3), (x + n * .46, y + n * .6)]
    pygame.draw.line(s, c, *pts, w + 2)
    pygame.draw.lines(s, c, False, [(x + n * .46, y + n * .6), (x + n * .6, y + n * .74),
                                    (x + n * .62, y + n * .94)], w)
    pygame.draw.lines(s, c, False, [(x + n * .46, y + n * .6), (x + n * .34, y + n * .78),
                                    (x + n * .2, y + n * .9)], w)
    pygame.draw.lines(s, c, False, [(x + n * .26, y + n * .5), (x + n * .4, y + n * .34),
                                    (x + n * .52, y + n * .32), (x + n * .64, y + n * .46),
                                    (x + n * .78, y + n * .5)], w)


def _hand(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    palm = pygame.Rect(x + n * .22, y + n * .44, n * .56, n * .46)
    pygame.draw.rect(s, c, palm, border_radius=round(n * .14))
    for i in range(4):
        fx = x + n * (.25 + i * .14)
        top = y + n * (.14 if i in (1, 2) else .2)
        pygame.draw.rect(s, c, (fx, top, n * .11, n * .4), border_radius=round(n * .05))


def _cart(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.lines(s, c, False, [(x + n * .06, y + n * .18), (x + n * .2, y + n * .18),
                                    (x + n * .3, y + n * .66), (x + n * .8, y + n * .66)], w)
    pygame.draw.polygon(s, c, [(x + n * .22, y + n * .28), (x + n * .9, y + n * .28),
                               (x + n * .8, y + n * .56), (x + n * .28, y + n * .56)])
    for cx in (.36, .74):
        pygame.draw.circle(s, c, (x + n * cx, y + n * .82), n * .08)


def _check(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.lines(s, c, False, [(x + n * .14, y + n * .52), (x + n * .4, y + n * .78),
                                    (x + n * .88, y + n * .22)], w + 2)


def _cross(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.line(s, c, (x + n * .2, y + n * .2), (x + n * .8, y + n * .8), w + 2)
    pygame.draw.line(s, c, (x + n * .8, y + n * .2), (x + n * .2, y + n * .8), w + 2)


def _star(s, r, c, w):
    cx, cy, n = r.centerx, r.centery, r.width
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rad = n * (.46 if i % 2 == 0 else .2)
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    pygame.draw.polygon(s, c, pts)


def _tap(s, r, c, w):
    """A hand whose index finger touches down, with a ripple where it lands: "tap here"."""
    x, y, n = r.x, r.y, r.width
    for radius in (.16, .26):
        pygame.draw.arc(s, c, (x + n * (.38 - radius), y + n * (.14 - radius), n * radius * 2,
                               n * radius * 2), math.pi * .15, math.pi * .85, max(2, w // 2))
    pygame.draw.rect(s, c, (x + n * .3, y + n * .12, n * .16, n * .5), border_radius=round(n * .08))
    palm = pygame.Rect(x + n * .3, y + n * .46, n * .5, n * .46)
    pygame.draw.rect(s, c, palm, border_radius=round(n * .16))
    for i, top in enumerate((.4, .43, .48)):
        pygame.draw.rect(s, c, (x + n * (.47 + i * .12), y + n * top, n * .11, n * .3),
                         border_radius=round(n * .05))


def _clock(s, r, c, w):
    cx, cy, n = r.centerx, r.centery, r.width
    pygame.draw.circle(s, c, (cx, cy), n * .42, w)
    pygame.draw.line(s, c, (cx, cy), (cx, cy - n * .28), w)
    pygame.draw.line(s, c, (cx, cy), (cx + n * .2, cy + n * .08), w)


def _bubble(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.rect(s, c, (x + n * .08, y + n * .14, n * .84, n * .56), w,
                     border_radius=round(n * .14))
    pygame.draw.polygon(s, c, [(x + n * .26, y + n * .66), (x + n * .46, y + n * .68),
                               (x + n * .22, y + n * .9)])


# -- Daily study: the streak flame ---------------------------------------------------

def _flame(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.circle(s, c, (x + n * .5, y + n * .68), n * .26)
    pygame.draw.polygon(s, c, [(x + n * .24, y + n * .7), (x + n * .26, y + n * .46),
                               (x + n * .36, y + n * .3), (x + n * .4, y + n * .46),
                               (x + n * .48, y + n * .24), (x + n * .56, y + n * .02),
                               (x + n * .68, y + n * .22), (x + n * .72, y + n * .36),
                               (x + n * .8, y + n * .28), (x + n * .8, y + n * .52),
                               (x + n * .76, y + n * .7)])


_ICONS = {"share": _share, "flag": _flag, "walk": _walk, "wait": _hand, "cart": _cart,
          "check": _check, "cross": _cross, "star": _star, "tap": _tap, "clock": _clock,
          "comment": _bubble,
          "flame": _flame}
NAMES = tuple(_ICONS)


# -- Security check (game/minigames/security.py): its two moves and the location offer --

def _tray(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.polygon(s, c, [(x + n * .06, y + n * .5), (x + n * .94, y + n * .5),
                               (x + n * .84, y + n * .78), (x + n * .16, y + n * .78)])
    pygame.draw.rect(s, c, (x + n * .34, y + n * .22, n * .32, n * .24), w,
                     border_radius=round(n * .05))


def _bin(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.rect(s, c, (x + n * .16, y + n * .2, n * .68, n * .1))
    pygame.draw.rect(s, c, (x + n * .4, y + n * .1, n * .2, n * .1), w)
    pygame.draw.polygon(s, c, [(x + n * .22, y + n * .34), (x + n * .78, y + n * .34),
                               (x + n * .7, y + n * .92), (x + n * .3, y + n * .92)], w)


def _pin(s, r, c, w):
    x, y, n = r.x, r.y, r.width
    pygame.draw.circle(s, c, (x + n * .5, y + n * .38), n * .3)
    pygame.draw.polygon(s, c, [(x + n * .24, y + n * .5), (x + n * .76, y + n * .5),
                               (x + n * .5, y + n * .94)])
    pygame.draw.circle(s, (255, 255, 255), (x + n * .5, y + n * .38), n * .11)


_ICONS.update({"tray": _tray, "bin": _bin, "pin": _pin})
NAMES = tuple(_ICONS)
