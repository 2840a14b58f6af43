"""The debrief's room page (a station in a workshop room only): this visit beside the room.

"You and 8 of 13 others: Remove from my circle". The rows come from the room's host once
this visit has reached it; until then the page says it is asking, and if the host does not
answer, that the visit waits and will be sent.
"""
from __future__ import annotations

import pygame

from ..i18n import number
from ..ui.widgets import draw_paragraph, draw_text, panel
from .debrief_pages import BOTTOM, LEFT, PAINTERS, WIDTH, _title

ROW_H, ROW_GAP = 96, 18
ROWS = 6  # at most; the friends first, then the cards that split the room


def status(app):
    """What the room has said about this visit so far (see ``RoomLink.comparison``)."""
    return app.config.room.comparison(app.session, app.settings.lang)


def paint_room(app, pal, surf, _payload) -> int:
    y = _title(app, pal, surf, "room.page.room")
    said = status(app)
    fonts = app.fonts
    if not isinstance(said, dict) or not said.get("rows"):
        key = {"asking": "room.debrief.asking", "unreachable": "room.debrief.unreachable"}.get(
            said if isinstance(said, str) else "", "room.debrief.alone")
        return draw_paragraph(surf, fonts, app.t(key), pygame.Rect(LEFT, y, WIDTH, 300), "lead",
                              pal.ink_soft)
    lang = app.settings.lang
    for row in said["rows"][:ROWS]:
        if y + ROW_H > BOTTOM:
            break
        box = pygame.Rect(LEFT, y, WIDTH, ROW_H)
        panel(surf, box, pal.surface, 24)
        share = app.t("room.debrief.you_and", n=number(row["same"], lang),
                      m=number(row["others"], lang))
        part = draw_text(surf, fonts, share, (box.x + 36, box.centery), "lead", pal.accent, "bold",
                         anchor="midleft")
        what = {"card": lambda: f"{row.get('card')}: {row['what']}",
                "tier": lambda: app.t("room.debrief.tier", tier=row["what"])}.get(
            row.get("kind"), lambda: row["what"])()
        room = box.right - 36 - (part.right + 30)
        draw_text(surf, fonts, fonts.fit(what, "lead", room, "semibold"), (part.right + 30,
                  box.centery), "lead", pal.ink, "semibold", anchor="midleft")
        y += ROW_H + ROW_GAP
    note = app.t("room.debrief.note", n=number(said["visits"], lang))
    return draw_paragraph(surf, fonts, note, pygame.Rect(LEFT, y + 10, WIDTH, 120), "body",
                          pal.ink_soft)


PAINTERS["room"] = paint_room


def with_room(app, plan: list) -> list:
    """In a room: the room's page after the first, and only the pages the facilitator
    chose (the first page at least)."""
    room = app.config.room
    if room is None:
        return plan
    plan = plan[:1] + [("room", None)] + plan[1:]
    chosen = room.pages
    if chosen:
        plan = [page for page in plan if page[0] in chosen] or plan[:1]
    return plan
