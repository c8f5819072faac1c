"""The settings as an object others observe: one owner, one signal, one key saved.

The page adapter, the actions, the window's chrome and the annotation controller
receive this model through their constructors and subscribe to :attr:`changed`;
nobody keeps a copy of a setting or asks the window for one.

Signals:
    changed(str): the name of the option that changed (see ``Settings``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.settings import Settings
from reader.ui.settings_store import SettingsStore


class SettingsModel(QObject):
    """Owns the frozen :class:`Settings`; saves only the option that changed.

    ``overrides`` (the command line's options) apply to this run only: they are
    never saved, so the next plain start reads what the reader chose in the window.
    """

    changed = Signal(str)

    def __init__(
        self,
        store: SettingsStore,
        parent: QObject | None = None,
        overrides: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        value = store.load()
        for name, option in (overrides or {}).items():
            value = value.with_value(name, option)
        self._value = value

    @property
    def value(self) -> Settings:
        """The current settings."""
        return self._value

    def set(self, name: str, value: Any) -> bool:
        """Set option ``name``; True if it changed (then saved and announced).

        A value the option does not accept is ignored, as a value equal to the
        current one is.
        """
        new = self._value.with_value(name, value)
        if new == self._value:
            return False
        self._value = new
        self.store.save_option(name, getattr(new, name))
        self.changed.emit(name)
        return True
