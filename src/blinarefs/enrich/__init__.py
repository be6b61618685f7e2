"""Enrichment: find each reference's DOI, complete its metadata, verify, show every change.

``enrich_store(store, EnrichOptions(...)) -> EnrichReport`` is the library call; the
``blinarefs enrich`` command and the ``enrich`` stage of ``blinarefs build`` wrap it.
Only :mod:`.http` performs I/O; :mod:`.match` and :mod:`.merge` are pure.
"""

from .core import enrich_store, iter_enrich
from .merge import FieldChange
from .model import EnrichOptions, EnrichReport, EntryResult

__all__ = [
    "EnrichOptions",
    "EnrichReport",
    "EntryResult",
    "FieldChange",
    "enrich_store",
    "iter_enrich",
]
