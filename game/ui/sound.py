"""The game's sound effects, synthesized from code at start-up (no audio files).
Owns the effect recipes, the pure sample synthesis and the pygame mixer; with no audio
device everything stays silent and nothing raises."""

from __future__ import annotations

import io
import math
import random
import time
import wave
from array import array
from functools import lru_cache
from itertools import accumulate, cycle, islice, repeat
from operator import add, mul, sub

import pygame

PEAK = round(32767 * 10 ** (-3 / 20))  # -3 dBFS leaves headroom for overlapping effects
FADE_S = 0.004  # too short to hear as a fade, long enough to remove clicks

# One family of timbres: a soft sine body with a hint of triangle-like odd partials,
# plus a short bright "strike" that gives the bell its onset and then dies away.
BODY = ((1, 1.0), (2, 0.10), (3, 0.04))
STRIKE = ((3, 0.5), (5, 0.2), (7, 0.08))
PURE = ((1, 1.0), (2, 0.12), (3, 0.03))
MAJOR = (4, 5, 6, 8)  # just-intonation ratios: the voices share one period, so no beating


def hz(midi: int) -> float:
    return 440.0 * 2 ** ((midi - 69) / 12)


@lru_cache(maxsize=64)
def _block(base: float, rate: int, partials) -> list[float]:
    """A whole number of cycles of `base` in a whole number of samples (< 1 cent off
    pitch), so a long note is a cheap tiling instead of one sin() per sample."""
    period = rate / base
    for cycles in range(1, 400):
        n = round(cycles * period)
        if abs(n - cycles * period) < 0.0006 * n:
            break
    w = 2 * math.pi * cycles / n
    out = [0.0] * n
    for k, level in partials:
        if base * k < rate / 2:  # a partial above Nyquist would alias into a harsh tone
            sine = map(math.sin, map(mul, range(n), repeat(w * k)))
            out = list(map(add, out, map(mul, sine, repeat(level))))
    return out


@lru_cache(maxsize=16)
def _envelope(n: int, rate: int, tau: float, attack: float) -> list[float]:
    """Attack ramp, exponential decay, release ramp; notes of an effect mostly share one."""
    env = list(accumulate(repeat(math.exp(-1 / (tau * rate)), n - 1), mul, initial=1.0))
    _fade(env, int(attack * rate), int(FADE_S * rate))
    return env


def _fade(buf: list[float], head: int, tail: int) -> None:
    """Linear ramps in place, starting and ending exactly at zero."""
    head, tail = min(head, len(buf)), min(tail, len(buf))
    if head:
        buf[:head] = map(mul, buf[:head], [i / head for i in range(head)])
    if tail:
        buf[-tail:] = map(mul, buf[-tail:], [(tail - 1 - i) / tail for i in range(tail)])


# A "part" is (sample count, lazy samples): notes stay iterators until mixed, which
# saves a full pass over the data per note compared with building each as a list.

def _tone(freq, rate, length, tau, timbre=BODY, amp=1.0, attack=0.004, chord=(1,)):
    """A decaying note, or a chord on `freq` when `chord` lists integer ratios."""
    n = int(length * rate)
    partials = tuple((r * k, level * amp) for r in chord for k, level in timbre)
    wave_ = islice(cycle(_block(freq / chord[0], rate, partials)), n)
    return [(n, map(mul, wave_, _envelope(n, rate, tau, attack)))]


def _bell(freq, rate, length, tau, bright=1.0, amp=1.0, chord=(1,)):
    parts = _tone(freq, rate, length, tau, BODY, amp, chord=chord)
    if bright:
        strike = min(length, 0.06), min(tau, 0.015), STRIKE, amp * 0.3 * bright, 0.002
        parts += _tone(freq, rate, *strike, chord=chord)
    return parts


def _score(rate: int, length: float, events) -> list[float]:
    """Mix (start seconds, parts) events into a buffer of `length` seconds."""
    out, touched = [0.0] * int(length * rate), 0
    for start, parts in events:
        s = int(start * rate)
        for n, samples in parts:
            # silence needs no adding: skipping it saves a pass on the leading note
            fresh = s >= touched and s + n <= len(out)
            out[s:s + n] = samples if fresh else map(add, out[s:s + n], samples)
            touched = max(touched, s + n)
    return out


def _bells(rate, notes, bright=1.0):
    """Score events from (start s, midi note, length s, decay s[, amplitude]) tuples."""
    return [(t, _bell(hz(m), rate, d, tau, bright, *amp)) for t, m, d, tau, *amp in notes]


def _noise(n: int, seed: int) -> list[float]:
    rnd = random.Random(seed).random  # seeded: every start-up sounds the same
    return [rnd() * 2 - 1 for _ in range(n)]


def _glide(rate, length, f0, f1, glide_tau, tau, second=0.3) -> list[float]:
    """Sine whose pitch falls exponentially f0 -> f1: the drop is what makes a thud."""
    n = int(length * rate)
    a, b = 2 * math.pi * f1 / rate, 2 * math.pi * (f0 - f1) * glide_tau
    fall = accumulate(repeat(math.exp(-1 / (glide_tau * rate)), n - 1), mul, initial=1.0)
    # phase is the integral of the falling frequency: a*i + b*(1 - fall)
    phase = list(map(add, map(mul, range(n), repeat(a)),
                     map(mul, map(sub, repeat(1.0), fall), repeat(b))))
    octave = map(mul, map(math.sin, map(mul, phase, repeat(2.0))), repeat(second))
    return list(map(mul, map(add, map(math.sin, phase), octave), _envelope(n, rate, tau, 0.003)))


# --- the effects: C major bells; only `refused` and `debrief` leave the family -----

def _tap(r):
    return _score(r, 0.045, _bells(r, [(0, 91, 0.045, 0.008)], bright=0.6))


def _gain(r):
    return _score(r, 0.34, _bells(r, [(0, 83, 0.12, 0.05), (0.07, 88, 0.27, 0.07)]))


def _big_gain(r):
    coins = [(i * 0.045, m, 0.25, 0.06, 0.8) for i, m in enumerate((84, 88, 91, 96))]
    glint = [(0.18, 100, 0.32, 0.08), (0.21, 103, 0.2, 0.05, 0.25)]
    return _score(r, 0.5, _bells(r, coins + glint))


def _loss(r):
    return _score(r, 0.45, _bells(r, [(0, 67, 0.2, 0.08), (0.16, 64, 0.29, 0.09)], bright=0.2))


def _notify(r):
    return _score(r, 0.36, _bells(r, [(0, 81, 0.1, 0.04, 0.7), (0.08, 88, 0.28, 0.08)]))


def _tier_up(r):
    arpeggio = _bells(r, [(i * 0.1, m, 0.35, 0.09, 0.8) for i, m in enumerate((72, 76, 79, 84))])
    chord = _bell(hz(72), r, 0.75, 0.22, amp=0.6, chord=MAJOR)
    return _score(r, 1.2, arpeggio + [(0.45, chord)])


def _tier_down(r):
    # the descending A minor triad: sad for a moment, not a siren
    motif = [(0, 76, 0.3, 0.1), (0.18, 72, 0.3, 0.1), (0.36, 69, 0.44, 0.14)]
    return _score(r, 0.8, _bells(r, motif, bright=0.3))


def _refused(r):
    thud = _glide(r, 0.2, 150.0, 75.0, 0.03, 0.06)
    echo = map(mul, thud, repeat(0.8))  # softer second knock: a closed door, not a blow
    return _score(r, 0.4, [(0, [(len(thud), thud)]), (0.2, [(len(thud), echo)])])


def _shutter_click(r, seed, gain=1.0):
    n, y, z, out = int(0.045 * r), 0.0, 0.0, []
    for x in _noise(n, seed):  # a two-pole low-pass keeps the noise papery, not hissy
        y += 0.3 * (x - y)
        z += 0.3 * (y - z)
        out.append(z)
    env = map(mul, _envelope(n, r, 0.007, 0.001), repeat(gain))
    return [(n, map(mul, out, env))]


def _camera(r):
    tick = _tone(hz(98), r, 0.02, 0.004, PURE, 0.15, 0.001)  # the mechanism's tiny ring
    return _score(r, 0.12, [(0, _shutter_click(r, 1)), (0, tick),
                            (0.06, _shutter_click(r, 2, 0.7))])


def _day(r):
    rising = _bells(r, [(i * 0.12, m, 0.35, 0.1, 0.8) for i, m in enumerate((79, 84, 86))])
    # ends on an open C-E third rather than a full chord: morning, not victory
    return _score(r, 1.0, rising + [(0.36, _bell(hz(84), r, 0.64, 0.2, chord=(4, 5)))])


def _whoosh(r):
    n, y, z, out = int(0.26 * r), 0.0, 0.0, []
    swell = list(map(math.sin, map(mul, range(n), repeat(math.pi / n))))
    for x, s in zip(_noise(n, 3), swell):
        c = 0.01 + 0.2 * s  # the two-pole filter opens and closes with the swell
        y += c * (x - y)
        z += c * (y - z)
        out.append(z)
    return list(map(mul, out, map(mul, swell, swell)))


def _debrief(r):
    # no strike and a slow attack: a plain tone that neither rewards nor punishes
    return _score(r, 0.8, [(0, _tone(hz(55), r, 0.8, 0.26, PURE, attack=0.03))])


# name -> (recipe, playback level): levels balance loudness since buffers share one peak
_EFFECTS = {
    "tap": (_tap, 0.45), "gain": (_gain, 0.8), "big_gain": (_big_gain, 0.8),
    "loss": (_loss, 0.7), "notify": (_notify, 0.75), "tier_up": (_tier_up, 0.85),
    "tier_down": (_tier_down, 0.75), "refused": (_refused, 0.9), "camera": (_camera, 0.6),
    "day": (_day, 0.75), "whoosh": (_whoosh, 0.5), "debrief": (_debrief, 0.8),
}
NAMES: tuple[str, ...] = tuple(_EFFECTS)


def _check(name: str) -> None:
    if name not in _EFFECTS:
        raise ValueError(f"unknown sound effect {name!r}; known: {', '.join(NAMES)}")


def synthesize(name: str, rate: int = 44100) -> array:
    """Mono 16-bit samples of one effect, peak-normalised to -3 dBFS."""
    _check(name)
    buf = _EFFECTS[name][0](rate)
    _fade(buf, int(0.001 * rate), int(FADE_S * rate))  # guarantees both ends sit at zero
    scale = PEAK / (max(max(buf), -min(buf)) or 1.0)
    # math.trunc converts twice as fast as int(); trunc never rounds past PEAK
    return array("h", list(map(math.trunc, map(mul, buf, repeat(scale)))))


def wav_bytes(samples: array, rate: int) -> bytes:
    """A mono 16-bit PCM WAV file of `samples`."""
    stream = io.BytesIO()
    with wave.open(stream, "wb") as w:
        w.setparams((1, 2, rate, len(samples), "NONE", "not compressed"))
        w.writeframes(samples.tobytes())
    return stream.getvalue()


def _interleave(mono: array, channels: int) -> array:
    out = array("h", bytes(2 * len(mono) * channels))
    for c in range(channels):
        out[c::channels] = mono
    return out


def _mixer_spec():
    """(rate, size, channels) of a working mixer, starting one if needed; None if none."""
    try:
        if pygame.mixer.get_init() is None:
            # a 512-frame buffer keeps a tap under ~12 ms of latency
            pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
        pygame.mixer.set_num_channels(16)  # rapid taps must not cut off a fanfare
        return pygame.mixer.get_init()
    except (pygame.error, NotImplementedError):  # no device, or pygame built without mixer
        return None


class Sounds:
    """Owns the synthesized effects and the mixer; silent when no audio device exists.

    `enabled=False` leaves the mixer untouched and builds nothing (for a muted build or CI)."""

    names: tuple[str, ...] = NAMES

    def __init__(self, volume: float = 0.7, enabled: bool = True):
        self.build_seconds = 0.0
        self._sounds = {}
        self._spec = spec = _mixer_spec() if enabled else None
        if spec is not None:
            started = time.perf_counter()
            try:
                self._sounds = {name: _make_sound(name, spec) for name in NAMES}
            except (pygame.error, NotImplementedError):
                pass  # a device that dies mid-build leaves no sounds: silence, not a crash
            self.build_seconds = time.perf_counter() - started
            _block.cache_clear()  # the caches only pay off while building
            _envelope.cache_clear()
        self.set_volume(volume)

    @property
    def available(self) -> bool:
        """False without a usable mixer (none, or quit since): then play() does nothing."""
        return bool(self._sounds) and pygame.mixer.get_init() == self._spec

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, float(volume)))
        for name, sound in self._sounds.items():
            sound.set_volume(self._volume * _EFFECTS[name][1])

    def play(self, name: str) -> None:
        _check(name)
        # a Sound played after mixer.quit() segfaults pygame-ce 2.5.8, and one built for
        # another mixer format plays garbled: both are skipped
        if not self.available:
            return
        try:
            self._sounds[name].play()
        except pygame.error:
            pass  # the device vanished (mixer quit, unplugged): never worth a crash


def _make_sound(name: str, spec) -> pygame.mixer.Sound:
    rate, size, channels = spec
    samples = synthesize(name, rate)
    if size == -16:
        return pygame.mixer.Sound(buffer=_interleave(samples, channels))
    # other sample formats (8-bit, float): let SDL convert a WAV rather than re-encode here
    return pygame.mixer.Sound(file=io.BytesIO(wav_bytes(samples, rate)))
