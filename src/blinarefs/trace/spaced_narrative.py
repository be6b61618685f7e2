"""Narrative citations in a manuscript that spaces its superscripts: the number after the
author it names, before the clause's verb ("Doe & Roe 18 defendem", "Doe 16 comenta que",
"an older audit 13 concluded") or before the quotation it introduces ("Segundo Roe: 9"
and the quotation's paragraph). A copy that kept a space either side of each raised number
prints them in mid-clause, where the rules of :mod:`blinarefs.trace.spaced` ask for a word a
cited clause goes on with; a count seldom sits there: its noun follows it ("12 pacientes"),
and a count that is a clause's subject follows no noun ("Apenas 5 apresentaram"). Asked only
of a manuscript read as spacing its superscripts (:func:`~blinarefs.trace.decode.decode_markers`).
Pure: a few words either side of the run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .candidates import expand_numbers, words
from .cited_items import counted
from .numberwords import (
    DETERMINERS,
    FOLLOWERS,
    LABEL_ABBREVIATIONS,
    LABEL_WORDS,
    QUANTITY_GOVERNORS,
)
from .quantities import numbered_otherwise, written_in_lower_case
from .spaced import a_label_after_a_space

# Two names joined by an ampersand right before the run, with the name's comma perhaps:
# "Doe & Roe 18", "Roe & Doe, 11 em"
_A_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[^\S\n]&[^\S\n]([^\W\d_][\w'’-]*),?[^\S\n]$")
# The word right before the run's space, a surname's "Jr." too
_A_WORD_THEN_SPACE = re.compile(r"(?<![^\W_])([^\W\d_]{3,}|Jr\.)[^\S\n]$")
# A name's colon and one space before the run: "Segundo Roe: 9"
_A_COLON_THEN_SPACE = re.compile(r"(?<![^\W_])([^\W\d_]{3,}):[^\S\n]$")
# The run ends its line, and a quotation opens the next line or paragraph
_A_QUOTATION_NEXT = re.compile(r"(?<![^\S\n])[^\S\n]*\n[^\S\n]*(?:\n[^\S\n]*)?[“\"«‘]")
# One or two lower-case words after the run: the first may be a pronoun or a negation
_NEXT_WORDS = re.compile(r"[^\S\n]([^\W\d_A-Z][^\W\d_]*)(?:[^\S\n]([^\W\d_A-Z][^\W\d_]*))?")
_BEFORE_THE_VERB = words("nos se lhe lhes me não nao no também tambem ya también ainda já")

# What an author does in a narrative citation, in the present: Portuguese, Spanish, English
_PRESENT = words(
    "afirma aponta alerta comenta discute destaca ressalta salienta relata descreve sugere "
    "defende argumenta enfatiza conclui refere menciona reforça acrescenta assinala critica "
    "adverte reconhece questiona observa explica analisa discorda concorda lembra considera "
    "define demonstra mostra encontra identifica investiga avalia estuda propõe dá"
) | words(
    "señala plantea sostiene propone describe sugiere considera menciona argumenta concluye "
    "advierte muestra demuestra observa encuentra analiza evalúa estudia dice"
)
_PLURAL = words("propõem concluem dão dizem trazem concluyen dicen")
_ENGLISH = words(
    "argues notes suggests reports shows describes proposes claims finds concludes "
    "highlights emphasises emphasizes discusses defines stresses warns"
)
REPORTING_VERBS = (
    _PRESENT
    | _PLURAL
    | _ENGLISH
    | frozenset(w + "m" for w in _PRESENT if w.endswith(("a", "e")))  # "apontam", "discutem"
    | frozenset(w + "n" for w in _PRESENT if w.endswith(("a", "e")))  # "señalan", "sugieren"
)
# A clause's verb, by its ending: the past, Portuguese "apontou", "concluiu", "relataram",
# "discutiram", Spanish "señaló", "señalaron", English "concluded", "used"; a Portuguese
# plural, "apresentam", "dificultam" (few nouns end so: "Vietnam")
_VERB_ENDINGS = ("ou", "iu", "am", "ó", "aron", "ieron", "ed")
_NOUNS_ENDINGS = ("eed", "gram", "eam")  # "seed", "program", "team"
SHORTEST_VERB = 4  # letters of a verb told by its ending ("used")
# ... not "to be" and "to have", which a count is the subject of ("12 eram", "12 tinham")
_A_COUNTS_VERB = words(
    "eram estavam tinham tiveram estiveram houveram ficaram fueron tuvieron estuvieron"
)
_NEGATIONS = words("não nao")
# Words of a clause's frame, which follow its verb, not a participle's noun: "concluded
# that", "started in", "revealed a", "isolated them", "apontou para"
_FRAME_WORDS = FOLLOWERS | QUANTITY_GOVERNORS | DETERMINERS | words("them him her us lo los")
# Words a count follows, not a name or a noun a citation follows: "apenas 12", "Destes 12"
_BEFORE_A_COUNT = words(
    "apenas somente só outros outras estes estas esses essas destes destas desses dessas "
    "deles delas quais todos todas ambos ambas cerca quase mais menos sendo solo otros "
    "otras estos cuales ambos only other another these those all remaining nearly almost "
    "about than total"
)
# ... and the labels of a protein's residues and a gene's parts, numbered by position
# ("lysine 20 mutated", "codon 12 changed")
_POSITIONS = words(
    "residue residues codon codons intron introns amino lysine arginine serine threonine "
    "tyrosine histidine cysteine glycine alanine valine leucine isoleucine proline "
    "methionine tryptophan phenylalanine asparagine glutamine aspartate glutamate"
)
_NOT_A_NAME = (QUANTITY_GOVERNORS | LABEL_WORDS | LABEL_ABBREVIATIONS | FOLLOWERS | DETERMINERS) | (
    _BEFORE_A_COUNT | _POSITIONS
)


def a_verb_after(text: str, end: int) -> bool:
    """Whether the clause goes on after the run ending at ``end`` with the verb of a
    narrative citation, a pronoun or a negation before it ("18 apontam", "9 nos lembra",
    "13 concluiu", "21 concluded"): a reporting verb, or a verb told by its ending that a
    word of the clause's frame follows ("13 concluded that", "6 started in"), not a
    participle before its noun ("11 isolated cell lines": a count), nor "to be" or "to
    have", which a count is the subject of ("12 eram")."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    at = 1
    if m.group(1) in _BEFORE_THE_VERB:
        if m.group(2) is None:
            return False
        if m.group(1) in _NEGATIONS:
            return True  # "12 não possui": a verb follows, whatever its form
        at = 2
    verb = m.group(at)
    if verb in REPORTING_VERBS:
        return True
    if verb in _A_COUNTS_VERB or verb.endswith(_NOUNS_ENDINGS):  # "12 eram", "5 seed"
        return False
    if len(verb) < SHORTEST_VERB or not verb.endswith(_VERB_ENDINGS):
        return False
    then = _NEXT_WORDS.match(text, m.end(at))
    return then is None or then.group(1) in _FRAME_WORDS


def _a_name_before(text: str, at: int, start: int, end: int) -> bool:
    """Whether the word at ``at``, before the run ``text[start:end]``, can be a cited
    author's name or the noun of a cited work ("Roe", "review"): no word a count or a label
    follows, no name in capitals that carries its number ("COVID 19" beside "COVID-19"); a
    capitalised name the text never writes in lower case, printed with its numbers as an
    author's works are (:func:`_an_authors_works`), or a word the text numbers with these
    digits only (not "patient 4" beside "patient 2"), and no common noun that opens its
    sentence ("Patients 3 improved", "Model 3 explained": a label, a count)."""
    found = _WORD.match(text, at)
    word = found.group() if found is not None else ""
    numbers = expand_numbers(text[start:end])
    if not (numbers and word) or word.lower().rstrip(".") in _NOT_A_NAME or word.isupper():
        return False
    digits = str(numbers[0])  # a group's first: "tabagismo 5,15,20"
    if re.search(rf"(?<![^\W_]){re.escape(word)}[-‐–]{re.escape(digits)}\b", text):
        return False
    if word[0].isupper():
        if not written_in_lower_case(text, word.rstrip(".")):
            return _an_authors_works(text, word, start)
        if _OPENS_A_SENTENCE.search(text, max(0, at - 4), at):
            return False
    # a common noun, however it is written ("Cenário 2" beside "cenário 1")
    return all(numbered_otherwise(text, w, digits) for w in {word.lower(), word.capitalize()})


AN_AUTHORS_WORKS = 2  # numbers one name is printed with, at most: more label things


def _an_authors_works(text: str, word: str, start: int) -> bool:
    """Whether the capitalised ``word`` before the run at ``start`` is printed with its
    numbers as an author cited for a work or two is ("Roe 9", "Roe: 9", and "Roe 16" in
    another sentence), not as labels of the text's own things, three or more
    ("Respondent: 3", "Respondent: 5", "Respondent: 8"), or two in one sentence ("Patient
    2 recovered and Patient 4 improved")."""
    printed = _numbers_after(text, word)
    if len({digits for _, digits in printed}) > AN_AUTHORS_WORKS:
        return False
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    stop = _SENTENCE_END.search(text, start)
    hi = stop.start() if stop is not None else len(text)
    return len({digits for at, digits in printed if lo < at < hi}) <= 1


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_WORD = re.compile(r"[^\W\d_]+\.?")
_OPENS_A_SENTENCE = re.compile(r"(?:\A|[.!?:][^\S\n]+|\n[^\S\n]*)$")


@lru_cache(maxsize=64)
def _numbers_after(text: str, word: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` prints ``word`` before a number, a space or a colon and a space
    between, and the number."""
    pattern = rf"(?<![^\W_]){re.escape(word)}:?[^\S\n](\d+)"
    return tuple((m.start(), m.group(1)) for m in re.finditer(pattern, text))


def _a_pair(text: str, start: int) -> bool:
    """Whether two capitalised names joined by "&" stand right before the run at
    ``start`` ("Doe & Roe 18", "Roe & Doe, 11"): a narrative citation of two authors."""
    m = _A_PAIR.search(text, max(0, start - 60), start)
    if m is None:
        return False
    return all(n[0].isupper() and not n.isupper() for n in m.groups())


def a_spaced_narrative(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` after a space is a narrative citation's
    superscript in a manuscript that spaces them: after two authors joined by "&" and
    before no counted noun ("Doe & Roe 18 defendem", "Roe & Doe, 11 em pesquisa"), or
    after a name or a noun and before the clause's verb ("Doe 16 comenta", "Zoe Jr. 10
    discute", "older audit 13 concluded"). Never a label listed with another number
    ("compounds 2 and 3", :func:`~blinarefs.trace.spaced.a_label_after_a_space`)."""
    numbers = expand_numbers(text[start:end])
    if not numbers or start < 2 or a_label_after_a_space(text, start, end):
        return False
    if _a_pair(text, start):
        word = _NEXT_WORDS.match(text, end)
        return word is None or not counted(word.group(1), numbers)
    before = _A_WORD_THEN_SPACE.search(text, max(0, start - 40), start)
    return (
        before is not None
        and a_verb_after(text, end)
        and _a_name_before(text, before.start(1), start, end)
    )


def before_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` follows a name's colon and a space and ends its
    line, and a quotation opens the next paragraph ("Segundo Roe: 9", "Pinto & Doe: 13"):
    the superscript of the author whose words the text quotes. A label's colon comes after
    its number ("Respondent 3:"), and a label numbered otherwise is no name."""
    colon = _A_COLON_THEN_SPACE.search(text, max(0, start - 40), start)
    if colon is None or not expand_numbers(text[start:end]):
        return False
    return _A_QUOTATION_NEXT.match(text, end) is not None and _a_name_before(
        text, colon.start(1), start, end
    )
