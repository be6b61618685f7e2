"""What a candidate marker looks like, as a prior log-odds that it is a citation.

The evidence here is local (how the digits sit) and document-wide (whether the word they
are glued to stands alone anywhere else, carries other digits elsewhere, or recurs with
the same digits: a gene symbol "Nxf2 ... Nxf7", "Trip13" again and again, is a name; a
superscript glued to "leukemia" is not; :mod:`blinarefs.trace.name_like` asks that
question of the whole text). :mod:`blinarefs.trace.infer` then weighs it
against the order in which numbers are first cited. Pure and linear: two regex passes over
the text, then a few dictionary look-ups per candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .alone import mostly_alone
from .candidates import (
    ACRONYM_END,
    ACRONYM_ON,
    AFTER_POWER,
    BESIDE_AN_ISOTOPE,
    IN_TURN,
    KEYED,
    MEDIUM,
    MOSTLY,
    NEXT_ONLY,
    ORDER_ONLY,
    SEEN_ALONE,
    SPACED_ORDER_ONLY,
    STRONG,
    SYNTAX,
    WEAK,
    Candidate,
    settled_convention,
)
from .clause_end import between_sentences, cites_at_clause_end, run_in_label, spaced_at_clause_end
from .digit_tails import next_only_cost
from .name_like import YEAR_AFTER_NAME, Vocabulary, name_reasons
from .name_series import in_a_series_of_names
from .own_digits import its_own
from .pasted import Stretches, a_label_beside, closes_a_clause, pasted_stretches
from .quantities import a_name_then_its_year, closes_unopened, spaced_quantity
from .spaced import a_name_and_its_number
from .table_cells import alone_in_a_cell
from .textpos import DETACHED_END
from .valuelike import CLAUSE_END, value_like

BASE = {STRONG: 2.0, MEDIUM: 0.5, WEAK: -1.5}
PRINTED_BASE = 3.0  # a printed superscript or a bracket that looks like a value
PAREN_BASE = 1.0
SPACED = 2.0  # a flattened superscript after a space, where the manuscript mostly has them
# a flattened superscript that sits after a word's full stop and a space, before the next
# sentence or the paragraph's end ("is rare. 7,8 Others"): where a copy leaves a superscript
# printed after the punctuation and a space, which some journals do for part of their
# markers only (too few to make the spaced habit); a sentence does not start with a bare
# numeral
BETWEEN_SENTENCES = 2.0
# ... and in a manuscript that spaces its superscripts, one right after a clause's punctuation
# ("in the services. 12 The", "evaluated, 2 , 11") or at its end ("in insects 3.", "3 ."), a
# repeat too: where its citations sit; counts and labels sit in mid-clause ("dimension 1 that")
AFTER_CLAUSE = 1.0
OTHER_CONVENTION = -1.5  # a manuscript mostly cites one way; another way needs order too
REPEATS_COUNTED = 2  # times one number counts towards its convention
GLUED_HABIT = 10  # numbers cited by confident flattened superscripts that make a habit
PAST_HABIT, PAST_SHARE = 3, 0.5  # a convention this often past the list numbers something else
# a convention that alone cites this share of what the main one cites is a second habit,
# whether the main one is explicit syntax or flattened superscripts (themselves a guess): a
# manuscript pieced together from several copies cites ".4" in one paragraph, "(5)" in the
# next. Beside a guessed main convention, most of what the second names must be its own:
# equations "(1)" to "(44)" beside thirty superscripts name 1 to 30 too. The habit is one
# of markers, five that open on different numbers: one label "insulin B:9-23" named again
# and again, or item lists "(1, 2, 6 and 7)", "(3, 5, 9 and 10)", name many numbers in few
SECOND_HABIT = 0.25
EXPLICIT = ("bracket", "superscript")  # conventions whose markers are syntax, not guesses
LABEL = -6.0  # a label's superscript (below): even as the next number, no citation
NARRATIVE_YEAR = 2.0  # "Goldenberg50 (2010)", "Roe 12 (2012)": a name, its citation, the year
MOSTLY_ALONE = 1.0  # a word far more often alone than glued to digits: its digits cite
HABIT = 5  # "(n)" after a full stop this often, and a quarter of them, is the manuscript's way
_AFTER_END = "after a sentence's end"  # markers of one convention past which another weighs double
_PENALTY = {
    "starts a line or a list": -2.5,
    "after a sentence's end": -2.5,
    "a label": -3.0,
    "a formula's term": -3.0,
    "glued to a name": -2.5,
    "a list item after a separator": -4.0,  # "(1) Hsp100, (2) Hsp90, (3) Hsp70": in order
    "a list item": -2.5,
    "a range of values": -4.0,
    "a scale's point": -2.0,  # "never (0), rarely (1)": codes in a row, cited before
    "shares its parentheses": -0.5,  # "(Figure 1; 4)": a citation the order must confirm
}


def convention(cand: Candidate) -> str:
    """bracket, paren, superscript (explicit), flattened, or keyed."""
    if cand.kind in KEYED:
        return "keyed"
    if cand.kind == "superscript":
        return "superscript" if cand.printed else "flattened"
    return cand.kind


def weigh(
    text: str, candidates: Sequence[Candidate], spaced: bool = False, size: int | None = None
) -> list[Candidate]:
    """The same candidates with ``prior`` and ``why`` filled in. Explicit syntax stays
    certain unless it looks like a value ("cm^2^", "10^6^", "F[1,12]", "6 [4–8]"); a printed
    superscript is never certain, for superscripts also print powers, isotopes and labels.
    ``spaced``: the manuscript's superscripts mostly come after a space, so a flattened
    one there is what the manuscript does, not a stray number. ``size``: the length of the
    list, where known: a convention whose numbers often run past it numbers something else
    (a physics text's equations "(27)" to "(60)" beside a list of 24) and sets no habit."""
    looks = {id(c): value_like(text, c, size) for c in candidates if c.strength >= SYNTAX}
    # The manuscript's convention is the one with the most confident markers, each number
    # counted at most twice: "model (1)" and "model (3)" again and again are no parenthesis
    # style, and a math text's "(1)" to "(40)" are no more than its citations. Which one it
    # is, the numbers each names decide, once each: a model's twenty terms "(k)", each
    # named twice, are fewer than thirty references cited once each
    seen: Counter[tuple[str, object]] = Counter()
    sure: list[tuple[int, int, str, tuple[int, ...]]] = []  # confident markers, for ``pasted``
    counts: Counter[str] = Counter()
    past: Counter[str] = Counter()  # confident markers past the end of the list
    named: dict[str, set[int]] = {}  # the numbers each convention's markers cite
    for c in candidates:
        if _confident(text, c, looks, spaced):
            family = convention(c)
            if size and any(n > size for n in c.numbers):
                past[family] += 1
                continue
            sure.append((c.start, c.end, family, c.numbers))
            named.setdefault(family, set()).update(c.numbers)
            first = (c.numbers or c.keys or (c.start,))[0]
            seen[family, first] += 1
            counts[family] += seen[family, first] <= REPEATS_COUNTED
    for family, n in past.items():
        if n >= PAST_HABIT and n >= PAST_SHARE * (n + counts[family]):
            del counts[family]

    names = Counter(family for family, _ in seen)  # how many numbers (or keys) each names
    dominant = max(counts, key=lambda f: (names[f], counts[f]), default="")
    if dominant == "paren" and names["flattened"] >= GLUED_HABIT and counts["flattened"]:
        # "(k)" also numbers equations, models and list items; superscripts glued to a word's full
        # stop ("in general.7 Then") a manuscript prints only if it cites so (the dev articles that
        # cite otherwise have three at most)
        dominant = "flattened"
    top = counts[dominant]
    local = pasted_stretches(text, sure, dominant) if top >= 3 else Stretches()
    parens = [c for c in candidates if c.kind == "paren" and c.strength == MEDIUM]
    after_end = sum(1 for c in parens if c.why == (_AFTER_END,))
    after_end_habit = after_end >= HABIT and after_end * 4 >= len(parens)
    vocab: Vocabulary | None = None

    def weighed(c: Candidate) -> Candidate:
        nonlocal vocab
        why: list[tuple[str, float]] = []
        value: list[tuple[str, float]] = []  # why explicit syntax looks like a value
        if c.strength >= SYNTAX:  # explicit syntax has no other readings
            if c.kind in KEYED:
                return c
            why = list(value := looks[id(c)])  # the value's reasons, and more after them
            if not why and not c.printed:
                return c
            prior = PRINTED_BASE
            c = replace(c, strength=STRONG)
        elif c.kind == "paren" and c.strength <= MEDIUM:  # "(n)"; "(ref. n)" is strong
            prior = PAREN_BASE
            if c.strength == WEAK and dominant not in ("paren", "bracket"):  # "(e.g., 2)"
                why.append(("a pointer's number where the manuscript cites otherwise", -3.0))
            for reason in c.why:
                if reason == _AFTER_END and after_end_habit:
                    continue  # "supply. (28, 31)": where this manuscript puts its citations
                why.append((reason, next(v for k, v in _PENALTY.items() if reason.startswith(k))))
        else:
            prior = BASE[c.strength]
            why.extend((r, next_only_cost(dominant) if r == NEXT_ONLY else 0.0) for r in c.why)
            spaced_order_only = SPACED_ORDER_ONLY in c.why  # the order alone decides
            if c.start and text[c.start - 1].isalpha():
                vocab = vocab or Vocabulary.of(text, candidates)
                looks_like = name_reasons(text, c, vocab)
                order_only = any(r in c.why for r in (ORDER_ONLY, BESIDE_AN_ISOTOPE, NEXT_ONLY))
                if ACRONYM_END in c.why or ACRONYM_ON in c.why or order_only or IN_TURN in c.why:
                    # whether it has other digits
                    looks_like = [(r, v) for r, v in looks_like if r.endswith(_NAME_SIGNS)]
                elif any(r.endswith(SEEN_ALONE) for r in c.why):
                    looks_like = []  # "N2O" seen on its own: the name ends before "23,25"
                why.extend(looks_like)
                if not (looks_like or spaced or c.strength == STRONG) and mostly_alone(text, c):
                    # "this stage24.", "the GvHD31 should": a word the text uses on its own
                    # again and again, glued to two digits or a group once or twice (where
                    # the manuscript glues its superscripts, and the sitting was unsure)
                    why.append(("a word far more often alone than with digits", MOSTLY_ALONE))
                at_end = CLAUSE_END.match(text, c.end) or DETACHED_END.match(text, c.end)
                if YEAR_AFTER_NAME.match(text, c.end):
                    # "Goldenberg50 (2010)"
                    why.append(("an author's name, then the year", NARRATIVE_YEAR))
                elif at_end and not order_only:
                    why.append(run_in_label(text, c) or ("at a clause end", 1.0))
            elif spaced and c.start and text[c.start - 1].isspace() and not spaced_order_only:
                space = c.start
                while space > 1 and text[space - 1].isspace():
                    space -= 1
                if not spaced_quantity(text, space, c.end) and not a_name_and_its_number(
                    text, c.start, c.end
                ):  # not "figure 2-4", "aged 5", "(Trial 1)"
                    why.append(("after a space, as the manuscript prints its superscripts", SPACED))
                    if a_name_then_its_year(text, space, c.end):  # "Roe 12 (2012) found"
                        why.append(("an author's name, then the year", NARRATIVE_YEAR))
                    if _CLAUSE_PUNCTUATION.search(text, max(0, space - 2), space):
                        why.append(("right after a clause's punctuation", AFTER_CLAUSE))
                    elif cites_at_clause_end(text, c, size):
                        why.append(("at a clause end", AFTER_CLAUSE))  # "in insects 3."
            elif not spaced and between_sentences(text, c):
                why.append(("between two sentences, after a space", BETWEEN_SENTENCES))
            power = any(r.startswith(AFTER_POWER) for r in c.why)
            if spaced and c.start and not text[c.start - 1].isspace() and not power:
                # "Nfat5 mRNA", "and Atf3,": a name's digits where the manuscript spaces
                # every superscript it prints; but after a unit's power ("cm -123.") the
                # copy glued two superscripts, whatever its habit
                why.append(("glued, where the manuscript spaces its superscripts", -SPACED))
        if c.kind == "superscript" and not c.printed and c.strength < SYNTAX:
            why.extend(its_own(text, c))  # "Mmp3, Mmp13", "Kraken2 (version 2.1)", "Joint+10"
        family = convention(c)
        own = len(named.get(family, set()) - named.get(dominant, set()))
        second = (
            own >= HABIT
            and names[family] >= HABIT  # markers, not a range's numbers: "B:9-23" again
            and own >= SECOND_HABIT * len(named.get(dominant, ()))
            and (dominant in EXPLICIT or 2 * own >= len(named.get(family, ())))
        )
        admitted = (
            second
            or "after 'ref.'" in c.why
            or local.convention_at(c.start) == family  # a stretch pasted in its convention
        )
        if outnumbered := top >= 3 and family != dominant and not admitted:
            # the more markers of its own convention a manuscript has, the less another
            # reads as a citation: "(11)" in a text with 100 bracketed ones is an equation;
            # but a flattened one where a copy leaves a citation of a pasted sentence
            # ("in vitro.36 Using") stays as likely as in a text citing less
            flat = family == "flattened" and dominant in EXPLICIT
            settled = settled_convention(top, named.get(dominant, ()), size, flat) and not (
                family == "flattened" and c.strength == STRONG and closes_a_clause(text, c)
            )
            weight = OTHER_CONVENTION * (2 if settled else 1)
            why.append((f"{MOSTLY} {dominant}", weight))
        if (
            family == "superscript"
            and dominant == "bracket"
            and not admitted
            and len(named.get(family, ())) < HABIT
            and a_label_beside(text, c, value, outnumbered)
        ):
            # a text citing in brackets prints superscripts on a few numbers for powers and
            # labels ("Pearson Chi^2^ p", "HOMO^2^ e LUMO^3^"), however few its citations: one
            # cites only where one sits, looking like none. Not beside a chemist's "(2)"
            why.append((f"a label's superscript, where the text cites as {dominant}", LABEL))
        prior += sum(v for _, v in why)
        alternatives = tuple(weighed(a) for a in c.alternatives)
        return replace(c, prior=prior, why=tuple(r for r, _ in why), alternatives=alternatives)

    return [weighed(c) for c in candidates]


_NAME_SIGNS = ("recurs", ")")  # "'Trip13' recurs", "carries other digits too (Trip12)"
_CLAUSE_PUNCTUATION = re.compile(r"(?:[^\W\d_]|\))[.,;:]$")  # "services." "(IRT)."


def _confident(text: str, c: Candidate, looks: dict[int, list], spaced: bool = False) -> bool:
    """Counts towards the manuscript's convention: explicit syntax, a clean "(n)", a
    strong flattened superscript after punctuation or before it, and in a manuscript that
    spaces its superscripts, a spaced one at a clause end ("in this group 17.")."""
    if c.strength >= SYNTAX:
        return c.kind in KEYED or not looks[id(c)]
    if alone_in_a_cell(text, c.start, c.end):  # a table's value: "Site 9\t14\t(19–20)"
        return False
    if c.kind == "paren":
        return not c.why or c.strength == STRONG
    before = text[c.start - 1] if c.start else ""
    if spaced and spaced_at_clause_end(text, c):
        return True
    # "pollution.1" and "pollution1." (the superscript before the punctuation, as Nature
    # prints it)
    return c.strength == STRONG and (
        before in ".,;:)"
        or (
            before.isalpha()
            and (CLAUSE_END.match(text, c.end) or closes_unopened(text, c.start, c.end))
            and not in_a_series_of_names(text, c)
        )
    )
