"""Free text -> references: find the list, cut it into items, read each item."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from ..model import CONFIDENCE_FIELD, DOUBTFUL_FIELD, Reference
from ..pages import expand_page_range
from .assemble import DOUBT_BELOW
from .bodies_alone import bodies_alone
from .closing import FULL_STOP, NameHabits, name_habits
from .doubt import judged, judged_extra
from .doubt_parallel import verdicts_by
from .et_al import latin_et_al
from .given_first import given_first
from .gost import gost_twin
from .internet_journals import journal_before_internet
from .kinds import printed_kind, settled_fields
from .lengths import length_not_pages
from .manubot import manubot
from .online_pages import page_by_medium
from .read import EMPTY, Reading, read_item, untitled
from .reference import Unparsed, parse_reference
from .running_heads import without_link_labels
from .section import RawItem, ReferenceSection
from .spelled_out_containers import spelled_out_containers
from .split import find_reference_section, join_tokens
from .type_codes import (
    capitalised_families,
    coded,
    coded_type,
    han_names_out_of_title,
    han_reference,
)
from .webpages import medium_out_of_title
from .written_out_names import family_first_written_out

__all__ = [
    "Doubt",
    "ParsedList",
    "RawItem",
    "Reading",
    "ReferenceSection",
    "Unparsed",
    "expand_page_range",
    "find_reference_section",
    "join_tokens",
    "parse_reference",
    "parse_reference_list",
    "read_item",
    "read_judged",
    "read_list",
]

# How a doubtful field is named to a person.
_FIELD_WORDS = {
    "title": "title", "issued": "year", "container_title": "journal or book",
    "volume": "volume", "issue": "issue", "page": "pages", "author": "authors",
    "editor": "editors", "publisher": "publisher", "publisher_place": "place",
    "edition": "edition", "doi": "DOI", "pmid": "PMID", "pmcid": "PMCID", "url": "URL",
    "note": "note", "type": "kind of work",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Doubt:
    """An entry the parser is unsure of: it is in the list, with its number, and these
    fields should be checked against its printed text (or left to enrichment)."""

    number: int | None
    line: int | None
    text: str
    fields: tuple[str, ...]  # Reference attribute names
    confidence: float

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        words = ", ".join(_FIELD_WORDS.get(f, f) for f in self.fields)
        return (
            f"{where}reference {self.number} could not be fully read (confidence "
            f"{self.confidence:.2f}); check its {words}"
        )


@dataclass(frozen=True, slots=True)
class ParsedList:
    """What a reference list gave: the references read, the items that were not, and where
    the list started (so a manuscript's body can be told from its references)."""

    references: tuple[Reference, ...]
    failures: tuple[Unparsed, ...] = ()
    section: ReferenceSection | None = None
    warnings: tuple[str, ...] = field(default=())
    doubts: tuple[Doubt, ...] = ()

    @property
    def body_end(self) -> int | None:
        """Where the list starts (0 when the text is nothing but the list), or None when the
        text holds no list: then all of it is the body."""
        return self.section.start if self.section else None

    def __repr__(self) -> str:
        """Counts, not contents: a notebook shows a list of a thousand as it shows one."""
        from ..findings import counted

        parts = [counted(len(self.references), "references")]
        parts += [counted(len(v), k) for k, v in (("doubts", self.doubts),
                  ("failures", self.failures), ("warnings", self.warnings)) if v]  # fmt: skip
        where = f" (the list from line {self.section.start_line})" if self.section else ""
        return f"<ParsedList: {', '.join(parts)}{where}>"


def parse_reference_list(text: str, progress: Progress | None = None) -> ParsedList:
    """Parse every numbered reference in ``text`` (a list, or a manuscript ending with one).

    Keys are assigned here (see :mod:`blinarefs.keys`) so that parsing the same list twice
    gives the same keys. Every item becomes a reference with its number and printed text;
    those the parser is unsure of are also listed in ``doubts``. ``failures`` is only for a
    text with no list at all. ``progress(readings, total)``, when given, wraps the items
    as they are read (a long list takes seconds: the CLI shows a bar on a terminal).
    """
    from ..arguments import text_argument
    from ..bulk import paused_gc

    section = find_reference_section(text_argument(text, "parse_reference_list"))
    if section is None:
        return ParsedList(
            (),
            (
                Unparsed(
                    None,
                    text[:80],
                    None,
                    "no numbered reference list found ('1. ...', '[1] ...', "
                    "'1) ...', '(1) ...', '1] ...' or '1 ...' at the start of a line)",
                ),
            ),
        )
    with paused_gc():
        refs, warnings, doubts = _entries(section, progress)
    return ParsedList(tuple(refs), (), section, tuple(warnings), tuple(doubts))


def _entries(
    section: ReferenceSection, progress: Progress | None
) -> tuple[list[Reference], list[str], list[Doubt]]:
    """The entries of ``section`` with their keys, the list's warnings and its doubts. (A
    function of its own so that the readings, their labeller's evidence and the entries
    before their keys are freed when it returns, before the paused cycle collector runs
    again: it would otherwise look through all of them once, a tenth of a second for a
    list of 10,000.)"""
    from ..bulk import worker_count

    refs: list[Reference] = []
    doubts: list[Doubt] = []
    items, read, warnings = read_list(section, progress)
    # the keys read the names, the year and the title, which the judge leaves as they
    # are: found while it judges, each written with its verdict in one copy
    found, (cased, keys) = verdicts_by(
        read, worker_count(len(read), PARALLEL_MIN), partial(_keyed, read)
    )
    for item, reading, ref, key, said in zip(items, read, cased, keys, found, strict=True):
        confidence, doubtful = (reading.confidence, reading.doubtful) if said is None else said
        extra = reading.reference.extra if said is None else judged_extra(ref.extra, *said)
        refs.append(ref.with_fields(id=key, extra=extra))
        if reading.reader == EMPTY:
            where = f"line {item.line}: " if item.line else ""
            empty = f"reference {item.number} is empty: only its number is printed"
            warnings.append(where + empty)
        if doubtful:
            doubts.append(
                Doubt(item.number, item.line, ref.source_text, doubtful, confidence)
            )  # fmt: skip
    return refs, warnings, doubts


def _keyed(readings: list[Reading]) -> tuple[list[Reference], list[str]]:
    """The entries of a list as they are kept (a list printing every family name in
    capitals with them in the case a store keeps) and the key each is given."""
    from ..keys import given_keys

    cased = capitalised_families([r.reference for r in readings])
    return cased, given_keys(cased)


def read_list(
    section: ReferenceSection, progress: Progress | None = None
) -> tuple[list[RawItem], list[Reading], list[str]]:
    """The items of ``section``, each read, and the list's warnings: the readings before
    the judge of doubt (:func:`.doubt.judged`) weighs them, as it is fitted on them."""
    items = list(section.items)
    warnings = list(section.notes)
    if items:
        items[-1] = _drop_trailing_text(items[-1], warnings)
    # how the house style closes the names: F1000's with a colon, BMJ's with nothing
    texts = [item.text for item in items]
    readings = _read_all(items, name_habits(texts))
    if progress is not None:
        readings = progress(readings, len(items))
    # "Liu Xun" in a list of "Doe P": family first, as the list prints its people; then
    # "Lamplight Brief (2030)" alone in a list of "Doe P (2030)": a body's name
    read = spelled_out_containers(bodies_alone(family_first_written_out(list(readings), texts)))
    return items, _titles_unprinted(read, warnings), warnings


def read_judged(text: str, number: int | None, line: int | None = None) -> Reading:
    """One item read on its own, outside any list, with the judge of doubt's doubts and
    confidence (a JATS citation that tags nothing but its printed string)."""
    return judged([read_item(text, number, line)])[0]


# A list prints no titles of the papers it cites when at least this many of its journal
# articles were read with none, and no fewer than were read with one
UNTITLED_MIN = 3


def _titles_unprinted(readings: list[Reading], warnings: list[str]) -> list[Reading]:
    """The readings, with no doubt on the title of each journal article read without one
    where the list prints none (the ACS's, the RSC's, the AIP's, the APS's and Angewandte's
    styles: "Roe, A.; Doe, B. J. Made Chem. 2030, 12, 345."), and one warning that says so
    for the whole list; one such article in a list that prints titles stays in doubt (its
    title was lost in another field)."""

    def bare(reading: Reading) -> bool:
        ref = reading.reference
        return (
            "title" in reading.doubtful
            and not ref.title
            and ref.type == "article-journal"
            and bool(ref.container_title)
            and bool((ref.issued and (ref.volume or ref.page)) or ref.status == "in press")
        )

    without = [i for i, r in enumerate(readings) if bare(r)]
    titled = sum(1 for r in readings if r.reference.type == "article-journal" and r.reference.title)
    if len(without) < UNTITLED_MIN or len(without) < titled:
        return readings
    warnings.append(
        f"the list prints no titles of the papers it cites (as chemistry and physics styles "
        f"do): {len(without)} references were read without one"
    )
    out = list(readings)
    for i in without:
        out[i] = untitled(out[i])
    return out


PARALLEL_MIN = 2000  # items to read before extra processes pay for themselves


# What prints nothing: a soft hyphen, a zero-width space, a word joiner, a byte-order mark
_INVISIBLE = re.compile("[\xad\u200b\u2060\ufeff]")


def _read(item: RawItem, habits: NameHabits = FULL_STOP) -> Reading:
    """One item read, with the type its printed text names (done here, in the worker). Text
    in decomposed form ("n" and a combining tilde for "ñ", as some files and copies hold
    it) is read composed, and without the characters that print nothing (a page's soft
    hyphens, zero-width spaces): the name and word rules read letters and words, not their
    accents apart nor "Smilk\xadstein" for a name they know."""
    text = item.text
    if not text.isascii():
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = without_link_labels(text)  # "... 200-210. View ArticlePubMed/NCBIGoogle Scholar"
    latin = latin_et_al(text)  # "等", "и др.", "y cols.": "et al."
    code = coded(latin)  # GB/T 7714's "Title[J]. Journal, 2030": read as its Vancouver twin
    if code is not None and (han := han_reference(text, code, item.number)) is not None:
        return Reading(han, 1.0, (), "grammar")
    # GOST's "Title // Journal. – 2019. – Vol. 5. – P. 10-20": read as its Vancouver twin
    twin = code.text if code is not None else gost_twin(latin) or latin
    people = given_first(twin) if habits.given_first else None  # "Jane A Roe, John Doe, and"
    people = (manubot(twin) if habits.manubot else None) or people  # "Title, Jo Roe J (2030-"
    reading = read_item(people.twin if people else twin, item.number, item.line, habits)
    reading = people.named(reading) if people else reading
    # an empty item ("2. .") names no kind of work: it stays a bare document
    ref = reading.reference if reading.reader == EMPTY else printed_kind(reading.reference)
    ref = coded_type(ref, code) if code is not None else ref
    if twin != text:  # the twin leaves a book's length out ("— 456 с."): read as printed
        ref = length_not_pages(ref.with_fields(source_text=" ".join(text.split())))
    ref = medium_out_of_title(han_names_out_of_title(page_by_medium(ref)))
    ref = journal_before_internet(ref)  # "Title. J Ex [Internet]. Press; 2030 Mar 1"
    ref = ref.with_fields(label=item.label) if item.label else ref  # "1a": a part of 1
    return reading if ref is reading.reference else _settled(reading, ref)


def _settled(reading: Reading, ref: Reference) -> Reading:
    """``reading`` with ``ref``, the kind of work read from its printed words. Where that
    form gives fields itself (a talk "presented at: Meeting; 2030 May 3; Place", a data
    set "Archive; 2030. Accession GSE999999"), the readers' doubts about those fields (the
    meeting or the archive taken for a journal, no year found) are settled: a doubt left is
    one that still stands, and with none left the entry is no longer doubtful."""
    settled = settled_fields(reading.reference, ref) | set(reading.settled)
    if not (settled and reading.doubtful):
        return replace(reading, reference=ref, settled=tuple(settled))
    left = tuple(f for f in reading.doubtful if f not in settled)
    confidence = reading.confidence if left else max(reading.confidence, DOUBT_BELOW)
    extra = [(k, v) for k, v in ref.extra if k not in (CONFIDENCE_FIELD, DOUBTFUL_FIELD)]
    extra += [(CONFIDENCE_FIELD, f"{confidence:.2f}")] if confidence < 1 else []
    extra += [(DOUBTFUL_FIELD, ", ".join(left))] if left else []
    return replace(
        reading, reference=ref.with_fields(extra=tuple(extra)), confidence=confidence,
        doubtful=left, settled=tuple(settled),
    )  # fmt: skip


# What a process is sent of an item: what :func:`_read` reads of it (its number, text,
# line and label), not the lines it was rebuilt from (half its size) nor its end
_Sent = tuple[int, str, int, str]


def _sent(item: RawItem) -> _Sent:
    return item.number, item.text, item.line, item.label


def _read_chunk(items: list[_Sent], habits: NameHabits = FULL_STOP) -> list[Reading]:
    """The items sent to a process, read. (Sent as plain tuples: a dataclass is pickled and
    unpickled field by field in Python, 0.03 s of the gathering process's time for 10,000
    items and as much of the readers'; tuples take a tenth of that.)"""
    return [
        _read(RawItem(number, text, line, line, (), label), habits)
        for number, text, line, label in items
    ]


# What wraps the readings as they come, given how many there will be (the CLI's progress bar)
Progress = Callable[[Iterator[Reading], int], Iterator[Reading]]


# Pieces of work per process: small ones keep both processes busy to the end on a shared
# machine (one chunk each leaves one idle while the other finishes) and let the results
# of one piece be unpacked while the next is read. The wall time lost at the end is about
# half a piece's: at 8 a process (625 references of a 10,000 list, over a second of CPU)
# that was a few tenths of a second; a piece's own cost (its items sent, its readings
# sent back) is a few milliseconds.
_CHUNKS_PER_WORKER = 32


def _read_all(items: list[RawItem], habits: NameHabits = FULL_STOP) -> Iterator[Reading]:
    """Every item read, in order, as it is read; a long list is shared among processes (the
    labeller's time is CPU time: on two cores a 10,000-item list takes half as long)."""
    from ..bulk import worker_count

    workers = worker_count(len(items), PARALLEL_MIN)
    if workers <= 1:
        yield from (_read(item, habits) for item in items)
        return
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    from .labeller import _tagger

    _tagger()  # load the model once, before forking
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    size = -(-len(items) // (workers * _CHUNKS_PER_WORKER))
    sent = list(map(_sent, items))
    chunks = [sent[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        for chunk in pool.map(partial(_read_chunk, habits=habits), chunks):
            yield from chunk


def _drop_trailing_text(item: RawItem, warnings: list[str]) -> RawItem:
    """The last item of a pasted page often runs into page furniture ("Sign in via your
    Institution"): when the grammar cannot read it whole but can without up to three
    trailing lines of words, those lines are left out, and the warning says so. (A copy one
    token a line is not cut so: its last three lines are the end of a DOI, "08" / "." /
    "004"; what follows its list is found by the splitter.)"""
    if len(item.pieces) < 2 or not isinstance(
        parse_reference(item.text, item.number, item.line), Unparsed
    ):
        return item
    for cut in range(1, min(4, len(item.pieces))):
        if " " not in item.pieces[-cut].strip():
            break
        kept = join_tokens(list(item.pieces[:-cut]))
        if not isinstance(parse_reference(kept, item.number, item.line), Unparsed):
            dropped = join_tokens(list(item.pieces[-cut:]))
            warnings.append(
                f"line {item.end_line - cut + 1}: text after reference {item.number} "
                f"is not part of it and was left out: {dropped!r}"
            )
            return replace(item, text=kept, pieces=item.pieces[:-cut], end_line=item.end_line - cut)
    return item
