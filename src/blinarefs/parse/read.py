"""Read one numbered item into an entry, always: grammar and labeller together.

The hand-written grammar (:mod:`.reference`) is precise on the NLM family of styles and says
plainly when it cannot read a reference; the trained labeller (:mod:`.labeller`) reads
anything, with a probability per token. An item the grammar reads and the labeller agrees
with is taken from the grammar, fully trusted; one the grammar reads and the labeller reads
otherwise is taken from the grammar, with the share of fields they agree on as confidence;
anything else is taken from the labeller, with its confidence, and the fields it is unsure
of are named. No item is dropped: an item neither can make sense of is still an entry with
its number and printed text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..bulk import by_fields, replaced
from ..model import CONFIDENCE_FIELD, DOUBTFUL_FIELD, Name, Reference, build_reference
from ..names import is_initials
from .acronym_ends import acronym_end
from .acronym_publishers import acronym_publisher
from .agencies import organisation_as_title, organisations_first
from .ahead_of_print import journal_ahead_of_print
from .assemble import DOUBT_BELOW, Assembled, assemble
from .bare_volumes import journal_and_volume_out_of_title, volume_out_of_journal
from .bills import bill_by_number
from .blanks import blanked
from .bmj_imprints import publisher_before_year
from .bodies_before_year import body_before_year
from .book_parts import book_part
from .book_volumes import volume_out_of_book
from .camel_journals import camel_journal_out_of_title
from .capital_bodies import capital_body
from .chain_units import units_out_of_title
from .chapter_imprints import chapter_imprints
from .chapters import stop_before_in
from .closing import FULL_STOP, NameHabits, close_names
from .comma_owners import comma_owner
from .containers import (
    journal_section,
    meeting_days_place,
    meeting_in_parentheses,
    short_title_before_journal,
)
from .dashed_bodies import dashed_body
from .dated_acts import dated_act
from .dated_periodicals import dated_periodical
from .dates_after_pages import date_after_pages
from .extent_imprints import extent_imprint
from .founding_years import journal_with_founding_year
from .grammar_mends import norm_value as _norm
from .grammar_mends import one_name_for_many, publisher_cut, title_overrun
from .imprint_ends import imprint_out_of_title, year_out_of_publisher
from .imprints import publisher_then_place
from .initialism_titles import title_past_initialism
from .inserted_stops import inserted_stop
from .journal_editors import editor_out_of_title
from .journal_records import journal_record
from .journals import answer_to_title, journal_cut_at_letter
from .labeller import Labelled, label
from .lengths import extent_not_volume, length_not_pages
from .locators import identifier_not_pages, identifier_not_volume
from .misread import misread
from .month_before_year import month_out_of_journal
from .month_periods import period_after_month
from .online_books import online_book_part
from .online_first import read_as_online_first
from .online_first_journals import journal_before_online_first
from .online_pages import body_then_titled_page
from .opening_bodies import body_opening
from .page_owners import page_owner
from .pinyin_names import pinyin_family_first
from .pnas_books import pnas_book
from .prefilter import holds_any
from .proceedings_titles import proceedings_out_of_title
from .quoted_titles import quoted_title_whole
from .quotes import curled
from .reference import Unparsed, parse_reference
from .registrations import registration
from .report_numbers import number_not_pages, report_number
from .run_together import volume_issue_apart
from .series_reports import series_report
from .settled_forms import settled_by_form
from .short_titles import short_title_after_year
from .spelled_acronyms import spelled_acronym
from .standards import standard
from .states import undated, with_state
from .statutes import STATUTE_FIELDS, statute
from .stops import abbreviation_stops
from .title_words import part_out_of_journal
from .titled_bodies import body_before_title
from .titles_after_names import title_not_names
from .titles_to_imprint import title_to_imprint
from .titles_to_publisher import title_to_publisher
from .translator_notes import translator_out_of_title
from .unknown_imprints import unknown_place_imprint
from .unmarked_chapters import unmarked_chapter
from .unpublished import unpublished_kind
from .unstopped_journals import journal_out_of_title
from .unstopped_places import place_after_title
from .unstopped_publishers import publisher_after_title
from .web_sentences import web_sentences
from .webpages import titled_by_medium, web_page
from .year_volumes import year_out_of_volume

# The fields the readers are compared on, those an entry needs (CONFIDENCE_FIELD: below 1)
_COMPARED = ("title", "issued", "volume", "page", "container_title")
_NEEDED = ("title", "issued")


# No printed reference is this long (the longest consortium author lists are a few thousand
# characters): an item that is has swallowed a page of something else. The labeller's time
# grows with the text and its reading of a page would be noise, so it is not run; the entry
# keeps its number and printed text, with every needed field in doubt.
MAX_LABELLED = 20_000
# The reader of an item printed with nothing but stops, commas or dashes ("2. ."): its entry
# keeps only its number and printed marks, and the list reports it as empty rather than as
# doubtful fields (an item of other marks, "%%%% ????", is read, and doubted).
EMPTY = "none"
_NOTHING = re.compile(r"[\s.,;:\-–—]*")
_OTHER_DASHES = ("\u2010", "\u2011", "\u2012", "\u2212")
_DASHES = str.maketrans("".join(_OTHER_DASHES), "----")


def _hyphens(text: str) -> str:
    """``text`` with the other dashes as "-": translated only where one is printed
    (``str.translate`` makes a text that is not ASCII anew character by character, a
    sixtieth of a reference's time, for the few that print one)."""
    return text.translate(_DASHES) if holds_any(text, _OTHER_DASHES) else text


@dataclass(frozen=True, slots=True)
class Reading:
    reference: Reference
    confidence: float  # 0..1: how sure the parser is of the entry as a whole
    doubtful: tuple[str, ...]  # fields to check against the printed text
    reader: str  # "grammar" (both readers agree), "labeller" or EMPTY
    # how sure of each field the confidence was taken from (the list may revise it)
    fields_confidence: tuple[tuple[str, float], ...] = ()
    # what the judge of doubt (:mod:`.doubt`) weighs: how the grammar fared ("agreed",
    # "disagreed" or "unread"), the fields the two readers read otherwise, the labeller's
    # mean and lowest marginal per field, and the share of word tokens it put in no field
    grammar: str = "agreed"
    disagreed: tuple[str, ...] = ()
    marginals: tuple[tuple[str, float], ...] = ()
    lowest: tuple[tuple[str, float], ...] = ()  # the least sure token of each field
    unlabelled: float = 0.0
    # per field, the labeller's chance that a token just outside it is the field's
    edges: tuple[tuple[str, float], ...] = ()
    # fields a printed form gave, whatever the readers made of them: a kind of work's
    # (:func:`.kinds.settled_fields`), an act's whole form (:func:`.statutes.is_statute`)
    settled: tuple[str, ...] = ()

    __reduce__ = by_fields  # pickled fast: a long list's are sent back from its processes


def _disagreements(grammar: Reference, assembled: Assembled) -> list[str]:
    out = []
    for key in _COMPARED:
        mine = assembled.fields.get(key)
        theirs = getattr(grammar, key)
        if key == "page":
            mine = str(mine or "").split("-")[0]
            theirs = grammar.first_page
        if _norm(mine or "") != _norm(theirs or ""):
            out.append(key)
    return out


def _name_as_printed(ref: Reference, printed: str, stop: int | None) -> Reference:
    """One name with no initials that nothing closed before the title ("The Example Times
    Dengue rises...", closed by :func:`.closing.close_names`), which a reader took for a
    person's given names and family ("The Example" | "Times"): in a list that prints its
    people as families and initials, it is an organisation's, as printed."""
    head = printed[:stop].strip() if stop is not None else ""
    words = head.split()
    if not words or "," in head or ";" in head or is_initials(words[-1]):
        return ref
    if pinyin_family_first([head]):  # "WANG Wu": a person, family first in capitals
        return ref
    if not ref.author:  # the name read as the title, the title as the journal
        return organisation_as_title(ref, head)
    if len(ref.author) != 1 or ref.author[0].literal:
        return ref
    name = ref.author[0]
    read = re.findall(r"[^\W\d_]+", " ".join((name.given, name.full_family, name.suffix)))
    if sorted(read) != sorted(re.findall(r"[^\W\d_]+", head)):
        return ref
    return ref.with_fields(author=(Name(literal=head),))


def read_item(
    text: str, number: int | None, line: int | None, habits: NameHabits = FULL_STOP
) -> Reading:
    """One item as an entry; ``habits``: how its list closes the names
    (:func:`.closing.name_habits`)."""
    printed = " ".join(text.split())
    if _NOTHING.fullmatch(printed):
        # "2. .": a number printed with nothing to read; the list says so (EMPTY)
        ref = build_reference("", {"type": "document", "number": number, "source_text": printed})
        return Reading(ref.with_fields(extra=((CONFIDENCE_FIELD, "0.00"),)), 0.0, (), EMPTY)
    source = close_names(printed, number, habits)
    stop = inserted_stop(printed, source)
    source = blanked(stop_before_in(source, stop or 0))
    grammar: Reference | Unparsed | None = parse_reference(source, number, line)
    if isinstance(grammar, Reference) and source != printed:
        grammar = grammar.with_fields(source_text=printed)
    if len(source) > MAX_LABELLED:
        ref = (
            grammar
            if isinstance(grammar, Reference)
            else build_reference("", {"number": number, "source_text": printed})
        )
        return _reading(ref, dict.fromkeys(_NEEDED, 0.0), "grammar")
    # the labeller was trained on "-" and "–": other dashes (U+2010, U+2011, U+2012, U+2212)
    # are read as "-", and straight quotes as the curly pair they stand for (quotes.py),
    # one character for one, so the fields are cut from the printed text
    labelled, edges = label(curled(_hyphens(source)))
    assembled = assemble(labelled, source, stop)
    evidence = _evidence(labelled, edges, assembled)
    if isinstance(grammar, Reference) and misread(grammar):
        grammar = None
    if isinstance(grammar, Reference) and one_name_for_many(grammar, assembled):
        # "Costa LDCF, Silva AB." that the grammar took for one organisation
        grammar = grammar.with_fields(
            author=assembled.fields["author"],
            author_truncated=assembled.fields.get("author_truncated", False),
        )
    if isinstance(grammar, Reference):
        grammar = publisher_cut(title_overrun(grammar, assembled), assembled)
        grammar = _name_as_printed(grammar, printed, stop)
    if isinstance(grammar, Reference) and (
        not _disagreements(grammar, assembled) or read_as_online_first(grammar)
    ):  # no confidence field: fully read
        others = _other_disagreements(grammar, assembled)
        mended = _mended(grammar)
        settled = tuple(settled_by_form(mended))
        return Reading(mended, 1.0, (), "grammar", **evidence, disagreed=others, settled=settled)
    fields = dict(assembled.fields)
    confidence = dict(assembled.confidence)
    if isinstance(grammar, Reference):
        # The two disagree. Measured on the dev split (docs/parser.md), the labeller is
        # the more often right on such items, but it is sure of wrong fields on forms the
        # grammar reads well (an online-first "Blood. 2011 Feb 7." read as a journal): the
        # grammar's entry is kept, and the share of compared fields the two agree on is
        # the confidence. It is not reported as a doubt: the grammar does not guess.
        disagreed = _disagreements(grammar, assembled)
        agreed = 1 - len(disagreed) / len(_COMPARED)
        reading = _reading(grammar, {"agreement": agreed}, "grammar", doubt_below=0.0)
        disagreed += _other_disagreements(grammar, assembled)
        return replaced(reading, **{**evidence, "grammar": "disagreed",
                                   "disagreed": tuple(disagreed)})  # fmt: skip
    for key in _NEEDED:
        # a paper in press has no year yet ("Angew. Chem., Int. Ed., in press.")
        if not fields.get(key) and not (key == "issued" and undated(printed)):
            confidence[key] = 0.0
    ref = build_reference("", {**fields, "number": number, "source_text": printed})
    reading = _reading(_name_as_printed(ref, printed, stop), confidence, "labeller")
    return replaced(reading, **{**evidence, "grammar": "unread"})


def _other_disagreements(grammar: Reference, assembled: Assembled) -> tuple[str, ...]:
    """The fields the two readers read otherwise that do not choose the reader, evidence
    for the judge of doubt only: the family names and the issue."""
    names = assembled.fields.get("author") or ()
    mine = [_norm(n.full_family) for n in names] if isinstance(names, tuple) else []
    out: tuple[str, ...] = (
        ("author",) if mine != [_norm(n.full_family) for n in grammar.author] else ()
    )
    if _norm(assembled.fields.get("issue") or "") != _norm(grammar.issue):
        out += ("issue",)
    return out


def _evidence(
    labelled: list[Labelled], edges: dict[str, float], assembled: Assembled
) -> dict[str, Any]:
    """What the labeller's reading tells the judge of doubt, whichever reader is kept."""
    # (a word's letters asked of str first: what the pattern finds, in C without it)
    words = [x for x in labelled if (t := x.token.text).isalnum() or _WORD.search(t)]
    other = sum(1 for x in words if x.label == "other")
    lowest: dict[str, float] = {}
    for x in labelled:
        field = _FIELD_OF_LABEL.get(x.label)
        if field:
            lowest[field] = min(lowest.get(field, 1.0), x.confidence)
    return {
        "marginals": tuple(assembled.confidence.items()),
        "lowest": tuple(lowest.items()),
        "unlabelled": round(other / len(words), 3) if words else 0.0,
        "edges": tuple((_FIELD_OF_LABEL[k], v) for k, v in edges.items()),
    }


# The labeller's labels of the fields the judge of doubt weighs, by field
_FIELD_OF_LABEL = {"author": "author", "title": "title", "container": "container_title",
                   "year": "issued", "volume": "volume", "issue": "issue",
                   "pages": "page"}  # fmt: skip


_WORD = re.compile(r"[^\W_]")


def _mended(ref: Reference) -> Reference:
    """What every reading is mended by last, whichever reader read it."""
    ref = date_after_pages(month_out_of_journal(title_not_names(ref)))  # "Cell. Jun 6 2030"
    ref = meeting_days_place(meeting_in_parentheses(volume_issue_apart(web_sentences(ref))))
    ref = proceedings_out_of_title(ref)  # "Title? Proceedings of the 2030 Meeting."
    ref = part_out_of_journal(short_title_before_journal(journal_section(ref)))
    ref = journal_cut_at_letter(journal_ahead_of_print(answer_to_title(ref)))
    ref = short_title_after_year(ref)  # "Roe J (2030) Widgets. Journal 4: 1-9."
    ref = journal_out_of_title(title_past_initialism(ref))  # "Title Rev Bras Exemplo. 2030;8"
    ref = camel_journal_out_of_title(ref)  # "Title. eExample 2030;4:e1"
    ref = volume_out_of_journal(journal_and_volume_out_of_title(ref))  # "Title. Med J 8."
    ref = journal_with_founding_year(journal_before_online_first(ref))  # "Examplia (80-.)"
    ref = body_before_title(body_before_year(ref))
    ref = organisations_first(units_out_of_title(ref))  # "Ministry (XX), Unit. Title"
    ref = period_after_month(ref)  # "Plan July 2030 - June 2035. Centre, 2031."
    ref = _trimmed(web_page(titled_by_medium(body_opening(body_then_titled_page(ref)))))
    ref = dated_periodical(ref)
    if ref.type == "webpage" and ref.edition:  # "Made-up Atlas, 8th edn. 2030. Available
        ref = ref.with_fields(type="book")  # from: URL": no web page has editions
    ref = abbreviation_stops(registration(identifier_not_pages(identifier_not_volume(ref))))
    ref = online_book_part(book_part(statute(dated_act(ref))))
    ref = chapter_imprints(publisher_then_place(unknown_place_imprint(ref)))
    ref = extent_not_volume(length_not_pages(number_not_pages(report_number(extent_imprint(ref)))))
    ref = translator_out_of_title(imprint_out_of_title(ref))  # "Title. Trad. A. Doe. Place"
    ref = year_out_of_volume(editor_out_of_title(journal_record(ref)))  # "J. Press; 2030;8"
    ref = bill_by_number(quoted_title_whole(standard(ref)))
    ref = volume_out_of_book(unmarked_chapter(year_out_of_publisher(ref)))
    ref = pnas_book(publisher_after_title(title_to_imprint(publisher_before_year(ref))))
    ref = title_to_publisher(place_after_title(ref))  # "Title of widgets Springfield: Press"
    ref = spelled_acronym(acronym_end(page_owner(ref)))  # a body's name read as others
    ref = capital_body(dashed_body(ref))  # "EBS – Example Bureau ...", "EXAMPLE BANK."
    ref = acronym_publisher(comma_owner(ref))  # PNAS's "Example Agency, Title (2030). URL"
    return unpublished_kind(with_state(series_report(ref)))


_TRIMMED = ("title", "container_title", "collection_title", "publisher", "publisher_place",
            "volume", "issue", "page", "edition", "note")  # fmt: skip


def _trimmed(ref: Reference) -> Reference:
    """A space printed before a mark ("... Study Group . Ir J Med Sci", "[abstract] .") is
    no part of the field it closes: left out of every field read, as a store keeps them."""
    ends = {a: v.strip() for a in _TRIMMED if (v := getattr(ref, a)) != v.strip()}
    return ref.with_fields(**ends) if ends else ref


def _reading(
    ref: Reference, confidence: dict[str, float], reader: str, doubt_below: float = DOUBT_BELOW
) -> Reading:
    mended = _mended(ref)
    # a needed field the labeller left out and a mender then read from its printed form
    # ("Example Database [Internet]. Place: Publisher. 2030 - [cited ...]": the title) is
    # no missing field: the judge of doubt weighs it as any other
    for key in _NEEDED:
        if confidence.get(key) == 0.0 and getattr(mended, key) and not getattr(ref, key):
            confidence = {**confidence, key: doubt_below}
    settled = settled_by_form(mended)
    if settled:
        whole = settled is STATUTE_FIELDS
        sure = {f: 1.0 if whole or f in settled else p for f, p in confidence.items()}
        return replace(_scored(mended, sure, reader, doubt_below), settled=tuple(settled))
    return _scored(mended, confidence, reader, doubt_below)


def _scored(
    ref: Reference, confidence: dict[str, float], reader: str, doubt_below: float = DOUBT_BELOW
) -> Reading:
    doubtful = tuple(k for k, v in confidence.items() if v < doubt_below)
    overall = round(min(confidence.values(), default=0.0), 2)
    extra = [(CONFIDENCE_FIELD, f"{overall:.2f}")] if overall < 1 else []
    if doubtful:
        extra.append((DOUBTFUL_FIELD, ", ".join(doubtful)))
    if extra:  # else the entry is as it was: no copy made
        ref = ref.with_fields(extra=(*ref.extra, *extra))
    return Reading(ref, overall, doubtful, reader, tuple(confidence.items()))


def untitled(reading: Reading) -> Reading:
    """``reading`` with no doubt for the title it lacks: for a list that prints no titles
    of the papers it cites (the ACS's, the RSC's, the AIP's, the APS's and Angewandte's
    styles), where an entry without one is read as printed."""
    confidence = {k: v for k, v in reading.fields_confidence if k != "title"}
    scored = (CONFIDENCE_FIELD, DOUBTFUL_FIELD)
    ref = reading.reference
    ref = ref.with_fields(extra=tuple(kv for kv in ref.extra if kv[0] not in scored))
    settled = (*reading.settled, "title")  # the list's form: no title printed
    if not confidence:
        return replace(reading, reference=ref, confidence=1.0, doubtful=(), settled=settled)
    scored_again = _scored(ref, confidence, reading.reader)
    return replace(
        reading, reference=scored_again.reference, confidence=scored_again.confidence,
        doubtful=scored_again.doubtful, fields_confidence=scored_again.fields_confidence,
        settled=settled,
    )  # fmt: skip
