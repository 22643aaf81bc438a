"""Display preferences (window place and size, text size), kept in an INI file in the data folder.

Journal content never goes here. Keeping the file in the data folder means ``--data-dir`` gives
a fully separate, portable setup, and tests never touch the user's real settings.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


class UiSettings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._set(f"splitters/{name}", value)

    @property
    def text_scale(self) -> float:
        try:
            value = float(self._settings.value("display/text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return min(TEXT_SCALES, key=lambda scale: abs(scale - value))

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        # Every start sets it: writing the file again (~5 ms, before the first paint) only
        # when it changes.
        if self._settings.contains("display/text_scale") and self.text_scale == value:
            return
        self._set("display/text_scale", value)

    @property
    def welcome_done(self) -> bool:
        return str(self._settings.value("welcome/done", "false")).lower() == "true"

    @welcome_done.setter
    def welcome_done(self, value: bool) -> None:
        self._set("welcome/done", "true" if value else "false")

    @property
    def theme(self) -> str:
        """View › Theme: "system" (follow the desktop), "light", "dark" or "high-contrast"."""
        value = str(self._settings.value("display/theme", "system"))
        return value if value in ("system", "light", "dark", "high-contrast") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("display/theme", value)

    @property
    def language(self) -> str:
        """View › Language: "system" (the system's locale), "en" or "es"."""
        value = str(self._settings.value("display/language", "system"))
        return value if value in ("system", "en", "es") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._set("display/language", value)

    @property
    def calendar_includes_questions(self) -> bool:
        """Whether calendar files carry the question texts (off unless the person turns it on)."""
        return str(self._settings.value("calendar/include_questions", "false")).lower() == "true"

    @calendar_includes_questions.setter
    def calendar_includes_questions(self, value: bool) -> None:
        self._set("calendar/include_questions", "true" if value else "false")

    @property
    def lock_after_minutes(self) -> int | None:
        """File › Passphrase and lock: lock the journal after this many minutes of no use, or
        None for never (the default, and the only choice while the journal is not encrypted)."""
        value = str(self._settings.value("security/lock_after_minutes", "never"))
        try:
            minutes = int(value)
        except ValueError:
            return None
        return minutes if minutes > 0 else None

    @lock_after_minutes.setter
    def lock_after_minutes(self, value: int | None) -> None:
        self._set("security/lock_after_minutes", "never" if value is None else int(value))
