"""Citation markers in a manuscript's text: where they are and which references they name.

Pure: text and references in, :class:`Citation` values out. Every marker keeps its exact
span, so a caller can highlight it or rewrite it (``text[c.start:c.end] == c.marker``).

Explicit syntax is taken as it stands: ``[1]``, ``[2-4]``, ``[3–6, 9]``, Unicode and HTML
superscripts, Pandoc ``[@key; @key2]`` and ``@key``, LaTeX ``\\cite{a,b}`` and its
natbib/biblatex cousins, author-year ``(Kantarjian et al., 2017)``.

Superscripts that a copy-paste flattened into the text ("et al1", "chemotherapy.2",
"June 2023.3", "(see figure 2-9)") look like any other number, so each digit run is judged
by where it sits and by evidence from the reference list:

* strong: glued to a lower-case word ("leukemia2"), to "et al", or to punctuation that
  follows a word (".2", ",3", ").4"): a citation, even past the end of the list (so that
  ``check`` can report it as dangling);
* medium: glued to a capitalised word, to a number's closing period before a new sentence
  ("2023.3 In"), after "et al " with a space, or in parentheses "(4)": a citation only if
  every number is in the list;
* weak: a list or range after a space at the end of a clause ("figure 2-9)"): a citation
  only if every number is in the list and it brings in the next uncited numbers in order
  (numbered styles introduce new numbers in order of first citation).

A word in capitals glued to digits is a name (IKZF1, CD19) unless that word also stands
alone in the text ("ALL" in "adults with ALL1"), and then it is weak evidence. Names with
capitals inside or more digits (AALL1731, KMT2A, IgG4), units (mg/m2, log10),
decimals, thousands, ratios, numbers with a leading zero or more than three digits, and
digits after a space that a noun or preposition governs ("2 cycles", "aged 1 to 10",
"cycles 3-6") stay text. When a manuscript uses explicit syntax, flattened superscripts are
not looked for at all: a document that writes ``[1]`` does not also flatten superscripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Reference
from ..names import PARTICLES, fold_ascii

KINDS = ("superscript", "bracket", "paren", "author-year", "pandoc", "latex")
KEYED = frozenset({"author-year", "pandoc", "latex"})  # kinds that name references by key


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation marker. ``numbers`` and ``keys`` name the references it cites;
    ``missing`` holds the parts that name no known reference ("11", "@smith2020")."""

    marker: str
    start: int
    end: int
    numbers: tuple[int, ...]
    keys: tuple[str, ...]
    kind: str
    missing: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "marker": self.marker,
            "start": self.start,
            "end": self.end,
            "numbers": list(self.numbers),
            "keys": list(self.keys),
            "kind": self.kind,
        }
        if self.missing:
            out["missing"] = list(self.missing)
        return out


@dataclass(frozen=True)
class ReferenceIndex:
    """The references a manuscript may cite, looked up by number, key and author-year.

    ``numbered`` is True when the references carry their printed numbers (entries without
    one then have no number); otherwise numbers are positions in the list, and keyed
    citations are renumbered by first citation.
    """

    references: tuple[Reference, ...] = ()
    by_number: dict[int, Reference] = field(default_factory=dict)
    by_key: dict[str, Reference] = field(default_factory=dict)
    by_author_year: dict[tuple[str, int], list[Reference]] = field(default_factory=dict)
    numbered: bool = False
    number_by_key: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, references: Iterable[Reference]) -> ReferenceIndex:
        refs = tuple(references)
        numbered = any(r.number is not None for r in refs)
        by_number: dict[int, Reference] = {}
        for pos, ref in enumerate(refs, start=1):
            if not numbered:
                by_number.setdefault(pos, ref)
            elif ref.number is not None:  # an entry added later without a number has none
                by_number.setdefault(ref.number, ref)
        by_author_year: dict[tuple[str, int], list[Reference]] = {}
        for ref in refs:
            if ref.author and ref.year:
                for name in _name_forms(ref.author[0].full_family):
                    by_author_year.setdefault((name, ref.year), []).append(ref)
        number_by_key = {ref.id: n for n, ref in by_number.items()}
        by_key = {r.id: r for r in refs}
        return cls(refs, by_number, by_key, by_author_year, numbered, number_by_key)

    @property
    def size(self) -> int | None:
        """The highest number in the list, or None when no list is known."""
        return max(self.by_number) if self.by_number else None


def _name_forms(family: str) -> set[str]:
    """ "van der Sluis" is cited as "van der Sluis" or "Sluis"; compare folded to ASCII."""
    folded = fold_ascii(family).lower().strip()
    words = folded.split()
    forms = {folded}
    while words and words[0] in PARTICLES:
        words = words[1:]
        if words:
            forms.add(" ".join(words))
    return forms


# -- numbers ----------------------------------------------------------------------------------

_DASHES = "-–—‐‑−"
_RUN = re.compile(rf"\d+(?:[{_DASHES}]\d+)?(?:,\d+(?:[{_DASHES}]\d+)?)*")
_SPACED_GROUP = rf"\d+(?:\s*[{_DASHES}]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[{_DASHES}]\s*\d+)?)*"


def expand_numbers(group: str) -> tuple[int, ...] | None:
    """ "1,3-5" -> (1, 3, 4, 5); None when the group cannot be citation numbers (a leading
    zero, more than three digits, a range that runs backwards)."""
    if group.isdigit():  # the common case, kept fast
        return (int(group),) if len(group) <= 3 and group[0] != "0" else None
    out: list[int] = []
    for item in re.split(r"\s*[,;]\s*", group.strip()):
        bounds = re.split(rf"\s*[{_DASHES}]\s*", item)
        if not all(b.isdigit() and len(b) <= 3 and b[0] != "0" for b in bounds):
            return None
        lo, hi = int(bounds[0]), int(bounds[-1])
        if hi < lo:
            return None
        out.extend(range(lo, hi + 1))
    return tuple(out)


def compress_numbers(numbers: Iterable[int]) -> str:
    """(1, 3, 4, 5) -> "1,3-5": how a numbered style prints a citation."""
    ordered = sorted(set(numbers))
    parts, i = [], 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if j - i < 2 else f"{ordered[i]}-{ordered[j]}")
        if j - i == 1:
            parts.append(str(ordered[j]))
        i = j + 1
    return ",".join(parts)


# -- what sits around a digit run -------------------------------------------------------------

SYNTAX, STRONG, MEDIUM, WEAK = 3, 2, 1, 0
ACRONYM = -1  # glued to a word in capitals: weak evidence if that word also stands alone


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Glued to these, digits are part of a unit or a label, not a superscript.
_UNIT_WORDS = _words("log ln mmol umol nmol mol kg mg ug mcg ng pg dl ml cm mm km sec min hr hrs")
_LABEL_WORDS = _words(
    "day days week cycle grade stage phase arm type version visit step level class figure "
    "fig table tab ref refs no vol page eq"
)
# Abbreviations whose period is followed by a number that is not a citation ("Fig.2").
_ABBREVIATIONS = _words("fig figs no nos vol ref refs eq eqs p pp approx ca cf vs tab")
_MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
# After a space, numbers governed by these words are quantities or labels, not citations.
_NUMBER_WORDS = (
    _words(
        "aged age ages day days week weeks month months year years cycle cycles grade grades "
        "stage stages phase phases arm arms group groups cohort cohorts dose doses level levels "
        "range ranged ranging ratio figures figs tables pages page pp p n no nos to from between "
        "and or of than in on at by for with was were is are be been respectively approximately "
        "about around nearly over under up vs versus version versions line lines chapter "
        "chapters section sections step steps visit visits type types class classes hr ci or "
        "score scores median mean total only"
    )
    | _MONTHS
)
_CLOSERS = "\"'”’»"
_HSPACE = " \t\u00a0\u2002\u2003\u2007\u2009\u202f"  # no-break and thin spaces too


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The run of letters ending at ``end`` and where it starts."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end], start


def _after_is_boundary(text: str, end: int) -> bool:
    """A citation run must end where a word would: not inside 2.5, 3A, 2-year, 1,000, 2/3."""
    if end >= len(text):
        return True
    c = text[end]
    nxt = text[end + 1] if end + 1 < len(text) else ""
    if c.isalnum() or c in "%‰°^/×_@":
        return False
    if c in ".,:" and nxt.isdigit():
        return False
    return not (c in _DASHES and (nxt.isalnum()))


def _sentence_break_after(text: str, end: int) -> bool:
    i = end
    while i < len(text) and text[i] in _CLOSERS + ")]":
        i += 1
    if i >= len(text) or text[i] == "\n":
        return True
    if text[i] not in _HSPACE:
        return False
    while i < len(text) and text[i] in _HSPACE:
        i += 1
    return i >= len(text) or text[i] == "\n" or text[i].isupper() or text[i] in "([“\"‘'"


def _is_et_al(text: str, word_start: int) -> bool:
    return text[max(0, word_start - 3) : word_start].lower() == "et "


def _strength_glued_word(text: str, start: int) -> int | None:
    word, ws = _word_before(text, start)
    if word == "al" and _is_et_al(text, ws):
        return STRONG
    before = text[ws - 1] if ws > 0 else ""
    if before.isdigit() or before in "/^_\\":
        return None  # BNT162b2, mg/m2, x^2, TeX macros
    low = word.lower()
    if len(word) < 3 or low in _UNIT_WORDS or low in _LABEL_WORDS:
        return None
    if word.isupper():
        return ACRONYM  # "ALL1" or IKZF1: decided by whether "ALL" stands alone elsewhere
    if any(ch.isupper() for ch in word[1:]):
        return None  # IgG4, mAb2: names, not superscripts
    return MEDIUM if word[0].isupper() else STRONG


_TAG_END = re.compile(r"</?[A-Za-z][^<>]*>$")


def _strength_after_punct(text: str, start: int, end: int) -> int | None:
    punct = text[start - 1]
    prev = text[start - 2] if start >= 2 else ""
    if prev.isalpha():
        word, ws = _word_before(text, start - 1)
        if word == "al" and _is_et_al(text, ws):
            return STRONG
        if punct == "." and (word.lower() in _ABBREVIATIONS or len(word) == 1):
            return None  # Fig.2, p.3, initials
        return STRONG
    if prev and prev in ")]%*_" + _CLOSERS:  # "*" and "_" close Markdown emphasis
        return STRONG
    if prev == ">" and _TAG_END.search(text, 0, start - 1):
        return STRONG  # "<i>patients</i>.1": after an HTML or XML tag
    if prev.isdigit() and punct in ".,":
        # "June 2023.3 In March", "In 2019,4 the": a number's full stop or comma, then a
        # superscript. Not a decimal ("0.5"), a thousands group, or "2.1 Methods" numbering.
        i = start - 1
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        number, line_start = text[i : start - 1], i == 0 or text[i - 1] == "\n"
        identifier = i > 0 and text[i - 1].isalpha()  # "AALL1731,5": no decimal, no thousands
        if (
            punct == ","
            and end < len(text)
            and text[end] in _HSPACE
            and (identifier or (re.fullmatch(r"(?:19|20)\d\d", number) and end - start < 3))
        ):
            return MEDIUM
        if punct == "." and number != "0" and not line_start and _sentence_break_after(text, end):
            return MEDIUM
    return None


def _strength_after_space(text: str, start: int, numbers: tuple[int, ...], run: str) -> int | None:
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    if i == start or i == 0:
        return None
    head = text[max(0, i - 7) : i].lower()
    if re.search(r"\bet al[.,]?$", head):
        return MEDIUM  # "Bassan et al 1 report"
    word, _ = _word_before(text, i)
    if not word or word.lower() in _NUMBER_WORDS or len(numbers) < 2:
        return None
    if not re.fullmatch(rf"\d+(?:[{_DASHES},]\d+)+", run):
        return None
    after = text[start + len(run) : start + len(run) + 1]
    if after and after not in ".,;:)]\n" + _CLOSERS:
        return None  # "cycles 3-6 of": a quantity in mid-clause
    return WEAK


def _classify_run(text: str, start: int, end: int, numbers: tuple[int, ...]) -> int | None:
    if not _after_is_boundary(text, end):
        return None
    before = text[start - 1] if start > 0 else ""
    if before.isalpha():
        return _strength_glued_word(text, start)
    if before in ".,;:" and start >= 2:
        return _strength_after_punct(text, start, end)
    if before and before in ")]" + _CLOSERS:
        prev = text[start - 2] if start >= 2 else ""
        return STRONG if prev.isalnum() or prev in ".%)" else None
    if before and before in _HSPACE:
        return _strength_after_space(text, start, numbers, text[start:end])
    return None


# -- candidates -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    strength: int
    numbers: tuple[int, ...] = ()
    keys: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


_BRACKET = re.compile(rf"\[\s*({_SPACED_GROUP})\s*\]")
_PAREN = re.compile(rf"\(\s*({_SPACED_GROUP})\s*\)")
_SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE_SUP = re.compile(rf"[{_SUPERSCRIPT_CHARS}]+(?:[⁻˒,‐–-][{_SUPERSCRIPT_CHARS}]+)*")
_SUP_TRANS = str.maketrans({**{c: str(i) for i, c in enumerate(_SUPERSCRIPT_CHARS)}, "⁻": "-"})
_HTML_SUP = re.compile(rf"<sup>\s*({_SPACED_GROUP})\s*</sup>", re.IGNORECASE)
_PANDOC_SUP = re.compile(rf"\^({_SPACED_GROUP})\^")
_PANDOC_KEY = r"-?@(?:\{([^{}\s]+)\}|([A-Za-z0-9_][\w:.#$%&\-+?<>~/]*[\w]|[A-Za-z0-9_]))"
_PANDOC_BRACKET = re.compile(r"\[([^\[\]]*?@[^\[\]]*)\](?![(:\[])")
_PANDOC_INLINE = re.compile(r"(?<![\w@\\])" + _PANDOC_KEY)
_LATEX = re.compile(
    r"\\(?P<cmd>[A-Za-z]*cite[A-Za-z]*)\*?(?P<args>(?:\s*\[[^\]]*\])*(?:\s*\{[^{}]*\})+)"
)
_NAME = (
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]e|[Ll]a)\s)*"
    r"[A-Z][\w'’\-]+"
)
_AUTHOR_PART = re.compile(
    rf"(?:(?:see|e\.g\.|cf\.|reviewed in)\s*,?\s*)?(?P<name>{_NAME})"
    rf"(?P<more>\s+et\s+al\.?|(?:,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})?,?\s+"
    r"(?P<year>(?:19|20)\d\d)[a-z]?"
    r"(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?"
)
_AUTHOR_PAREN = re.compile(r"\(([^()\n]{6,300})\)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAREN_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
_AUTHOR_NARRATIVE = re.compile(
    rf"(?P<name>{_NAME})(?P<more>\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})?\s+"
    r"\((?P<year>(?:19|20)\d\d)[a-z]?\)"
)


def _syntax_candidates(text: str, index: ReferenceIndex) -> list[_Candidate]:
    out: list[_Candidate] = []
    # Each pattern runs only if the character it needs occurs at all: a substring test costs
    # a fraction of a regex pass over a long manuscript.
    for m in _BRACKET.finditer(text) if "[" in text else ():
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before in "]\\" or after in "([":  # Markdown links, TeX optional arguments
            continue
        if after == ":" and (m.start() == 0 or text[m.start() - 1] == "\n"):
            continue  # a Markdown link definition "[1]: https://..."
        numbers = expand_numbers(m.group(1))
        if numbers:
            out.append(_Candidate(m.start(), m.end(), "bracket", SYNTAX, numbers))
    has_sup = any(ch in text for ch in _SUPERSCRIPT_CHARS)
    for m in _UNICODE_SUP.finditer(text) if has_sup else ():
        numbers = expand_numbers(m.group().translate(_SUP_TRANS).replace("˒", ","))
        if numbers:
            out.append(_Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers))
    for pattern, needs in ((_HTML_SUP, "</"), (_PANDOC_SUP, "^")):
        for m in pattern.finditer(text) if needs in text else ():
            numbers = expand_numbers(m.group(1))
            if numbers:
                out.append(_Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers))
    out.extend(_keyed_candidates(text, index))
    return out


def _keyed_candidates(text: str, index: ReferenceIndex) -> list[_Candidate]:
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    if "@" not in text and "cite" not in text:
        return out
    for m in _PANDOC_BRACKET.finditer(text):
        keys = [a or b for a, b in re.findall(r"(?<![\w@])" + _PANDOC_KEY, m.group(1))]
        if keys:
            out.append(_Candidate(m.start(), m.end(), "pandoc", SYNTAX, keys=tuple(keys)))
            taken.append((m.start(), m.end()))
    bracketed = bool(out)
    for m in _PANDOC_INLINE.finditer(text) if "@" in text else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        key = m.group(1) or m.group(2)
        if key in index.by_key or bracketed:
            out.append(_Candidate(m.start(), m.end(), "pandoc", SYNTAX, keys=(key,)))
    for m in _LATEX.finditer(text) if "\\" in text else ():
        if m.group("cmd").lower() == "nocite":
            continue
        groups = re.findall(r"\{([^{}]*)\}", m.group("args"))
        keys = tuple(k.strip() for g in groups for k in g.split(",") if k.strip())
        if keys:
            out.append(_Candidate(m.start(), m.end(), "latex", SYNTAX, keys=keys))
    return out


def _author_year_candidates(text: str, index: ReferenceIndex) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in _AUTHOR_PAREN.finditer(text):
        if not _YEAR.search(m.group(1)):
            continue
        parts = [p.strip() for p in m.group(1).split(";")]
        matches = [_AUTHOR_PART.fullmatch(p) for p in parts]
        if not parts or not all(matches):
            continue
        cand = _author_year(m.start(), m.end(), matches, index)  # type: ignore[arg-type]
        if cand:
            out.append(cand)
    for year in _PAREN_YEAR.finditer(text):  # "Name et al. (2017)": find the year, look back
        window = max(0, year.start() - 120)
        m = _AUTHOR_NARRATIVE.search(text, window, year.end())
        while m and m.end() != year.end():
            m = _AUTHOR_NARRATIVE.search(text, m.start() + 1, year.end())
        if m:
            cand = _author_year(m.start(), m.end(), [m], index)
            if cand:
                out.append(cand)
    return out


def _author_year(
    start: int, end: int, parts: Sequence[re.Match[str]], index: ReferenceIndex
) -> _Candidate | None:
    keys: list[str] = []
    missing: list[str] = []
    for part in parts:
        name, year = part.group("name"), int(part.group("year"))
        if name.lower() in _MONTHS:
            return None
        refs = index.by_author_year.get((fold_ascii(name).lower(), year), [])
        if refs:
            keys.extend(r.id for r in refs)
        elif part.group("more"):
            missing.append(f"{name}{' et al' if 'et' in part.group('more') else ''} {year}")
        else:
            return None  # "(Blood 2025)": a bare name and year is a citation only if it matches
    return _Candidate(start, end, "author-year", SYNTAX, keys=tuple(keys), missing=tuple(missing))


_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _flattened_candidates(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    standalone: set[str] | None = None  # words in capitals that occur on their own
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        if start and text[start - 1].isdigit():
            continue
        numbers = expand_numbers(m.group())
        lead = re.match(r"\d{4,},", m.group())
        if not numbers and lead:  # "In 2019,4 the", "AALL1731,5": a superscript after a comma
            start += lead.end()
            numbers = expand_numbers(text[start:end])
        if not numbers:
            continue
        strength = _classify_run(text, start, end, numbers)
        if strength == ACRONYM:
            if standalone is None:
                standalone = set(_CAPITALS.findall(text))
            strength = WEAK if _word_before(text, start)[0] in standalone else None
        if strength is not None:
            out.append(_Candidate(start, end, "superscript", strength, numbers))
    for m in _PAREN.finditer(text):
        numbers = expand_numbers(m.group(1))
        if numbers and not _is_enumeration(text, m.start(), m.end()):
            out.append(_Candidate(m.start(), m.end(), "paren", MEDIUM, numbers))
    return out


def _is_enumeration(text: str, start: int, end: int) -> bool:
    """ "(1) the dose; (2) the schedule": list items, not citations."""
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    if i == 0 or text[i - 1] in "\n:;":
        return True
    word = _word_before(text, i)[0].lower()
    return word in ("and", "or") or word in _NUMBER_WORDS - {"in", "at"}


# -- deciding ---------------------------------------------------------------------------------


def _accept(cand: _Candidate, size: int | None, cited: set[int], next_new: int) -> bool:
    if cand.strength >= STRONG:
        return True
    in_list = size is None or all(1 <= n <= size for n in cand.numbers)
    new = sorted(set(cand.numbers) - cited)
    in_order = bool(new) and new == list(range(next_new, next_new + len(new)))
    if cand.strength == MEDIUM:
        if size is not None:
            return in_list
        return not new or new[0] <= next_new + 2
    return in_list and in_order


def _resolve(cand: _Candidate, index: ReferenceIndex) -> tuple[tuple, tuple, tuple]:
    """numbers, keys, missing for one accepted candidate."""
    if cand.kind in KEYED:
        keys, numbers, missing = [], [], list(cand.missing)
        for key in cand.keys:
            if key not in index.by_key and index.references:
                missing.append(("@" if cand.kind == "pandoc" else "") + key)
                continue
            keys.append(key)  # with no list at all, the marker's own key is all there is
            if key in index.number_by_key:
                numbers.append(index.number_by_key[key])
        return tuple(numbers), tuple(keys), tuple(missing)
    keys, missing = [], []
    for n in cand.numbers:
        ref = index.by_number.get(n)
        if ref is not None:
            keys.append(ref.id)
        elif index.references:  # with no list at all, nothing can be called missing
            missing.append(str(n))
    return cand.numbers, tuple(keys), tuple(missing)


def decode_citations(
    text: str,
    references: Iterable[Reference] | ReferenceIndex = (),
    *,
    start: int = 0,
    end: int | None = None,
) -> list[Citation]:
    """Every citation marker in ``text[start:end]`` (the manuscript's body), in text order.

    ``references`` (or a prebuilt :class:`ReferenceIndex`) supplies the evidence: how many
    references there are, their keys, first authors and years. Without them, flattened
    superscripts are judged by position and order alone. Spans are offsets into ``text``.
    Linear in the length of the text.
    """
    index = (
        references if isinstance(references, ReferenceIndex) else ReferenceIndex.build(references)
    )
    end = len(text) if end is None else end
    body = text[start:end]
    candidates = _syntax_candidates(body, index)
    if not candidates:  # explicit syntax present: nothing was flattened
        candidates = _flattened_candidates(body)
    candidates += _author_year_candidates(body, index)
    candidates.sort(key=lambda c: (c.start, -c.strength, -(c.end - c.start)))
    size = index.size
    cited: set[int] = set()
    next_new, last_end = 1, -1
    out: list[Citation] = []
    for cand in candidates:
        if cand.start < last_end or not _accept(cand, size, cited, next_new):
            continue
        numbers, keys, missing = _resolve(cand, index)
        out.append(
            Citation(
                body[cand.start : cand.end],
                cand.start + start,
                cand.end + start,
                numbers,
                keys,
                cand.kind,
                missing,
            )
        )
        last_end = cand.end
        cited.update(numbers)
        listed = [n for n in numbers if size is None or n <= size]  # a dangling 11 is no evidence
        next_new = max(next_new, max(listed, default=0) + 1)
    if not index.numbered and any(c.kind in KEYED for c in out):
        out = renumber_by_first_citation(out, index.references)
    return out


# -- order of first citation ------------------------------------------------------------------


def first_cited(citations: Iterable[Citation]) -> list[str]:
    """Keys in the order they are first cited (each once)."""
    seen: dict[str, None] = {}
    for c in citations:
        for key in c.keys:
            seen.setdefault(key, None)
    return list(seen)


def number_by_first_citation(
    citations: Iterable[Citation], references: Iterable[Reference] = ()
) -> dict[str, int]:
    """key -> number for a numeric bibliography: cited keys by first citation, then the
    uncited references in their list order."""
    order = first_cited(citations)
    for ref in references:
        if ref.id not in order:
            order.append(ref.id)
    return {key: n for n, key in enumerate(order, start=1)}


def renumber_by_first_citation(
    citations: Sequence[Citation], references: Iterable[Reference] = ()
) -> list[Citation]:
    """The same citations, their ``numbers`` replaced by first-citation numbering."""
    numbering = number_by_first_citation(citations, references)
    return [
        Citation(
            c.marker, c.start, c.end, tuple(numbering[k] for k in c.keys), c.keys, c.kind, c.missing
        )
        for c in citations
    ]
