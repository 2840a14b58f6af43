"""Portraits drawn in code, the same every time for the same contact id: a coloured disc,
a face, hair in one of a few styles. Made once per (id, size) and kept.
"""
from __future__ import annotations

import zlib

import pygame

from . import theme
from .pictures import PICTURES

BACKS = (theme.ORANGE, theme.SKY, theme.GAIN, theme.YELLOW, theme.BLUE, theme.LOSS, theme.PINK)
SKINS = ((255, 219, 180), (234, 192, 146), (198, 140, 96), (141, 85, 56), (92, 58, 38))
HAIRS = ((40, 30, 24), (92, 60, 32), (180, 120, 60), (220, 190, 120), (150, 150, 155),
         (120, 40, 30))


def _pick(seed: int, shift: int, options: tuple):
    return options[(seed >> shift) % len(options)]


def avatar(contact_id: str, size: int) -> pygame.Surface:
    """A round portrait of ``size`` pixels, deterministic from the id (crc32, not hash())."""
    return PICTURES.get(("avatar", contact_id, size), lambda: _portrait(contact_id, size))


def _portrait(contact_id: str, size: int) -> pygame.Surface:
    seed = zlib.crc32(contact_id.encode("utf-8"))
    k = size / 100
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    back, skin, hair = _pick(seed, 0, BACKS), _pick(seed, 5, SKINS), _pick(seed, 9, HAIRS)
    style = (seed >> 13) % 4
    c = size / 2
    pygame.draw.circle(surf, back, (c, c), c)
    # shoulders
    shirt = _pick(seed, 17, BACKS[::-1])
    pygame.draw.ellipse(surf, shirt, (c - 38 * k, 74 * k, 76 * k, 60 * k))
    if style == 1:  # long hair falls behind the face
        pygame.draw.ellipse(surf, hair, (c - 30 * k, 24 * k, 60 * k, 66 * k))
    pygame.draw.rect(surf, skin, (c - 8 * k, 58 * k, 16 * k, 18 * k))  # neck
    pygame.draw.ellipse(surf, skin, (c - 22 * k, 26 * k, 44 * k, 50 * k))  # face
    if style == 0:  # short crop
        pygame.draw.ellipse(surf, hair, (c - 23 * k, 20 * k, 46 * k, 24 * k))
    elif style == 1:
        pygame.draw.ellipse(surf, hair, (c - 24 * k, 20 * k, 48 * k, 22 * k))
    elif style == 2:  # curls
        for dx in (-16, -6, 6, 16):
            pygame.draw.circle(surf, hair, (c + dx * k, 28 * k), 10 * k)
    else:  # a cap of hair with a parting
        pygame.draw.ellipse(surf, hair, (c - 24 * k, 18 * k, 48 * k, 26 * k))
        pygame.draw.line(surf, skin, (c + 6 * k, 20 * k), (c + 2 * k, 34 * k), max(1, round(2 * k)))
    eye = max(1, round(3 * k))
    ink = theme.APP.ink
    pygame.draw.circle(surf, ink, (c - 8 * k, 50 * k), eye)
    pygame.draw.circle(surf, ink, (c + 8 * k, 50 * k), eye)
    smile = pygame.Rect(0, 0, round(16 * k), round(10 * k))
    smile.center = (round(c), round(62 * k))
    pygame.draw.arc(surf, ink, smile, 3.5, 5.9, max(1, round(2 * k)))
    # keep the portrait inside its disc
    mask = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), (c, c), c)
    surf.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    return surf
