"""Synthesized sound effects and the mixer wrapper, run headless on SDL's dummy drivers."""
import os

os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import time  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.ui import sound  # noqa: E402
from game.ui.sound import NAMES, PEAK, Sounds, synthesize  # noqa: E402

RATE = 44100
# (shortest, longest) in seconds: the brief's bounds, or a sane range where it gives none
DURATIONS = {
    "tap": (0.02, 0.06), "gain": (0.15, 0.6), "big_gain": (0.3, 0.9), "loss": (0.2, 0.7),
    "notify": (0.15, 0.6), "tier_up": (1.0, 1.4), "tier_down": (0.65, 0.95),
    "refused": (0.2, 0.7), "camera": (0.05, 0.25), "day": (0.85, 1.15),
    "whoosh": (0.1, 0.3), "debrief": (0.4, 1.2),
}


@pytest.fixture(scope="module")
def buffers():
    return {name: synthesize(name, RATE) for name in NAMES}


@pytest.fixture
def no_mixer():
    """Each mixer test starts and ends with the mixer closed."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


def peak(buf):
    return max(max(buf), -min(buf))


def test_names_are_exactly_the_briefed_effects():
    assert set(NAMES) == set(DURATIONS)
    assert Sounds.names == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_effect_is_16_bit_loud_and_unclipped(buffers, name):
    buf = buffers[name]
    assert buf.typecode == "h" and buf.itemsize == 2
    assert len(buf) > 0
    assert -32768 <= min(buf) and max(buf) <= 32767
    # normalised to about -3 dBFS: loud enough to hear, with headroom to overlap
    assert 0.95 * PEAK <= peak(buf) <= PEAK


@pytest.mark.parametrize("name", NAMES)
def test_effect_starts_and_ends_at_silence(buffers, name):
    buf, ms = buffers[name], RATE // 1000
    assert abs(buf[0]) <= 64 and abs(buf[-1]) <= 64
    # the ramps are real: the first and last half millisecond stay well below the peak
    assert max(map(abs, buf[: ms // 2])) < 0.25 * PEAK
    assert max(map(abs, buf[-(ms // 2):])) < 0.25 * PEAK


@pytest.mark.parametrize("name", NAMES)
def test_effect_duration_within_bounds(buffers, name):
    shortest, longest = DURATIONS[name]
    assert shortest <= len(buffers[name]) / RATE <= longest


@pytest.mark.parametrize("name", NAMES)
def test_synthesis_follows_the_sample_rate_and_is_deterministic(buffers, name):
    half = synthesize(name, RATE // 2)
    assert abs(len(half) - len(buffers[name]) / 2) <= 2
    assert synthesize(name, RATE) == buffers[name]  # seeded noise: same sound every start


def test_unknown_effect_is_a_programming_error():
    with pytest.raises(ValueError, match="nope"):
        synthesize("nope")


def test_wav_bytes_is_a_readable_mono_wav(buffers):
    import io
    import wave

    with wave.open(io.BytesIO(sound.wav_bytes(buffers["tap"], RATE))) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE)
        assert w.getnframes() == len(buffers["tap"])


def test_plays_every_effect_on_the_dummy_device(no_mixer):
    sounds = Sounds()
    assert sounds.available
    assert pygame.mixer.get_num_channels() >= 16
    for name in NAMES:
        sounds.play(name)
    with pytest.raises(ValueError):
        sounds.play("nope")


def test_uses_an_already_open_mixer_as_it_is(no_mixer):
    pygame.mixer.init(frequency=22050, size=-16, channels=1)
    sounds = Sounds()
    assert pygame.mixer.get_init() == (22050, -16, 1)
    # a mono buffer at 22050 Hz lasts as long as the 44100 Hz design
    length = sounds._sounds["tier_up"].get_length()
    assert length == pytest.approx(1.2, abs=0.01)
    sounds.play("tier_up")


def test_other_sample_formats_are_converted(no_mixer):
    pygame.mixer.init(frequency=48000, size=32, channels=2)
    sounds = Sounds()
    assert sounds.available
    assert sounds._sounds["day"].get_length() == pytest.approx(1.0, abs=0.01)
    sounds.play("day")


def test_no_audio_device_means_silence(no_mixer, monkeypatch):
    def no_device(*args, **kwargs):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    sounds = Sounds()
    assert sounds.available is False
    for name in NAMES:
        sounds.play(name)  # silent no-op
    sounds.set_volume(0.3)
    with pytest.raises(ValueError):
        sounds.play("nope")


def test_a_mixer_closed_after_start_up_is_silent(no_mixer):
    sounds = Sounds()
    pygame.mixer.quit()
    assert sounds.available is False
    sounds.play("tap")  # would crash pygame-ce if the Sound were played


def test_disabled_leaves_the_mixer_alone(no_mixer):
    sounds = Sounds(enabled=False)
    assert sounds.available is False
    assert pygame.mixer.get_init() is None
    sounds.play("gain")


def test_volume_is_clamped_and_balanced_per_effect(no_mixer):
    sounds = Sounds(volume=0.5)
    sounds.set_volume(3)
    assert sounds.volume == 1.0
    sounds.set_volume(-1)
    assert sounds.volume == 0.0
    sounds.set_volume(1.0)
    # the tap is quieter than the fanfare: a click should not compete with a reward
    assert sounds._sounds["tap"].get_volume() < sounds._sounds["tier_up"].get_volume()


def test_building_everything_is_quick(no_mixer):
    sound._block.cache_clear()
    sound._envelope.cache_clear()
    # CPU time, not wall time: other processes on a busy machine must not fail this
    started = time.process_time()
    Sounds()
    # typically ~0.11 s; the bound only catches an accidental slow path (e.g. per-sample sin)
    assert time.process_time() - started < 1.0
