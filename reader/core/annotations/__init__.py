"""Highlights and notes: anchored to the text, kept safe in TinyDB, exchanged.

The UI needs only what is exported here; see each module for the reasons behind it.
"""

from reader.core.annotations.anchoring import (
    Method,
    Piece,
    PlacedRange,
    Resolver,
    resolve,
)
from reader.core.annotations.errors import (
    DamagedStoreError,
    ReadOnlyStoreError,
    SchemaError,
    SchemaTooNewError,
    StoreError,
    StoreWriteError,
    UnusableStoreError,
)
from reader.core.annotations.exchange import (
    ImportError_,
    ImportReport,
    export_csv,
    export_jsonld,
    export_markdown,
    import_file,
    write_export,
)
from reader.core.annotations.model import (
    COLORS,
    STYLES,
    Anchor,
    Annotation,
    RecordError,
)
from reader.core.annotations.recovery import LoadReport, OpenMode
from reader.core.annotations.storage import AtomicJSONStorage, CorruptDatabaseError
from reader.core.annotations.store import (
    AnnotationStore,
    EventKind,
    StoreEvent,
    matches,
)

__all__ = [
    "COLORS",
    "STYLES",
    "Anchor",
    "Annotation",
    "AnnotationStore",
    "AtomicJSONStorage",
    "CorruptDatabaseError",
    "DamagedStoreError",
    "EventKind",
    "ImportError_",
    "ImportReport",
    "LoadReport",
    "Method",
    "OpenMode",
    "Piece",
    "PlacedRange",
    "ReadOnlyStoreError",
    "RecordError",
    "Resolver",
    "SchemaError",
    "SchemaTooNewError",
    "StoreError",
    "StoreEvent",
    "StoreWriteError",
    "UnusableStoreError",
    "export_csv",
    "export_jsonld",
    "export_markdown",
    "import_file",
    "matches",
    "resolve",
    "write_export",
]
