"""Printed forms of names that :mod:`.printed_names` reads after these repairs.

Each repair answers one way a real list prints a name that the plain rules misread:
characters a copy left in a compatibility or decomposed form ("Vik Å." with the Angstrom
sign), initials in any Latin alphabet ("Solak, Ö."), PubMed's initials with a particle
glued in ("Silva MFd", "Brooke MdeL"), a year printed after the last name ("Roe J
2029-2030."), what follows "et al" (a group, or the title the labeller ran into), and an
abbreviated journal read as the last name of a list ("A. Roe, B. Doe, Made. J. 2030").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..model import Name
from ..names import is_initials

# Upper-case letters of the Latin alphabets, for initials: "Ö.", "Å.", "Ł."
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_ET_AL_AT = re.compile(r"[,;]? ?\bet\.? ?al\b\.?", re.I)
# A year, or a span of years, printed after the last name ("Roe J 2029-2030", "Doe A 2030")
# (one space: read_names closes up runs of white space first)
_TRAILING_YEARS = re.compile(r" (?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?[a-z]?\.?$")
# PubMed's initials with a particle glued in, upper-case initials around lower-case letters
# of "da", "de", "dos", "van der"...: "MFd", "EMdAP", "LNdS", "MdeL", "Avd"
GLUED_INITIALS = re.compile(rf"[{UPPER}]{{1,3}}(?:d[aeo]?s?|del|v|vd)[{UPPER}]{{0,3}}")
# A word a journal's name abbreviates, "Comput.", "Biotechnol.": four letters or more
# before its full stop (not "St." of "St. Claire", nor an initial)
_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{3,}\.")


def normalised(text: str) -> str:
    """The printed names in NFC: an Angstrom sign (U+212B) is "Å", an "A" followed by a
    combining ring is one letter, so that initials and families read as printed; and the
    typesetters' hyphens (U+2010, U+2011 non-breaking) inside initials as "-" ("Yu J‑PJ",
    "Roe, J.‐P.", as the rules read "J-PJ"), a family name's left as printed ("Roe‐Doe")."""
    text = unicodedata.normalize("NFC", text)
    if "‐" not in text and "‑" not in text:
        return text
    return _HYPHENED_INITIALS.sub(lambda m: re.sub("[‐‑]", "-", m.group()), text)


# Initials joined by a typesetter's hyphen, capitals and full stops only ("J‑PJ", "J.‐P.",
# "JP‐J"): not a family name's hyphen ("Roe‐Doe") nor a given name's ("Anne‐Marie")
_HYPHENED_INITIALS = re.compile(
    rf"(?<![^\W\d_])(?:[{UPPER}]\.?){{1,3}}(?:[‐‑](?:[{UPPER}]\.?){{1,3}})+(?![^\W\d_])"
)


_NOT_UPPER = re.compile(rf"[^{UPPER}]")


def glued_initials(word: str) -> str | None:
    """The upper-case initials of PubMed's "MFd" ("M. F." of a name with "da"), or None."""
    if not GLUED_INITIALS.fullmatch(word):
        return None
    initials = _NOT_UPPER.sub("", word)
    # two initials at least, or "Avd": not a given name, "Ada", "Edo"
    return None if len(initials) < 2 and not word.endswith("vd") else initials


def without_years(piece: str) -> str:
    """A person's name without the year printed after it ("Green P 2013–2015" is "Green
    P"); not an organisation's ("Example Survey 2030")."""
    bare = _TRAILING_YEARS.sub("", piece)
    words = bare.split()
    return bare if len(words) > 1 and is_initials(words[-1].replace(".", "")) else piece


def after_et_al(text: str, is_organisation: Callable[[str], bool]) -> str:
    """The names without what follows "et al" unless it is a group's name: "Roe J, et al.;
    Example Study Group" keeps the group, "Roe J, et al. MADE, UP and Title" (a title the
    labeller ran into) and "Roe J et al, Doe A" (a name printed after it) keep neither."""
    m = _ET_AL_AT.search(text)
    if not m:
        return text
    after = text[m.end() :].strip(" ,;.:")
    if not after:
        return text
    keep = "," not in after and is_organisation(after)
    return f"{text[: m.start()]}; {after}" if keep else text[: m.end()]


def abbreviated(name: Name) -> bool:
    """Whether a name holds a word a journal abbreviates ("J. Comput. Chem", "Biotechnol.
    J."): no person's name has one."""
    return bool(_ABBREVIATED.search(f"{name.given} {name.full_family}"))


def organisation_before_title(text: str, is_organisation: Callable[[str], bool]) -> str:
    """An organisation's name without the title the labeller ran on into after its full
    stop ("Example Agency. Project Name", "Example Department. Mayor Roe and..."); a unit
    after its organisation ("Ministry of X. Department of Y") stays."""
    first, stop, rest = text.partition(". ")
    if stop and rest[:1].isupper() and is_organisation(first) and not is_organisation(rest):
        return first
    return text


# Lower-case words an organisation's name, or a person's, holds ("Department of Health")
_NAME_SMALL = frozenset(
    re.findall(r"\S+", "and of for the on in at to & de da do des del la le du van von der e y")
)


def after_organisation(pieces: list[str], is_organisation: Callable[[str], bool]) -> list[str]:
    """The names of a list that opens with an organisation, without the title the labeller
    ran on into after a comma ("Example Agency, Made-up fever outbreak in X", "Example
    Organization, EXAMP-i"): a piece with a lower-case word no name has, or one word in
    mixed case that is no acronym, ends the names, unless it is an organisation's
    ("Ministério da Examples, Secretaria de Testes em Saúde")."""
    if len(pieces) < 2 or "," in pieces[0] or not is_organisation(pieces[0]):
        return pieces
    for k, piece in enumerate(pieces[1:], 1):
        words = piece.split()
        lower = any(w[:1].islower() and w.lower() not in _NAME_SMALL for w in words)
        mixed = len(words) == 1 and not words[0].isupper() and "." not in words[0]
        if (lower or mixed) and not is_organisation(piece):
            return pieces[:k]
    return pieces
