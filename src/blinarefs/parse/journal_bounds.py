"""Where a journal's name starts and ends, mended from the labels by what was printed.

The shapes the labeller cuts wrong, each general to a house style rather than to a source
(a quoted title before the journal is :mod:`.quoted_before_journal`'s):

- an abbreviated journal whose words the labeller split at their full stops ("Poult. Sci.",
  "Nature Reviews. Molecular Cell Biology", "Z. Angew. Entomol."): it keeps only one part
  of the name, and leaves a first one-letter word out. The full stops and the abbreviated
  word are the journal's.
- a paper's proceedings after "In" with no editors ("Title. In Proceedings of the 12th
  Example Conference (EC '30), Place, pp. 1–9."), which the labeller reads as a second
  title (and the entry keeps the longer of the two) or as a note: the proceedings' name is
  the container.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .containers import MEETING
from .journal_places import named_volume, place_before_named_volume
from .labeller import Labelled, texts_of
from .token_index import all_of, first_of, labels_in, last_of, where

# One abbreviated word the labeller left out before a journal: "Z." of "Z. Angew. Entomol.";
# or after it, before the volume: "Sci." of "Philos. Trans. R. Soc. B Biol. Sci. 365"
_ONE_LETTER = re.compile(r"[A-Z]")
_LAST_WORD = re.compile(r"[A-Z][a-z]{0,5}")
# a word of a journal's name before one of its full stops ("Poult", "Reviews"), not a book's
# last word ("... implications. Lisboa: Series")
_ABBREVIATED = re.compile(r"[A-Z][A-Za-z]{0,7}")
# what numbers a volume or a part, not a journal's last word: "Vol. 33", "Suppl. 2"
_NUMBERING = frozenset({"Vol", "Vols", "No", "Nr", "Pt", "Part", "Suppl", "Issue", "Iss", "Ed"})


def journal_across_stops(labelled: list[Labelled]) -> list[Labelled]:
    """A journal the labeller split at a full stop of its name ("Poult" | "." | "Sci.",
    "Nature Reviews" | "." | "Molecular Cell Biology") is one name: a full stop between two
    runs of the journal is the journal's, and so is a comma ("Plant" | "," | "Cell and
    Environment"). And a one-letter word with its full stop, between
    the title's full stop and the journal ("Title. Z. Angew. Entomol. 97"), opens it; an
    abbreviated word between the journal and the volume ("B Biol. Sci. 365") closes it."""
    out = list(labelled)
    # a journal's: a volume follows (a book's "Title. Place. Publisher" is no one name)
    numbered = "volume" in labels_in(labelled)
    # (where one token alone stands between two of the journal's: the first token the loop
    # mends is one, and most entries have none, so the loop is not run)
    broken = any(b - a == 2 for a, b in pairwise(all_of(labelled, "container")))
    for i in range(1, len(out) - 1 if numbered and broken else 1):
        x = out[i]
        if (  # (the labels first: the abbreviation's pattern is asked only between two runs)
            x.label != "container"
            and out[i - 1].label == "container"
            and out[i + 1].label == "container"
            and (
                x.token.text == ","
                or (x.token.text == "." and _ABBREVIATED.fullmatch(out[i - 1].token.text))
            )
        ):
            out[i] = x._replace(label="container")
    c = first_of(out, "container")
    if (
        c >= 4
        and out[c - 1].token.text == "."
        and _ONE_LETTER.fullmatch(out[c - 2].token.text)
        and out[c - 3].token.text == "."
        and out[c - 4].label == "title"
        and out[c - 2].label == out[c - 1].label == "other"
        and out[c + 1 : c + 2]
        and out[c + 1].token.text == "."
    ):
        out[c - 2] = out[c - 2]._replace(label="container")
        out[c - 1] = out[c - 1]._replace(label="container")
    e = last_of(out, "container")
    if (
        0 <= e < len(out) - 4
        and [x.token.text for x in (out[e + 1], out[e + 3])] == [".", "."]
        and _LAST_WORD.fullmatch(out[e + 2].token.text)
        and out[e + 2].token.text not in _NUMBERING
        and out[e + 1].label == out[e + 2].label == "other"
        and out[e + 4].label == "volume"
    ):  # "... B Biol" | ". Sci." | "365": the last word before the volume
        out[e + 1] = out[e + 1]._replace(label="container")
        out[e + 2] = out[e + 2]._replace(label="container")
    return out


# Where the name of a meeting's proceedings ends: the place, the publisher, the pages, the
# year or the editors after it
# A journal's section: "Proceedings of the Royal Society of London, Series B: Biological
# Sciences", "Comparative Biochemistry and Physiology, Part A", "Acta Crystallographica,
# Section D"
_SECTION_WORDS = frozenset({"Series", "Ser", "Part", "Pt", "Section", "Sect"})
_SECTION_MARK = re.compile(r"[A-Z]|[IVX]{1,4}")


def journal_section_joined(labelled: list[Labelled]) -> list[Labelled]:
    """A journal's name goes on across the comma before its section ("Journal of Made-up
    Studies, Series B: Invented Sciences, 12, 3-4."): the labeller leaves the comma out of
    the journal (and may read "Series B" as a place), and the longer half alone was the
    journal. A section's word and its letter or number after a comma that follows the
    journal, in a reference with a volume, are the journal's, with the comma and what opens
    the section's name after them (":", "(")."""
    if "volume" not in labels_in(labelled):
        return labelled
    out = list(labelled)
    for i in where(labelled, ","):  # (the commas, found in C: the rest are passed over)
        if (
            1 <= i < len(out) - 3
            and out[i - 1].label == "container"
            and out[i + 1].token.text in _SECTION_WORDS
            and _SECTION_MARK.fullmatch(out[i + 2].token.text)
            and {out[i + 1].label, out[i + 2].label} <= _SECTION_LABELS
        ):
            end = i + 3
            if (
                out[end].token.text in (":", "(")
                and out[end + 1 : end + 2]
                and (out[end + 1].label == "container")
            ):
                end += 1
            out[i:end] = [x._replace(label="container") for x in out[i:end]]
    return out


_SECTION_LABELS = frozenset({"container", "other", "place"})


_AFTER_PROCEEDINGS = frozenset({"place", "publisher", "pages", "year", "volume", "editor"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def proceedings_after_in(labelled: list[Labelled]) -> list[Labelled]:
    """ "Title. In: Proceedings of the Example Conference. Place, pp. 1-9.": after a title,
    the words from "In" to the name's full stop (or the place, publisher or pages after
    it) are the proceedings the paper is in, when they name a meeting; a bracket they open
    (the meeting's acronym, "(EC '30)", "(EC 2030)") is theirs."""
    if "editor" in labels_in(labelled):
        return labelled  # a chapter's book (:func:`.chapters.chapter_in_book`)
    first = first_of(labelled, "title")
    at = next(
        (
            i  # (the tokens "In" and "in", found in C: most titles hold few)
            for i in sorted(where(labelled, "In") + where(labelled, "in"))
            if max(first, 0) + 1 <= i < len(labelled) - 1
            and labelled[i].token.text in ("In", "in")
            and labelled[i].label == "other"
            and labelled[i - 1].token.text in (".", ",")
        ),
        -1,
    )
    if first < 0 or at < 0:
        return labelled
    start = at + 1 + (labelled[at + 1].token.text == ":")
    if labelled[start].label == "container":
        return labelled  # read already, with the place and dates it may hold
    end, depth = start, 0
    while end < len(labelled) and labelled[end].label not in _AFTER_PROCEEDINGS:
        text = labelled[end].token.text
        if text == ";" or (_YEAR.fullmatch(text) and not depth and not _named_year(labelled, end)):
            break  # the meeting's date: "Proceedings of the Conference; 2030 May 1-3"
        depth += (text == "(") - (text == ")")
        if depth < 0 or (depth == 0 and text in (".", ",") and end > start):
            if text == ")":
                end += 1
            break
        end += 1
    words = " ".join(x.token.text for x in labelled[start:end])
    if end - start < 2 or depth > 0 or not MEETING.match(words):
        return labelled
    return [
        *labelled[:start],
        *(x._replace(label="container") for x in labelled[start:end]),
        *(x._replace(label="other") if x.label == "container" else x for x in labelled[end:]),
    ]


def _named_year(labelled: list[Labelled], at: int) -> bool:
    """The year at ``at`` is a word of the meeting's name, no date: "Proceedings of the
    2030 Example Conference on Widgets" (a date follows a name: "Conference; 2030")."""
    return labelled[at - 1].token.text.lower() == "the"


def bracket_closed_after_container(labelled: list[Labelled]) -> list[Labelled]:
    """ "in Proc. Example Conf. (EC), Place, 2030": the bracket the container's name opened
    and the next token closes is the name's, whatever the labeller made of the closing
    mark (it has read it as a volume)."""
    out = list(labelled)
    last = last_of(out, "container")
    if not 0 <= last < len(out) - 1 or out[last + 1].token.text != ")":
        return out
    first = last
    while first > 0 and out[first - 1].label == "container":
        first -= 1
    words = list(texts_of(out)[first : last + 1])
    if words.count("(") == words.count(")") + 1:
        out[last + 1] = out[last + 1]._replace(label="container")
    return out


_VOLUME_ISSUE = re.compile(r"\d{1,4}(?:\.\d{1,4})?")


def volume_closing_container(labelled: list[Labelled]) -> list[Labelled]:
    """MLA's "Journal of Examples 388.25 (2030): 45-67": the number that ends what the
    labeller read as the journal, right before the year in parentheses, is the volume
    (and the issue after its full stop), when no volume was read."""
    if "volume" in labels_in(labelled):
        return labelled
    last = last_of(labelled, "container")
    if (
        last < 1
        or last + 2 >= len(labelled)
        or labelled[last - 1].label != "container"
        or not _VOLUME_ISSUE.fullmatch(labelled[last].token.text)
        or labelled[last + 1].token.text != "("
        or labelled[last + 2].label != "year"
    ):
        return labelled
    return [*labelled[:last], labelled[last]._replace(label="volume"), *labelled[last + 1 :]]


# The words that name what the number after them is: IEEE's and MLA's "vol. 6, no. 2,
# p. 265" (the labeller, reading "p. 265" as a second volume, left the pages out)
# (and Brazil's ABNT: "v. 6, n. 2, p. 265-270")
_NUMBER_WORDS = {"vol": "volume", "no": "issue", "p": "pages", "pp": "pages", "v": "volume",
                 "n": "issue"}  # fmt: skip
_NAMED_NUMBER = re.compile(r"[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?")


def numbers_named_by_words(labelled: list[Labelled]) -> list[Labelled]:
    """ "vol. 6, no. 2, pp. 265-70": each number after its word and full stop is what the
    word names, when the reference prints at least two such words (one alone, "p. 5" in
    a title, says nothing of a style); and the issue named in brackets after the volume, as
    the CDC prints its reports' ("Example Surveillance Report 2030;24(No. 3)", "MMWR
    Recomm Rep 2030;69(No. RR-2):1-9"), is the issue: the labeller, knowing no series'
    letters before a number, ran "RR-2)" into the title."""
    labelled = _issue_named_in_brackets(labelled)
    words = list(texts_of(labelled))
    named = [
        i + 2
        for i in (k - 1 for k in where(labelled, ".") if 0 < k < len(words) - 1)
        if words[i + 1] == "."  # (the full stops, found in C: their words are asked of)
        and words[i].lower() in _NUMBER_WORDS
        and (_NAMED_NUMBER.fullmatch(words[i + 2]) or _glued_letter(labelled, i + 2))
        and labelled[i].label == "other"
    ]
    if len(named) < 2:
        return labelled
    out = list(labelled)
    for k in named:
        label = _NUMBER_WORDS[words[k - 2].lower()]
        if label == "issue" and words[k - 4 : k - 2] == ["Art", "."]:
            label = "pages"  # IEEE's "Art. no. 045001": the article's number, in the pages' place
        out[k] = out[k]._replace(label=label)
        if _glued_letter(labelled, k):  # "e" | "36" of an article number "e36"
            out[k + 1] = out[k + 1]._replace(label=label)
    return out


def _issue_named_in_brackets(labelled: list[Labelled]) -> list[Labelled]:
    """The tokens of "(No. 3)" or "(No. RR-2)" after a volume labelled the issue."""
    words = list(texts_of(labelled))
    if "No" not in words:  # (most entries name none: the loop below is not run)
        return labelled
    for i in range(1, len(words) - 4):
        if labelled[i - 1].label != "volume" or words[i : i + 3] != ["(", "No", "."]:
            continue
        close = next((k for k in range(i + 3, min(i + 7, len(words))) if words[k] == ")"), 0)
        if close and _NAMED_ISSUE.fullmatch("".join(words[i + 3 : close])):
            named = [x._replace(label="issue") for x in labelled[i + 1 : close]]
            return [*labelled[: i + 1], *named, *labelled[close:]]
    return labelled


# the issue after "No." in brackets: a number, or a series' letters and a number ("RR-2")
_NAMED_ISSUE = re.compile(r"(?:[A-Z]{1,3}-?)?\d{1,4}")


def _glued_letter(labelled: list[Labelled], k: int) -> bool:
    return (
        k + 1 < len(labelled)
        and re.fullmatch(r"[A-Za-z]", labelled[k].token.text) is not None
        and labelled[k + 1].token.text.isdigit()
        and not labelled[k + 1].token.space_before
    )


def journal_before_named_volume(labelled: list[Labelled]) -> list[Labelled]:
    """ABNT's "Title. Journal of Things, v. 44, n. 6, p. 436-464, 2030." (MLA's "vol. 6"
    too; "Journal. v. 44, n. 6. 2030", "Journal, n. 6, p. 4-9"): the words between the
    title's full stop and the comma (or full stop) before the volume's word, or the issue's
    where no volume is printed, are the journal, which the labeller, with no number right
    after it, leaves in the title (whole, or all but its last words); a place printed
    between the journal and the volume, as ABNT prints it, is the place
    (:mod:`.journal_places`)."""
    labelled = place_before_named_volume(labelled)
    v = named_volume(labelled, 2, ",.")
    if v < 0 or (labelled[v - 1].token.text == "." and not _journal_stopped(labelled, v)):
        return labelled
    k = v - 2
    while k > 0 and labelled[k].label in ("title", "container"):
        if labelled[k].token.text == "." and labelled[k - 1].label == "title":
            break  # the title's full stop
        k -= 1
    run = labelled[k + 1 : v - 1]
    if k <= 0 or labelled[k].token.text != "." or not any(x.label == "title" for x in run):
        return labelled
    if not run[0].token.text[:1].isupper():
        return labelled
    return [
        *labelled[: k + 1],
        *(x._replace(label="container") for x in run),
        *labelled[v - 1 :],
    ]


def _journal_stopped(labelled: list[Labelled], v: int) -> bool:
    """ "Title. Journal. v. 54, n. 7. 2013": a full stop before the volume's word closes a
    journal when a further locator is named after it and no publisher is read (a book's
    volume, "Title. v. 2. Place: Publisher, 2030", is printed so too)."""
    return "publisher" not in labels_in(labelled) and any(
        x.label in ("issue", "pages") for x in labelled[v + 3 :]
    )
