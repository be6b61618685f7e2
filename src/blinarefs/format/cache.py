"""Rendered entries remembered per style: in memory, and on disk in the user's cache folder.

An entry's rendering depends only on its CSL-JSON item (after prepare.py), the style file,
the et-al variant, and, for styles that use the citation number other than as plain text,
its number. Those, hashed, are the key; the value is the intermediate string (markup.py),
with the number left as a placeholder where the style allows, so renumbering a manuscript
costs nothing. Preparing the item costs more than looking it up, so each Reference's own
fields, hashed, lead to its item key too: an unchanged entry is found without preparing
anything, and an entry whose change does not show (provenance recorded) is prepared, found
and not rendered again. The disk file is named by the style's hash, blinarefs' rendering
version and citeproc-py's version, so a change to any of them starts a fresh file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
from collections.abc import Iterator
from dataclasses import fields
from itertools import chain, islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import BlinarefsError
from ..fsio import atomic_write
from ..model import Name, Reference

log = logging.getLogger(__name__)

RENDER_VERSION = 2  # bump when a change in blinarefs changes what an entry renders to
MAX_ENTRIES = 100_000  # per style file on disk; the oldest are dropped beyond this

_MEMORY: dict[str, dict[str, str]] = {}  # cache file stem -> key -> rendered
_ALIASES: dict[str, dict[str, str]] = {}  # cache file stem -> reference key -> key
_PEOPLE = ("author", "editor")
# C-level readers of every field: the key costs a few microseconds an entry
_PLAIN_FIELDS = attrgetter(*(f.name for f in fields(Reference) if f.name not in _PEOPLE))
_NAME_FIELDS = attrgetter(*(f.name for f in fields(Name)))
_LOADED: set[Path] = set()


def entry_key(item: dict[str, Any], variant: int | None, number: int | None) -> str:
    """A digest of what the rendering depends on. ``repr`` is stable here (items are built
    in a fixed key order from plain str/int/list/dict values) and faster than JSON."""
    data = repr((item, variant, number))
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def reference_key(ref: Reference, number: int | None) -> str:
    """A digest of every field of ``ref`` (names as plain tuples) and its number: read off
    the dataclass, several times cheaper than the prepared item :func:`entry_key` needs.
    marshal's format 2 writes values only (format 3 adds back-references that depend on
    which objects happen to be shared), so equal fields always give the same bytes."""
    people = [[_NAME_FIELDS(n) for n in getattr(ref, role)] for role in _PEOPLE]
    data = marshal.dumps((_PLAIN_FIELDS(ref), people, number), 2)
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def forget() -> None:
    """Drop what this process remembers, as a new process starts (benchmarks, tests)."""
    _MEMORY.clear()
    _ALIASES.clear()
    _LOADED.clear()


def _citeproc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("citeproc-py")
    except PackageNotFoundError:  # pragma: no cover - metadata missing in odd installs
        return "unknown"


class RenderCache:
    """The rendered entries of one style; ``folder`` None keeps them in memory only."""

    def __init__(self, style_digest: str, folder: Path | None = None) -> None:
        self.stem = f"{style_digest[:20]}-r{RENDER_VERSION}-citeproc{_citeproc_version()}"
        self.entries = _MEMORY.setdefault(self.stem, {})
        self.aliases = _ALIASES.setdefault(self.stem, {})
        self.path = Path(folder) / "format" / f"{self.stem}.json" if folder else None
        self.changed = False
        if self.path is not None and self.path not in _LOADED:
            _LOADED.add(self.path)
            self._read(self.path)

    def _read(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries, aliases = data["entries"], data.get("references", {})
            if not isinstance(entries, dict) or not isinstance(aliases, dict):
                raise ValueError("entries or references is not an object")
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.debug("ignoring unreadable format cache %s: %s", path, exc)
            return
        for key, value in entries.items():
            self.entries.setdefault(str(key), str(value))
        for key, value in aliases.items():
            self.aliases.setdefault(str(key), str(value))

    def get(self, key: str) -> str | None:
        return self.entries.get(key)

    def get_reference(self, ref_key: str) -> str | None:
        """The rendering of a Reference seen before, by :func:`reference_key`."""
        key = self.aliases.get(ref_key)
        return None if key is None else self.entries.get(key)

    def link(self, ref_key: str, key: str) -> None:
        if self.aliases.get(ref_key) != key:
            self.aliases[ref_key] = key
            self.changed = True

    def put(self, key: str, rendered: str) -> None:
        self.entries[key] = rendered
        self.changed = True

    def save(self) -> None:
        """Write the file if anything was added; a cache that cannot be written is skipped."""
        if self.path is None or not self.changed:
            return
        for table in (self.entries, self.aliases):
            if len(table) > MAX_ENTRIES:
                keep = list(table.items())[-MAX_ENTRIES:]
                table.clear()
                table.update(keep)
        payload = chain(
            ['{"entries":'], _object_pieces(self.entries),
            [',"references":'], _object_pieces(self.aliases), ["}"],
        )  # fmt: skip
        try:
            atomic_write(self.path, payload)
        except BlinarefsError as exc:  # a cache is an optimisation: never fail for it
            log.debug("cannot write format cache %s: %s", self.path, exc)
            return
        self.changed = False


def _object_pieces(table: dict[str, str], size: int = 5000) -> Iterator[str]:
    """``table`` as compact JSON, a few thousand members a piece: the text of a whole cache
    of 100,000 entries would be held twice (text and bytes) while it is written."""
    members = iter(table.items())
    yield "{"
    sep = ""
    while chunk := dict(islice(members, size)):
        yield sep + json.dumps(chunk, ensure_ascii=False, separators=(",", ":"))[1:-1]
        sep = ","
    yield "}"
