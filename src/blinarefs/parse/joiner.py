"""Rebuild a reference from the pieces a copy cut it into, with the spacing it was printed with.

A list copied from a web page comes one element a line ("Moreau", "L", ",", ..., "):",
"311"), and a careless copy one word or mark a line ("doi", ":", "10", ".", "1000", "/",
...). The spaces are lost; they are put back by what a printed reference looks like: no
space before closing punctuation, none inside a page range, a DOI, a URL or a hyphenated
name, none between a volume and its issue. Where a piece alone cannot tell, the next few
pieces are looked at (an opening parenthesis after a number holds an issue, "37(4)", or a
year, "8 (2024)"). Two pieces that are both words or numbers always get a space: a copy
cuts a printed word only at a mark, so two of them were apart on the page.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from .join_numbers import (
    PAGE,
    RANGE,
    after_colon,
    bracketed_locants,
    decimal,
    locant,
    opens_issue,
    suspended,
)
from .joined_identifiers import HYPHENS, IDENTIFIER, doi_starts, in_identifier, in_location
from .line_breaks import broken_word

_APOSTROPHES = frozenset("'’")
# inside a name: "Ruiz-Tagle", "Myeloid‑derived", "O'Neill", and the apostrophe typed as
# a prime, an acute accent or a geresh ("D′Angelo", "O´Brien", "Nature׳s")
_NAME_MARKS = HYPHENS + "'’′´׳"
# The end of a web address or a file's name: "ConsumerLab.com", "Users_Guide.pdf"
WEB_ENDINGS = frozenset(
    ("com", "org", "net", "gov", "edu", "int", "info", "io", "pdf", "htm", "html", "php",
     "aspx", "js")
)  # fmt: skip
_LOCANTS_END = re.compile(r"\(\d{1,2}(?:,\d{1,2})+\)[-‐‑]$")  # "(1,3)-" before "glucan"
_LOWER_ABBREVIATION = re.compile(r"(?:^|[\s(])[a-z]\.$")
_THOUSANDS = re.compile(r"(?:^|[\s(])\d{1,3},$")  # "16," of "16,000 tiny chromosomes"
# What follows a reference's pages, not a number's thousands: "Fict Sustain 8, 672 https://..."
_AFTER_PAGES = frozenset(("http", "https", "www", "doi", "pmid", "pmcid"))

# Dotted abbreviations printed without spaces ("U.S. Code"), not initials ("Smith U. S.");
# "D. C." is a name's initials ("Roe D. C., Doe A.") but after Washington its district
_DOTTED = frozenset(("U.S", "U.K", "U.N", "U.S.A", "Ph.D", "M.Sc", "B.Sc"))
_DISTRICT = re.compile(r"Washington,? D\.$")
_ORDINALS = frozenset(("a", "ª", "º", "st", "nd", "rd", "th"))
# What the spacing rules read: words and numbers, and each mark alone, as a careless copy
# cuts a reference. A piece a copy kept whole ("3)", "):", "10.1159/000153205", "van der
# Sluis") keeps its own spacing; only where it meets the next piece is decided.
_TOKEN = re.compile(r"[^\W_]+|\S")


@lru_cache(maxsize=8192)
def _tokens_of(piece: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(piece))


def _initial(ahead: tuple[str, ...]) -> bool:
    """``ahead`` opens the second half of a hyphenated initial: "J.-P.", "B.-r.", not
    "G.W. - Title", "J. - a title" nor "Roe, A. - A title" (a word after the capital)."""
    if not ahead:
        return False
    lower = len(ahead[0]) == 1 and ahead[0].islower() and ahead[1:2] == (".",)
    worded = ahead[1:2] != () and ahead[1][:1].isalnum()
    return (ahead[0][:1].isupper() and len(ahead[0]) <= 2 and not worded) or lower


def _one_letter(text: str) -> bool:
    """``text`` ends with an initial: one letter after a space, a hyphen or a stop ("Roe
    J", "J.-p"), upper-case or, after a hyphen, lower-case ("B.-r")."""
    return bool(re.search(r"(?:^|[\s.])[A-Z]$|[-‐‑][a-zA-Z]$", text))


def _next_initial(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """A name's second initial after its first, the family before them, where the name list
    ends: "Roe" / "J" / "." / "C" / "." / "Title" is printed "Roe J.C. Title" (and "Roe
    J.C.A."), the form the name reader takes whole, where "Roe J. C. Title" may leave the
    "C." to the title; a copy one token a line does not say which was printed. Before a
    comma or "&" another name follows and either form is read (joined there, Nature's
    spaced lists would be rebuilt half joined, "Roe T.L., Doe J., Poe C. E. & Moe W.S.",
    which reads worse), before "(2001)" a year; there, and before the family or after a
    comma ("Roe, J. C.,", "and J. C. Roe"), initials keep their spaces, but for a
    semicolon's list (below)."""
    if not (out[-1] == "." and len(tok) == 1 and tok.isupper() and ahead[:1] == (".",)):
        return False
    at = 1  # past the initials still to come: the word after the last one
    while at + 1 < len(ahead) and len(ahead[at]) == 1 and ahead[at].isupper():
        if ahead[at + 1] != ".":
            break
        at += 2
    after = ahead[at] if at < len(ahead) else ""
    named = after[:1].isalpha() and after != "and"
    if named and _FAMILY_INITIALS.search(out[-40:]) is not None:
        return True
    # "Roe, L.A.W.; Doe, W.B. 2030.": family first with its comma, names apart by
    # semicolons, the last before a bare year (SciELO's and ABNT's lists), where "Roe, L.
    # A. W.;" loses the next name or the journal's volume; after a semicolon, the last
    # also before "(2030)" or the title ("Roe, R.S.; Doe, M.A.B. (2030) Title", "In: Roe,
    # P.S.M.; Doe, M.V. Book"), not APA's "Roe, J. C., & Doe, A. B. (2030)"
    year = _YEAR.fullmatch(after) is not None and ahead[at + 1 : at + 2] == (".",)
    if (after == ";" or year) and _INVERTED_INITIALS.search(out[-40:]) is not None:
        return True
    dated = after == "(" and _YEAR.fullmatch("".join(ahead[at + 1 : at + 2])) is not None
    return (dated or named) and _LISTED_INITIALS.search(out[-40:]) is not None


# A family name and its initials so far, each with its stop: "Roe J.", "Roe J.C."
_FAMILY_INITIALS = re.compile(r"(?:^|[^\w'’-])[A-Z][\w'’-]+ (?:[A-Z]\.){1,3}$")
# ... and with a comma between them: "Roe, L.", "Roe, L.A."
_INVERTED_INITIALS = re.compile(r"(?:^|[;\s])[A-Z][\w'’-]+, (?:[A-Z]\.){1,3}$")
# ... after a semicolon's list's earlier names: "; Roe, L.", "; Roe, L.A."
_LISTED_INITIALS = re.compile(r"; [A-Z][\w'’-]+, (?:[A-Z]\.){1,3}$")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def _last_initial(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """The last initial printed without its stop before the comma: "Roe S.P.J, 2030" (and
    "Roe C.C,") is printed whole; "Roe S.P. J," would read "J" as a name of its own."""
    return (
        out[-1] == "."
        and len(tok) == 1
        and tok.isupper()
        and ahead[:1] == (",",)
        and _FAMILY_INITIALS.search(out[-40:]) is not None
    )


def _lower_abbreviation(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """ "c.v.", "e.g.", "i.e.": lower-case letters, each with its full stop."""
    return (
        out[-1] == "."
        and len(tok) == 1
        and tok.islower()
        and ahead[:1] == (".",)
        and _LOWER_ABBREVIATION.search(out[-3:]) is not None
    )


def _dotted(out: str, word: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """A dotted abbreviation printed whole: "U.S.", "Ph.D.", Washington's "D.C."."""
    if out[-1] != "." or ahead[:1] != (".",):
        return False
    return f"{word}{tok}" in _DOTTED or (tok == "C" and _DISTRICT.search(out[-16:]) is not None)


def _elision(out: str, tok: str, ahead: tuple[str, ...]) -> bool | None:
    """A Dutch name's elided article, "’t Hoen", "’s Jacob": the apostrophe opens the name
    (set apart from a mark or a number's bracket before it, "[16] ’t Hoen", not closing
    them) and the "t" is printed against it. None: no such name here. Called with an
    apostrophe as ``tok`` or as the text's last character."""
    if tok in _APOSTROPHES:
        named = len(ahead) > 1 and ahead[0] in ("t", "s") and ahead[1][:1].isupper()
        return False if named and not out[-1].isalnum() else None
    if out[-2:-1] == " " and tok in ("t", "s"):
        return bool(ahead) and ahead[0][:1].isupper()
    return None


def _allele(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """An allele's star between a gene and a number, "TPMT*3", "HLA-B*57:01", is printed
    against both; a star after a name before a comma marks a note ("Roe J*, Doe K")."""
    if tok == "*":
        return out[-1].isalnum() and ahead[:1] != () and ahead[0].isdigit()
    return out[-1] == "*" and out[-2:-1].isalnum() and tok.isdigit()


def _glued(out: str, tok: str, ahead: tuple[str, ...]) -> bool:
    """Whether ``tok`` joins the text rebuilt so far without a space; ``ahead`` holds the
    next pieces."""
    prev = out[-1]
    before = out[-2] if len(out) > 1 else ""
    if not before and prev in ".,;":  # a stray mark opening the item: ".Hébert R"
        return True
    word = out[out.rfind(" ") + 1 :].lstrip('([<“‘"')
    if word == "10." and tok.isdigit() and len(tok) >= 4:
        return True  # a DOI's prefix: its registrant has four digits or more ("10.1016")
    if IDENTIFIER.match(word):
        return in_identifier(word, tok, ahead)
    if ":" in word and (located := in_location(out, tok, ahead)) is not None:
        return located
    if tok == "10" and prev not in "([/" and doi_starts(ahead):
        return False  # a DOI is set off from what precedes it: "2015; 10.1016/j..."
    if not (prev.isalnum() and tok[0].isalnum()):  # a mark on one side at least
        if _dotted(out, word, tok, ahead) or _allele(out, tok, ahead):
            return True
        elision = _elision(out, tok, ahead) if _APOSTROPHES & {tok, prev} else None
        if elision is not None:
            return elision
    if _next_initial(out, tok, ahead) or _last_initial(out, tok, ahead):
        return True
    if _lower_abbreviation(out, tok, ahead):
        return True
    if tok == '"' or prev == '"':
        # a straight quote: after an odd number of them, it closes the quote ("Title,")
        # and is printed against what it follows; else it opens and the next word is
        # printed against it
        odd = out.count('"') % 2 == 1
        if tok == '"':
            return odd or prev in "([“‘"
        if odd:
            return True
    if prev == "," and _THOUSANDS.search(out[-6:]) and len(tok) == 3 and tok.isdigit():
        # "16,000 tiny", not "8, 011006" nor a volume's pages before an address or a DOI
        return bool(ahead) and ahead[0][:1].islower() and ahead[0] not in _AFTER_PAGES
    if (prev == "," and locant(out, tok, ahead)) or bracketed_locants(out, tok, ahead):
        return True
    if prev.isdigit() and tok in _ORDINALS and ahead[:1] and ahead[0].lower().startswith("ed"):
        return True  # "6" / "a" / "ed.": an edition's ordinal printed raised
    if prev.isalnum() and tok[0].isalnum():
        return False
    if prev in HYPHENS and before.isalnum() and suspended(tok, ahead):
        return False
    if prev == "." and before.isdigit() and tok[0].isdigit():
        return decimal(out, tok, ahead)
    # "Kubios_HRV_Users", "Policy@Manchester"; not a handle after a mark ("In: @Fict")
    if "_" in (tok, prev) or prev == "@" or (tok == "@" and prev.isalnum()):
        return True
    return bool(
        tok[0] in ",.;:)]?!”’"
        or prev in "([“‘¿¡"  # Spanish opens a question and an exclamation: "¿Salud?"
        or (tok in RANGE and prev.isdigit())
        or (prev in RANGE and before.isdigit() and PAGE.match(tok))
        # "2‐year", "33-nation"
        or (prev in HYPHENS and before.isdigit() and tok[0].isalpha())
        or (prev in ";:" and after_colon(out, tok, ahead))
        or (prev.isdigit() and opens_issue(word, tok, ahead))
        # "Ruiz-Tagle", "O'Brien", "case/control" cut into three pieces
        or (tok == "/" and prev.isalnum())
        or (prev == "/" and before.isalnum())
        # a slash after an acronym's brackets, before a word: "(ESC)/Examplia College",
        # "CD34(+)/CD38(-)", as printed (never spaced in the corpus's references)
        or (tok == "/" and prev == ")" and ahead[:1] != () and ahead[0][:1].isalnum())
        or (prev == "/" and before == ")" and tok[0].isalnum())
        or (tok in _NAME_MARKS and prev.isalpha())
        or (tok == "+" and prev.isalnum())  # "CD8+", "Ca2+"
        or (tok in "′″" and prev.isdigit())  # "5′ end", "3″"
        # initials joined by a hyphen: "B.‐Z. Qian", "J.-P.", Korean and Spanish names'
        # lower-case ones, "B.-r.", "L. M.-y.-T."
        or (tok in HYPHENS and prev == "." and _one_letter(out[:-1]) and _initial(ahead))
        or (prev in HYPHENS and before == "." and _initial((tok, *ahead)))
        # "Ruiz-Tagle", "AIN-93", "COVID‐19", "O'Neill"
        or (prev in _NAME_MARKS and before.isalpha() and tok[0].isalpha())
        or (prev in HYPHENS and before == ")" and tok[0].isalpha() and _LOCANTS_END.search(out))
        or (prev in HYPHENS and before.isalpha() and tok[0].isdigit())
        or (prev == "." and before.isalnum() and tok in WEB_ENDINGS)
        or (prev == "." and before.isdigit() and re.fullmatch(r"e\d+", tok))  # "611.e9"
        # the number sign of "(N° 4)", "n° 4" (a degree sign, as typed), a word's ending
        or (tok in "°º" and prev in "Nn" and not before.isalpha())
    )


# Characters inside a word that print nothing of their own: a soft hyphen and the joiners
# ("bio" / "\xad" / "logy" is one word, as printed)
_IN_WORD = frozenset("\xad\u200c\u200d\u2060")


def _unprinted(piece: str) -> str | None:
    """How a piece that prints nothing of its own joins its neighbours, one token a line:
    "accent" for the combining accents of text in decomposed form ("Mu" / "̈" / "ller": on
    the letter before, and the word goes on when a lower-case letter follows), "word" for a
    soft hyphen or a joiner (inside a word, both sides), "none" for a zero-width space or a
    direction mark (nothing: the pieces around it join as if it were not there); None for
    any other piece."""
    if piece.isascii():
        return None
    kinds = {unicodedata.category(c) for c in piece}
    if not kinds <= {"Mn", "Mc", "Me", "Cf"}:
        return None
    if kinds & {"Mn", "Mc", "Me"}:
        return "accent"
    return "word" if set(piece) & _IN_WORD else "none"


def join_tokens(parts: list[str]) -> str:
    """Rebuild text from pieces with the spacing a printed reference has.

    No space before closing punctuation or after an opening parenthesis; none around a
    hyphen between numbers ("311-318") or inside a hyphenated name ("Ruiz-Tagle");
    none after ";" or ":" before a volume or a page ("2019;37(4):311"); none inside a DOI
    or a URL ("doi: 10.1016/S0140-6736(13)60937-X"). Works for one token a line, for one
    element a line ("37" / "(" / "4" / "):" or "37(" / "4)" / ":") and for wrapped lines:
    a piece keeps its own spacing, and the rules read where it meets the next one token by
    token.
    """
    pieces = [s for s in (p.strip() for p in parts) if s]
    if len(pieces) < 2:  # a reference one a line
        return "".join(pieces)
    # each piece's tokens ("Smith", a word or a number, is its own), all in one run
    split = [(p,) if len(p) == 1 or p.isalnum() else _tokens_of(p) for p in pieces]
    flat = list(itertools.chain.from_iterable(split))
    out: list[str] = []
    recent = ""  # the end of the text so far: all the spacing rules look at
    at = 0  # where the piece's first token is in ``flat``
    glue = ""  # after a piece printed inside a word: "word" (any piece), "accent" (a letter)
    for piece, tokens in zip(pieces, split, strict=True):
        unprinted = None if piece.isalnum() else _unprinted(piece)
        if unprinted == "none":
            at += len(tokens)
            continue
        inside = (
            unprinted is not None or glue == "word" or (glue == "accent" and piece[0].islower())
        )
        glue = unprinted or ""
        if out and broken_word(out[-1], piece):  # "immuno-" / "logical": one word
            out[-1], recent = out[-1][:-1], recent[:-1]
        elif not inside and recent and not _glued(recent, flat[at], tuple(flat[at + 1 : at + 9])):
            piece = f" {piece}"
        at += len(tokens)
        out.append(piece)
        recent += piece
        if len(recent) > 4000:  # appended in place; cut now and then
            # a straight quote's side is read from the parity of those before it: an odd
            # number cut off leaves one in their place
            odd = recent[:-2000].count('"') % 2
            recent = '"' * odd + recent[-2000:]
    return "".join(out)
