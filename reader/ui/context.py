"""What the window is built from, wired in reader.app and handed down."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations import AnnotationStore
from reader.core.readings import ReadingEngine, Word
from reader.core.text.document import Document
from reader.paths import DataPaths
from reader.single_instance import InstanceServer
from reader.ui.i18n import Translations
from reader.ui.settings_model import SettingsModel


@dataclass
class ReaderContext:
    """The services of one window.

    Attributes:
        doc: the text read.
        paths: the data folder's files.
        settings: the settings model every component subscribes to.
        translations: the interface language's translators.
        cached_readings: readings straight from the cache, if complete.
        annotations: the highlights and notes, None if they cannot be used.
        server: the socket later ``yomu`` processes talk to.
        engine: the reading engine (bundled plus the reader's corrections).
        open_text: reads another text in place of this one (a path, or None for
            the bundled interview); None where the window cannot switch texts.
    """

    doc: Document
    paths: DataPaths
    settings: SettingsModel
    translations: Translations
    cached_readings: Mapping[str, Sequence[Word]] | None = None
    annotations: AnnotationStore | None = None
    server: InstanceServer | None = None
    engine: ReadingEngine = field(default_factory=ReadingEngine)
    open_text: Callable[[Path | None], bool] | None = None
