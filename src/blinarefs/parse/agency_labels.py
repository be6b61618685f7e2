"""An organisation's name in the labeller's output: the labels of its tokens mended where
the labeller, which has seen few corporate authors, read the name as the title or the
journal ("Example Council. (2030). Title.", "Example Agency. Made-Up Guide.", "Example
Network of Tests (ENT)."). Apart from :mod:`.agencies`, whose rules mend the fields read,
because these work on the labelled tokens before the fields are read; :mod:`.agencies`
re-exports every name.
"""

from __future__ import annotations

import re

from .body_names import ACRONYMS, is_body_name
from .labeller import Labelled
from .token_index import figures_at, labels_in, run_end

YEAR = re.compile(r"(?:19|20)\d\d[a-z]?")

# Where an organisation's name may have been read, before its year: anything but a person's
_NAME_SIDE = frozenset({"title", "container", "other", "publisher"})


def organisation_before_year(labelled: list[Labelled]) -> list[Labelled]:
    """An author-date entry by an organisation ("Example Institute of Tests (EIT) (2030) A
    report on tests.", "Example Council. (2030). Title."), which the labeller, having seen
    few, reads as a title opening with the name (and the year in it, or the real title as
    the journal): the name before the year in parentheses is the author, when it reads as
    an organisation's and no author was read; the sentence after the year is the title."""
    if "author" in labels_in(labelled):
        return labelled
    at = next(
        (
            i
            for i in figures_at(labelled)  # (a year opens with a figure: found in C)
            if 2 <= i < min(len(labelled) - 1, 40)
            and YEAR.fullmatch(labelled[i].token.text)
            and labelled[i - 1].token.text == "("
            and labelled[i + 1].token.text == ")"
        ),
        -1,
    )
    end = at - 1
    while end > 0 and labelled[end - 1].token.text == ".":
        end -= 1
    if end < 2 or any(x.label not in _NAME_SIDE for x in labelled[:end]):
        return labelled
    # the name as printed, from the tokens' offsets, which start at its first letter
    name = _joined(labelled[:end])
    if labelled[0].token.start != 0 or not is_body_name(name):
        return labelled
    after = at + 2
    while after < len(labelled) and labelled[after].token.text == ".":
        after += 1
    stop = next(
        (k for k in range(after, len(labelled)) if labelled[k].token.text == "."), len(labelled)
    )
    titled = "title" in labels_in(labelled)[after:]
    return [
        *(x._replace(label="author") for x in labelled[:end]),
        *(x._replace(label="other") for x in labelled[end:at]),
        labelled[at]._replace(label="year"),
        *(x._replace(label="other") for x in labelled[at + 1 : after]),
        *(x if titled else x._replace(label="title") for x in labelled[after:stop]),
        *labelled[stop:],
    ]


def organisation_then_title(labelled: list[Labelled]) -> list[Labelled]:
    """A body's name closed by its full stop and read as a title, the real title after it
    read as a second title ("Example Ministry of Tests. Made-Up User Manual. Place; 2030
    https://...", "Example Agency. 2030. Made-up guidance."): the labeller, having seen
    few corporate authors, reads both sentences as the title, and the longer one wins. The
    first sentence is the author, when it opens the reference, no author was read, and it
    reads as an organisation's name."""
    if not labelled or labelled[0].token.start != 0:
        return labelled
    if "title" not in labels_in(labelled):
        return _title_out_of_name(labelled)
    if "author" in labels_in(labelled):
        return labelled
    stop = run_end(labelled, 0, "title")
    if not 2 <= stop < len(labelled) - 1 or labelled[stop].token.text != ".":
        return labelled
    after = stop + 1  # the title next, or the year and its full stop first (author-date)
    if labelled[after].label == "year" and YEAR.fullmatch(labelled[after].token.text):
        after += 1
        while after < len(labelled) - 1 and labelled[after].token.text == ".":
            after += 1
    if after >= len(labelled) or labelled[after].label != "title":
        return labelled  # ("Example Agency. 2030.": nothing after the year)
    if not is_body_name(_joined(labelled[:stop])):
        return labelled
    return [*(x._replace(label="author") for x in labelled[:stop]), *labelled[stop:]]


def _joined(labelled: list[Labelled]) -> str:
    """The tokens' text as a name prints it ("Example Office (EO)")."""
    return " ".join(x.token.text for x in labelled).replace("( ", "(").replace(" )", ")")


def _title_out_of_name(labelled: list[Labelled]) -> list[Labelled]:
    """... or, no title read at all, the title read into the body's name across its full
    stop ("Example Agency. Made-Up Guide: ...", one author span): the sentence after the
    name's full stop is the title."""
    end = run_end(labelled, 0, "author")
    stop = next((i for i in range(1, end - 1) if labelled[i].token.text == "."), 0)
    name = _joined(labelled[:stop])
    if not stop or not labelled[stop + 1].token.text[:1].isupper():
        return labelled
    if not (is_body_name(name) or re.fullmatch(ACRONYMS, name)):
        return labelled
    retitled = [x._replace(label="title") for x in labelled[stop + 1 : end]]
    return [*labelled[: stop + 1], *retitled, *labelled[end:]]


_ACRONYM_TOKEN = re.compile(r"[A-Z][A-Z&]{1,9}")


def acronym_after_organisation(labelled: list[Labelled]) -> list[Labelled]:
    """An organisation's acronym in parentheses after its name ("Example Network of Tests
    (ENT). www.example.org"), which the labeller, having ended the name before the
    parenthesis, reads as the title or the journal: the name's, when the authors read are
    one organisation's name and a full stop or a comma follows the parenthesis."""
    end = run_end(labelled, 0, "author")
    if end < 2 or end + 3 >= len(labelled) or labelled[end].token.text != "(":
        return labelled
    acronym, closing, after = labelled[end + 1 : end + 4]
    if (
        not _ACRONYM_TOKEN.fullmatch(acronym.token.text)
        or closing.token.text != ")"
        or after.token.text not in (".", ",")
    ):
        return labelled
    name = " ".join(x.token.text for x in labelled[:end])
    if not is_body_name(name):
        return labelled
    named = [x._replace(label="author") for x in labelled[end : end + 3]]
    return [*labelled[:end], *named, *labelled[end + 3 :]]
