"""A title the labeller gave to no field.

The labeller has seen titles mostly before a journal; before a kind of work in brackets
("Roe J (2030) Title [PhD thesis]. Place: University.") it may give the title's words to no
field at all, and the entry comes out with no title; a web page's title in title case after
a body's name, it may read as a note. The words right after the names and the year, up to
the sentence's end or a bracket, are then the title.
"""

from __future__ import annotations

import re

from .chapters import EDITOR_MARKS
from .labeller import Labelled, texts_of
from .one_name import is_organisation
from .token_index import (
    all_of,
    first_of,
    labels_in,
    last_of,
    numbers_at,
    run_end,
    text_from,
    where,
)
from .years import YEAR, YEAR_IN_TEXT

# A DOI or a link, whose digits may read as a year ("rspb.2030.1234")
_IDENTIFIER = re.compile(r"10\.\d{4,9}/|https?://|www\.")
# A year the labeller left at the title's start: "2030. Title", "2030 p21: a title"
_AFTER_NAMES = re.compile(r"(?:\b[A-Z]{1,4}|\bet al)\.? $")
_LEADING_YEAR = re.compile(r"((?:1[5-9]|20)\d\d)[a-z]?(?P<stop>\.)? (?=\S)")

_HEAD = ("author", "year")
# What the labeller gives such words: no field, or a note (a web page's title in title case
# after a body's name, "Example Board. Made-Up Policy on Visiting, 2030 Available: ...")
_UNREAD = ("other", "note")
_HEAD_MARKS = frozenset("().,:;")


# The words that open a link's sentence ("Available at:", "Disponível em:", "Retrieved
# from"), never a title
_LINK_WORDS = re.compile(
    r"(?:Available|Accessible|Retrieved|Accessed|Dispon[ií]vel|Disponible|Acesso)\b", re.I
)


def title_left_unread(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with the words after the names and the year taken for the title, when
    no token is the title's and at least two words, the first a capital's, stand there,
    or the words before a post's medium (:func:`_title_before_medium`)."""
    if "title" in labels_in(labelled):
        return labelled
    if (post := _title_before_medium(labelled)) is not labelled:
        return post
    start = 0
    while start < len(labelled) and (
        labelled[start].label in _HEAD
        or (
            labelled[start].label == "other"
            # (and the editors' mark of an edited book: SAGE's Harvard "Roe J and Doe K
            # (eds) (2030) Title. Place: Press.")
            and (
                labelled[start].token.text in _HEAD_MARKS
                or labelled[start].token.text.lower() in EDITOR_MARKS
            )
        )
    ):
        start += 1
    if "author" not in labels_in(labelled)[:start]:
        return labelled
    end = start
    while (
        end < len(labelled)
        and labelled[end].label in _UNREAD
        and labelled[end].token.text not in (".", "[", "(")
    ):
        end += 1
    words = list(texts_of(labelled)[start:end])
    if sum(w[:1].isalpha() for w in words) < 2 or not words[0][:1].isupper():
        return labelled
    if _LINK_WORDS.match(" ".join(words)):  # "Available at: https://...": no title
        return labelled
    title = [x._replace(label="title") for x in labelled[start:end]]
    return [*labelled[:start], *title, *labelled[end:]]


# The medium BMJ and APA print after a post's title or its account's name ("Example News
# [Tweet]", "[Video]", "[Facebook post]"): the title's, as the markup tags it
_MEDIA = frozenset({"tweet", "video", "podcast", "post", "blog"})


def _title_before_medium(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with the words between the names' full stop and a post's medium in
    brackets, with the medium, as the title ("Twitter. Example News Agency [Tweet], 2030
    Available: ...", read as a year), or as it was."""
    opened = text_from(labelled, "[")
    close = next(
        (j for j in range(opened + 1, min(opened + 5, len(labelled)))
         if labelled[j].token.text == "]"),
        -1,
    )  # fmt: skip
    if opened < 2 or close < 0 or labelled[close - 1].token.text.lower() not in _MEDIA:
        return labelled
    start = opened
    while start > 0 and labelled[start - 1].token.text != ".":
        start -= 1
    if start in (0, opened) or "author" not in labels_in(labelled)[:start]:
        return labelled
    title = [x._replace(label="title") for x in labelled[start : close + 1]]
    return [*labelled[:start], *title, *labelled[close + 1 :]]


def title_to_bracket(labelled: list[Labelled]) -> list[Labelled]:
    """The title's last words before a bracketed kind of work ("... in the young [PhD
    thesis]"), which the labeller gave to no field: up to three words between the title's
    end and the bracket are the title's."""
    last = last_of(labelled, "title")
    if last < 0:
        return labelled
    end = last + 1
    while end < len(labelled) and end - last <= 3 and labelled[end].label == "other":
        if not labelled[end].token.text[:1].isalnum():
            break
        end += 1
    if end == last + 1 or end >= len(labelled) or labelled[end].token.text != "[":
        return labelled
    words = [x._replace(label="title") for x in labelled[last + 1 : end]]
    return [*labelled[: last + 1], *words, *labelled[end:]]


# What a chapter's or a book's title closes with in ASM's style, after its last comma: the
# edition and the chapter's pages ("Title, 3rd ed, p 13-46. In Roe J (ed), Book.")
_EDITION_WORDS = frozenset({"ed", "edn", "edition"})
_PAGE_WORDS = frozenset({"p", "pp"})
_PAGE_RANGE = re.compile(r"[A-Z]?\d+(?:\s*[-–]\s*[A-Z]?\d+)?")


def pages_after_title(labelled: list[Labelled]) -> list[Labelled]:
    """The pages ("p 13-46", "pp. 5-9") and an edition ("3rd ed") printed after the title's
    last commas, which the labeller keeps in the title: they are the pages and the
    edition."""
    title = all_of(labelled, "title")
    if not title:
        return labelled
    out = list(labelled)
    end = title[-1] + 1
    marked = frozenset(title)  # (the title's commas: the commas, found in C, it holds)
    while True:
        comma = max((i for i in where(labelled, ",") if i < end and i in marked), default=-1)
        words = list(texts_of(labelled)[comma + 1 : end])
        if comma <= title[0] or any(labelled[i].label != "title" for i in range(comma, end)):
            return out
        if words[:1] and words[0].lower() in _PAGE_WORDS and _PAGE_RANGE.fullmatch(words[-1]):
            kind = "pages"
        elif words[-1:] and words[-1].lower() in _EDITION_WORDS and words[0][:1].isdigit():
            kind = "edition"
        else:
            return out
        if len(words) > 3:
            return out
        out[comma] = out[comma]._replace(label="other")
        for i in range(comma + 1, end):
            out[i] = out[i]._replace(label=kind)
        end = comma


def year_before_title(fields: dict[str, object], source: str) -> None:
    """ASM's and the Royal Society's "Names 2030 Title" (and the year closed, "Names.
    2030. Title", Chicago's "Roe, J., and P. Doe. 2030. Title"), whose year the labeller
    read as the title's first word: the year, when a full stop closes it or no other year
    is printed, not even the same one (a title may open with a year: "2030 Guidelines for
    ..., J Made. 2031;1:2", "2030 Guidelines for .... J Made 2030;1:2"); a year inside a
    DOI or a link is not printed as one."""
    title = fields.get("title")
    if not isinstance(title, str) or not (m := _LEADING_YEAR.match(title)):
        return
    printed = " ".join(w for w in source.split() if not _IDENTIFIER.search(w))
    if not m.group("stop") and len(YEAR_IN_TEXT.findall(printed)) != 1:
        return
    # right after the names' initials or "et al", not after "ed.:" ("Society, ed.: 2011
    # Diagnostic guidelines", whose title opens with its year)
    at = source.find(title)
    names = fields.get("author")
    family = names[-1].family if isinstance(names, tuple) and names else ""
    # or after the last name's family and its full stop
    after_family = bool(family) and source[:at].rstrip().endswith(f"{family}.")
    if at < 0 or not (_AFTER_NAMES.search(source, 0, at) or after_family):
        return
    if len(title) - m.end() < 4:
        return
    fields["title"] = title[m.end() :]
    fields.setdefault("issued", (int(m.group(1)),))


def subtitle_in_lower_case(labelled: list[Labelled]) -> list[Labelled]:
    """A subtitle that opens in lower case after the title's colon ("EMBOSS: the European
    made-up suite. Publisher, 2030."), which the labeller read as a book or a journal: no
    container's name opens with a word all in lower case, so the run to its full stop is
    the title's."""
    last = last_of(labelled, "title")
    colon = last + 1
    if last < 0 or colon + 2 >= len(labelled) or labelled[colon].token.text != ":":
        return labelled
    opening = labelled[colon + 1]
    word = opening.token.text  # "the", not a journal's "eLife" or "mBio"
    if opening.label not in ("other", "container") or not (word.isalpha() and word.islower()):
        return labelled
    end = colon + 2
    while (
        end < len(labelled)
        and labelled[end].label in ("container", "other")
        and labelled[end].token.text != "."
    ):
        end += 1
    if end == colon + 2 or end >= len(labelled) or labelled[end].token.text != ".":
        return labelled
    title = [x._replace(label="title") for x in labelled[colon:end]]
    return [*labelled[:colon], *title, *labelled[end:]]


# The words a year of the work's subject follows inside a title ("HIV infection in 2014",
# "Brazil, from 2016 to 2018", "deaths during 2019"); a date of publication never follows
# one of them
_YEAR_PREPOSITIONS = frozenset((
    "in", "during", "from", "since", "until", "till", "through", "between", "before", "after",
    "to", "of", "for", "by", "and",
))  # fmt: skip
# what joins the years of a span: "2013 to 2016", "2016-2018", "2016 and 2017"
_SPAN_WORDS = frozenset(("to", "-", "–", "and", "through"))


def year_after_preposition(labelled: list[Labelled]) -> list[Labelled]:
    """The title's last year, which the labeller read as the work's date ("... HIV
    infection in 2014 Ann Intern Med 2017;167:446", "... in China in 2015. In: Papers
    ..."): a year after a preposition that ends the title belongs to it, with the span it
    opens ("from 2016 to 2018"), when another year is printed for the date."""
    # (a year's figures asked first: every token of every entry is visited)
    years = [i for i in numbers_at(labelled) if YEAR.fullmatch(labelled[i].token.text)]
    out = list(labelled)
    for i in years:
        if (
            out[i].label == "title"
            or i < 2
            or out[i - 1].label not in ("title", "other")
            or out[i - 1].token.text not in _YEAR_PREPOSITIONS
            or out[i - 2].label != "title"
        ):
            continue
        end = i + 1
        if (
            end + 1 < len(out)
            and out[end].token.text in _SPAN_WORDS
            and YEAR.fullmatch(out[end + 1].token.text)
        ):
            end += 2
        if not any(j < i - 1 or j >= end for j in years if out[j].label == "year"):
            continue  # the only date printed: "Title in 2030." stays dated
        out[i - 1 : end] = [x._replace(label="title") for x in out[i - 1 : end]]
    return out


# The words no title ends with: an article, a preposition, a conjunction
_OPEN_ENDED = frozenset(("a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "by"))


def place_inside_title(labelled: list[Labelled]) -> list[Labelled]:
    """A book's place follows a full stop or a comma; words read as the place straight
    after a title that ends in "of a" or "the" are the title's ("Title: report of a Joint
    Expert Consultation: Publisher, 2030", a book whose subtitle and publisher both follow
    colons)."""
    p = first_of(labelled, "place")
    k = p - 1
    while k > 0 and labelled[k].label == "other" and labelled[k].token.text.isalpha():
        k -= 1
    if k < 1 or labelled[k].label != "title" or labelled[p - 1].token.text not in _OPEN_ENDED:
        return labelled
    end = run_end(labelled, p, "place")
    return [
        *labelled[: k + 1],
        *(x._replace(label="title") for x in labelled[k + 1 : end]),
        *labelled[end:],
    ]


def body_after_title(labelled: list[Labelled]) -> list[Labelled]:
    """A report's title, then the body that publishes it, then the body's parent after a
    comma: "Title. Centre for Made-up Economics, University of Yorkton, 2030." The
    labeller reads the first body as the title's last sentence; a sentence that names an
    organisation and runs on, after a comma, into the publisher is the publisher's."""
    last = last_of(labelled, "title")
    after = labelled[last + 1 : last + 3]
    if last < 0 or [x.token.text for x in after[:1]] != [","] or after[-1].label != "publisher":
        return labelled
    stop = max((i for i in range(last) if labelled[i].token.text == "."), default=-1)
    if stop < 0 or labelled[stop].label != "title" or labelled[stop - 1].label != "title":
        return labelled
    body = " ".join(x.token.text for x in labelled[stop + 1 : last + 1])
    if not body[:1].isupper() or not is_organisation(body):
        return labelled
    return [
        *labelled[:stop],
        labelled[stop]._replace(label="other"),
        *(x._replace(label="publisher") for x in labelled[stop + 1 : last + 2]),
        *labelled[last + 2 :],
    ]


_LOCATORS = frozenset(("volume", "issue", "pages"))


def subtitle_read_as_journal(labelled: list[Labelled]) -> list[Labelled]:
    """A journal follows the title's full stop (or comma), never its colon, and is placed
    by a volume or pages: words read as a journal right after the title's colon, with
    nothing after them that places them in one ("Title: The Example R package, 2030."),
    are the subtitle."""
    colon = max(first_of(labelled, "container"), 0) - 1
    if colon < 1 or labelled[colon].token.text != ":" or labelled[colon - 1].label != "title":
        return labelled
    end = run_end(labelled, colon + 1, "container")
    if any(x.label in _LOCATORS or x.label == "container" for x in labelled[end:]):
        return labelled
    return [
        *labelled[:colon],
        *(x._replace(label="title") for x in labelled[colon:end]),
        *labelled[end:],
    ]
