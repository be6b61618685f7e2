"""A list of names divided by commas, cut into its names.

Commas both divide names and sit inside them: APA's "Smith, J. A." and "Von Salmuth, V.",
Chicago's inverted first name ("Alder, John Q., Karen Birch, and Lee Cedar"), ABNT's one
author "ROE, João", a suffix between the family and the initials ("Roe, 2nd, M.H."). Kept
apart from :mod:`.printed_names`, which asks it for a list with no semicolons.
"""

from __future__ import annotations

import re

from ..names import PARTICLES, is_initials
from .one_name import SUFFIX_WORDS, given_initial, is_organisation

_INITIALS_MARKS = re.compile(r"[.\s\-‐]")
_SMALL_INITIAL = re.compile(r"[a-z]\.")  # "d." of "M. d. G. S.": "de" among given names
# A written-out word of a name: a capital, then small letters, perhaps hyphened or with an
# apostrophe ("Ana", "Jean-Pierre", "D'Souza"), not a degree ("PhD", "MD")
_NAME_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-‐'’][^\W\d_][^\W\d_A-Z]*)*")


def _inverted_family(part: str, given: str) -> bool:
    """Whether ``part``, before the given name ``given`` and its comma, is a family name
    printed first, as Chicago and the ASA print the first of their names: one word after
    its particles ("Roe", "de Roe"), or :func:`_two_word_family`."""
    return len([w for w in part.split() if w not in PARTICLES]) == 1 or _two_word_family(
        part, given
    )


def _family_shaped(part: str) -> bool:
    """Whether ``part`` may be a family name printed first, as :func:`_inverted_family`
    reads one, before its given name is looked at: one word after its particles, or two
    written out."""
    words = [w for w in part.split() if w not in PARTICLES]
    return len(words) == 1 or (len(words) == 2 and all(_NAME_WORD.fullmatch(w) for w in words))


def _two_word_family(part: str, given: str) -> bool:
    """Whether ``part`` is a family name of two words before a given name of one word: a
    particle printed with a capital ("Da Silva, Ana", "Van der Berg, Hans") or a Spanish or
    Portuguese family of two names ("Ruiz Gómez, María"). Two written-out words before two
    are a person printed given-first and the next person ("Jane Roe, Karl Doe"); a degree
    ("Jane Roe, PhD") is no given name."""
    words = [w for w in part.split() if w not in PARTICLES]
    return (
        len(words) == 2
        and bool(_NAME_WORD.fullmatch(given))
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not is_organisation(part)
    )


def _abnt_family(part: str) -> bool:
    """ "ROE", "DA SILVA": a family name in capitals, as ABNT (Brazil's standard) prints it."""
    return part.isupper() and all(len(w) > 1 for w in part.split()) and len(part.split()) <= 3


def _has_initials(part: str) -> bool:
    return any(given_initial(w) or is_initials(w) for w in part.split())


def _full_given_first(part: str) -> bool:
    """ "Karen Birch", "John", "Anna-Maria Poe": a given name written out, first, and no
    initials closing it."""
    words = part.split()
    return (
        0 < len(words) <= 4
        and len(words[0]) > 1
        and words[0][0].isupper()
        and words[0].replace("-", "").replace("‐", "").isalpha()  # "Jean-Pierre"
        and not given_initial(words[-1])
        and not is_initials(words[-1])
    )


def _without_middle_initials(part: str) -> str:
    """ "Jane" of "Jane A." or "Jane A. B.", and of "M. Jane" (Chicago's "Roe, J. Michael"):
    a given name written out, without the initials around it (empty for initials alone,
    "J. A.")."""
    words = part.split()
    while words and given_initial(words[-1]):
        words.pop()
    while len(words) > 1 and given_initial(words[0]):
        words.pop(0)
    return " ".join(words)


def comma_pieces(text: str) -> list[str]:
    """Split on commas, but keep "Smith, J. A." and "Von Salmuth, V." together (APA: the
    initials follow the family name and a comma), and Chicago's inverted first name."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if pairs := _inverted_pairs(parts):
        return pairs
    first = 3 if len(parts) > 2 and _is_suffix(parts[2]) else 2  # "Alder, John, Jr., ..."
    if (
        len(parts) >= 2
        and _family_shaped(parts[0])  # (cheap, asked first: Vancouver's "Roe J" is not)
        and not _has_initials(parts[0])
        and _full_given_first(given := _without_middle_initials(parts[1]))
        and _inverted_family(parts[0], given)
        and all(_full_given_first(p) for p in parts[first : first + 1])
    ):  # Chicago: "Alder, John Q., Karen Birch, and Lee Cedar": only the first is inverted
        parts[:first] = [", ".join(parts[:first])]
    if len(parts) == 2 and _abnt_family(parts[0]) and _full_given_first(parts[1]):
        return [f"{parts[0]}, {parts[1]}"]  # ABNT's one author: "ROE, João"
    out: list[str] = []
    suffix = ""  # "Roe, 2nd, M.H.": a suffix printed between the family and the initials
    # (the cheap tests first: every part of every list of names is asked)
    for part in parts:
        if out and "," not in out[-1] and _is_suffix(part) and not _has_initials(out[-1]):
            suffix = part
            continue
        part, suffix = (f"{part} {suffix}" if suffix else part), ""
        joins = (
            bool(out)
            and "," not in out[-1]
            # (its particles not counted: "Fernández de las Roe, L.", "de Vos van Doe, P.")
            and len([w for w in out[-1].split() if w not in PARTICLES]) <= 3
        )
        if joins:
            compact = _INITIALS_MARKS.sub("", _without_suffix(part))
            joins = is_initials(compact) and (
                not _has_initials(out[-1])
                # ABNT's family name in capitals before dotted initials ("ROE, J. A."),
                # which an acronym before another ("WHO, UNICEF") is not
                or (_abnt_family(out[-1]) and ("." in part or len(compact) == 1))
            )
        if joins:
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# A family name printed before its comma: one capitalised word (hyphenated, with its
# apostrophe), after up to two particles ("de la Roe")
_INVERTED_FAMILY = re.compile(r"(?:[a-z]{1,3} ){0,2}[^\W\d_a-z][^\W\d_A-Z]+(?:[-‐'’][^\W\d_]+)*")


def _inverted_pairs(parts: list[str]) -> list[str]:
    """Every name inverted with its given names written out ("Roe, Jane A., Doe, Bob, and
    Poe, Cal"): family and given names in pairs, each family one word or two before a
    given name of one (so Chicago's "Roe, Jane, Bob Doe", whose later names are not
    inverted, is no such list), each given name written out; else nothing."""
    if len(parts) < 4 or len(parts) % 2:
        return []
    families, givens = parts[0::2], parts[1::2]
    if not all(_INVERTED_FAMILY.fullmatch(f) or _family_shaped(f) for f in families):
        return []  # (cheap, asked first: most lists are not so)
    if not all(
        _full_given_first(w := _without_middle_initials(g)) and not w.isupper() for g in givens
    ):
        return []
    if not all(
        _INVERTED_FAMILY.fullmatch(f) or _two_word_family(f, _without_middle_initials(g))
        for f, g in zip(families, givens, strict=True)
    ):
        return []
    return [f"{f}, {g}" for f, g in zip(families, givens, strict=True)]


def _is_suffix(part: str) -> bool:
    return part.rstrip(".") in SUFFIX_WORDS


def _without_suffix(part: str) -> str:
    """Initials without the suffix printed after them ("R. C. Jr", "B.F. III"), the
    particle ("M. De") or the lower-case "de", "e" among them ("M. d. G. S."): APA's "Roe,
    R. C. Jr", "Onis, M. De" and "Roe, A. M. e. S." are one name each, as "Roe, R. C." is."""
    words = part.split()
    if len(words) > 1 and _is_suffix(words[-1]):
        words = words[:-1]
    kept = [w for w in words if w.lower() not in PARTICLES and not _SMALL_INITIAL.fullmatch(w)]
    return " ".join(kept) if kept and len(kept) < len(words) else " ".join(words)
