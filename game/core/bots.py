"""Autoplay citizens: bots that play a whole session in character.

``conform`` takes whatever scores best, ``resist`` declines, refuses and protects
others, ``random`` does anything. None of them opts out, so every run reaches the end.
In a mini-game each plays the game's own moves in character (``GameModel.bot_move``).
"""
from __future__ import annotations

import random

from . import afterword, record
from .scenario import Option
from .session import Session

STYLES = ("conform", "resist", "random")
GAME_DT = 0.1  # a bot's reaction time in a mini-game, in seconds of game time
RANDOM_SKIP = 0.15  # how often the random citizen declines a mini-game outright


def pick(style: str, session: Session, rng: random.Random) -> Option:
    options = [o for o in session.available() if not o.leaves]
    if not options:
        options = session.available()
    if style == "conform":
        return max(options, key=lambda o: (session.citizen.preview(o.effects), -_exposure(o)))
    if style == "resist":
        if session.step.kind == "onboarding":
            return next(o for o in options if o.id == "decline")
        return min(options, key=lambda o: (-_defiance(o), _exposure(o),
                                           session.citizen.preview(o.effects)))
    if style == "random":
        return rng.choice(options)
    raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")


def _exposure(option: Option) -> int:
    return option.data + 25 * len(option.shares)


def _defiance(option: Option) -> int:
    return int(option.refuses)


def play(session: Session, style: str, rng: random.Random, max_steps: int = 10_000) -> Session:
    """Run the session to its end, choosing in character, then through what comes after
    the last day."""
    for _ in range(max_steps):
        if session.finished:
            while afterword.pending(session):
                after(session, style, rng)
            return session
        act(session, style, rng)
    raise RuntimeError("the session did not end")


def after(session: Session, style: str, rng: random.Random) -> None:
    """Go through the next moment after the last day; at the closing move each picks the
    rule it would change."""
    moment = afterword.pending(session)[0]
    if moment == "scorers":
        afterword.meet_scorers(session)
    elif moment == "epilogue":
        afterword.meet_epilogue(session)
    else:
        afterword.reshape(session, pick_rule(style, session, rng))


def pick_rule(style: str, session: Session, rng: random.Random) -> str:
    """conform and resist change the rule that would have left them the best score (the
    first of equals), random any."""
    rules = session.scenario.agency.rules
    if style == "random":
        return rng.choice(rules).id
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    return max(rules, key=lambda r: record.reshape(session.scenario, session.log,
                                                    r.drop).after.score).id


def act(session: Session, style: str, rng: random.Random) -> None:
    """Take the one step the session waits for, in character: a choice, a whole
    mini-game, or moving on from a morning or a day's end."""
    if session.step.kind in ("onboarding", "card"):
        session.choose(pick(style, session, rng).id)
    elif session.step.kind == "minigame":
        session.finish_game(play_game(session.start_game(), style, rng))
    else:
        session.advance()


def play_game(model, style: str, rng: random.Random, max_steps: int = 10_000):
    """Play one mini-game model to its end in character, as fast as it can."""
    if style == "random" and rng.random() < RANDOM_SKIP:
        model.act("skip")
        return model
    for _ in range(max_steps):
        if model.finished:
            return model
        move = model.bot_move(style, rng)
        if move is not None:
            model.act(move)
        model.update(GAME_DT)
    raise RuntimeError(f"the mini-game {model.NAME} did not end")
