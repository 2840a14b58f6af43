"""What the big card shows: a moment and its options, an outcome, a morning, a day's end.

``layout`` decides the buttons for the play scene's current state; ``draw`` paints
the card's words around them. Options are stacked from the bottom, large enough
for a finger, and the text above shrinks a size before it would ever collide.
"""
from __future__ import annotations

import pygame

from ..core.social import FRIEND_ACTIONS
from ..i18n import number, signed
from ..ui import layout as words_at
from ..ui import theme
from ..ui.avatar import avatar
from ..ui.facts import draw_fact
from ..ui.widgets import Button, draw_paragraph, draw_text, panel, paragraph_height
from . import notices
from .notices import NOTICE_LINE, PAD, _change_line, _draw_notices, _notices

BUTTON_H = 98
GAP = 14


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


def draw(scene, surface: pygame.Surface, rect: pygame.Rect) -> int | None:
    """Paint the card; for a morning, return where its words end (tests hold it above the
    button)."""
    step = scene.session.step
    if scene.outcome is not None:
        _draw_outcome(scene, surface, rect)
    elif step.kind == "morning":
        return _draw_morning(scene, surface, rect)
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
    said = draw_text(surface, fonts, sender, (x + 50, y), "body", pal.ink_soft, "semibold")
    if chip:  # what the player chose, right of the sender, shortened if the two would meet
        room = rect.right - PAD - 20 - 36 - (said.right + 32)
        chip_surf = fonts.render(fonts.fit(chip, "small", room, "semibold"), "small", pal.ink,
                                 "semibold")
        box = chip_surf.get_rect(topright=(rect.right - PAD - 20, y + 2)).inflate(36, 14)
        panel(surface, box, pal.surface_alt, box.height // 2)
        words_at.blit(surface, chip_surf, chip_surf.get_rect(center=box.center))
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
    # Room for every notice that moved the score (re-judged choices, a fine), each on its
    # lines: the card's words take a size less, down to the smallest, before one is hidden.
    # Before the smallest size, each notice gives up its second line (cut with "…").
    told = [n for n in _notices(scene, scene.session.step) if n[3]]
    full = len(notices._notice_lines(scene, told, width - 48))
    any_notice = bool(_notices(scene, scene.session.step))
    looks = [(sz, rows) for sz, rows in (("lead", full), ("body", full), ("lead", len(told)),
                                         ("body", len(told)), ("small", full),
                                         ("small", len(told)))]
    size, reserve = next(
        ((sz, max(2, rows) * NOTICE_LINE + 48 if any_notice else 0) for sz, rows in looks
         if title_h + paragraph_height(fonts, body, width, sz)
         + (max(2, rows) * NOTICE_LINE + 48 if any_notice else 0) <= room),
        ("small", max(2, len(told)) * NOTICE_LINE + 48 if any_notice else 0))
    fits = max(1, (room - title_h - reserve) // fonts.line_height(size)) if reserve \
        else max(1, (room - title_h) // fonts.line_height(size))
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
    _draw_notices(scene, surface, rect, y, _notices(scene, step), _text_bottom(scene, rect))


def spill(scene, rect: pygame.Rect) -> list[tuple]:
    """News from before that this card has no room for waits for the next screen."""
    step, fonts, app = scene.session.step, scene.app.fonts, scene.app
    if step.card is None:
        return []
    width = rect.width - 2 * PAD
    size, fits, needed = text_fit(scene, rect)
    y = (rect.y + HEADER_H + paragraph_height(fonts, app.text(step.card.title), width, "title",
                                              "bold")
         + 12 + min(fits, needed) * fonts.line_height(size) + 20)
    return notices.spill(scene, rect, y, _text_bottom(scene, rect))


def _friend_face(surface, card, rect: pygame.Rect) -> None:
    """A card about one friend shows their portrait where the sender's dot would be."""
    friends = {c for o in card.options if o.social is not None and o.social.action in
               FRIEND_ACTIONS for c in o.social.contacts}
    if len(friends) == 1:
        face = avatar(friends.pop(), 44)
        surface.blit(face, face.get_rect(center=(rect.x + PAD + 18, rect.y + 44 + 20)))


def _draw_outcome(scene, surface, rect: pygame.Rect) -> None:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    outcome = scene.outcome
    lang = app.settings.lang
    card = scene.outcome_card
    y = _header(scene, surface, rect, app.text(card.sender), app.t(
        "play.you_chose", option=app.text(outcome.option.label)))
    width = rect.width - 2 * PAD
    fact = (app.config.scenario.facts[outcome.option.fact]
            if outcome.option.fact is not None else None)
    partners = [app.text(app.config.scenario.partners[p].name) for p in outcome.shared]
    data = app.t("play.data_recorded", n=number(outcome.data_points, lang))
    if partners:
        data += " · " + app.t("play.shared_with", who=", ".join(partners))
    said = app.text(outcome.option.outcome) if outcome.option.outcome is not None else ""
    rows = 56 if len(outcome.changes) > 1 else 70

    def height(big: int, size: str, short: bool) -> int:
        return (fonts.font(big, "display").get_linesize() + 10 + rows * len(outcome.changes)
                + (paragraph_height(fonts, said, width, size) + 24 if said else 0)
                + (60 if outcome.perk_used is not None else 0)
                + paragraph_height(fonts, data, width, "small")
                + (24 + draw_fact(app, pal, None, fact, pygame.Rect(0, 0, width, 0),
                                  short=short) if fact is not None else 0))

    # The news, then a size less where the fact and its source would reach the button, then
    # the source on one line.
    big, size, short = next((look for look in ((120, "lead", False), (120, "body", False),
                                               (96, "body", False), (96, "body", True),
                                               (76, "body", True))
                             if y + height(*look) <= _text_bottom(scene, rect)),
                            (76, "body", True))
    delta = outcome.delta
    arrow, color = theme.trend(delta, pal.ink_soft)
    figure = fonts.render(f"{arrow} {signed(delta)}", big, color, "display")
    words_at.blit(surface, figure, (rect.x + PAD, y))
    draw_text(surface, fonts, app.t("play.points"), (rect.x + PAD + figure.get_width() + 24,
              y + figure.get_height() * 5 // 12), "title" if big > 76 else "lead", color, "bold")
    y += figure.get_height() + 10
    # Every change this choice made, each with its reason or "undisclosed": one adds up
    # to the big number, several are listed with their own points.
    for change in outcome.changes:
        reason = app.text(change.reason) if change.reason else app.t("play.undisclosed")
        line = f"{app.t('play.reason')}: {reason}"
        if len(outcome.changes) > 1:
            line = f"{signed(change.delta)}  {line}"
        draw_text(surface, fonts, fonts.fit(line, "lead", width, "semibold"),
                  (rect.x + PAD, y), "lead", pal.ink, "semibold")
        scene.session.shown.setdefault(change.seq, "outcome")
        y += rows
    if said:
        y = draw_paragraph(surface, fonts, said, pygame.Rect(rect.x + PAD, y, width, 0),
                           size, pal.ink) + 24
    if outcome.perk_used is not None:
        draw_text(surface, fonts, "✓  " + app.t("play.perk_used", perk=app.text(outcome.perk_used.name)),
                  (rect.x + PAD, y), "body", theme.GAIN_TEXT, "semibold")
        y += 60
    y = draw_paragraph(surface, fonts, data, pygame.Rect(rect.x + PAD, y, width, 0), "small",
                       pal.ink_soft)
    if fact is not None:  # how far what just happened is real, in the lines left for it
        box = pygame.Rect(rect.x + PAD, y + 24, width, 0)
        lines = None
        if y + 24 + draw_fact(app, pal, None, fact, box, short=short) > _text_bottom(scene, rect):
            lines = max(1, (_text_bottom(scene, rect) - y - 24 - draw_fact(
                app, pal, None, fact, box, short=short, lines=0)) // fonts.line_height("small"))
        draw_fact(app, pal, surface, fact, box, short=short, lines=lines)


def _draw_morning(scene, surface, rect: pygame.Rect) -> int:
    app, pal, fonts = scene.app, scene.palette, scene.app.fonts
    step, session = scene.session.step, scene.session
    y = _header(scene, surface, rect, app.t("play.morning_sender"), None)
    draw_text(surface, fonts, app.t("play.good_morning"), (rect.x + PAD, y), "headline",
              pal.ink, "display")
    y += 120
    lines = [(f"{sign}   {words}", color) for sign, words, color, _ in
             (_change_line(scene, c) for c in step.changes)]
    for change in step.changes:
        session.shown.setdefault(change.seq, "morning")
    if not step.changes and step.day > 1:
        lines.append((app.t("play.no_overnight"), pal.ink_soft))
    lines += [(app.text(n), pal.ink) for n in step.notes]
    if session.streak:
        lines.append((app.t("play.streak", n=session.streak), theme.GAIN_TEXT))
    lines.append((goal(scene), theme.BLUE))
    lines.append((app.t("play.today", n=len(session.schedule[step.day - 1])), pal.ink))
    # Everything above the button: a size less if needed, then the day's count and goal
    # give way (never the night's changes, which come first).
    width, bottom = rect.width - 2 * PAD, _text_bottom(scene, rect)
    height = lambda size, rows: sum(  # noqa: E731
        paragraph_height(fonts, t, width, size, "semibold") + 14 for t, _ in rows)
    size = "lead" if y + height("lead", lines) <= bottom else "body"
    while len(lines) > len(step.changes) and y + height(size, lines) > bottom:
        lines.pop()
    for text, color in lines:
        y = draw_paragraph(surface, fonts, text, pygame.Rect(rect.x + PAD, y, width, 200),
                           size, color, "semibold") + 14
    return y - 14


def goal(scene) -> str:
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
    # Many changes still to tell (a walk-up visit's last screen of the day): the headlines
    # close up so that each one gets its line.
    rows = len(notices._notice_lines(scene, list(scene.receipt), rect.width - 2 * PAD - 48))
    tight = rows * NOTICE_LINE + 28 + 44 > _text_bottom(scene, rect) - (y + 340)
    gap = 100 if tight else 130
    draw_text(surface, fonts, app.t("play.day_done", day=end.day), (rect.x + PAD, y), "headline",
              pal.ink, "display")
    y += gap
    gained = end["gained"]
    arrow, color = theme.trend(gained, pal.ink_soft)
    draw_text(surface, fonts, f"{arrow} {signed(gained)} {app.t('play.today_points')}",
              (rect.x + PAD, y), "headline", color, "display")
    y += gap
    if end["streak"] >= 1:
        _flame(surface, (rect.x + PAD + 22, y + 26))
        draw_text(surface, fonts, app.t("play.streak", n=end["streak"]), (rect.x + PAD + 60, y),
                  "lead", pal.ink, "semibold")
    else:
        lost = "play.streak_lost" if end.day < session.days else "play.streak_lost_last"
        draw_text(surface, fonts, app.t(lost), (rect.x + PAD, y), "lead",
                  pal.ink_soft, "semibold")
    y += 64 if tight else 80
    if not scene.app.walk_up:  # a walk-up visit reads its tier and data on the score panel
        tier = app.config.scenario.tier(end["tier"])
        draw_text(surface, fonts, app.t("play.your_tier", tier=app.text(tier.name)),
                  (rect.x + PAD, y), "lead", pal.ink)
        y += 70
        draw_text(surface, fonts, app.t("play.data_today", n=number(end["data_points"],
                  app.settings.lang)), (rect.x + PAD, y), "small", pal.ink_soft)
        y += 60
    if scene.receipt:  # the day's total above counts every choice; this is one of them
        draw_text(surface, fonts, app.t("play.last_choice"), (rect.x + PAD, y), "small",
                  pal.ink_soft, "semibold")
        y += 44
    _draw_notices(scene, surface, rect, y, list(scene.receipt), _text_bottom(scene, rect),
                  "day end")


def _flame(surface, center) -> None:
    x, y = center
    pygame.draw.polygon(surface, theme.ORANGE, [(x, y - 26), (x + 18, y + 4), (x + 10, y + 24),
                                                (x - 10, y + 24), (x - 18, y + 4)])
    pygame.draw.polygon(surface, theme.YELLOW, [(x, y - 4), (x + 8, y + 12), (x, y + 22),
                                                (x - 8, y + 12)])
