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
from collections.abc import Callable, Iterable
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
    """``atomic_write``, remembering the file as one blinarefs wrote. The new file is
    recorded before it takes the name as well as after: a run killed in between (a build
    stopped with Ctrl-C, or SIGKILL) leaves either file, and a rerun takes either as its own."""
    atomic_write(path, data, before_replace=lambda tmp: _record_coming(path, tmp))
    remember(path)


def written_by_blinarefs(path: str | Path) -> bool:
    state = file_state(path)
    return state is not None and list(state) in _states(_record().get(_key(path)))


def remember(*paths: str | Path) -> None:
    """Record ``paths`` as written by blinarefs, as they are now."""

    def now(record: dict[str, list[list[int]]]) -> None:
        for path in paths:
            state = file_state(path)
            if state is not None:
                record.pop(_key(path), None)  # re-inserted last: the newest
                record[_key(path)] = [list(state)]

    if paths:  # nothing to record: the cache folder is not touched
        _update(now)


def _record_coming(path: str | Path, tmp: str) -> None:
    """Add the state of ``tmp``, about to be renamed to ``path``, to those ``path`` may
    have as blinarefs' own, keeping the one it has now (the rename may never happen)."""

    def coming(record: dict[str, list[list[int]]]) -> None:
        state = file_state(tmp)
        if state is not None:
            states = _states(record.pop(_key(path), None))
            record[_key(path)] = [*states[-1:], list(state)]

    _update(coming)


def _update(change: Callable[[dict[str, list[list[int]]]], None]) -> None:
    """Change the record under its lock. A record that cannot be kept (read-only cache)
    costs only a ``--force`` later, never an error now. The lock is waited for as a
    store's is: on a busy machine two seconds were too short, and the skipped record made
    the rerun of a build refuse its own outputs."""
    record_path = default_cache_dir() / RECORD_NAME
    with contextlib.suppress(OSError, BlinarefsError):
        record_path.parent.mkdir(parents=True, exist_ok=True)
        with store_lock(record_path):
            record = {key: _states(value) for key, value in _record().items()}
            change(record)
            kept = dict(list(record.items())[-KEEP:])
            atomic_write(record_path, json.dumps(kept, indent=0))


def _record() -> dict[str, object]:
    try:
        data = json.loads((default_cache_dir() / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _states(value: object) -> list[list[int]]:
    """The states a record entry allows: a list of [inode, size, time] (a record kept by an
    earlier version holds one such triple, not a list of them)."""
    if not isinstance(value, list):
        return []
    if value and all(isinstance(v, int) for v in value):
        return [value]
    return [v for v in value if isinstance(v, list)]


def _key(path: str | Path) -> str:
    return os.path.realpath(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
