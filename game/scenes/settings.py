"""Settings as a short declared list: language, text size, motion, sound, timing.

Every toggle says its current state in words; a kiosk reset restores them all.
"""
from __future__ import annotations

import pygame

from ..i18n import LANGUAGE_NAMES
from ..ui.widgets import Button
from .overlays import BOX, Modal

ROW_H = 96


class SettingsScene(Modal):
    def heading(self) -> str:
        return self.app.t("settings.title")

    def _toggles(self):
        s, app = self.app.settings, self.app
        return [
            ("large_text", "settings.large_text", s.large_text,
             lambda: app.set_text_scale(not s.large_text)),
            ("reduce_motion", "settings.reduce_motion", s.reduce_motion,
             lambda: self._flip("reduce_motion")),
            ("sound", "settings.sound", s.sound, lambda: self._flip("sound")),
            # Shown the positive way round: "Time limits: on" means not relaxed.
            ("relaxed", "settings.time_limits", not s.relaxed, lambda: self._flip("relaxed")),
        ]

    def _flip(self, name: str) -> None:
        setattr(self.app.settings, name, not getattr(self.app.settings, name))
        self.relayout()

    def layout(self) -> list[Button]:
        app = self.app
        x, w = BOX.x + 60, BOX.width - 120
        y = BOX.y + 176
        buttons = []
        langs = app.config.scenario.languages
        lw = (w - (len(langs) - 1) * 20) // len(langs)
        for i, lang in enumerate(langs):
            style = "primary" if lang == app.settings.lang else "quiet"
            buttons.append(Button(LANGUAGE_NAMES.get(lang, lang),
                                  pygame.Rect(x + i * (lw + 20), y, lw, ROW_H - 8),
                                  lambda lang=lang: app.set_language(lang), style,
                                  key=f"set-lang-{lang}"))
        y += ROW_H + 10
        half = (w - 20) // 2
        for i, (key, label, on, fn) in enumerate(self._toggles()):
            state = app.t("settings.on") if on else app.t("settings.off")
            rect = pygame.Rect(x + (i % 2) * (half + 20), y + (i // 2) * (ROW_H + 10), half, ROW_H)
            mark = "✓ " if on else ""
            buttons.append(Button(f"{mark}{app.t(label)}: {state}", rect, fn,
                                  "primary" if on else "quiet", key=f"set-{key}"))
        done = pygame.Rect(x, BOX.bottom - 60 - 100, w, 100)
        buttons.append(Button(app.t("settings.done"), done, app.pop, "primary", key="done"))
        return buttons

    def back(self) -> None:
        self.app.pop()

    def draw_body(self, surface: pygame.Surface, y: int) -> None:
        pass
