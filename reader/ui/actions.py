"""The window's actions, built once and shared by menus, toolbar and context menu.

The actions of settings (aids, theme, spacing, language, …) follow the settings model:
a triggered action sets its option, and a changed option checks its action.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.core.choices import Aids, FuriganaLevel, FuriganaStyle, Language, Theme
from reader.core.readings import RomajiStyle
from reader.core.settings import Settings
from reader.ui.i18n import tr
from reader.ui.settings_model import SettingsModel


def _action(
    parent: QObject,
    text: str,
    shortcut: str | QKeySequence.StandardKey = "",
    *,
    checkable: bool = False,
    data: object = None,
) -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey) or shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    if data is not None:
        action.setData(data)
    return action


def _group(parent: QObject, items: list[tuple[str, str, str]]) -> QActionGroup:
    group = QActionGroup(parent)
    group.setExclusive(True)
    for value, text, shortcut in items:
        # str(): an enum member would come back from QVariant as a plain str anyway
        data = str(value)
        group.addAction(_action(parent, text, shortcut, checkable=True, data=data))
    return group


def level_items() -> list[tuple[str, str, str]]:
    """The choices of View › Furigana For: all kanji, or those above a level.

    KANJIDIC2 knows the old JLPT levels (1–4) only; each is labelled with the
    N-levels it mostly became (docs/design.md, "Furigana by level").
    """
    grade = tr("Kanji Above Grade {n}")
    items = [(FuriganaLevel.ALL.value, tr("&All Kanji"), "")]
    items += [(f"grade{n}", grade.format(n=n), "") for n in range(1, 7)]
    items.append((FuriganaLevel.JOYO.value, tr("Kanji Above Jōyō (常用)"), ""))
    approx = {4: "N5", 3: "N4", 2: "N3–N2", 1: "N1"}
    jlpt = tr("Kanji Above Old JLPT {n} (≈{new})")
    items += [(f"jlpt{n}", jlpt.format(n=n, new=new), "") for n, new in approx.items()]
    return items


@dataclass
class Actions:
    """Every QAction of the main window."""

    parent: QObject
    settings: SettingsModel
    export: QAction = field(init=False)
    quit: QAction = field(init=False)
    copy: QAction = field(init=False)
    copy_readings: QAction = field(init=False)
    copy_anki: QAction = field(init=False)
    aids: QActionGroup = field(init=False)
    furigana_hover: QAction = field(init=False)
    furigana_level: QActionGroup = field(init=False)
    romaji_ascii: QAction = field(init=False)
    theme: QActionGroup = field(init=False)
    bigger: QAction = field(init=False)
    smaller: QAction = field(init=False)
    reset_size: QAction = field(init=False)
    spacing: QActionGroup = field(init=False)
    vertical: QAction = field(init=False)
    next_section: QAction = field(init=False)
    previous_section: QAction = field(init=False)
    language: QActionGroup = field(init=False)
    about: QAction = field(init=False)
    highlight: QAction = field(init=False)
    add_note: QAction = field(init=False)
    undo: QAction = field(init=False)
    redo: QAction = field(init=False)
    export_notes: QAction = field(init=False)
    import_notes: QAction = field(init=False)
    look_up: QAction = field(init=False)
    lookup_click: QAction = field(init=False)
    lookup_hover: QAction = field(init=False)
    known_words: QAction = field(init=False)
    add_vocabulary: QAction = field(init=False)
    export_vocabulary: QAction = field(init=False)
    open_file: QAction = field(init=False)
    open_interview: QAction = field(init=False)
    next_turn: QAction = field(init=False)
    previous_turn: QAction = field(init=False)
    add_bookmark: QAction = field(init=False)

    def __post_init__(self) -> None:
        p = self.parent
        self.export = _action(p, tr("&Export…"), "Ctrl+E")
        self.quit = _action(p, tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.copy = _action(p, tr("&Copy"), QKeySequence.StandardKey.Copy)
        self.copy_readings = _action(p, tr("Copy with &Readings"), "Ctrl+Shift+C")
        self.copy_anki = _action(p, tr("Copy for &Anki"), "Ctrl+Alt+C")
        self.aids = _group(
            p,
            [
                (Aids.NONE, tr("&No Reading Aids"), "Ctrl+1"),
                (Aids.FURIGANA, tr("&Furigana"), "Ctrl+2"),
                (Aids.ROMAJI, tr("&Romaji"), "Ctrl+3"),
                (Aids.BOTH, tr("Furigana &and Romaji"), "Ctrl+4"),
            ],
        )
        self.furigana_hover = _action(
            p, tr("Furigana on &Hover or Click"), "Ctrl+H", checkable=True
        )
        self.furigana_level = _group(p, level_items())
        self.romaji_ascii = _action(p, tr("Romaji Without &Macrons"), checkable=True)
        self.theme = _group(
            p,
            [
                (Theme.SYSTEM, tr("&System Theme"), ""),
                (Theme.LIGHT, tr("&Light"), ""),
                (Theme.SEPIA, tr("S&epia"), ""),
                (Theme.DARK, tr("&Dark"), ""),
            ],
        )
        self.bigger = _action(p, tr("&Larger Text"), QKeySequence.StandardKey.ZoomIn)
        self.bigger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller = _action(p, tr("&Smaller Text"), QKeySequence.StandardKey.ZoomOut)
        self.smaller.setShortcuts([QKeySequence("Ctrl+-")])
        self.reset_size = _action(p, tr("&Actual Size"), "Ctrl+0")
        self.spacing = _group(p, [(str(x), f"{x:.1f}", "") for x in Settings.SPACINGS])
        self.vertical = _action(
            p, tr("&Vertical Writing (縦書き)"), "Ctrl+Shift+V", checkable=True
        )
        self.next_section = _action(p, tr("&Next Section"), "Ctrl+Down")
        self.previous_section = _action(p, tr("&Previous Section"), "Ctrl+Up")
        self.language = _group(
            p,
            [
                (Language.SYSTEM, tr("System Language"), ""),
                (Language.EN, "English", ""),
                (Language.JA, "日本語", ""),
            ],
        )
        self.about = _action(p, tr("&About Yomu"))
        self.highlight = _action(p, tr("&Highlight Selection"), "Ctrl+Shift+H")
        self.add_note = _action(p, tr("Add &Note to Selection…"), "Ctrl+Shift+N")
        self.undo = _action(p, tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = _action(p, tr("&Redo"), "Ctrl+Shift+Z")
        self.export_notes = _action(p, tr("Export &Annotations…"))
        self.import_notes = _action(p, tr("&Import Annotations…"))
        # The look-up popup (lookup_controller.py).
        self.look_up = _action(p, tr("&Look Up"), "Ctrl+D")
        self.look_up.setShortcuts([QKeySequence("Ctrl+D"), QKeySequence("L")])
        self.lookup_click = _action(p, tr("Look Up on &Click"), checkable=True)
        self.lookup_hover = _action(p, tr("Look Up on Shift+&Hover"), checkable=True)
        self.known_words = _action(p, tr("&Known Words…"))
        self.add_vocabulary = _action(p, tr("Add to &Vocabulary"), "Ctrl+Shift+A")
        self.export_vocabulary = _action(p, tr("Export &Vocabulary…"))
        self._basics(p)
        self.sync()
        self._connect_settings()
        self.settings.changed.connect(self._on_setting)

    def _basics(self, p: QObject) -> None:
        """Opening texts, moving by speaker and bookmarks (reader/ui/basics.py)."""
        self.open_file = _action(p, tr("&Open…"), QKeySequence.StandardKey.Open)
        self.open_interview = _action(p, tr("Open the &Interview"))
        # Ctrl+D is the look-up's; brackets step like a pager, Alt+arrows as well.
        self.next_turn = _action(p, tr("Next &Turn"), "]")
        self.next_turn.setShortcuts([QKeySequence("]"), QKeySequence("Alt+Down")])
        self.previous_turn = _action(p, tr("Previous T&urn"), "[")
        self.previous_turn.setShortcuts([QKeySequence("["), QKeySequence("Alt+Up")])
        self.add_bookmark = _action(p, tr("&Add Bookmark"), "Ctrl+B")

    def _connect_settings(self) -> None:
        """Each settings action sets its option on the model."""
        put = self.settings.set
        self.aids.triggered.connect(lambda act: put("aids", act.data()))
        self.theme.triggered.connect(lambda act: put("theme", act.data()))
        self.furigana_level.triggered.connect(
            lambda act: put("furigana_level", act.data())
        )
        self.spacing.triggered.connect(
            lambda act: put("line_spacing", float(act.data()))
        )
        self.language.triggered.connect(lambda act: put("language", act.data()))
        self.furigana_hover.toggled.connect(
            lambda on: put(
                "furigana_style", FuriganaStyle.HOVER if on else FuriganaStyle.ALWAYS
            )
        )
        self.romaji_ascii.toggled.connect(
            lambda on: put(
                "romaji_style", RomajiStyle.ASCII if on else RomajiStyle.MACRON
            )
        )
        self.vertical.toggled.connect(lambda on: put("vertical", on))

    def _on_setting(self, _name: str) -> None:
        self.sync()

    def sync(self) -> None:
        """Check the actions that show the current settings."""
        s = self.settings.value
        Actions.check(self.aids, s.aids)
        Actions.check(self.theme, s.theme)
        Actions.check(self.furigana_level, s.furigana_level)
        Actions.check(self.spacing, str(s.line_spacing))
        Actions.check(self.language, s.language)
        self.furigana_hover.setChecked(s.furigana_style == FuriganaStyle.HOVER)
        self.romaji_ascii.setChecked(s.romaji_style == RomajiStyle.ASCII)
        self.vertical.setChecked(s.vertical)

    def delete(self) -> None:
        """Delete every action (the chrome is being rebuilt in another language)."""
        self.settings.changed.disconnect(self._on_setting)
        for value in vars(self).values():
            if isinstance(value, QActionGroup):
                for action in value.actions():
                    action.deleteLater()
            if isinstance(value, QAction | QActionGroup):
                value.deleteLater()

    @staticmethod
    def check(group: QActionGroup, value: str) -> None:
        """Check the action of ``group`` whose data is ``value``."""
        for action in group.actions():
            if action.data() == value:
                action.setChecked(True)
