"""A .bib text read into the pieces a Store keeps: its entries, and the text between them.

Kept apart from :mod:`blinarefs.store` because it is pure (text in, pieces out) and because
it is where memory is spent on large stores: bibtexparser's blocks are let go one by one as
they become References, so a 100,000-entry file is never held twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bibtex import F_NUMBER, reference_from_fields
from .bulk import collect_young
from .findings import Finding
from .model import Reference, build_reference

logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # failures are reported as data
COLLECT_EVERY = 1000  # entries read between collections of the cycles LaTeX decoding makes


@dataclass(slots=True)
class Slot:
    """A place in the file: verbatim text, or an entry (by key) with its original raw text."""

    text: str = ""
    key: str | None = None


@dataclass
class BibText:
    """What a .bib text holds, in file order; ``problems`` names what could not be loaded
    (that text stays in a verbatim slot, so saving the store never drops it)."""

    newline: str = "\n"
    slots: list[Slot] = field(default_factory=list)
    refs: dict[str, Reference] = field(default_factory=dict)
    original: dict[str, tuple[Reference, str]] = field(default_factory=dict)
    problems: list[Finding] = field(default_factory=list)
    bibtex_blocks: int = 0  # entries, @string, @preamble, @comment: is this BibTeX at all?
    # the entries of blocks that could not be read, as far as their text names them
    unread: list[Unread] = field(default_factory=list)


@dataclass(frozen=True)
class Unread:
    """An entry whose block could not be read: its key and printed number where the text
    shows them, so that it keeps its place (a manuscript's citation of it is not
    "dangling": the cause is the block), and the line it starts on."""

    key: str | None
    number: int | None
    line: int
    entries_before: int = 0  # entries read before it in the file: its place among them


_ENTRY_KEY = re.compile(r"@\s*[A-Za-z]+\s*[{(]\s*([^,\s{}()]+)\s*,")
_ENTRY_NUMBER = re.compile(rf"\b{F_NUMBER}\s*=\s*[{{\"]?\s*(\d{{1,6}})\b", re.IGNORECASE)


def unread_places(
    references: Sequence[Reference], unread: Sequence[Unread]
) -> tuple[Reference, ...]:
    """An entry for each block that could not be read and names its number or key: it
    keeps that place, so a manuscript's citation of it is not reported as pointing outside
    the list (the block's own error says what is wrong), and a bibliography numbered from
    the store does not renumber what comes after it."""
    known = {r.id for r in references}
    numbers = {r.number for r in references}
    keyed = numbers <= {None}  # a store that numbers nothing is cited by key
    between = {} if keyed else _numbers_between(references, unread, numbers)
    out = []
    for lost in unread:
        key = lost.key if lost.key and lost.key not in known else f"unread-line-{lost.line}"
        number = lost.number if lost.number not in numbers else None
        number = number or between.get(lost.line)
        # (a place by key alone in a numbered store would take the last number)
        if number or (keyed and lost.key and lost.key not in known):
            # what a bibliography prints in its place
            title = f"[not formatted: the entry of {key!r} could not be read]"
            out.append(build_reference(key, {"number": number, "title": title, "type": "document"}))
    return tuple(out)


def _numbers_between(
    references: Sequence[Reference], unread: Sequence[Unread], numbers: set[int | None]
) -> dict[int, int]:
    """The numbers of unread blocks that do not show their own (the error cut the block
    before its number), by their line, where the entries around them in the file leave a
    gap of just their count: a block between references 1 and 3 is reference 2. A numbered
    store is written in its numbers' order, so the gap is the block's place."""
    gaps: dict[int, list[Unread]] = {}
    for block in unread:
        gaps.setdefault(block.entries_before, []).append(block)
    out: dict[int, int] = {}
    for before, blocks in gaps.items():
        if any(u.number is not None for u in blocks) or before > len(references):
            continue
        prev = references[before - 1].number if before else 0
        after = references[before].number if before < len(references) else None
        if prev is None or (after is None and before < len(references)):
            continue
        span = range(prev + 1, prev + 1 + len(blocks))
        if (after is None or after == span.stop) and not numbers & set(span):
            out |= {u.line: n for u, n in zip(blocks, span, strict=True)}
    return out


def unread_entry(raw: str, line: int, entries_before: int = 0) -> Unread:
    """What the text of a block that could not be read says of its entry."""
    key, number = _ENTRY_KEY.match(raw.lstrip()), _ENTRY_NUMBER.search(raw)
    found = int(number[1]) if number else None
    return Unread(key[1] if key else None, found, line, entries_before)


def read_bib_text(text: str, source: str) -> BibText:
    """The pieces of ``text`` (a whole .bib file, named ``source`` in findings)."""
    import bibtexparser
    from bibtexparser import model as bm
    from bibtexparser.middlewares import (
        RemoveEnclosingMiddleware,
        ResolveStringReferencesMiddleware,
    )

    head = text[:65536]  # most of its lines end in CRLF: new ones will too
    out = BibText(newline="\r\n" if 2 * head.count("\r\n") > head.count("\n") else "\n")
    # bibtexparser's default parse stack, split in two: @string references are resolved
    # over the whole file, enclosing braces are removed from each entry just before it is
    # read. Each block is let go once read, so the References replace bibtexparser's
    # objects instead of adding to them (peak memory on large stores).
    blocks = bibtexparser.parse_string(
        text, parse_stack=[ResolveStringReferencesMiddleware(allow_inplace_modification=True)]
    ).blocks
    strings = {b.key.lower(): _unenclosed(str(b.value)) for b in blocks if isinstance(b, bm.String)}
    unenclose = RemoveEnclosingMiddleware(allow_inplace_modification=True)
    unused = bibtexparser.Library()  # transform_block wants one; removing braces reads none
    pos = 0
    folded: set[str] = set()  # keys as CSL processors compare them
    blocks.reverse()  # popped from the end, in file order, so each is let go once read
    for i in range(len(blocks)):
        block = blocks.pop()
        if i % COLLECT_EVERY == COLLECT_EVERY - 1:
            collect_young()
        if isinstance(block, (bm.Entry, bm.String, bm.Preamble, bm.ExplicitComment)):
            out.bibtex_blocks += 1
        raw = getattr(block, "raw", None) or ""
        line = (block.start_line or 0) + 1
        if isinstance(block, bm.DuplicateBlockKeyBlock):
            out.problems.append(
                Finding(
                    "error",
                    "duplicate-key",
                    f"duplicate key {block.key!r}: this entry was not loaded, the first was",
                    key=block.key,
                    line=line,
                    source=source,
                    suggestion="rename or remove one of the two entries",
                )
            )
            continue
        repeated = isinstance(block, bm.DuplicateFieldKeyBlock)
        if isinstance(block, bm.DuplicateFieldKeyBlock):  # read as BibTeX reads it, not lost
            block = block.ignore_error_block or block  # (Zotero writes an annote per note)
        if isinstance(block, bm.ParsingFailedBlock):
            unread = unread_entry(raw, line, len(out.refs))
            out.unread.append(unread)
            which = _which(unread)
            out.problems.append(
                Finding(
                    "error",
                    "unparseable-block",
                    f"cannot read {which} ({_first_line(str(block.error))}); kept as text",
                    key=unread.key,
                    line=line,
                    source=source,
                    text=raw[:80],
                    suggestion="check the braces and quotes of this entry",
                )
            )
            continue
        if not isinstance(block, bm.Entry):
            continue
        at = text.find(raw, pos) if raw else -1
        if at < 0:  # cannot place it: keep the whole tail verbatim and regenerate nothing
            continue
        for f in block.fields:
            if "#" in (value := str(f.value)):
                f.value = concatenated(value, strings)
        unenclosed = unenclose.transform_block(block, unused)
        if isinstance(unenclosed, bm.Entry):  # always, for an entry; the type says maybe
            block = unenclosed
        fields = [(f.key, str(f.value)) for f in block.fields]
        if repeated:
            fields, told = once_each(fields)
            out.problems.append(
                Finding(
                    "warning" if "first value kept" in told else "info",  # else nothing lost
                    "duplicate-field",
                    told,
                    key=block.key,
                    line=line,
                    source=source,
                    suggestion="keep one of each field in this entry",
                )
            )
        try:
            ref = reference_from_fields(block.key, block.entry_type, fields)
        except (ValueError, TypeError) as exc:
            out.problems.append(
                Finding(
                    "error",
                    "unreadable-entry",
                    f"entry cannot be read: {exc}",
                    key=block.key,
                    line=line,
                    source=source,
                )
            )
            continue
        if ref.id.lower() in folded and ref.id not in out.refs:
            out.problems.append(
                Finding(
                    "warning",
                    "case-duplicate-key",
                    f"key {ref.id!r} differs from another only by case; CSL processors "
                    "treat them as one",
                    key=ref.id,
                    line=line,
                    source=source,
                )
            )
        _stray_fields(out, text[pos:at], text.count("\n", 0, pos) + 1, source)
        out.slots.append(Slot(text=text[pos:at]))
        out.slots.append(Slot(text=raw, key=ref.id))
        out.refs[ref.id] = ref
        folded.add(ref.id.lower())
        out.original[ref.id] = (ref, raw)
        pos = at + len(raw)
    _stray_fields(out, text[pos:], text.count("\n", 0, pos) + 1, source)
    out.slots.append(Slot(text=text[pos:]))
    return out


# "field = {value}" right after an entry's closing brace: BibTeX reads text between entries
# as a comment, so a brace too many inside the entry (``author = {Doe, A.}},``) ends it
# early and drops the fields after it without a word
_STRAY = re.compile(r"\A[\s,]*([A-Za-z][\w-]*)\s*=\s*[{\"\w]")
_FIELD_NAME = re.compile(r"(?:^|,)[ \t]*([A-Za-z][\w-]*)[ \t]*=", re.M)


def _stray_fields(out: BibText, gap: str, line: int, source: str) -> None:
    """Report the fields left after the last entry read, if ``gap`` (the text after it)
    starts with them."""
    if not out.slots or out.slots[-1].key is None or not _STRAY.match(gap):
        return
    key = out.slots[-1].key
    names = list(dict.fromkeys(_FIELD_NAME.findall(gap.split("@", 1)[0])))
    out.problems.append(
        Finding(
            "error",
            "stray-fields",
            f"the entry of {key!r} ends before {', '.join(names[:6])}: they were not read",
            key=key,
            line=line,
            source=source,
            text=gap.strip()[:80],
            suggestion="a closing brace too many in the entry: remove it",
        )
    )


# fields a reference manager repeats for each of several notes or files: all are kept
JOINED_WHEN_REPEATED = {"annote": "\n\n", "note": "\n\n", "comment": "\n\n", "keywords": ", ",
                        "file": ";"}  # fmt: skip


def once_each(fields: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str]:
    """An entry's fields with each name once, and what was done, for a warning: the values
    of a repeated note, comment, keyword list or file list are joined (Zotero's BibTeX
    export writes an ``annote`` per note); of any other field the first is kept, as BibTeX
    keeps it. bibtexparser refuses such an entry whole, which lost a library's noted works."""
    values: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for name, value in fields:
        values.setdefault(name.lower(), []).append(value)
        names.setdefault(name.lower(), name)
    kept, joined, dropped = [], [], []
    for low, vals in values.items():
        if len(vals) > 1 and low in JOINED_WHEN_REPEATED:
            kept.append((names[low], JOINED_WHEN_REPEATED[low].join(vals)))
            joined.append(names[low])
        else:
            kept.append((names[low], vals[0]))
            dropped += [names[low]] * (len(vals) > 1)
    said = []
    if joined:
        said.append(f"repeated {', '.join(joined)} joined")
    if dropped:
        said.append(f"repeated {', '.join(dropped)}: the first value kept, as BibTeX keeps it")
    return kept, "; ".join(said)


def _which(unread: Unread) -> str:
    """ "the entry of reference 8, 'roe2030'": what a reader's citations call it."""
    names = ([f"reference {unread.number}"] if unread.number else []) + (
        [repr(unread.key)] if unread.key else []
    )
    return f"the entry of {', '.join(names)}" if names else "this block"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "syntax error"


def concatenated(value: str, strings: dict[str, str]) -> str:
    """A field value joined with BibTeX's ``#`` (``jco # { Supplement}``) as one braced value,
    each part's @string macro (named in ``strings``, lower case) expanded; bibtexparser
    expands a macro only when it is the whole value. A ``#`` inside braces or quotes is text."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(value):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(value[start:i].strip())
            start = i + 1
    if not parts:
        return value
    parts.append(value[start:].strip())
    joined = (
        _unenclosed(part) if part[:1] in ("{", '"') else strings.get(part.lower(), part)
        for part in parts
    )
    return "{" + "".join(joined) + "}"


def _unenclosed(value: str) -> str:
    """A value without the braces or quotes that enclose it."""
    value = value.strip()
    if len(value) > 1 and (value[0], value[-1]) in (("{", "}"), ('"', '"')):
        return value[1:-1]
    return value
