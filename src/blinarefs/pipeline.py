"""``blinarefs build``: every stage of the pipeline, in order, on one manuscript.

Stages are named by dotted path and imported only when run, so that adding a stage is one
line in ``STAGES`` and a stage's dependencies cost nothing until it runs. Each stage takes
the shared :class:`BuildContext` and returns a :class:`StageReport`; a stage that fails for
reasons outside the user's files (no network) reports and lets the next stage run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .findings import Finding, counted

if TYPE_CHECKING:
    from .store import Store

STAGES: list[tuple[str, str]] = [
    ("parse", "blinarefs.parse.stage:stage_parse"),
    ("store", "blinarefs.pipeline:stage_store"),
    ("enrich", "blinarefs.enrich.stage:stage_enrich"),
    ("validate", "blinarefs.pipeline:stage_validate"),
    ("format", "blinarefs.format.stage:stage_format"),
    ("trace", "blinarefs.trace.stage:stage_trace"),
    ("export", "blinarefs.interchange.files:stage_export"),
    ("pandoc", "blinarefs.pandoc.files:stage_pandoc"),
]
STORE_NAME = "references.bib"
MANIFEST_NAME = "build.json"  # which manuscript and run the folder's outputs come from
Bar = Callable[[Iterator[Any], int, str], Iterator[Any]]  # Console.progress's shape


@dataclass
class BuildOptions:
    """What :func:`build` reads and where it writes; the paths may be given as strings."""

    manuscript: Path | None = None  # None: the embedded Blood commentary
    outdir: Path = Path("blinarefs-out")
    style: str = "blood"
    offline: bool = False
    mailto: str | None = None
    skip: frozenset[str] = frozenset()
    retraction_data: Path | None = None  # Retraction Watch CSV for the integrity verdicts
    timeout: float = 25.0  # seconds enrichment may wait on services that do not answer
    force: bool = False  # replace files in OUTDIR that blinarefs did not write

    def __post_init__(self) -> None:
        # a notebook writes outdir="out": the stages join and create paths
        for name in ("manuscript", "outdir", "retraction_data"):
            if isinstance(value := getattr(self, name), str):
                setattr(self, name, Path(value))


@dataclass
class StageReport:
    stage: str
    summary: str
    outputs: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "summary": self.summary,
            "skipped": self.skipped,
            "outputs": [str(p) for p in self.outputs],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class BuildContext:
    options: BuildOptions
    manuscript_path: Path
    text: str
    parsed: Any = None  # blinarefs.parse.ParsedList
    progress: Bar | None = None  # a progress bar for the long stages (parse, enrich)
    store: Any = None  # blinarefs.store.Store
    data: dict[str, Any] = field(default_factory=dict)  # results later stages may reuse

    @property
    def outdir(self) -> Path:
        return self.options.outdir

    def bar(self, label: str) -> Callable[[Iterator[Any], int], Iterator[Any]] | None:
        """The progress wrapper a stage hands its library call, labelled with its name."""
        shown = self.progress
        if shown is None:
            return None
        return lambda items, total: shown(items, total, label)

    def current_store(self) -> Store | None:
        """This run's store, else the one an earlier build left in OUTDIR (with ``--skip
        store``), else None: the stages that only read the store use it."""
        if self.store is None and (self.outdir / STORE_NAME).exists():
            from .store import Store

            self.store = Store.load(self.outdir / STORE_NAME)
        return self.store


@dataclass
class BuildResult:
    """What :func:`build` did: each stage's report, in order, and where the outputs are."""

    manuscript: Path
    outdir: Path
    reports: list[StageReport]

    def __repr__(self) -> str:
        """A stage a line, as ``blinarefs build`` prints them, not every finding."""
        stages = "".join(f"\n  {r.stage}: {r.summary}" for r in self.reports)
        return f"<BuildResult {self.manuscript} -> {self.outdir}/:{stages}>"

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.reports for f in r.findings]

    @property
    def exit_code(self) -> int:
        return 1 if any(f.severity == "error" for f in self.findings) else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "manuscript": str(self.manuscript),
            "outdir": str(self.outdir),
            "exit_code": self.exit_code,
            "stages": [r.to_dict() for r in self.reports],
        }


def _load_stage(path: str) -> Callable[[BuildContext], StageReport]:
    module, func = path.split(":")
    return getattr(importlib.import_module(module), func)


def build(
    options: BuildOptions | None = None,
    on_stage: Callable[[StageReport], None] | None = None,
    progress: Bar | None = None,
) -> BuildResult:
    """Run every stage; ``on_stage`` is called after each one (the CLI prints from it).
    ``progress(items, total, label)`` wraps the long stages' work (the CLI's progress bar)."""
    from .buildfolder import check_build_outputs, planned_outputs
    from .embedded import default_manuscript
    from .fsio import short_path, store_lock
    from .manuscript import read_manuscript

    options = options or BuildOptions()
    path = Path(options.manuscript) if options.manuscript else short_path(default_manuscript())
    document = read_manuscript(path)
    if not document.text.strip() and not document.references:
        from .errors import UsageError  # before OUTDIR is made: nothing in it would be of use

        raise UsageError(f"{path}: is empty", hint="give the manuscript, or its reference list")
    ctx = BuildContext(options, path, document.text, data={"document": document}, progress=progress)
    make_outdir(options.outdir)
    reports: list[StageReport] = []
    # the lock keeps a second build (or an import, an enrich) out of the folder until done
    with store_lock(options.outdir / STORE_NAME):
        # inside the lock: a build running beside it has remembered what it wrote
        planned = planned_outputs(options.outdir, options.skip, options.style)
        manifest = options.outdir / MANIFEST_NAME
        inputs = [path, options.retraction_data]
        check_build_outputs(planned, inputs, manifest=manifest, force=options.force)
        earlier = _manifest(options.outdir, path, complete=False)
        for name, target in STAGES:
            if name in options.skip:
                report = StageReport(name, "skipped (--skip)", skipped=True)
            else:
                report = _load_stage(target)(ctx)
            if not reports and earlier:
                report.findings.insert(0, earlier)
            reports.append(report)
            if on_stage:
                on_stage(report)
        # outputs that show every stage's findings (report.html) are written once all are known
        for write in ctx.data.pop("after_build", []):
            write([f for r in reports for f in r.findings])
        _manifest(options.outdir, path, complete=True, reports=reports)
    return BuildResult(path, options.outdir, reports)


def _manifest(
    outdir: Path, manuscript: Path, *, complete: bool, reports: list[StageReport] | None = None
) -> Finding | None:
    """Write OUTDIR/build.json: the manuscript, this run, whether it finished, its outputs.
    Before the run, say when the folder holds another manuscript's outputs, or those of a
    run that did not finish: its files this run does not rewrite are not this run's."""
    import datetime
    import json
    import os

    from .fsio import atomic_write

    record = outdir / MANIFEST_NAME
    finding = None
    if not complete:
        try:
            before = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if isinstance(before, dict) and before.get("manuscript") != str(manuscript):
            finding = Finding("warning", "outdir-mixed",
                              f"{outdir} holds the outputs of {before.get('manuscript')}: files "
                              "this run does not write are from that manuscript",
                              source=str(outdir), suggestion="use another -o folder")  # fmt: skip
        elif isinstance(before, dict) and not before.get("complete"):
            finding = Finding("warning", "outdir-incomplete",
                              f"the last build into {outdir} did not finish: files this run "
                              "does not write may be from it", source=str(outdir))  # fmt: skip
    data = {
        "manuscript": str(manuscript),
        "run": f"{datetime.datetime.now(datetime.UTC).isoformat(timespec='seconds')} pid "
        f"{os.getpid()}",
        "complete": complete,
        "outputs": [str(p) for r in reports or () for p in r.outputs],
    }
    atomic_write(record, json.dumps(data, indent=2) + "\n")
    return finding


def make_outdir(outdir: Path) -> None:
    """The output folder, made if missing; one line, not a traceback, when it cannot be."""
    from .errors import BlinarefsError, UsageError

    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise UsageError(
            f"{outdir}: is a file, or inside one; -o names the output folder",
            hint="give a folder name",
        ) from None
    except OSError as exc:
        raise BlinarefsError(f"{outdir}: cannot make the output folder ({exc.strerror})") from None


# -- the store's stages (the parse stage is parse/stage.py) ----------------------------------


def stage_store(ctx: BuildContext) -> StageReport:
    """Write the store; an existing one in OUTDIR is kept and only new references are added,
    so edits and enrichment of an earlier run survive a rebuild."""
    from .normalised import stored_changes
    from .store import Store

    path = ctx.outdir / STORE_NAME
    refs = ctx.parsed.references if ctx.parsed else ()
    changed = []
    if path.exists():
        store = Store.load(path)
        # by printed label: the parts of a sub-labelled reference ("1a", "1b") share a number
        known = {r.printed_label for r in store if r.number is not None}
        added = [r for r in refs if r.id not in store and r.printed_label not in known]
        for ref in added:
            store.put(ref)
        changed = stored_changes(added)
        kept = f"{len(added)} new, existing entries kept"
        summary = f"{path}: {counted(len(store), 'entries')} ({kept})"
        # later stages read the store: the parsed copies of its entries would only be held
        ctx.parsed = replace(ctx.parsed, references=()) if ctx.parsed else None
        del refs, added
    else:
        store = Store.from_references(refs, path)
        summary = f"{path}: {counted(len(store), 'entries')}"
        changed = stored_changes(refs)
    store.save(path)
    ctx.store = store
    findings = [*store.problems, *(c.finding(str(path)) for c in changed)]
    return StageReport("store", summary, outputs=[path], findings=findings)


def stage_validate(ctx: BuildContext) -> StageReport:
    from .findings import count_by_severity
    from .validate import validate_references

    store = ctx.current_store()
    if store is None:
        return StageReport(
            "validate", "skipped: no store (the store stage was skipped)", skipped=True
        )
    findings = validate_references(store.references)
    c = count_by_severity(findings)
    return StageReport(
        "validate",
        f"{counted(c['error'], 'errors')}, {counted(c['warning'], 'warnings')} in the store",
        findings=findings,
    )
