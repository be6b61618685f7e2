"""What ``blinarefs build`` writes into OUTDIR, and whether it may.

OUTDIR is often a folder of the user's: ``build paper.md -o .`` would write its Pandoc
copy over the manuscript, and a ``report.html`` of the user's would be replaced silently.
So before any stage runs, every file the build will write is checked as every other
command's output is (``outputs.check_output``): never one of its inputs, never (without
``--force``) a file blinarefs did not write. A file the last build into OUTDIR wrote, as
its ``build.json`` lists it and unchanged since, is the build's own even when the record
in the cache folder does not know it (another cache, a version that kept no record).
The store, ``references.bib``, is not here: a store in OUTDIR is added to, never replaced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .outputs import check_output, written_by_blinarefs

# stage -> the files it writes, relative to OUTDIR (the export stage's are its
# ``EXPORT_FILES``; the pandoc stage's style copy is named after the style); a test holds
# every stage's outputs to this list
STAGE_OUTPUTS: dict[str, tuple[str, ...]] = {
    "format": ("bibliography.txt", "bibliography.html"),
    "trace": ("claims.json", "claims.tsv", "report.html"),
    "pandoc": ("paper.md", "paper.json"),
}


def planned_outputs(outdir: Path, skip: Iterable[str] = (), style: str = "blood") -> list[Path]:
    """Every file a build into ``outdir`` writes, but its store and its build.json."""
    from .interchange.files import EXPORT_DIR, EXPORT_FILES

    skipped = set(skip)
    names = [n for stage, names in STAGE_OUTPUTS.items() if stage not in skipped for n in names]
    if "export" not in skipped:
        names += [f"{EXPORT_DIR}/{name}" for name in EXPORT_FILES.values()]
    paths = [Path(outdir) / name for name in names]
    if "pandoc" not in skipped:
        paths += _style_copy(Path(outdir), style)
    return paths


def _style_copy(outdir: Path, style: str) -> list[Path]:
    """The copy of the style beside paper.md (named as the .csl file is), unless the style
    given is that very file: it is used where it is."""
    if not style.lower().endswith(".csl"):
        return [outdir / f"{style}.csl"]
    copy = outdir / Path(style).name
    try:
        same = copy.exists() and copy.samefile(style)
    except OSError:
        same = False
    return [] if same else [copy]


def check_build_outputs(
    planned: Iterable[Path],
    inputs: Iterable[Path | None],
    *,
    manifest: Path,
    force: bool = False,
) -> None:
    """Raise UsageError (exit 2), before the build writes anything, when one of ``planned``
    is one of ``inputs`` (even with ``force``), or exists and was written neither by
    blinarefs nor by the last build (unless ``force``)."""
    given = [p for p in inputs if p is not None]
    earlier = _earlier_outputs(manifest)
    for path in planned:
        ours = (
            force
            or not path.exists()
            or written_by_blinarefs(path)
            or ((path.parent.name, path.name) in earlier and _unchanged(path, manifest))
        )
        check_output(path, given, force=ours, elsewhere="another -o folder")


def _earlier_outputs(manifest: Path) -> set[tuple[str, str]]:
    """The files the last complete build listed, as (folder name, file name): the paths it
    wrote are relative to the folder it ran in, which may not be this run's."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(data, dict) or not data.get("complete"):
        return set()
    return {(Path(str(p)).parent.name, Path(str(p)).name) for p in data.get("outputs") or ()}


def _unchanged(path: Path, manifest: Path) -> bool:
    """Not modified after the build that listed it wrote its build.json (its last file)."""
    try:
        return path.stat().st_mtime_ns <= manifest.stat().st_mtime_ns
    except OSError:
        return False
