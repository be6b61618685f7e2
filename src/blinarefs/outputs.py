"""Where a command may write: never onto its own input, never over a file blinarefs did not
write unless the user says ``--force``.

"blinarefs wrote it" is known from a small record in the cache folder (``written.json``):
each output's path with the state (inode, size, modification time) it had when written.
A file edited since, or one blinarefs never wrote, is the user's, and is not replaced
silently; rerunning a command over its own earlier output needs no flag.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from .errors import BlinarefsError, UsageError
from .fsio import atomic_write, default_cache_dir, file_state, store_lock

RECORD_NAME = "written.json"
KEEP = 2000  # outputs remembered (the oldest are forgotten first)


def check_output(
    output: str | Path,
    inputs: Iterable[str | Path | None] = (),
    *,
    force: bool = False,
    elsewhere: str = "another output file",
) -> None:
    """Raise UsageError (exit 2) when ``output`` is one of ``inputs`` (even with ``force``),
    or exists and was not written by blinarefs (unless ``force``). ``elsewhere`` is what
    the hint offers instead ("another -o folder" for build)."""
    out = Path(output)
    for given in inputs:
        if given is not None and str(given) != "-" and _same_file(out, Path(given)):
            raise UsageError(
                f"{output}: is also this command's input {given}; writing it would destroy it",
                hint=f"give {elsewhere}",
            )
    if out.is_dir():
        raise UsageError(f"{output}: is a folder", hint="give a file name")
    if not force and out.exists() and not written_by_blinarefs(out):
        raise UsageError(
            f"{output}: exists and was not written by blinarefs (or was changed since)",
            hint=f"give --force to replace it, or {elsewhere}",
        )


def write_output(path: str | Path, data: bytes | str | Iterable[str]) -> None:
    """``atomic_write``, remembering the file as one blinarefs wrote."""
    atomic_write(path, data)
    remember(path)


def written_by_blinarefs(path: str | Path) -> bool:
    state = file_state(path)
    return state is not None and _record().get(_key(path)) == list(state)


def remember(*paths: str | Path) -> None:
    """Record ``paths`` as written by blinarefs, as they are now. A record that cannot be
    kept (read-only cache) costs only a ``--force`` later, never an error now."""
    if not paths:
        return  # nothing to record: the cache folder is not touched
    record_path = default_cache_dir() / RECORD_NAME
    with contextlib.suppress(OSError, BlinarefsError):
        record_path.parent.mkdir(parents=True, exist_ok=True)
        with store_lock(record_path, wait=2.0):
            record = _record()
            for path in paths:
                state = file_state(path)
                if state is not None:
                    record.pop(_key(path), None)  # re-inserted last: the newest
                    record[_key(path)] = list(state)
            kept = dict(list(record.items())[-KEEP:])
            atomic_write(record_path, json.dumps(kept, indent=0))


def _record() -> dict[str, list[int]]:
    try:
        data = json.loads((default_cache_dir() / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(path: str | Path) -> str:
    return os.path.realpath(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
