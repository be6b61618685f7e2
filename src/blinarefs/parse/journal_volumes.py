"""The journal printed between a title's full stop and a volume before its pages.

"Title. Journal Name 49: 2444-56.", "Title. Anal. Methods 6, 2812-31.", SAGE's Harvard
"Title. South Journal 12(3): 16-75.": the labeller, trained mostly on Vancouver lists, has
seen few journals printed with no year between them and the volume, and leaves such a
journal out or in the title. Its words are given back to the journal (split out of
:mod:`.relabel`, whose rules move a title's start and end).
"""

from __future__ import annotations

import re

from .labeller import Labelled
from .token_index import first_of, labels_in
from .years import YEAR as _YEAR

_JOURNAL_WORD = re.compile(r"[A-Z][\w'’\-.]*|[a-z]{1,4}|of|and|the|in|for|on|de|&|:|-|–|,|\.")


_MAY_BE_JOURNAL = frozenset({"other", "title", "volume", "container"})


def journal_before_volume(labelled: list[Labelled]) -> list[Labelled]:
    """ "Title. Journal Name 49: 2444-56.", "Title. Anal. Methods 6, 2812-31.", and with
    the year between, "Title. Journal 2030;6:155-63.": with no journal read, the words
    between the title's full stop and a volume printed before its pages (or that volume's
    year) are the journal (the labeller, which has seen few lists in these forms, leaves
    them out or in the title; a one-word journal it has not seen, "Infancy", it leaves out).
    A year before the colon, with none read elsewhere, is the year of an article with no
    volume ("Journal 2030:155-63"). An issue may follow the volume, as SAGE's Harvard
    prints it ("Title. South Journal 12(3): 16–75.", read as the title up to its "(")."""
    labels = list(labels_in(labelled))
    if "container" in labels:
        return labelled
    p = first_of(labelled, "pages")
    if p < 4 or labelled[p - 1].token.text not in ":,":
        return labelled
    issue = _issue_before(labelled, p - 1)
    volume = end = p - 2 - len(issue)
    if not labelled[volume].token.text.isdigit():
        return labelled
    if labelled[volume - 1].token.text == ";" and _YEAR.fullmatch(labelled[volume - 2].token.text):
        end = volume - 2
    # the journal starts after the farthest full stop before which every word reads as a
    # journal's (the title's own full stop, not "Anal." of "Anal. Methods")
    start, k = -1, end - 1
    while k > 0 and end - k <= 16:
        x = labelled[k]
        if not _JOURNAL_WORD.fullmatch(x.token.text) or x.label not in _MAY_BE_JOURNAL:
            break
        if x.token.text == "." and labelled[k + 1].token.text[:1].isupper() and k + 1 < end:
            start = k + 1
        k -= 1
    if start < 0:
        start = _sentence_case_start(labelled, end)
    if start < 0:
        return labelled
    journal = [x._replace(label="container") for x in labelled[start:end]]
    return [
        *labelled[:start],
        *journal,
        *labelled[end:volume],
        labelled[volume]._replace(label=_volume_or_year(labelled, volume, labels)),
        *issue,
        *labelled[p - 1 :],
    ]


# A journal's name in sentence case, as reference managers copy NLM's full titles ("The
# Examplia journal of widget diseases", "Pediatric widgetry", "Clinica widgetica acta;
# international journal of ...", "The ... journal : the official journal of the ...")
_SENTENCE_WORD = re.compile(r"[A-Za-z][\w'’\-]*|[;:,&()\-–]")
_LONG_LOWER = re.compile(r"[a-z]{5,}")


def _sentence_case_start(labelled: list[Labelled], end: int) -> int:
    """Where a journal in sentence case starts before its volume at ``end`` (-1 if none):
    after the nearest full stop that closes the title, when every word from there reads
    as a name's and one is a word in small letters that an abbreviated journal would not
    print ("infectious", "transplantation"; those :data:`_JOURNAL_WORD` takes are read
    above). The nearest stop, not the farthest: a title's own sentences hold such words
    too."""
    k = end - 1
    while k > 0 and end - k <= 24:
        x = labelled[k]
        if x.token.text == ".":
            first = labelled[k + 1].token.text
            if (
                k + 1 < end
                and first[:1].isupper()
                and first != "In"
                and labelled[k - 1].label == "title"
                and any(_LONG_LOWER.fullmatch(y.token.text) for y in labelled[k + 1 : end])
            ):
                return k + 1
            return -1
        if not _SENTENCE_WORD.fullmatch(x.token.text) or x.label not in _MAY_BE_JOURNAL:
            return -1
        k -= 1
    return -1


def _issue_before(labelled: list[Labelled], mark: int) -> list[Labelled]:
    """The issue in parentheses glued to a volume before the pages' ``mark`` ("12(3):")."""
    if mark < 4 or labelled[mark - 1].token.text != ")" or labelled[mark - 3].token.text != "(":
        return []
    number = labelled[mark - 2]
    if labelled[mark - 3].token.space_before or not number.token.text.isalnum():
        return []
    return [labelled[mark - 3]._replace(label="other"), number._replace(label="issue"),
            labelled[mark - 1]._replace(label="other")]  # fmt: skip


def _volume_or_year(labelled: list[Labelled], volume: int, labels: list[str]) -> str:
    """The label of a number before the pages' colon: "year" when it reads as one and no
    other year was read."""
    number, mark = labelled[volume].token.text, labelled[volume + 1].token.text
    return "year" if mark == ":" and _YEAR.fullmatch(number) and "year" not in labels else "volume"
