"""Labelled tokens -> a Reference: the deterministic half of the statistical parser.

The labeller says which tokens are the title, the journal, the pages...; here each field is
cut from the printed text and normalised with the rules the rest of blinarefs uses (names
and particles, page ranges, dates, identifiers), the entry type is read from what was
printed, and each field gets the labeller's confidence. Nothing is invented: a field no
token was labelled with stays empty, and a web page or a report never gets a journal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby, repeat
from operator import itemgetter

from .abnt_locators import months_after_locators
from .abnt_names import spelled_names_end
from .access_brackets import access_bracket_out
from .agencies import acronym_after_organisation, organisation_before_year, organisation_then_title
from .authorities import authority_in_title
from .body_chains import title_after_bodies
from .body_ends import body_name_whole
from .bracket_ends import bracket_closed_in_journal
from .bracket_titles import bracket_closed_after_title, journal_after_title_bracket
from .chapters import Span, book_across_commas, book_before_pages, chapter_in_book, editors_in
from .comma_imprints import place_comma_publisher
from .date_places import apa_date_whole, date_closing_place
from .editions import (
    EDITION_AFTER,
    EDITION_TAIL,
    ORDINAL_WORDS,
    editions_in_words,
    imprint_after_edition,
)
from .editors_after_book import editors_after_book
from .field_values import (
    NUMBER_WORD,
    WORD_CHARACTER,
    clean,
    entry_type,
    month_after,
    month_before,
    printed_date,
    printed_pages,
)
from .groups_after_names import group_after_names
from .hyphened_initials import hyphened_name_opens_title
from .identifier_labels import (
    IDENTIFIER,
    LINKED,
    identifier,
    no_title_after_identifier,
    pubmed_ids,
    romance_cues_out,
    standard_numbers_out,
)
from .imprints import pages_closing_place, place_after_publisher
from .inverted_groups import inverted_group_opening
from .journal_bounds import (
    bracket_closed_after_container,
    journal_across_stops,
    journal_before_named_volume,
    journal_section_joined,
    numbers_named_by_words,
    proceedings_after_in,
    volume_closing_container,
)
from .journal_doi import doi_cue_out_of_journal
from .journal_volumes import journal_before_volume
from .journals import (
    issue_opened_in_volume,
    journal_after_comma,
    journal_and_volume_in_title,
    journal_from_title,
    journal_start_in_title,
    publisher_in_title,
    publisher_not_journal,
    title_from_container,
)
from .kinship_names import kinship_to_names
from .labeller import Labelled, texts_of
from .locators import article_number_after_colon, pages_after_volume_comma, pages_before_identifier
from .name_ends import (
    dotted_names_end,
    given_first_names_end,
    given_first_names_stop,
    mend_given_first,
    name_opening_tail,
    tail_inside_names,
)
from .name_forms_dotted import names_by_form
from .name_runs import (
    inverted_name_opens_title,
    last_name_before_year,
    names_closed_at,
    names_unbroken,
    one_name_initials_first,
    vancouver_names_end,
)
from .newspapers import newspaper_issue
from .period_titles import period_ends_title
from .physics_books import physics_book
from .place_before_journal import place_closing_title
from .places_before_subtitle import place_and_years_in_title
from .printed_names import read_names
from .quoted_before_journal import quoted_title_before_journal
from .relabel import (
    book_after_title,
    initialism_opens_organisation,
    late_names,
    names_before_title,
    names_end_at_year,
    title_across_colon,
    title_after_names,
    title_ends_whole,
)
from .series_runs import series_not_title
from .spaced_colon import editors_after_spaced_colon
from .split_groups import group_split_at_and
from .tail_labels import set_aside_tail, title_end_in_tail, title_kept_before_tail
from .tails import physics_tail
from .title_ends import (
    marks_inside_title,
    title_before_nlm_journal,
    title_from_first_journal,
    title_from_lone_journal,
    title_head_left_out,
    title_opening_left_out,
    title_sentences_joined,
    title_to_full_stop,
)
from .title_words import mend_title_bounds, title_words_whole
from .titles import (
    body_after_title,
    pages_after_title,
    place_inside_title,
    subtitle_in_lower_case,
    subtitle_read_as_journal,
    title_left_unread,
    title_to_bracket,
    year_after_preposition,
    year_before_title,
)
from .untitled_articles import title_from_untitled_journal
from .year_between import pages_after_year, volume_after_year, year_read_as_volume
from .years import (
    YEAR_IN_TEXT,
    access_date,
    journal_date,
    status_for_year,
    year_after_initials,
    year_ends_title,
)

# A field whose tokens the labeller gave less than this (on average) is doubtful.
DOUBT_BELOW = 0.8
_LABEL, _CONFIDENCE = itemgetter(1), itemgetter(2)  # of a Labelled


def spans(labelled: list[Labelled], source: str) -> list[Span]:
    """Runs of one label, cut from the printed text (its own spacing kept)."""
    out: list[Span] = []
    for label, group in groupby(labelled, _LABEL):
        run = list(group)
        text = source[run[0].token.start : run[-1].token.end]
        out.append(Span(label, text, sum(map(_CONFIDENCE, run)) / len(run)))
    return out


@dataclass(frozen=True, slots=True)
class Assembled:
    fields: dict[str, object]  # Reference keyword arguments
    confidence: dict[str, float]  # CSL-ish field name -> how sure


_FIGURE = re.compile(r"\d")  # what EDITION_AFTER needs: looked for first, in C

_NOT_PAGES = re.compile(r"\d{7,9}|[A-Z]{0,3}PMC\d*")


def assemble(labelled: list[Labelled], source: str, names_end: int | None = None) -> Assembled:
    """The fields of one reference from its labelled tokens; ``names_end``, where a full
    stop was put after names nothing closed (:func:`.inserted_stops.inserted_stop`)."""
    ruled = tail_inside_names(labelled, physics_tail(source) or physics_book(source))
    labelled, ruled = name_opening_tail(labelled, ruled)
    tail = ruled
    if ruled:
        tail = title_end_in_tail(labelled, ruled)
    labelled = names_by_form(labelled, source, tail[0] if tail else len(source))
    if tail:  # read by rule: what the labeller made of it is set aside
        ruled_title = str(tail[1].get("title") or "")
        title_from = source.rfind(ruled_title, 0, tail[0]) if ruled_title else -1
        labelled = set_aside_tail(
            labelled,
            tail[0],
            "title" in tail[1] and not ruled_title,
            title_from if title_from >= 0 else None,
        )
    if any(map(str.startswith, texts_of(labelled), repeat(LINKED))):  # (in C: most hold none)
        labelled = [identifier(x) if x.token.text.startswith(LINKED) else x for x in labelled]
    else:
        labelled = list(labelled)
    labelled = romance_cues_out(labelled, source)
    labelled = imprint_after_edition(editions_in_words(labelled))
    labelled = editors_in(
        pubmed_ids(standard_numbers_out(pages_before_identifier(labelled), source))
    )
    labelled = editors_after_spaced_colon(labelled)
    labelled = book_across_commas(book_before_pages(editors_after_book(labelled)))
    labelled = pages_after_volume_comma(article_number_after_colon(labelled))
    labelled = year_read_as_volume(journal_date(access_date(access_bracket_out(labelled, source))))
    labelled = series_not_title(labelled, source)  # "2030. (Série C. Relatórios)."
    labelled = year_ends_title(year_after_initials(status_for_year(labelled)))
    labelled = no_title_after_identifier(year_after_preposition(labelled))
    labelled = initialism_opens_organisation(names_end_at_year(labelled))
    labelled = acronym_after_organisation(organisation_before_year(body_name_whole(labelled)))
    labelled = group_after_names(organisation_then_title(labelled))
    labelled = place_after_publisher(pages_after_year(volume_after_year(labelled)))
    labelled = pages_closing_place(apa_date_whole(date_closing_place(labelled)))
    labelled = place_comma_publisher(newspaper_issue(labelled))
    labelled = months_after_locators(numbers_named_by_words(labelled))
    labelled = journal_before_named_volume(labelled)
    labelled = inverted_group_opening(labelled, source)
    # (a tail read by rule, the physical sciences' with no title, has no title to find)
    labelled = title_to_bracket(labelled if tail else title_left_unread(labelled))
    labelled = vancouver_names_end(names_closed_at(labelled, names_end))
    labelled = inverted_name_opens_title(hyphened_name_opens_title(labelled))
    labelled = title_after_names(one_name_initials_first(labelled))
    labelled = title_across_colon(names_unbroken(group_split_at_and(labelled)))
    labelled = place_and_years_in_title(labelled)  # "Title in Place, 2029-2031: ..."
    labelled = last_name_before_year(mend_given_first(given_first_names_stop(labelled)))
    labelled = given_first_names_end(labelled)
    labelled = dotted_names_end(spelled_names_end(labelled))
    labelled = kinship_to_names(names_before_title(labelled))
    labelled = journal_before_volume(late_names(title_ends_whole(book_after_title(labelled))))
    labelled = title_from_first_journal(title_from_lone_journal(labelled))
    labelled = title_opening_left_out(title_head_left_out(title_words_whole(labelled)))
    labelled = title_sentences_joined(marks_inside_title(authority_in_title(labelled)))
    labelled = bracket_closed_in_journal(title_before_nlm_journal(labelled))
    labelled = journal_after_title_bracket(bracket_closed_after_title(labelled))
    labelled = pages_after_title(title_to_full_stop(period_ends_title(labelled)))
    labelled = journal_section_joined(journal_across_stops(quoted_title_before_journal(labelled)))
    labelled = subtitle_in_lower_case(proceedings_after_in(labelled))
    labelled = volume_closing_container(bracket_closed_after_container(labelled))
    labelled = body_after_title(place_inside_title(subtitle_read_as_journal(labelled)))
    labelled = doi_cue_out_of_journal(place_closing_title(labelled))
    if tail:
        labelled = title_kept_before_tail(labelled, tail[0])
    by_label: dict[str, list[Span]] = {}
    for s in spans(labelled, source):
        by_label.setdefault(s.label, []).append(s)
    fields: dict[str, object] = {}
    sure: dict[str, float] = {}

    def first(label: str) -> Span | None:
        found = by_label.get(label)
        return max(found, key=lambda s: len(s.text)) if found else None

    chapter_in_book(by_label)
    for label, key in (("author", "author"), ("editor", "editor")):
        all_spans = by_label.get(label, [])
        if all_spans:
            names, truncated = read_names(" , ".join(s.text for s in all_spans))
            if names:
                fields[key] = names
                if key == "author":
                    fields["author_truncated"] = truncated
                sure[key] = min(s.confidence for s in all_spans)
    for label, key in (
        ("title", "title"), ("container", "container_title"), ("publisher", "publisher"),
        ("place", "publisher_place"), ("note", "note"),
    ):  # fmt: skip
        span = first(label)
        value = clean(span.text) if span else ""
        if span and WORD_CHARACTER.search(value):  # "????" is not a title
            fields[key] = value
            sure[key] = span.confidence
    for label in ("volume", "issue", "edition"):
        span = first(label)
        if span:
            value = NUMBER_WORD.sub("", clean(span.text))
            if label == "edition":
                word = value.split(" ", 1)[0].lower()  # "third ed"
                value = ORDINAL_WORDS.get(word) or EDITION_TAIL.sub("", " ".join(value.split()))
            if value:
                fields[label] = value
                sure[label] = span.confidence
    # the pages, not a PubMed id or a PMCID the labeller also took for pages ("57-62.
    # PubMed: 9732203", "PMCID: PMCPMC2830275"): the longest span that is not one (an
    # article number of seven digits, "Adv. Mater. 2030, 33, 2100628", when it is alone)
    found = by_label.get("pages", [])
    pages = [s for s in found if not _NOT_PAGES.fullmatch(s.text.strip(" .;"))] or found
    span = max(pages, key=lambda s: len(s.text)) if pages else None
    if span and (page := printed_pages(span.text)):
        fields["page"] = page
        sure["page"] = span.confidence
    # a meeting's year is inside what the labeller reads as its note ("In: Proceedings of the
    # Example Conference; 2030 May 1-3; ..."): taken when no year stands on its own
    year_span = next(
        (
            s
            for label in ("year", "note")
            for s in by_label.get(label, [])
            if YEAR_IN_TEXT.search(s.text)
        ),
        None,
    )
    if year_span:
        year = YEAR_IN_TEXT.search(year_span.text)
        assert year is not None
        y = year.group()
        dates = by_label.get("date") or month_before(source, y) or month_after(source, y)
        fields["issued"] = printed_date(dates, y)
        sure["issued"] = year_span.confidence
    for label, pattern in IDENTIFIER.items():
        span = first(label)
        m = pattern.search(span.text) if span else None
        if span and m:
            value = m.group().rstrip(".,;)]>")  # ABNT's "<https://...>"
            if label == "pmcid" and not value.startswith("PMC"):
                value = "PMC" + value
            fields[label] = value
            sure[label] = span.confidence
    title = fields.get("title")
    if isinstance(title, str) and _FIGURE.search(title) and (ed := EDITION_AFTER.search(title)):
        # "Handbook of Tests. 6. ed", "Manual de testes. 2.ed": the edition after the title
        fields["title"] = title[: ed.start()].strip()
        fields.setdefault("edition", ed.group(1))
    year_before_title(fields, source)
    mend_title_bounds(fields, source)
    journal_from_title(fields, sure, source)
    if tail:
        fields.update(tail[1])
        if "page" in fields:
            fields["page"] = printed_pages(str(fields["page"]))
        sure.update({k: 1.0 for k in tail[1]})
    if not (tail and tail[1].get("title") == ""):  # (names, then the journal: no title)
        title_from_container(fields, sure, source)
        title_from_untitled_journal(fields, sure)
    if tail is ruled:  # not when the labeller's full stop already ended the title
        journal_start_in_title(fields, source)
    journal_after_comma(fields, sure)
    journal_and_volume_in_title(fields, source)
    issue_opened_in_volume(fields, source)
    publisher_not_journal(fields)
    publisher_in_title(fields)
    title_after_bodies(fields, source)
    fields["type"] = fields.get("type") or entry_type(fields, source)
    if fields["type"] == "article-journal" and fields.get("container_title"):
        fields["container_title_short"] = fields["container_title"]
    unplaced = fields.get("url") and not any(fields.get(k) for k in _PLACED)
    if fields["type"] in ("webpage", "report", "book", "thesis", "document") or unplaced:
        # never a journal for what is not in one (nor for a page online that no volume or
        # page places in one); what the labeller read as one where it read no title is the
        # title ("Roe J. Practical Made-up Genetics. 2030; Place: Publisher.", "J. Roe,
        # Title, disponível em: https://...")
        container = fields.pop("container_title", None)
        if container and not fields.get("title"):
            fields["title"] = container
            sure["title"] = sure.get("container_title", 1.0)
    return Assembled(fields, sure)


_PLACED = ("title", "volume", "issue", "page")
