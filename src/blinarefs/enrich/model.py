"""The enrichment's data: options in, one result per entry and a report for the run out."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..findings import Finding
from ..model import Reference
from .integrity import Verdict
from .match import Candidate
from .merge import FieldChange
from .retractions import RetractionIndex

STALL_BUDGET = 25.0
Status = Literal[
    "updated", "unchanged", "not-found", "ambiguous", "id-mismatch", "doi-unknown", "failed"
]
BATCH = 200  # entries looked up and merged together: each batch costs NCBI a few requests


class SummaryLine(str):
    """A summary line that can still be called: ``EnrichReport.summary`` was a method, and a
    script written then calls it (it gets the same line, and a DeprecationWarning)."""

    def __call__(self) -> str:
        warnings.warn(
            "EnrichReport.summary is a property now, as every result's summary is: "
            "write report.summary, without the ()",
            DeprecationWarning,
            stacklevel=2,
        )
        return str(self)


@dataclass
class EnrichOptions:
    """How :func:`~blinarefs.enrich_store` runs; every field has the CLI's default."""

    dry_run: bool = False
    offline: bool | None = None  # None: BLINAREFS_OFFLINE
    only: tuple[str, ...] = ()
    overwrite: frozenset[str] = frozenset()
    mailto: str | None = None  # None: BLINAREFS_MAILTO, then the config file
    pubmed: bool = True  # ask NCBI for PMIDs, PMCIDs and abstracts
    cache_dir: Path | None = None  # None: BLINAREFS_CACHE_DIR or the user cache folder
    locked: tuple[str, ...] = ()  # fields locked in every entry (plus the config file's)
    today: str | None = None  # provenance date; None: today (UTC) or SOURCE_DATE_EPOCH's
    batch_size: int = BATCH
    save_every: float = 2.0  # seconds: the store is saved after a batch at most this often
    timeout: tuple[float, float] = (5.0, 20.0)  # seconds: to connect; to read the whole answer
    # seconds the whole run may wait on services that never answer (see pacing.StallBudget)
    stall_budget: float = STALL_BUDGET
    retractions: RetractionIndex | None = None  # a local Retraction Watch file, indexed
    on_wait: Callable[[str], None] | None = None  # told what the run waits for ("" when none)
    # test and benchmark hooks: pacing without real sleeps
    sleep: Callable[[float], None] | None = None
    backoff_base: float = 1.0
    max_retries: int = 4

    def __post_init__(self) -> None:
        # what a notebook writes: cache_dir="cache" (joined later), only="roe2020made" (a
        # key, not its letters), overwrite="title"
        if self.cache_dir is not None:
            self.cache_dir = Path(self.cache_dir)
        for name, one in (("only", tuple), ("locked", tuple), ("overwrite", frozenset)):
            if isinstance(value := getattr(self, name), str):
                setattr(self, name, one((value,)))


@dataclass
class EntryResult:
    key: str
    status: Status
    changes: list[FieldChange] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    reference: Reference | None = field(default=None, repr=False)  # the entry after merging
    verdict: Verdict | None = None  # the reference's integrity

    @property
    def applied(self) -> list[FieldChange]:
        return [c for c in self.changes if c.applied]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "status": self.status,
            "sources": self.sources,
            "changes": [c.to_dict() for c in self.changes],
            "candidates": [c.to_dict() for c in self.candidates[:3]],
            "findings": [f.to_dict() for f in self.findings],
            "integrity": self.verdict.to_dict() if self.verdict else None,
        }


@dataclass
class EnrichReport:
    """What :func:`~blinarefs.enrich_store` did: a result an entry, and the run's findings
    (no mailto, a service unreachable, offline)."""

    store: str
    dry_run: bool
    offline: bool
    mailto: str | None
    entries: list[EntryResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # run-wide (no mailto, unreachable)
    requests: int = 0
    cached: int = 0
    retries: int = 0
    written: bool = False
    total: int = 0  # entries to enrich
    by_service: dict[str, int] = field(default_factory=dict)  # requests on the wire

    def __repr__(self) -> str:
        """The summary line, not every entry's result (``entries`` holds those)."""
        return f"<EnrichReport {self.store}: {self.summary}>"

    def count(self, status: str) -> int:
        """How many entries ended with ``status`` ("updated", "not-found", ...)."""
        return sum(e.status == status for e in self.entries)

    @property
    def all_findings(self) -> list[Finding]:
        """The run's findings, then every entry's."""
        return self.findings + [f for e in self.entries for f in e.findings]

    @property
    def unreachable(self) -> bool:
        """Whether a service could not be reached: what was not asked is left as it was."""
        return any(f.code == "service-unreachable" for f in self.findings)

    @property
    def summary(self) -> SummaryLine:
        """The line ``blinarefs enrich`` ends with: entries by status, requests made (a
        property, as every other result's summary is)."""
        parts = [f"{len(self.entries)} entries"]
        for status in ("updated", "unchanged", "not-found", "ambiguous", "id-mismatch",
                       "doi-unknown"):  # fmt: skip
            if self.count(status):
                parts.append(f"{self.count(status)} {status}")
        # a failure offline or with no network is no fault of the entry: said as what it is
        why = Counter(_why_failed(e) for e in self.entries if e.status == "failed")
        parts += [f"{n} {reason}" for reason, n in why.items()]
        parts.append(f"{self.requests} requests ({self.cached} answered from the cache)")
        return SummaryLine(", ".join(parts))

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "dry_run": self.dry_run,
            "offline": self.offline,
            "mailto": self.mailto,
            "written": self.written,
            "requests": self.requests,
            "cached": self.cached,
            "retries": self.retries,
            "requests_by_service": self.by_service,
            "entries": [e.to_dict() for e in self.entries],
            "findings": [f.to_dict() for f in self.findings],
        }


def _why_failed(entry: EntryResult) -> str:
    """ "not in the cache" (offline) or "not reached" (no network) when every service the
    entry needed said so, else "failed"."""
    codes = {
        f.code for f in entry.findings if f.code in ("not-cached", "unreached", "enrich-failed")
    }
    if codes == {"not-cached"}:
        return "not in the cache"
    return "not reached" if codes and codes <= {"not-cached", "unreached"} else "failed"
