"""The grammar's reading mended where the labeller read a field better.

The grammar (:mod:`.reference`) is kept when it reads an item, but two of its slips are
known: a title that holds what the labeller read as names before it or as the journal's
start after it, and a publisher's name cut at a person's initial with its start left in
the title; and people's names it read as one organisation's (:func:`one_name_for_many`).
They are mended from the labeller's fields, only where every word the grammar
adds is one the labeller put in a field of its own (:mod:`.read` calls these).
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .assemble import Assembled
from .body_names import body_units
from .features import JOURNAL_WORDS

_NOT_WORD = re.compile(r"\W+")  # compiled once: both readers' fields of every entry are compared


def norm_value(value: object) -> str:
    """A field's value as the two readers' are compared: letters and digits, lower case;
    a date by its year."""
    if isinstance(value, tuple):
        return str(value[0]) if value else ""
    return _NOT_WORD.sub("", str(value)).lower()


def _name_words(names: tuple[Name, ...]) -> frozenset[str]:
    words: set[str] = set()
    for name in names:
        for part in (name.full_family, name.given, name.suffix):
            words.update(re.findall(r"[^\W\d_]+", part))
    return frozenset(words)


# A journal's name in capitalised words, abbreviated or not, its section after a dash and
# its bracketed initialism too ("Biochim. Biophys. Acta (BBA) - Gene Struct")
_ABBREVIATED = re.compile(r"(?:(?:[A-Z][^\W\d_]*\.?|\([A-Z]{2,6}\)|[-–])\s+)*[A-Z][^\W\d_]*")


# A title the labeller ended inside a dotted initialism, at its last letter ("among U.S",
# "in the U.K"): the initialism's full stop is no sentence's end
_INITIALISM_CUT = re.compile(r"\b[A-Z]\.[A-Z]$")


def _journal_start(tail: str) -> bool:
    """ "Biochem", "J. Muscle Res", "Int. J. Biochem", "Trends Endocrinol": one capitalised
    word, or several with a full stop inside or mostly words journals abbreviate; not "The
    Gospel Oak Project VI"."""
    words = re.findall(r"[^\W\d_]+", tail)
    # stripped here: full stops and spaces at both ends of the pattern made it backtrack
    return bool(_ABBREVIATED.fullmatch(tail.strip(" .\t\n\r\f\v\u00a0"))) and (
        len(words) == 1 or bool(re.search(r"\w\.\s+\w", tail.strip(" ."))) or
        2 * sum(w.lower() in JOURNAL_WORDS for w in words) >= len(words)
    )  # fmt: skip


def _families(ref: Reference) -> frozenset[str]:
    return frozenset(n.full_family for n in ref.author)


def title_overrun(grammar: Reference, assembled: Assembled) -> Reference:
    """The labeller's title, names and journal where the grammar's title is the labeller's
    with what the labeller read as names before it ("Martens L., Hermjakob H., ... Apweiler
    R. PRIDE: ..." read as one author, "Sharpe AG, ... et al Ancient orphan crop..." as
    none) or as the journal's start after it ("... recovery. Am. J. Physiol. Endocrinol" |
    "Metab"): the grammar's title holds the labeller's whole, and every word it adds the
    labeller has put in a field of its own."""
    mine = assembled.fields.get("title")
    if not isinstance(mine, str) or not mine or mine == grammar.title:
        return grammar
    if _INITIALISM_CUT.search(mine):
        return grammar  # "... among U.S" | "Adults. J Ex": cut inside the title's "U.S."
    at = grammar.title.find(mine)
    if at < 0:
        return grammar
    head, tail = grammar.title[:at], grammar.title[at + len(mine) :]
    found = assembled.fields.get("author")
    names: tuple[Name, ...] = found if isinstance(found, tuple) else ()
    known = _name_words(names)
    head_words = re.findall(r"[^\W\d_]+", head)
    # names the grammar missed: more people, and a family name of theirs in the head (not
    # a title's "O processo...", "H. pylori", "Play Nicely" the labeller took for names)
    missed = {
        w
        for n in names
        if n.full_family not in _families(grammar)
        for w in re.findall(r"[^\W\d_]{2,}", n.full_family)
    }
    # or names the grammar read twice, as names and at the title's start ("Roe, J. & Doe,
    # A.B. - Title" read as "& Doe, A.B. - Title")
    twice = _name_words(grammar.author)
    if head_words and not (
        (
            len(names) > len(grammar.author)
            and missed.intersection(head_words)
            and all(w in known or re.fullmatch(r"[A-Z]{1,4}|et|al|and", w) for w in head_words)
        )
        or (
            any(len(w) > 1 and w in twice and not w.isupper() for w in head_words)
            and all(w in twice or re.fullmatch(r"[A-Z]{1,4}", w) for w in head_words)
        )
    ):
        return grammar
    journal = norm_value(assembled.fields.get("container_title") or "")
    if not head_words and not norm_value(tail):  # only marks differ ("[dissertation]")
        return grammar
    container = str(assembled.fields.get("container_title") or "")
    if norm_value(tail) and not (
        journal.startswith(norm_value(tail))
        # the start of an abbreviated journal's name ("Int. J. Biochem" | "Cell Biol"), not
        # a title's last sentence ("The Gospel Oak Project VI" | "Psychol Med")
        and _journal_start(tail)
        and container.startswith(tail.strip(" .") + ".")
    ):
        return grammar
    changes: dict[str, object] = {"title": mine}
    if head_words:
        changes["author"] = names
        changes["author_truncated"] = assembled.fields.get("author_truncated", False)
    if norm_value(tail):
        changes["container_title"] = assembled.fields["container_title"]
    return grammar.with_fields(**changes)


# A person's name that opens a publisher's, cut at its initial's full stop: ". Jane Q",
# ". W. H"
_NAME_OPENING = re.compile(r"\.\s+((?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s*)*[A-Z])")


def publisher_cut(grammar: Reference, assembled: Assembled) -> Reference:
    """The title the labeller read where the grammar cut a publisher's name at an initial's
    full stop and left its start in the title ("Title. Jane Q. Example Books; 2030." read as
    "Title. Jane Q" by "Example Books"): the publisher is the whole name as printed."""
    title = assembled.fields.get("title")
    if not (isinstance(title, str) and title and grammar.publisher):
        return grammar
    cut = _NAME_OPENING.fullmatch(grammar.title, len(title))
    publisher = f"{cut.group(1)}. {grammar.publisher}" if cut else ""
    if not (cut and grammar.title.startswith(title) and publisher in grammar.source_text):
        return grammar
    return grammar.with_fields(title=title, publisher=publisher)


def one_name_for_many(grammar: Reference, assembled: Assembled) -> bool:
    """The grammar's one organisation, "Costa LDCF, Silva AB", that the labeller read as
    people; or ABNT's one person, "ROE, J.", that the grammar's web page reader took for an
    organisation and the labeller read as the person of that family."""
    names = assembled.fields.get("author") or ()
    if not (
        len(grammar.author) == 1
        and "," in (literal := grammar.author[0].literal)
        and not body_units(literal)  # a ministry and its units: read so
        and isinstance(names, tuple)
    ):
        return False
    if len(names) > 1:
        return True
    family, _, given = literal.partition(",")
    words = given.replace("-", " ").replace(".", " ").split()
    return (
        len(names) == 1
        and not names[0].literal  # a person read, not a body ("Ministério ..., DATASUS")
        and "," not in given
        and len(family.split()) <= 2
        and norm_value(family) == norm_value(names[0].full_family)
        and 0 < len(words) <= 3
        # initials or given names ("J.", "Ana"), not "organizer", "DATASUS", "(2030)"
        and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)
    )
