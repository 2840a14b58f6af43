"""What the big card shows: a moment and its options, an outcome, a morning, a day's end.

``layout`` decides the buttons for the play scene's current state; ``draw`` paints
the card's words around them. Options are stacked from the bottom, large enough
for a finger, and the text above shrinks a size before it would ever collide.
"""
from __future__ import annotations

import pygame

from ..core.session import Change
from ..core.social import FRIEND_ACTIONS
from ..i18n import number, signed
from ..ui import theme
from ..ui.avatar import avatar
from ..ui.facts import draw_fact
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, paragraph_height

PAD = 56
BUTTON_H = 98
GAP = 14
NOTICE_LINE = 40


def _column(rect: pygame.Rect, count: int) -> list[pygame.Rect]:
    width = rect.width - 2 * PAD
    top = rect.bottom - PAD - count * BUTTON_H - (count - 1) * GAP
    return [pygame.Rect(rect.x + PAD, top + i * (BUTTON_H + GAP), width, BUTTON_H)
            for i in range(count)]


def layout(scene, rect: pygame.Rect) -> list[Button]:
    app, session = scene.app, scene.session
    step = session.step
    if scene.outcome is not None:
        return [Button(app.t("play.next"), _column(rect, 1)[0], scene.next, key="next")]
    if step.kind == "morning":
        return [Button(app.t("play.start_day", day=step.day), _column(rect, 1)[0], scene.next,
                       key="next")]
    if step.kind == "day_end":
        label = app.t("play.next_day") if step.day < session.days else app.t("play.see_results")
        return [Button(label, _column(rect, 1)[0], scene.next, key="next")]
    if step.card is None:
        return []
    if step.card.kind == "rules" and len(step.card.options) == 1:
        label = app.text(step.card.options[0].label)
        return [Button(label, _column(rect, 1)[0], scene.next, key="next")]
    return _option_buttons(scene, rect)


def _option_buttons(scene, rect: pygame.Rect) -> list[Button]:
    app, session = scene.app, scene.session
    step = session.step
    options = step.card.options
    open_options = session.available()
    best = max(open_options, key=lambda o: session.citizen.preview(o.effects), default=None)
    buttons = []
    for opt, box in zip(options, _column(rect, len(options))):
        button = Button(app.text(opt.label), box, lambda o=opt.id: scene.choose(o),
                        "secondary", key=f"option-{opt.id}")
        if session.locked(opt):
            tier = session.unlock_tier(opt)
            button.style, button.enabled = "locked", False
            button.hint = app.t("play.locked", tier=app.text(tier.name) if tier else "?")
        elif opt.id in step.refused:
            button.style, button.enabled = "refused", False
            button.hint = app.t("play.refused_hint")
        elif opt is best and len(open_options) > 1 and step.kind != "onboarding":
            # The nudge: the app marks whatever scores best for it as best for you.
            button.style = "primary"
            button.hint = app.t("play.recommended")
        elif step.kind == "onboarding" and opt.id == "accept":
            button.style = "primary"
        buttons.append(button)
    return buttons


def draw(scene, surface: pygame.Surface, rect: pygame.Rect) -> None:
    step = scene.session.step
    if scene.outcome is not None:
        _draw_outcome(scene, surface, rect)
    elif step.kind == "morning":
        _draw_morning(scene, surface, rect)
    elif step.kind == "day_end":
        _draw_day_end(scene, surface, rect)
    elif step.card is not None:
        _draw_card(scene, surface, rect)


def _text_bottom(scene, rect: pygame.Rect) -> int:
    tops = [b.rect.top for b in scene.buttons if b.key.startswith(("option-", "next"))]
    return (min(tops) if tops else rect.bottom - PAD) - 28


def _header(scene, surface, rect: pygame.Rect, sender: str, chip: str | None) -> int:
    _app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    x, y = rect.x + PAD, rect.y + 44
    pygame.draw.circle(surface, pal.accent, (x + 18, y + 20), 18)
    draw_text(surface, fonts, sender, (x + 50, y), "body", pal.ink_soft, "semibold")
    if chip:
        chip_surf = fonts.render(chip, "small", pal.ink, "semibold")
        box = chip_surf.get_rect(topright=(rect.right - PAD - 20, y + 2)).inflate(36, 14)
        panel(surface, box, pal.surface_alt, box.height // 2)
        surface.blit(chip_surf, chip_surf.get_rect(center=box.center))
    return y + 70


HEADER_H = 114  # from the card's top to the title: the sender row and its gap


def text_fit(scene, rect: pygame.Rect) -> tuple[str, int, int]:
    """The body size this card's words get, the lines there is room for, the lines needed.
    The card's own words come first; notices (fines, re-judged choices) take what is left."""
    fonts, app = scene.app.fonts, scene.app
    card = scene.session.step.card
    width = rect.width - 2 * PAD
    room = _text_bottom(scene, rect) - rect.y - HEADER_H - 24
    title, body = app.text(card.title), app.text(card.text)
    title_h = paragraph_height(fonts, title, width, "title", "bold") + 12
    reserve = 2 * NOTICE_LINE + 48 if _notices(scene, scene.session.step) else 0
    size = "lead"
    if title_h + paragraph_height(fonts, body, width, size) + reserve > room:
        size = "body"
    fits = max(1, (room - title_h) // fonts.line_height(size))
    return size, fits, len(fonts.wrap(body, size, width))


def _draw_card(scene, surface, rect: pygame.Rect) -> None:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    step, card = scene.session.step, scene.session.step.card
    category = app.config.scenario.categories[card.category]
    if step.kind == "onboarding":
        chip = app.t("play.step_of", n=step.index + 1, total=step.total) \
            if step.total > 1 else None
    elif card.kind == "rules":
        chip = app.t("play.official")
    else:
        chip = app.text(category.name)
    y = _header(scene, surface, rect, app.text(card.sender), chip)
    _friend_face(surface, card, rect)
    width = rect.width - 2 * PAD
    size, fits, _ = text_fit(scene, rect)
    y = draw_paragraph(surface, fonts, app.text(card.title), pygame.Rect(rect.x + PAD, y, width, 300),
                       "title", pal.ink, "bold") + 12
    y = draw_paragraph(surface, fonts, app.text(card.text), pygame.Rect(rect.x + PAD, y, width, 400),
                       size, pal.ink, max_lines=fits) + 20
    _draw_notices(scene, surface, rect, y, _notices(scene, step))


def spill(scene, rect: pygame.Rect) -> list[tuple[str, str, tuple]]:
    """On a walk-up visit: the rows of news from before (the last outcome, the night) that
    do not fit above this card's buttons beside the card's own notices. They wait for the
    next screen rather than be cut."""
    step, fonts, app = scene.session.step, scene.app.fonts, scene.app
    if step.card is None or not scene.receipt:
        return []
    width = rect.width - 2 * PAD
    size, fits, needed = text_fit(scene, rect)
    y = (rect.y + HEADER_H + paragraph_height(fonts, app.text(step.card.title), width, "title",
                                              "bold")
         + 12 + min(fits, needed) * fonts.line_height(size) + 20)
    room = (_text_bottom(scene, rect) - y - 28) // NOTICE_LINE
    own = len(_notice_lines(scene, _notices(scene, step)[len(scene.receipt):], width - 48))
    kept, used = 0, own
    for notice in scene.receipt:
        used += len(_notice_lines(scene, [notice], width - 48))
        if used > room:
            break
        kept += 1
    rest = list(scene.receipt[kept:])
    scene.receipt = tuple(scene.receipt[:kept])
    return rest


def _friend_face(surface, card, rect: pygame.Rect) -> None:
    """A card about one friend shows their portrait where the sender's dot would be."""
    friends = {c for o in card.options if o.social is not None and o.social.action in
               FRIEND_ACTIONS for c in o.social.contacts}
    if len(friends) == 1:
        face = avatar(friends.pop(), 44)
        surface.blit(face, face.get_rect(center=(rect.x + PAD + 18, rect.y + 44 + 20)))


def _notices(scene, step) -> list[tuple[str, str, tuple]]:
    """(sign, words, colour) for what happened as this card appeared: on a walk-up visit
    first what the last choice and the night did (there is no outcome or morning screen
    there), then changes, then re-judged choices (each carries its new rule as the
    reason), then the rules that did not touch this player."""
    app = scene.app
    lines = list(scene.receipt) + [_change_line(scene, change) for change in step.changes]
    told = [change.reason for change in step.changes]
    if not scene.brisk:  # a walk-up visit hears only of the rules that touched it
        lines += [("", app.text(note), scene.palette.ink) for note in step.notes
                  if note not in told]
    return lines


def receipt(scene, outcome) -> list[tuple[str, str, tuple]]:
    """A choice's outcome as notice rows, for the screen after it on a walk-up visit: the
    points and their reason (or that it earned none), the data and who got it, a perk."""
    app, pal, lang = scene.app, scene.palette, scene.app.settings.lang
    label = app.t("quote", text=app.text(outcome.option.label))
    if outcome.changes:
        sign, reason, color = _change_line(scene, outcome.changes[0])
        if outcome.changes[0].reason is not None:  # "Reason: undisclosed" stays in full
            reason = app.text(outcome.changes[0].reason)
        if len(outcome.changes) > 1:
            arrow, color = theme.trend(outcome.delta, pal.ink_soft)
            sign = f"{arrow} {signed(outcome.delta)}"
        rows = [(sign, f"{label} · {reason}", color)]
    else:
        rows = [("", f"{label} · {app.t('play.no_points')}", pal.ink_soft)]
    partners = [app.text(app.config.scenario.partners[p].name) for p in outcome.shared]
    data = app.t("play.data_to" if partners else "play.data_kept",
                 n=number(outcome.data_points, lang), who=", ".join(partners))
    rows.append(("", data, pal.ink_soft))
    if outcome.perk_used is not None:
        rows.append(("", "✓ " + app.t("play.perk_used", perk=app.text(outcome.perk_used.name)),
                     theme.GAIN_TEXT))
    return rows


def morning(scene, step) -> list[tuple[str, str, tuple]]:
    """A morning as notice rows, for the day's first card on a walk-up visit: what the
    night did, each change with its reason (or "undisclosed"), then today's goal. The
    night's news without points waits for the debrief."""
    rows = [_change_line(scene, c) for c in step.changes]
    return rows + [("", _goal(scene), theme.BLUE)]


def _change_line(scene, change: Change) -> tuple[str, str, tuple]:
    app = scene.app
    arrow, color = theme.trend(change.delta, scene.palette.ink_soft)
    reason = app.text(change.reason) if change.reason else app.t("play.undisclosed")
    return f"{arrow} {signed(change.delta)}", f"{app.t('play.reason')}: {reason}", color


SIGN_W = 120  # the column for "▼ −12", so wrapped reasons hang under their first words


def _notice_lines(scene, notices, width: int) -> list[tuple[str, str, tuple]]:
    """(sign or "", line, colour) rows, at most two lines a notice."""
    fonts = scene.app.fonts
    rows = []
    for sign, text, color in notices:
        indent = SIGN_W if sign else 0
        wrapped = fonts.wrap(text, "small", width - indent, "semibold")
        if len(wrapped) > 2:
            wrapped = wrapped[:2]
            wrapped[1] = wrapped[1].rstrip(".,; ") + "…"
        rows += [(sign if i == 0 else " ", line, color) if sign else ("", line, color)
                 for i, line in enumerate(wrapped)]
    return rows


def _draw_notices(scene, surface, rect, y: int, notices) -> int:
    """The notices in the room left above the buttons; what does not fit is counted."""
    if not notices:
        return y
    fonts, pal = scene.app.fonts, scene.palette
    width = rect.width - 2 * PAD
    rows = _notice_lines(scene, notices, width - 48)
    room = (_text_bottom(scene, rect) - y - 28) // NOTICE_LINE
    if len(rows) > room >= 2:
        hidden = len(rows) - (room - 1)
        rows = rows[:room - 1] + [("", scene.app.t("play.more_notices", n=hidden),
                                   pal.ink_soft)]
    elif len(rows) > room:  # one row of room: the first line, marked as going on
        rows = [(sign, fonts.fit(text + " …", "small", width - 48 - (SIGN_W if sign else 0),
                                 "semibold"), color) for sign, text, color in rows[:room]]
    if not rows:
        return y
    box = pygame.Rect(rect.x + PAD, y, width, len(rows) * NOTICE_LINE + 28)
    panel(surface, box, pal.surface_alt, 20)
    ty = box.y + 14
    for sign, text, color in rows:
        if sign.strip():
            draw_text(surface, fonts, sign, (box.x + 24, ty), "small", color, "bold")
        x = box.x + 24 + (SIGN_W if sign else 0)
        draw_text(surface, fonts, text, (x, ty), "small", color, "semibold")
        ty += NOTICE_LINE
    return box.bottom


def _draw_outcome(scene, surface, rect: pygame.Rect) -> None:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    outcome = scene.outcome
    lang = app.settings.lang
    card = scene.outcome_card
    y = _header(scene, surface, rect, app.text(card.sender), app.t(
        "play.you_chose", option=app.text(outcome.option.label)))
    delta = outcome.delta
    arrow, color = theme.trend(delta, pal.ink_soft)
    big = fonts.render(f"{arrow} {signed(delta)}", 120, color, "display")
    surface.blit(big, (rect.x + PAD, y))
    draw_text(surface, fonts, app.t("play.points"), (rect.x + PAD + big.get_width() + 24,
              y + big.get_height() - 70), "title", color, "bold")
    y += big.get_height() + 10
    reasons = [app.text(c.reason) if c.reason else app.t("play.undisclosed") for c in outcome.changes]
    if reasons:
        draw_text(surface, fonts, f"{app.t('play.reason')}: {reasons[0]}", (rect.x + PAD, y),
                  "lead", pal.ink, "semibold")
        y += 70
    width = rect.width - 2 * PAD
    if outcome.option.outcome is not None:
        y = draw_paragraph(surface, fonts, app.text(outcome.option.outcome),
                           pygame.Rect(rect.x + PAD, y, width, 200), "lead", pal.ink) + 24
    if outcome.perk_used is not None:
        draw_text(surface, fonts, "✓  " + app.t("play.perk_used", perk=app.text(outcome.perk_used.name)),
                  (rect.x + PAD, y), "body", theme.GAIN_TEXT, "semibold")
        y += 60
    partners = [app.text(app.config.scenario.partners[p].name) for p in outcome.shared]
    data = app.t("play.data_recorded", n=number(outcome.data_points, lang))
    if partners:
        data += " · " + app.t("play.shared_with", who=", ".join(partners))
    y = draw_paragraph(surface, fonts, data, pygame.Rect(rect.x + PAD, y, width, 120), "small",
                       pal.ink_soft)
    if outcome.option.fact is not None:  # how far what just happened is real
        draw_fact(app, pal, surface, app.config.scenario.facts[outcome.option.fact],
                  pygame.Rect(rect.x + PAD, y + 24, width, 0))


def _draw_morning(scene, surface, rect: pygame.Rect) -> None:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    step, session = scene.session.step, scene.session
    y = _header(scene, surface, rect, app.t("play.morning_sender"), None)
    draw_text(surface, fonts, app.t("play.good_morning"), (rect.x + PAD, y), "headline",
              pal.ink, "display")
    y += 120
    lines = [(f"{sign}   {words}", color) for sign, words, color in
             (_change_line(scene, c) for c in step.changes)]
    if not step.changes and step.day > 1:
        lines.append((app.t("play.no_overnight"), pal.ink_soft))
    lines += [(app.text(n), pal.ink) for n in step.notes]
    if session.streak:
        lines.append((app.t("play.streak", n=session.streak), theme.GAIN_TEXT))
    lines.append((_goal(scene), theme.BLUE))
    lines.append((app.t("play.today", n=len(session.schedule[step.day - 1])), pal.ink))
    for text, color in lines:
        y = draw_paragraph(surface, fonts, text, pygame.Rect(rect.x + PAD, y, rect.width - 2 * PAD,
                           200), "lead", color, "semibold") + 14


def _goal(scene) -> str:
    """The next tier and what it unlocks: the carrot for today."""
    app, session = scene.app, scene.session
    tiers = app.config.scenario.tiers
    index = tiers.index(session.tier)
    if index + 1 >= len(tiers):
        return app.t("play.goal_top")
    nxt = tiers[index + 1]
    perks = [app.text(app.config.scenario.perks[p].name) for p in nxt.perks
             if p not in session.tier.perks]
    key = "play.goal_perk" if perks else "play.goal"
    return app.t(key, n=nxt.min - session.score, tier=app.text(nxt.name), perks=", ".join(perks))


def _draw_day_end(scene, surface, rect: pygame.Rect) -> None:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    session = scene.session
    end = session.log.of_kind("day_end")[-1]
    y = _header(scene, surface, rect, app.t("play.summary_sender"), None)
    draw_text(surface, fonts, app.t("play.day_done", day=end.day), (rect.x + PAD, y), "headline",
              pal.ink, "display")
    y += 130
    gained = end["gained"]
    arrow, color = theme.trend(gained, pal.ink_soft)
    draw_text(surface, fonts, f"{arrow} {signed(gained)} {app.t('play.today_points')}",
              (rect.x + PAD, y), "headline", color, "display")
    y += 130
    if end["streak"] >= 1:
        _flame(surface, (rect.x + PAD + 22, y + 26))
        draw_text(surface, fonts, app.t("play.streak", n=end["streak"]), (rect.x + PAD + 60, y),
                  "lead", pal.ink, "semibold")
    else:
        lost = "play.streak_lost" if end.day < session.days else "play.streak_lost_last"
        draw_text(surface, fonts, app.t(lost), (rect.x + PAD, y), "lead",
                  pal.ink_soft, "semibold")
    y += 80
    if not scene.brisk:  # a walk-up visit reads its tier and data on the score panel
        tier = app.config.scenario.tier(end["tier"])
        draw_text(surface, fonts, app.t("play.your_tier", tier=app.text(tier.name)),
                  (rect.x + PAD, y), "lead", pal.ink)
        y += 70
        draw_text(surface, fonts, app.t("play.data_today", n=number(end["data_points"],
                  app.settings.lang)), (rect.x + PAD, y), "small", pal.ink_soft)
        y += 60
    _draw_notices(scene, surface, rect, y, list(scene.receipt))


def _flame(surface, center) -> None:
    x, y = center
    pygame.draw.polygon(surface, theme.ORANGE, [(x, y - 26), (x + 18, y + 4), (x + 10, y + 24),
                                                (x - 10, y + 24), (x - 18, y + 4)])
    pygame.draw.polygon(surface, theme.YELLOW, [(x, y - 4), (x + 8, y + 12), (x, y + 22),
                                                (x - 8, y + 12)])
