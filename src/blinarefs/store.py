"""The BibTeX store: a .bib file read into References and written back losing nothing.

bibtexparser (v2) splits the file into blocks; each entry becomes a Reference. On save,
every entry whose Reference did not change is written back as its original text, and all
text between entries (comments, ``@string``, ``@preamble``, blocks that failed to parse)
is kept verbatim, so a file loaded and saved untouched is byte-identical and an enriched
file changes only in the entries that changed. Writes are atomic, and a save never
replaces a file that changed since the store read it, nor a file it was not read from.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .arguments import references_argument, text_argument
from .bibtex import format_entry
from .bulk import paused_gc
from .errors import NotAFile, StoreError, StoreMissing, UsageError, WrongKind
from .findings import Finding
from .fsio import atomic_write, binary_name, cannot_read, file_state, wide_encoding
from .model import Reference
from .store_blocks import Slot, Unread, read_bib_text

# Characters that end or break a key in BibTeX (a key read from a file is kept as it was);
# an apostrophe does neither ("d'ambrosio:2012", a real paper's .bib, read and written back).
UNWRITABLE_KEY = re.compile(r"[\s\x00-\x1f\x7f,{}()=\"#%\\@]")


class Store:
    """An ordered collection of References tied to a .bib file.

    ``Store.load(path)`` reads a file; ``Store(path)`` and ``Store.from_references(refs,
    path)`` start a new store that :meth:`save` writes there (it never replaces a file it
    did not read, unless told to).

    ``problems`` lists what the file held that could not be loaded (duplicate keys, broken
    blocks), each with its line; that text is kept in the file, never dropped.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self.problems: list[Finding] = []
        # entries of blocks that could not be read: they keep their numbers (store_blocks)
        self.unread: list[Unread] = []
        self.encoding = "utf-8"
        self.newline = "\n"  # the file's line break: what a Windows editor wrote stays CRLF
        self._slots: list[Slot] = []
        self._refs: dict[str, Reference] = {}
        self._original: dict[str, tuple[Reference, str]] = {}
        self._state: tuple[int, int, int] | None = None  # of the file as read or last saved

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Store:
        """The store in the .bib file at ``path``; ``problems`` says what it could not read."""
        if not isinstance(path, str | os.PathLike):
            raise UsageError(f"Store.load() takes the path of a .bib file, not {path!r:.60}")
        path = Path(path)
        try:
            with path.open("rb") as handle:
                data = handle.read()
                st = os.fstat(handle.fileno())
        except FileNotFoundError:
            raise StoreMissing(
                f"{path}: no such file",
                hint="give the path of a .bib store, or run 'blinarefs parse' to make one",
            ) from None
        except IsADirectoryError:
            raise NotAFile(
                f"{path}: is a folder, not a .bib store", hint="give a file in it"
            ) from None
        except OSError as exc:
            raise cannot_read(path, exc, StoreError) from None
        if (kind := binary_name(data[:8])) is not None:  # as Latin-1 it would be junk
            raise WrongKind(f"{path}: {kind}, not a BibTeX store", hint="give the .bib file")
        store = cls(path)
        store._state = (st.st_ino, st.st_size, st.st_mtime_ns)
        wide = wide_encoding(data)
        try:
            if wide:  # written back in the same encoding
                store.encoding = wide
            text = data.decode(store.encoding)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            text = data.decode("latin-1")
            store.encoding = "latin-1"
            store.problems.append(
                Finding(
                    "warning",
                    "not-utf8",
                    f"the file is not UTF-8 (first bad byte on line {line}); read as Latin-1",
                    line=line,
                    source=str(path),
                    suggestion="convert the file to UTF-8 (iconv -f latin1 -t utf-8)",
                )
            )
        del data  # the text holds it all now (a 100,000-entry store is 50 MB of bytes)
        with paused_gc():
            store._read(text)
        return store

    @classmethod
    def loads(cls, text: str, path: str | Path | None = None) -> Store:
        """A store read from BibTeX ``text``; ``path`` is where :meth:`save` writes it."""
        store = cls(path)
        with paused_gc():
            store._read(text_argument(text, "Store.loads", reader="Store.load"))
        return store

    @classmethod
    def from_references(cls, refs: Iterable[Reference], path: str | Path | None = None) -> Store:
        """A new store of ``refs``; :meth:`save` writes it to ``path``, and will not replace a
        file already there. A reference keeps its key if it is free; one without a key (read
        from a file that gives none, as ``read_references`` may) or with a key an earlier one
        took gets a new one, as ``blinarefs import`` gives it: none replaces another."""
        from .keys import unique_keys

        store = cls(path)
        for ref in unique_keys(references_argument(refs, "Store.from_references")):
            store.put(ref)
        return store

    def _read(self, text: str) -> None:
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            raise StoreError(
                f"{self._name()}:{line}: the file holds a NUL byte; it is not a BibTeX text file",
                hint="give the .bib file, or remove the NUL byte if the rest is BibTeX",
            )
        read = read_bib_text(text, self._name())
        self.newline, self._slots = read.newline, read.slots
        self._refs, self._original = read.refs, read.original
        self.problems += read.problems
        self.unread = read.unread
        if not self.problems and not read.bibtex_blocks and re.search(r"^[^%\s]", text, re.M):
            name = self._name()
            self.problems.append(
                Finding(
                    "warning",
                    "no-entries",
                    "the file holds text but no BibTeX entry",
                    source=name,
                    suggestion="check that this is the .bib file you meant; a reference list "
                    f"or a manuscript is read by 'blinarefs parse {name} -o refs.bib' (or "
                    f"'blinarefs format --manuscript {name}')",
                )
            )

    def _name(self) -> str:
        return str(self.path) if self.path else "<string>"

    def __repr__(self) -> str:
        """A line, not the entries: a notebook shows a store of thousands as it shows one."""
        changed = len(self.changed_keys())
        return (
            f"<Store {self._name()}: {len(self)} entries"
            + (f", {changed} not saved" if changed and self.path else "")
            + (f", {len(self.problems)} problems" if self.problems else "")
            + ">"
        )

    # -- access ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._refs)

    def __iter__(self) -> Iterator[Reference]:
        return iter(self._refs.values())

    def __contains__(self, key: object) -> bool:
        return key in self._refs

    @property
    def references(self) -> list[Reference]:
        """The entries in file order (a copy: changing it changes nothing; use :meth:`put`)."""
        return list(self._refs.values())

    def keys(self) -> list[str]:
        """The entries' keys in file order."""
        return list(self._refs)

    def get(self, key: str) -> Reference | None:
        """The entry with ``key``, or None (``store[key]`` raises a StoreError instead)."""
        return self._refs.get(key)

    def __getitem__(self, key: str) -> Reference:
        try:
            return self._refs[key]
        except KeyError:
            raise StoreError(f"{self._name()}: no entry with key {key!r}") from None

    def put(self, ref: Reference) -> None:
        """Add a reference, or replace the one with the same key in place."""
        if not isinstance(ref, Reference):
            raise UsageError(f"Store.put() takes a Reference, not {type(ref).__name__}")
        if not ref.id:
            raise StoreError("a reference needs a key before it can be stored")
        if ref.id not in self._refs:
            if UNWRITABLE_KEY.search(ref.id):
                raise StoreError(
                    f"key {ref.id!r} cannot be written to a .bib file",
                    hint="use letters, digits and - _ : . only",
                )
            self._slots.append(Slot(key=ref.id))
        self._refs[ref.id] = ref

    def remove(self, key: str) -> None:
        """Drop the entry with ``key`` (on the next save); a key not in the store is no error."""
        self._refs.pop(key, None)

    def changed_keys(self) -> list[str]:
        """Keys whose entry will be rewritten on save (new or modified)."""
        return [k for k, r in self._refs.items() if self._original.get(k, (None,))[0] != r]

    # -- writing -----------------------------------------------------------------------------

    def dumps(self, *, ascii: bool = False) -> str:
        """The .bib file's text as :meth:`save` would write it."""
        return "".join(self.pieces(ascii=ascii))

    def pieces(self, *, ascii: bool = False) -> Iterator[str]:
        """The file's text a slot at a time, for writing without holding it whole."""
        tail, nl = "", self.newline  # the last characters written: enough to place an entry
        for slot in self._slots:
            if slot.key is None:
                text = slot.text
            elif (ref := self._refs.get(slot.key)) is None:  # removed
                continue
            elif (original := self._original.get(slot.key)) and original[0] == ref and not ascii:
                text = original[1]
            elif original is None:  # new entry: separate it from what comes before
                text = format_entry(ref, ascii=ascii).replace("\n", nl)
                if tail and not tail.endswith(nl + nl):
                    text = (nl if tail.endswith("\n") else nl + nl) + text
            else:
                text = format_entry(ref, ascii=ascii).rstrip("\n").replace("\n", nl)
            if text:
                yield text
                tail = (tail + text)[-4:]

    def save(
        self, path: str | Path | None = None, *, ascii: bool = False, force: bool = False
    ) -> Path:
        """Write the store to ``path`` (default: the file it was read from).

        Refuses, with nothing written, to replace a file that changed since this store read
        or last saved it (another program's edit would be lost), and a file it was not read
        from at all unless ``force``."""
        target = Path(path) if path else self.path
        if target is None:
            raise StoreError("no file to save the store to", hint="give a path")
        if target.is_dir():
            raise NotAFile(f"{target}: is a folder, not a .bib file", hint="give a file name")
        self._check_target(target, force)
        try:  # in the encoding it was read in; UTF-8 when that cannot hold a new character
            atomic_write(target, self.pieces(ascii=ascii), encoding=self.encoding)
        except UnicodeEncodeError:
            atomic_write(target, self.pieces(ascii=ascii))
        self.path = target
        self._state = file_state(target)
        return target

    def _check_target(self, target: Path, force: bool) -> None:
        now = file_state(target)
        if now is None:
            return
        ours = self.path is not None and self._state is not None and _same(target, self.path)
        if not ours and not force:
            raise StoreError(
                f"{target}: exists, and is not the store this command read",
                hint=f"add to it with 'blinarefs import ... --merge {target}', "
                "write elsewhere, or give --force (save(force=True)) to replace it",
            )
        elif ours and now != self._state:
            raise StoreError(
                f"{target}: changed on disk while blinarefs was working on it; nothing was "
                "written, so that change is kept",
                hint="run the command again",
            )


def as_store(store: Store | str | os.PathLike[str], call: str) -> Store:
    """``store``, or the store at that path: a notebook names a .bib file where a function
    takes a store as often as it loads one first."""
    if isinstance(store, Store):
        return store
    if isinstance(store, str | os.PathLike):
        return Store.load(store)
    raise UsageError(f"{call}() takes a Store or a .bib path, not {type(store).__name__}")


def _same(a: Path, b: Path) -> bool:
    return a == b or a.resolve() == b.resolve()
