"""The small print of a card: what happened as it appeared (a fine, re-judged choices, new
rules) and, on a walk-up visit, what the last choice and the night did, since there they
have no screens of their own. A notice is (sign, words, colour, log entries it shows);
every score change drawn here is marked as shown in the session, for the report."""
from __future__ import annotations

import pygame

from ..core.session import Change
from ..i18n import number, signed
from ..ui import theme
from ..ui.widgets import draw_text, panel

PAD = 56  # the card's inner margin
SIGN_W = 120  # the column for "▼ −12", so wrapped reasons hang under their first words
NOTICE_LINE = 40


def _notices(scene, step) -> list[tuple]:
    """On a walk-up visit first the news from before, then this card's own changes
    (re-judged choices carry their new rule as the reason), then, in a workshop, the new
    rules that did not touch this player."""
    app = scene.app
    lines = list(scene.receipt) + _grouped(scene, step.changes)
    told = [change.reason for change in step.changes]
    if not scene.app.walk_up:  # a walk-up visit hears only of the rules that touched it
        lines += [("", app.text(note), scene.palette.ink, ()) for note in step.notes
                  if note not in told]
    return lines


def receipt(scene, outcome) -> list[tuple]:
    """A choice's outcome as notice rows, for the screen after it on a walk-up visit: each
    change it made with its reason (or that it earned none), the data and who got it, a
    perk used."""
    app, pal, lang = scene.app, scene.palette, scene.app.settings.lang
    label = app.t("quote", text=app.text(outcome.option.label))
    rows = []
    for i, change in enumerate(outcome.changes):
        sign, reason, color, seqs = _change_line(scene, change)
        if change.reason is not None:  # "Reason: undisclosed" stays in full
            reason = app.text(change.reason)
        rows.append((sign, f"{label} · {reason}" if i == 0 else reason, color, seqs))
    if not rows:
        rows = [("", f"{label} · {app.t('play.no_points')}", pal.ink_soft, ())]
    partners = [app.text(app.config.scenario.partners[p].name) for p in outcome.shared]
    data = app.t("play.data_to" if partners else "play.data_kept",
                 n=number(outcome.data_points, lang), who=", ".join(partners))
    rows.append(("", data, pal.ink_soft, ()))
    if outcome.perk_used is not None:
        rows.append(("", "✓ " + app.t("play.perk_used", perk=app.text(outcome.perk_used.name)),
                     theme.GAIN_TEXT, ()))
    return rows


def morning(scene, step, goal: str) -> list[tuple]:
    """A morning as notice rows, for the day's first card on a walk-up visit: what the
    night did, each change with its reason (or "undisclosed"), then today's goal. The
    night's news without points waits for the debrief."""
    return [_change_line(scene, c) for c in step.changes] + [("", goal, theme.BLUE, ())]


def _grouped(scene, changes) -> list[tuple]:
    """One row per reason: a rule that judged three old choices again is one line with
    their total, "(3×)", and all three changes behind it."""
    rows: dict[str, list] = {}
    for change in changes:
        rows.setdefault(_change_line(scene, change)[1], []).append(change)
    out = []
    for group in rows.values():
        sign, text, color, _ = _change_line(scene, group[0])
        if len(group) > 1:
            total = sum(c.delta for c in group)
            arrow, color = theme.trend(total, scene.palette.ink_soft)
            sign, text = f"{arrow} {signed(total)}", f"{text} ({len(group)}×)"
        out.append((sign, text, color, tuple(c.seq for c in group)))
    return out


def _change_line(scene, change: Change) -> tuple:
    app = scene.app
    arrow, color = theme.trend(change.delta, scene.palette.ink_soft)
    reason = app.text(change.reason) if change.reason else app.t("play.undisclosed")
    return (f"{arrow} {signed(change.delta)}", f"{app.t('play.reason')}: {reason}", color,
            (change.seq,))


def _notice_lines(scene, notices, width: int) -> list[tuple]:
    """(sign or "", line, colour, entries) rows, at most two lines a notice; a notice's
    entries ride on its first line."""
    fonts = scene.app.fonts
    rows = []
    for sign, text, color, seqs in notices:
        indent = SIGN_W if sign else 0
        wrapped = fonts.wrap(text, "small", width - indent, "semibold")
        if len(wrapped) > 2:
            wrapped = wrapped[:2]
            wrapped[1] = wrapped[1].rstrip(".,; ") + "…"
        rows += [((sign if i == 0 else " ") if sign else "", line, color, seqs if i == 0 else ())
                 for i, line in enumerate(wrapped)]
    return rows


def spill(scene, rect: pygame.Rect, text_top: int, bottom: int) -> list[tuple]:
    """On a walk-up visit: the rows of news from before that do not fit between this
    card's text (ending at ``text_top``) and its buttons (``bottom``) beside the card's own
    notices. They wait for the next screen rather than be cut."""
    if scene.session.step.card is None or not scene.receipt:
        return []
    width = rect.width - 2 * PAD - 48
    room = (bottom - text_top - 28) // NOTICE_LINE
    own = len(_notice_lines(scene, _notices(scene, scene.session.step)[len(scene.receipt):],
                            width))
    kept, used = 0, own
    for notice in scene.receipt:
        used += len(_notice_lines(scene, [notice], width))
        if used > room:
            break
        kept += 1
    # Only changes wait for the next screen: a goal or a data count would be stale there.
    rest = [notice for notice in scene.receipt[kept:] if notice[3]]
    scene.receipt = tuple(scene.receipt[:kept])
    return rest


def _draw_notices(scene, surface, rect, y: int, notices, bottom: int,
                  where: str = "card") -> int:
    """The notices in the room left above ``bottom``; what does not fit is counted. Every
    score change whose line is drawn is marked as shown."""
    if not notices:
        return y
    fonts, pal = scene.app.fonts, scene.palette
    width = rect.width - 2 * PAD
    rows = _notice_lines(scene, notices, width - 48)
    room = (bottom - y - 28) // NOTICE_LINE
    if len(rows) > room:  # short of room, the lines without points give way first
        notices = [n for n in notices if n[3]]
        rows = _notice_lines(scene, notices, width - 48)
    if len(rows) > room:  # then each change keeps one line, cut short
        rows = [(sign, fonts.fit(text, "small", width - 48 - (SIGN_W if sign else 0),
                                 "semibold"), color, seqs) for sign, text, color, seqs in notices]
    if len(rows) > room >= 2:
        hidden = len(rows) - (room - 1)
        rows = rows[:room - 1] + [("", scene.app.t("play.more_notices", n=hidden),
                                   pal.ink_soft, ())]
    elif len(rows) > room:  # one row of room: the first line, marked as going on
        rows = [(sign, fonts.fit(text + " …", "small", width - 48 - (SIGN_W if sign else 0),
                                 "semibold"), color, seqs)
                for sign, text, color, seqs in rows[:room]]
    if not rows:
        return y
    box = pygame.Rect(rect.x + PAD, y, width, len(rows) * NOTICE_LINE + 28)
    panel(surface, box, pal.surface_alt, 20)
    ty = box.y + 14
    for sign, text, color, seqs in rows:
        if sign.strip():
            draw_text(surface, fonts, sign, (box.x + 24, ty), "small", color, "bold")
        x = box.x + 24 + (SIGN_W if sign else 0)
        draw_text(surface, fonts, text, (x, ty), "small", color, "semibold")
        for seq in seqs:
            scene.session.shown.setdefault(seq, where)
        ty += NOTICE_LINE
    return box.bottom

