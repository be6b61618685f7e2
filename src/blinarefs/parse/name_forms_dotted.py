"""Where the names end in the house styles that print every initial with its stop, read
from their form alone: family name first (Nature's, the ACS's, APA's, Cell's: "Roe, J. A.,
Doe, K. & Poe, L. Title", "Roe, J.; Doe, K. et al. Title") or initials first (Science's,
the APS's, Elsevier's numbered: "J. A. Roe, K. Doe, and L. Poe, Title"). The labeller,
trained mostly on Vancouver lists, ends such names at the wrong token where the title opens
with capitalised words ("CLANS: a Java application", "The C terminus of", "Primary,
adaptive, and") or where "et al." closes the names. The form is regular enough to end them
by rule; what follows them is the title, and a title and a journal both printed with
capitals and stops are told apart by the journal's abbreviated words (:mod:`.acs_titles`).
"""

from __future__ import annotations

import re

from .labeller import Labelled, texts_of

_FAMILY = r"(?:[a-z]{1,3} ){0,2}[^\W\d_][\w'’\-‐]*(?: [A-Z][\w'’\-‐]*){0,2}"
_GIVEN = r"[A-Z]h?\.(?:[ \-‐]?[A-Z]h?\.)*"  # ("Ch.", "Th.": a digraph's initial)
_ET_AL = r"(?:,? et al\.)?"
_FAMILY_FIRST = re.compile(
    rf"(?:{_FAMILY}, {_GIVEN}(?:,? & |; |,? and |, ))*{_FAMILY}, {_GIVEN}(?:;? et al\.)?"
    r"(?= (?![A-Z]h?\.)[^\W\d_])"  # (then no initial: "Roe, T." | "J., & Doe, O.")
)
# (a family name initials first is no lone capital, "U.S. Food and Drug Administration",
# and the names end at a comma, not at a journal's "J. Clin. Oncol.")
_LAST = rf"(?![A-Z]\b){_FAMILY}"
_INITIALS_FIRST = re.compile(
    rf"(?:{_GIVEN} ?{_LAST}(?:,? and |,? & |, ))*{_GIVEN} ?{_LAST}{_ET_AL}(?=, )"
)
# a title's first word, capitalised ("CLANS", "The"), never a chapter's or a meeting's "In",
# "em", "en" before the book
_TITLE_OPENING = re.compile(r"(?!(?:In|En|Em)$)[A-Z0-9]")
# a name with its given name spelled out, short, among them ("Qi Shuai", "Ki‐B Lee")
_GIVEN_NAME = re.compile(r"(?:^|, )[A-Z][\w‐-]{0,4} [A-Z][\w'’‐-]+(?: ,|$)")
# what no title holds, where the labeller read it between the names and a tail read by rule
# (a journal's start there says the tail's own start is in doubt: "Acta Fictallogr., Sect.")
_NOT_TITLE = frozenset({"year", "date", "editor", "container"})
# an initial among the words the labeller read as names: more names, not a title's words
_INITIAL_IN = re.compile(r"(?:^| )[A-Z]h? \.")
# another name after where the form's names were read to: the form was not read whole
_MORE_NAMES = re.compile(rf"(?:,? (?:and |& )?{_GIVEN} ?[A-Z]| {_FAMILY}, {_GIVEN})")
# a given name written out after the first name's initial, and more names up to the year
# the author-date styles close them with: Chicago's "Roe, J. Michael, and Kim Doe. 2030."
# (not a title's first word, which no names and year follow: "Roe, J. Primary, ...")
_GIVEN_AFTER_INITIAL = re.compile(
    r" [A-Z][a-z]+(?: [A-Z]\.)*, (?:and |& )?[A-Z][^\d]{0,200}?\. (?:19|20)\d{2}[a-z]?\."
)


def names_end(text: str) -> int:
    """Where the names printed in one of the two forms at the start of ``text`` end, or 0
    when they are not printed so (or not read whole)."""
    m = _FAMILY_FIRST.match(text) or _INITIALS_FIRST.match(text)
    if not m or _MORE_NAMES.match(text, m.end()) or _GIVEN_AFTER_INITIAL.match(text, m.end()):
        return 0
    return m.end()


def names_by_form(labelled: list[Labelled], source: str, limit: int) -> list[Labelled]:
    """Every token of the names :func:`names_end` reads is a name's, and the names the
    labeller went on with after them are the title's first words (before ``limit``, where
    a tail read by rule starts); before such a tail, every word between the names and the
    tail is the title's ("J. Roe, Smoking in made-up lungs, Lung Fict. 57 (2030) 266.",
    whose "in made-up lungs" the labeller gave to no field)."""
    end = min(names_end(source), limit)
    if not end:
        return labelled
    out = [x if x.token.start >= end or x.label == "author" else x._replace(label="author")
           for x in labelled]  # fmt: skip
    k = next((i for i, x in enumerate(out) if x.token.start >= end), len(out))
    first = k
    while first < len(out) and not any(c.isalnum() for c in out[first].token.text):
        first += 1  # the mark after the names: "Roe, " | "Title"
    stop = first
    while stop < len(out) and out[stop].label == "author" and out[stop].token.start < limit:
        stop += 1
    whole = False
    if limit < len(source):  # a tail read by rule: what lies between is the title, whole
        last = max((i for i in range(first, len(out)) if out[i].token.start < limit), default=-1)
        while last >= first and not any(c.isalnum() for c in out[last].token.text):
            last -= 1  # its mark before the journal: "Title" | ", Journal"
        between = out[first : last + 1]
        whole = bool(between) and not (_NOT_TITLE & {x.label for x in between})
        stop = last + 1 if whole else stop
    run = list(texts_of(out)[first:stop])
    opens = whole or (run and _TITLE_OPENING.match(run[0]))
    if (
        not run
        or not opens
        or _INITIAL_IN.search(" ".join(run))
        or _GIVEN_NAME.search(" ".join(run))
    ):
        return out  # nothing run on, or more names ("Yi Roe, I. Doe")
    marks = [x._replace(label="other") if x.label == "author" else x for x in out[k:first]]
    return [*out[:k], *marks, *(x._replace(label="title") for x in out[first:stop]), *out[stop:]]
