"""Integrity verdicts for a list of references without touching any store: what ``check``
and the build's report use. It is a dry run of enrichment (nothing is written), so it asks
the services only for answers the cache lacks, and nothing at all ``offline``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..model import Reference
from .integrity import Verdict
from .model import STALL_BUDGET, EnrichOptions
from .retractions import RetractionIndex


def verdicts_for(
    references: Sequence[Reference],
    *,
    offline: bool | None = None,
    mailto: str | None = None,
    retractions: RetractionIndex | None = None,
    stall_budget: float = STALL_BUDGET,
    cache_dir: Path | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> list[Verdict]:
    """One verdict per reference, in order (``offline``: from the HTTP cache alone)."""
    from ..store import Store
    from .core import enrich_store

    refs = list({r.id: r for r in references}.values())
    if not refs:
        return []
    store = Store.from_references(refs)
    options = EnrichOptions(
        dry_run=True,
        offline=offline,
        mailto=mailto,
        retractions=retractions,
        stall_budget=stall_budget,
        cache_dir=cache_dir,
        on_wait=on_wait,
    )
    report = enrich_store(store, options)
    return [e.verdict for e in report.entries if e.verdict is not None]
