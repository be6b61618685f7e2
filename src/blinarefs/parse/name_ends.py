"""Where the labeller's names end, mended by the shape of the names printed before.

The labeller, trained mostly on Vancouver lists ("Roe JA, Doe B. Title"), knows where such
a list ends; the other forms of a name end elsewhere, and it misplaces their end:

- initials first ("S.W. Austin e R. Hesketh, Title"): a name ends with its family name, not
  with an initial, so a run ending "R." goes on to the family name after it;
- family name first with dotted initials ("Roe J. A., Doe B. Title", as Nature and the
  Royal Society print them): a name ends with its last initial's full stop, so what follows
  it, when it is no further name, is the title's start, not a name;
- a journal read by rule from the last comma (:mod:`.tails`), when that comma is between
  two names ("A. Roe, B. Doe. J. Made Up 2030, 1, 2."), is no journal: the names go on.

The mends that read a whole run of names (Vancouver lists, one name initials first, a
broken run) are in :mod:`.name_runs`.
"""

from __future__ import annotations

import itertools
import re
from itertools import compress, count

from ..names import SUFFIXES
from .features import JOURNAL_WORDS
from .labeller import Labelled, texts_of
from .one_name import ORGANISATION_WORDS
from .token_index import last_of, run_end, unbroken_run

# An initial as the labeller's tokens print it: "R", "J-P" (the full stop is a token of its own).
INITIAL_TOKEN = re.compile(r"[A-Z]|[A-Z][-‐][A-Z]")
# A word of a family name: "Roe", "O'Roe", "Roe-Doe", and the particles before it.
FAMILY_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’\-‐][A-Za-z]?[^\W\d_]*)*")
_PARTICLES = frozenset({"van", "von", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
                        "der", "den", "le", "la", "ten", "ter", "y", "e"})  # fmt: skip
# Between two names: a comma, a semicolon, "&", "and", "e", "y".
_BETWEEN = frozenset({",", ";", "&", "and", "e", "y"})


def _initials_first(words: list[str]) -> bool:
    """Whether a run of name tokens opens with an initial and its full stop ("J. Roe")."""
    return len(words) > 1 and bool(INITIAL_TOKEN.fullmatch(words[0])) and words[1] in (".", "-")


def mend_given_first(labelled: list[Labelled]) -> list[Labelled]:
    """Names printed initials first ("S.W. Austin e R. Hesketh, Environ.") end with a family
    name, never with an initial; the labeller, which has seen mostly Vancouver lists, ends
    the authors at "R." as it would after "Hesketh R.". An author run that ends with an
    initial, in a list that opens with one, is carried on to the next comma, when what it
    takes in reads as a family name (capitalised words and particles, at most four): a
    list printed family name first ("Roe M. S. Contextual fear, ...") is left alone."""
    last = last_of(labelled, "author")
    stop = last >= 1 and labelled[last].token.text == "." and bool(labelled[last + 1 :])
    if stop:
        last -= 1  # "A. Roe, B. Doe, Title", "P.C. Roe, Title", "Y. Roe. Title": the run
        # ends after the initial's full stop
    if last < 0 or not INITIAL_TOKEN.fullmatch(labelled[last].token.text):
        return labelled
    # (a lone initial's full stop that the labeller left out of the run: "Y. Roe. Title")
    words = list(texts_of(labelled)[: max(last + 1 + stop, 2)])
    if not (_initials_first(words) or _given_first_after_first(words)):
        return labelled
    end = last + 1
    while end < len(labelled) and not _after_family_name(labelled, end):
        if end - last > 10 or not re.fullmatch(
            r"[^\W\d_][\w'’\-‐]*|[.\-‐]", labelled[end].token.text
        ):
            return labelled
        end += 1
    taken = [x.token.text for x in labelled[last + 1 : end] if x.token.text not in ".-‐"]
    # at most four words besides the initials of a last name ("Poe e W.-P. Su")
    if end >= len(labelled) or not 0 < sum(not INITIAL_TOKEN.fullmatch(w) for w in taken) <= 4:
        return labelled
    if not all(FAMILY_WORD.fullmatch(w) or w in _PARTICLES for w in taken):
        return labelled
    spelt = {w.lower() for w in taken if not INITIAL_TOKEN.fullmatch(w)}
    if not FAMILY_WORD.fullmatch(taken[-1]) or spelt & JOURNAL_WORDS:
        return labelled  # nor a journal's words ("J. Solution Chem. 2030"); an initial's
        # "J" is a given name's ("and C. J. Poe. 2030"), the word after it says which
    mended = [x._replace(label="author") for x in labelled[last + 1 : end]]
    if _YEAR.fullmatch(labelled[end].token.text):  # "and P. L. Poe 2030 Title": its year
        mended.append(labelled[end]._replace(label="year"))
        end += 1
    return [*labelled[: last + 1], *mended, *labelled[end:]]


def given_first_names_stop(labelled: list[Labelled]) -> list[Labelled]:
    """Names printed initials first end at the full stop after a family name that a title
    follows ("D.C. Roe & M. A. Doe. CG versus ...: An ..."), where the labeller ran the
    names on over the title's opening words up to its colon: a family name is no initial,
    so the run's first full stop after one, before a capitalised word that opens no
    abbreviation, closes the names."""
    run = unbroken_run(labelled, "author")
    if run is None or run[0] != 0:
        return labelled
    words = list(texts_of(labelled)[: run[1]])
    if not _initials_first(words):
        return labelled
    for k in range(2, run[1] - 1):
        before = words[k - 1]
        if (
            words[k] == "."
            and FAMILY_WORD.fullmatch(before)
            and not INITIAL_TOKEN.fullmatch(before)
        ):
            if not _title_after(labelled, k + 1):
                return labelled
            end = run[1]  # and the colon before the rest of the title ("MINRES: An ...")
            if labelled[end:][:1] and labelled[end].token.text == ":" and labelled[end + 1 :][:1]:
                end += 2 if labelled[end + 1].label == "title" else 0
            title = [x._replace(label="title") for x in labelled[k + 1 : end]]
            return [*labelled[: k + 1], *title, *labelled[end:]]
    return labelled


_CONJUNCTIONS = frozenset({"and", "e", "y", "&"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d[a-z]?")


def _after_family_name(labelled: list[Labelled], k: int) -> bool:
    """Whether token ``k`` closes a name printed initials first: its comma, the full stop
    after its family name before the year ("and P. L. Poe. 2030"), not a journal's, or the
    year right after the family name ("and P. L. Poe 2030")."""
    text, before = labelled[k].token.text, labelled[k - 1].token.text
    after = labelled[k + 1].token.text if k + 1 < len(labelled) else ""
    if text == "," or (_YEAR.fullmatch(text) and FAMILY_WORD.fullmatch(before)):
        return True
    year = bool(re.fullmatch(r"(?:19|20)\d\d[a-z]?", after))
    if text != "." or INITIAL_TOKEN.fullmatch(before) or before in ".-‐":
        return False
    return year or _title_after(labelled, k + 1)


def _title_after(labelled: list[Labelled], k: int) -> bool:
    """Whether a title opens at token ``k``, after a family name's full stop ("D.M. Roe.
    Made-up problems.", "S. Doe & F. Poe. A made-up ..."): a capitalised word that no full
    stop follows, so neither a dotted initial nor an abbreviation (a journal's "Environ."
    after a title left out)."""
    if k + 1 >= len(labelled):
        return False
    word, after = labelled[k].token.text, labelled[k + 1].token.text
    return word[:1].isupper() and after not in ".-‐" and word.lower() not in JOURNAL_WORDS


_PIECE_ENDS = frozenset((",", ";"))


def _piece(words: list[str], bounds: list[int], k: int) -> list[str]:
    """The ``k``-th piece of ``words`` between ``bounds``, without the conjunctions that
    open it ("and P. Poe")."""
    start, stop = bounds[k] + 1, bounds[k + 1]
    while start < stop and words[start] in _CONJUNCTIONS:
        start += 1
    return words[start:stop]


def _given_first_after_first(words: list[str]) -> bool:
    """ "Roe, C., M. Doe, and P. L. Poe" (the Ecological Society's, Chicago's), "Roe, Jane A.,
    and Peter B. Doe" (Chicago's given names in full), not "Roe, C. & Doe, A."."""
    # the pieces between the commas and semicolons: the first and the last two are read
    bounds = [-1, *compress(count(), map(_PIECE_ENDS.__contains__, words)), len(words)]
    pieces = len(bounds) - 1
    # the last name's initials: "P. L", or one initial alone, whose full stop the labeller
    # left out of the run ("and P. Poe. 2030": the run ends at "P"), or a given name in
    # full and its initial ("and Peter B. Doe. 2030": the run ends at "B")
    last = _piece(words, bounds, pieces - 1)
    # (Chicago inverts only its first name, "Roe, Jane A.": Vancouver's "Roe J, Poe M" is
    # shaped as "Peter B" too, but its first piece holds initials, "J", "KF")
    family_alone = all(any(c.islower() for c in w) for w in _piece(words, bounds, 0))
    in_full = _in_full(last) and len(last) > 1 and family_alone
    if pieces < 3 or not (
        _initials_first(last) or (len(last) == 1 and INITIAL_TOKEN.fullmatch(last[0])) or in_full
    ):
        return False
    if _CONJUNCTIONS.intersection(before := _piece(words, bounds, pieces - 2)):
        return False  # APA's "Roe, M. & Doe, D. A.": a family name after "&"
    only_initials = bool(before) and all(INITIAL_TOKEN.fullmatch(w) or w == "." for w in before)
    if in_full:  # the name before: the first's given name ("Roe, Jane A., and"), or given first
        return (
            (pieces == 3 and _in_full(before))
            or _in_full(before[:-1])
            or only_initials
            or _initials_first(before)
        )
    return only_initials or _initials_first(before)


def _in_full(piece: list[str]) -> bool:
    """A given name written out and its initials, as Chicago prints them ("Jane A.",
    "Jane"), the labeller's "Peter B" of "Peter B. Doe"."""
    return (
        bool(piece)
        and FAMILY_WORD.fullmatch(piece[0]) is not None
        and not INITIAL_TOKEN.fullmatch(piece[0])
        and all(INITIAL_TOKEN.fullmatch(w) or w == "." for w in piece[1:])
    )


def _no_name(piece: list[str]) -> bool:
    """Words that are no person's name: a lower-case word other than a particle or "and"
    ("Made of Pretend"), or a word alone beside "and" ("Made and Pretend"); a name with
    its given name in full ("Yi Roe", "Yi Roe and Bo Doe"), or a suffix ("Jr"), is one."""
    if any(w[:1].islower() and w not in _PARTICLES and w not in _CONJUNCTIONS for w in piece):
        return True
    sides = " ".join(piece).split(" and ")
    return len(sides) > 1 and any(len(side.split()) == 1 for side in sides)


def given_first_names_end(labelled: list[Labelled]) -> list[Labelled]:
    """Names printed initials first end before the first piece between commas that opens
    with no initial ("A. Roe, B. Doe e C. Poe, Made and Pretend, B: Chemical 1, 2 (2030).",
    "A. Roe, Pretend and Imaginary Polymers: The Fifth...", where the labeller read the
    journal's or the title's words, joined by "and" as names are, as two more names): that
    piece and what follows it up to the labeller's next field are that field's. Not a
    group's name ("..., Example Study Group") nor "et al"."""
    run = unbroken_run(labelled, "author")
    if run is None:
        return labelled
    start, stop = run
    words = list(texts_of(labelled)[start:stop])
    if not _initials_first(words):
        return labelled
    k = 0
    while k < len(words):
        j = next((i for i in range(k, len(words)) if words[i] in (",", ";")), len(words))
        piece = words[k + (words[k] in _CONJUNCTIONS) : j]
        if piece and not _initials_first(piece):
            break
        k = j + 1
    else:
        return labelled
    piece = words[k:j]
    if k == 0 or not piece[0][:1].isupper() or piece[0] == "et":
        return labelled
    if any(INITIAL_TOKEN.fullmatch(a) and b == "." for a, b in itertools.pairwise(piece)):
        return labelled  # a name printed the other way round ("Roe A.")
    if ORGANISATION_WORDS.search(" ".join(piece)) or not _no_name(piece):
        return labelled
    field = next((i for i in range(stop, len(labelled)) if labelled[i].label != "other"), None)
    if field is None or labelled[field].label not in ("title", "container"):
        return labelled
    taken = [x._replace(label=labelled[field].label) for x in labelled[start + k : field]]
    return [*labelled[: start + k], *taken, *labelled[field:]]


def _dotted_name_end(words: list[str], k: int, comma: bool = False) -> int:
    """Where the name "Roe J. A.", "de Roe-Doe J.-P." or the ACS's "Roe, J. A." starting
    at ``words[k]`` ends (after its last initial's full stop), or -1 when no such name
    starts there; with ``comma``, only a name printed with a comma after its family name
    ("Roe, J. A.", as APA and ABNT print it)."""
    i = k
    while i < len(words) and words[i] in _PARTICLES:
        i += 1
    start = i
    while i < len(words) and i - start < 3 and FAMILY_WORD.fullmatch(words[i]):
        if INITIAL_TOKEN.fullmatch(words[i]) and i > start:
            break
        i += 1
    if i == start or (comma and (i >= len(words) or words[i] != ",")):
        return -1
    if comma:
        i += 1
    elif i + 1 < len(words) and words[i] == "," and INITIAL_TOKEN.fullmatch(words[i + 1]):
        i += 1  # the ACS's comma between the family name and the initials
    initials = 0
    while i + 1 < len(words) and INITIAL_TOKEN.fullmatch(words[i]) and words[i + 1] == ".":
        i, initials = i + 2, initials + 1
    return i if initials else -1


def dotted_names_end(labelled: list[Labelled]) -> list[Labelled]:
    """A list printed family name first with dotted initials ("Roe J. A., Doe B. & Poe C.
    Title", the ACS's "Roe, J. A.; Doe, B. Title"), whose author run goes on past the last
    name's initials into words that are no name ("Roe D. P. Struvite stones."): the names
    end at that full stop, and the words the labeller took in are the title's start."""
    run = unbroken_run(labelled, "author")
    if run is None:
        return labelled
    start, stop = run
    words = list(texts_of(labelled)[start:stop])
    # "Roe, J. A., Doe, B. Title": every name with its comma; then a further name shows by
    # its comma, not by its full stop ("Roe, B. Domain analysis. Journal")
    comma = _dotted_name_end(words, 0, comma=True) > 0
    k = 0
    while k < len(words):
        end = _dotted_name_end(words, k, comma)
        if end < 0:
            break
        k = end
        while k < len(words) and words[k] in _BETWEEN:
            k += 1
        if k == end:
            break
    else:
        return labelled
    # the names read, then words that do not read as one: two words at least, the first
    # capitalised, and none of the names' marks among the next two; or one word of two
    # letters at least that the labeller's title goes on from ("Roe J.D. XTP: a regulator")
    rest = words[k:]
    titled = bool(rest) and len(rest[0]) > 1 and rest[0] not in SUFFIXES and stop < len(labelled)
    titled = titled and labelled[stop].label == "title"
    if k < 3 or k != end or len(rest) < (1 if titled else 2) or not rest[0][:1].isupper():
        return labelled
    if words[k - 1] != "." or any(w in _BETWEEN or (w == "." and not comma) for w in rest[1:3]):
        return labelled
    title = [x._replace(label="title") for x in labelled[start + k : stop]]
    return [*labelled[: start + k], *title, *labelled[stop:]]


def tail_inside_names(
    labelled: list[Labelled], tail: tuple[int, dict[str, object]] | None
) -> tuple[int, dict[str, object]] | None:
    """No journal read by rule from a comma the labeller reads between two names ("A. Roe,
    B. Doe. J. Made Up 2030, 1, 2.", "Roe A., Doe B. & Poe C. Title. Journal 1, 2 (2030)."):
    the rule took its last comma for the one before the journal, but the labeller's names
    go on past it, through a whole name, and the labeller's own reading is kept."""
    if tail is None:
        return None
    journal = str(tail[1].get("container_title", ""))
    if _JOURNAL_ABBREVIATED.match(journal) or _ABBREVIATED_WORDS.match(journal):
        return tail  # "A. Roe, J. Org. Chem. 2030, 1, 2.": "J. Org" is no name
    after = [x for x in labelled if x.token.start >= tail[0]]
    words = [x.token.text for x in after[:8]]
    names = run_end(after, 0, "author")
    if names < 3 or _journal_read_as_name(after, names):
        return tail
    initial_dot = any(
        INITIAL_TOKEN.fullmatch(a) and b == "." for a, b in itertools.pairwise(words[:names])
    )
    family = any(FAMILY_WORD.fullmatch(w) and len(w) > 1 for w in words[:names])
    return None if initial_dot and family else tail


def _journal_read_as_name(after: list[Labelled], names: int) -> bool:
    """Whether the "name" the labeller reads where the rule's journal starts is the journal
    ("..., J. Li, J. Power Sources 2030, 1, 2.", "..., Z. Anorg. Allg. Chem. 2030"): a name
    is closed by a comma, a conjunction or its full stop, never run straight into the year;
    and a journal's "J." or "Z." before at most three words whose full stop the labeller
    goes on from with the journal or the year is the journal's opening ("J. Alloys Compd.
    2030"), as it is far more often than a name ("J. Roe." closing a list is left alone)."""
    if names >= len(after):
        return False
    following = after[names].token.text
    if _YEAR.fullmatch(following):
        return True
    words = " ".join(x.token.text for x in after[:names])
    if not re.fullmatch(r"[JZ] \. [A-Z][^\W\d_‐-]+(?: [A-Z][^\W\d_‐-]+){0,2}", words):
        return False
    then = after[names + 1] if following == "." and names + 1 < len(after) else None
    return then is not None and (
        then.label == "container" or bool(_YEAR.fullmatch(then.token.text))
    )


# A person initials first, then the journal, at the start of a journal read by rule: "M. R.
# Roe. Made Up Lett" (the name a word of at least three letters no journal abbreviates).
_NAME_THEN_JOURNAL = re.compile(
    r"((?:[A-Z]\.[\s\-‐]*){1,3}(?:(?:van|von|de|da|di|del|le|la) )*"
    r"(?P<family>[A-Z][^\W\d_]{2,}(?:['’\-‐][A-Z][^\W\d_]+)*))\.\s+(?=\S)"
)

# "J. Clean. Prod.", "Z. Naturforsch.": Journal's and Zeitschrift's one letter, alone before a
# word, opens a journal far more often than a name.
_JOURNAL_OPENING = re.compile(r"[JZ]\. [A-Z]")
# ... and always, followed by an abbreviated word and more of the name ("J. Org. Chem.",
# "Z. Anorg. Allg. Chem.", "J. Magn. Reson. A"): a person's family name takes no full stop
# with more words after it before the journal's year (every one of 256 such dev and extra
# references is a journal).
_JOURNAL_ABBREVIATED = re.compile(r"[JZ]\. [A-Z][^\W\d_]*[a-z]\. [^\W\d_]")
# ... and so do two abbreviated words of three letters or more, then more of the name ("Phys.
# Rev. D", "Nucl. Phys. A", "Mod. Phys. Lett. A"): no person's given names and family name
# are printed so (a name's one abbreviated word, "Th. Roe", is followed by the family's)
_ABBREVIATED_WORDS = re.compile(r"[A-Z][a-z]{2,}\. [A-Z][a-z]{2,}\. [^\W\d_]")


def name_opening_tail(
    labelled: list[Labelled], tail: tuple[int, dict[str, object]] | None
) -> tuple[list[Labelled], tuple[int, dict[str, object]] | None]:
    """A journal read by rule from the last comma of a list printed initials first, with no
    title ("A. Roe, M. R. Doe. Made Up Lett. 2030, 1, 2."), opens with the last name, which
    the labeller cut at its initial: the name is the authors', the journal what follows it.
    Only where the labeller read the name's first initial as an author's, and not from a
    journal's "J." ("J. Clean. Prod.")."""
    if tail is None or not _initials_first([x.token.text for x in labelled[:2]]):
        return labelled, tail
    start, fields = tail
    journal = str(fields.get("container_title", ""))
    m = _NAME_THEN_JOURNAL.match(journal)
    if not m or m.group("family").lower() in JOURNAL_WORDS or _JOURNAL_OPENING.match(journal):
        return labelled, tail
    first = next((i for i, x in enumerate(labelled) if x.token.start >= start), -1)
    if first < 1 or labelled[first].label != "author" or labelled[first - 1].token.text != ",":
        return labelled, tail
    cut = start + m.end()
    out = [
        x._replace(label="author") if start <= x.token.start < start + m.end(1) else x
        for x in labelled
    ]
    return out, (cut, {**fields, "container_title": journal[m.end() :]})
