"""Where a run of names ends in the shapes the labeller misreads as a whole run.

Kept apart from :mod:`.name_ends`, which mends a name's end by the form of the names before
it (initials first, dotted initials, a journal read by rule between two names); these read
the run itself: a Vancouver list ends at the first full stop after a name's initials, a
single name printed initials first is the author, a long list the labeller broke for a name
or two is one run of names, and the names end at a full stop the reader put in after them.
"""

from __future__ import annotations

import itertools
import re

from ..names import PARTICLES, is_initials
from .labeller import Labelled, texts_of
from .name_ends import FAMILY_WORD
from .one_name import ORGANISATION_WORDS
from .token_index import all_of, first_of, label_from, labels_in, run_end, where
from .years import YEAR

# A title's opening acronym after a Vancouver list ("Roe J, Doe A. UK trends", "Poe CF.
# ZFN, TALEN and..."): two capitals or more, or capitals and digits; not an initial.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:[-‐/][A-Z0-9]+)*")


def first_author_run(labelled: list[Labelled]) -> tuple[int, int] | None:
    """The first and last index of the first run of tokens labelled as authors, or None."""
    first = first_of(labelled, "author")
    if first < 0:
        return None
    return first, run_end(labelled, first, "author") - 1


def vancouver_names_end(labelled: list[Labelled]) -> list[Labelled]:
    """A Vancouver list, "Roe J, Doe AB, Poe C. Title", or one name, "Roe J. Title", ends
    at the first full stop after a name's initials: the labeller sometimes reads on into a
    title that opens like a name ("Poe C. Cathepsin B, cathepsin H...") or with an acronym
    ("Poe CF. ZFN, TALEN and ...", "Roe J. UK trends": BMJ prints no full stop after the
    names, and :func:`..read._close_names` puts it back). Only where the names before print
    no full stops, so "Roe J., Doe A.B." is left alone, and not before an acronym closed by
    a full stop, which may be one more name's initials."""
    run = first_author_run(labelled)
    if run is None:
        return labelled
    first, last = run
    words = list(texts_of(labelled)[first : last + 1])
    stop = next((i for i, w in enumerate(words) if w == "."), -1)
    if stop < 2 or stop >= len(words) - 1:
        return labelled
    commas = [i for i, w in enumerate(words[:stop]) if w == ","]
    if not all(is_initials(words[i - 1]) for i in commas):  # "Roe, J. A.; Doe, B."
        return labelled
    if not commas and (stop != 2 or len(words[1]) > 2 or words[0] in ("The", "A", "An")):
        return labelled  # one name, "Roe J.", not an organisation's "The NHS. Centre"
    nxt, acronym = words[stop + 1], bool(_ACRONYM.fullmatch(words[stop + 1]))
    # a title's first word, or its article "A" before a word the labeller also took for a
    # name ("Roe J. A Y12F mutant"; not "Roe M. A 2030", the last initial)
    worded = (nxt[:1].isupper() and nxt[1:2].islower()) or (
        nxt == "A" and words[stop + 2 : stop + 3] not in ([], [","], ["."])
    )
    if not is_initials(words[stop - 1]):
        return labelled
    if not worded and (not acronym or words[stop + 2 : stop + 3] == ["."]):
        return labelled
    if nxt in ("Jr", "Sr") or (
        words[stop + 2 : stop + 3] == [","] and not (acronym and len(nxt) > 2)
    ):
        return labelled  # "Roe ET. Jr, Doe A", "Roe A. Doe, et al": not a title (but "ABC,")
    cut, end = first + stop + 1, last + 1
    while end < len(labelled) and labelled[end].label != "title" and end - last <= 2:
        end += 1  # the marks between the names' run and the title's: one title
    if end == len(labelled) or labelled[end].label != "title":
        end = last + 1
    title = [x._replace(label="title") for x in labelled[cut:end]]
    return [*labelled[:cut], *title, *labelled[end:]]


_ONE_INITIAL = re.compile(r"[A-Z]")
# A family name after initials: "Roe", "O'Roe", "Roe-Doe".
_FAMILY = re.compile(r"[A-Z][^\W\d_]*(?:['’\-‐][A-Z]?[^\W\d_]+)*")


def one_name_initials_first(labelled: list[Labelled]) -> list[Labelled]:
    """A single author printed initials first ("A. Roe, Title. Science 340, 1 (2030).", as
    Science and the physics journals print them), which the labeller, having seen such lists
    only with several names, reads as the title's start (or a journal read by rule from
    the comma after it, :mod:`.tails`, leaves it alone as the title): the name is the
    author."""
    words = [x.token.text for x in labelled[:12]]
    i = 0
    while i + 1 < len(words) and _ONE_INITIAL.fullmatch(words[i]) and words[i + 1] == ".":
        i += 2
    if not 2 <= i <= 6 or i + 2 >= len(words) or words[i + 1] != ",":
        return labelled
    if not _FAMILY.fullmatch(words[i]) or not labelled[i + 2].token.text[:1].isupper():
        return labelled
    if "author" in labels_in(labelled) and (
        labelled[i].label == "author" or _ONE_INITIAL.fullmatch(labelled[i + 2].token.text)
    ):
        return _title_after_one_name(labelled, i + 2)
    # (Elsevier's "C. Roe, Stress and made-up depression, J. Ex. 1 (2030) 2-3": the
    # initial read as a name, the family name as the title's first word)
    name = [x._replace(label="author") for x in labelled[: i + 1]]
    return [*name, labelled[i + 1]._replace(label="other"), *labelled[i + 2 :]]


def _title_after_one_name(labelled: list[Labelled], at: int) -> list[Labelled]:
    """The single name printed initials first, and the words after its comma read as more
    names though they open with no initial ("A. Roe, Made-up Polymers: The Third Kind,
    disponível em: https://..."): those words are the title (with the subtitle read as
    the title after them), up to the end of what the labeller read as names."""
    first = labelled[at].token.text
    if _ONE_INITIAL.fullmatch(first) or first in ("Jr", "Sr"):
        return labelled
    end = run_end(labelled, at, "author")
    if end - at < 2 or any(x.label == "author" for x in labelled[end:]):
        return labelled
    if any(
        _ONE_INITIAL.fullmatch(labelled[k].token.text) and labelled[k + 1].token.text == "."
        for k in range(at, end - 1)
    ):
        return labelled  # more names, one with given names spelled out ("L. Roe, Yi Doe, ...")
    title_at = first_of(labelled, "title")
    if title_at >= 0 and not (title_at == end + 1 and labelled[end].token.text == ":"):
        return labelled
    if end < len(labelled) and labelled[end].token.text == ":":  # its subtitle, to a comma
        after = end + 1
        while after < len(labelled) and labelled[after].label in ("container", "title"):
            after += 1
        if after < len(labelled) and labelled[after].token.text == "," and after > end + 1:
            end = after
    title = [x._replace(label="title") for x in labelled[at:end]]
    return [*labelled[: at - 1], labelled[at - 1]._replace(label="other"), *title, *labelled[end:]]


_NAME_PIECE = re.compile(r"[A-Z][^\W\d_]*(?:['’\-‐][A-Z]?[^\W\d_]+)*|[.,;&]|and")


def names_unbroken(labelled: list[Labelled]) -> list[Labelled]:
    """A long name list the labeller broke in the middle ("..., Lawrence D., Muir J. F.,
    Pretty J., ..." read as other, journal or editors for a name or two): a short gap of
    names and their marks between two runs of authors is the authors'."""
    runs = all_of(labelled, "author")
    if not runs:
        return labelled
    out = list(labelled)
    for a, b in itertools.pairwise(runs):
        if b == a + 1:
            continue  # (no gap: most names' tokens are one run)
        gap = labelled[a + 1 : b]
        if (
            len(gap) <= 12
            and all(x.label in ("other", "container", "editor") for x in gap)
            and all(_NAME_PIECE.fullmatch(x.token.text) for x in gap)
            and any(x.token.text[:1].isupper() for x in gap)
        ):
            out[a + 1 : b] = [x._replace(label="author") for x in gap]
    return out


# labels the names' own words may have been given before the full stop that closes them
# (a long list's family read as its pages: "..., Doe P, McExample G. Title")
_NOT_NAMES = frozenset({"title", "container", "other", "note", "publisher", "pages"})


def names_closed_at(labelled: list[Labelled], stop: int | None) -> list[Labelled]:
    """The names end at the full stop put after them (:func:`.inserted_stop`), whatever the
    labeller read, which has seen such lists only closed: the words before it are the
    names' ("Roe A Made-up analysis, 2030 Available: ..." read as one title), and names it
    read after it are the title's ("ABC Country notes, 2030 ..." read as a name)."""
    at = next((i for i in where(labelled, ".") if labelled[i].token.start == stop), -1)
    if at < 1:
        return labelled
    names = [x._replace(label="author") if x.label in _NOT_NAMES else x for x in labelled[:at]]
    end = run_end(labelled, at + 1, "author")
    run = list(texts_of(labelled)[at + 1 : end])
    if (
        (end < len(labelled) and labelled[end].token.text == ".")
        or "al" in run
        or ORGANISATION_WORDS.search(" ".join(run))
        or (run and is_initials(run[-1]) and len(run[-1]) < 3)
    ):
        # the labeller's names go on to a printed full stop, "et al", initials or an
        # organisation's word: the stop put in was too early ("Roe JH. 3rd, Doe S, et al
        # Title", "ABCD. Panel on Made-up Health, Title"), and its reading stands
        return [*names, *labelled[at:]]
    grown = end
    while grown < len(labelled) and grown - end < 2 and labelled[grown].label == "other":
        grown += 1  # the marks between the names' run and the title's: one title
    if grown < len(labelled) and labelled[grown].label == "title":
        end = grown
    title = [x._replace(label="title") for x in labelled[at + 1 : end]]
    return [*names, labelled[at]._replace(label="other"), *title, *labelled[end:]]


# A word of the last name after "and": initials ("BE", "B"), a family name ("Hoe",
# "O'Hoe", "Hoe-Poe"), and the marks between them; or a particle (``names.PARTICLES``)
_LAST_NAME_WORD = re.compile(rf"{FAMILY_WORD.pattern}|[.,\-‐]")
_AND = frozenset({"and", "&"})


def last_name_before_year(labelled: list[Labelled]) -> list[Labelled]:
    """The last name after "and", which the labeller left out of the names' run, when the
    year follows it (T&F's Chicago author-date "Roe, K, E Doe, and BE Hoe. 2030.", APA's
    "..., & Hoe, B. E. (2030)"): an author-date list puts nothing else between its names and
    its year, so the name is the authors'. A word in lower case, an organisation's word, or
    no "and" opening what lies between: left as read."""
    run = first_author_run(labelled)
    if run is None:
        return labelled
    end = run[1] + 1
    year = label_from(labelled, "year", end)
    gap = labelled[end:year]
    if not gap or len(gap) > 12 or any(x.label not in _NOT_NAMES for x in gap):
        return labelled
    stop = year
    while stop > end and labelled[stop - 1].token.text in (".", "("):
        stop -= 1  # "Hoe. 2030", "Hoe, B. E. (2030)"
    start = end
    if labelled[run[1]].token.text not in _AND:
        start += labelled[start].token.text == ","
        if start >= stop or labelled[start].token.text not in _AND:
            return labelled
        start += 1
    name = list(texts_of(labelled)[start:stop])
    family = [w for w in name if w[:1].isupper() and any(c.islower() for c in w)]
    if not family or not all(_LAST_NAME_WORD.fullmatch(w) or w in PARTICLES for w in name):
        return labelled
    if ORGANISATION_WORDS.search(" ".join(name)):
        return labelled
    return [*labelled[:end], *(x._replace(label="author") for x in labelled[end:stop]),
            *labelled[stop:]]  # fmt: skip


# One person inverted, as Chicago's and Harvard's lists open: "Roe", ",", then initials and
# their stops or given names written out ("J", ".", "Jane", "A", ".")
_GIVEN_TOKEN = re.compile(r"[A-Z](?:[-‐][A-Z])?|[A-Z][a-z]+(?:[-‐][A-Z][a-z]+)?|\.")


def inverted_name_opens_title(labelled: list[Labelled]) -> list[Labelled]:
    """Chicago's book of one author, "Roe, J. 2030. Title. Place: Publisher.", which the
    labeller reads whole as the title (it has seen few books printed so): where nothing is
    read as a name, an inverted person and a year closed by a full stop opening the title
    are the author and the year."""
    if "author" in labels_in(labelled) or len(labelled) < 8:
        return labelled
    words = list(texts_of(labelled))
    if labelled[0].label != "title" or words[1] != "," or not FAMILY_WORD.fullmatch(words[0]):
        return labelled
    k = 2
    while k < min(len(words), 9) and _GIVEN_TOKEN.fullmatch(words[k]) and not YEAR.match(words[k]):
        k += 1
    if k < 4 or words[k - 1] != "." or k + 2 >= len(words):
        return labelled
    if not (YEAR.match(words[k]) and words[k + 1] == "." and labelled[k + 2].label == "title"):
        return labelled
    if any(x.label != "title" for x in labelled[: k + 2]):
        return labelled
    return [
        *(x._replace(label="author") for x in labelled[:k]),
        labelled[k]._replace(label="year"),
        labelled[k + 1]._replace(label="other"),
        *labelled[k + 2 :],
    ]
