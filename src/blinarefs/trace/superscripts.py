"""Superscripts that a copy-paste flattened into plain text: which digit runs they are.

Each run of digits is judged by what it is glued to and what follows it
(:mod:`blinarefs.trace.sitting`), and split where it continues a name that ends in digits
(:mod:`blinarefs.trace.glued`), with what the whole text says of the word before it
(:mod:`blinarefs.trace.words_around`). Pure and linear: one regex pass over the text and a few
characters looked at around each run.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .after_values import after_a_value
from .alone import a_numbered_name_alone, past_a_members
from .candidates import (
    ACRONYM,
    ACRONYM_END,
    ACRONYM_ON,
    DASHES,
    MEDIUM,
    ORDER_ONLY,
    RUN,
    SEEN_ALONE,
    WEAK,
    Candidate,
    expand_numbers,
    rising_end,
)
from .cited_items import an_items_citation
from .decimal_places import a_decimals_citation
from .detached import MARK_AFTER
from .digit_tails import after_a_word, tail_readings
from .footnote_letters import before_footnote_letters
from .glued import (
    PHRASE_END,
    TOKEN,
    a_family,
    after_a_hyphenated_name,
    after_a_name,
    after_a_units_power,
    after_a_words_punctuation,
    dotted_word,
    hyphenated,
    name_before,
    order_only,
    split_readings,
    unseparated,
)
from .in_turn import listed_in_turn
from .isotopes import isotope_reading
from .listed_spaces import MID_CLAUSE, listed_with_spaces
from .lost_space import glued_to_the_next_word
from .outside_prose import byline_end, in_address
from .singular_verbs import before_a_singular_verb
from .sitting import after_a_value_closed, classify_run
from .spaced import (
    a_group_spaced_at_its_commas,
    a_label_after_a_space,
    spaced_beyond_sitting,
    spaced_order_only,
)
from .spaced_narrative import a_spaced_narrative, before_a_quotation
from .study_names import a_studys_group, with_the_whole_group
from .textpos import (
    DETACHED_END,
    EQUATION_AFTER,
    after_is_boundary,
    at_clause_end,
    sentence_break_after,
    word_before,
)
from .versions import version_readings
from .words_around import WordsAround
from .year_goes_on import year_glued_strength

# a year, or a range of years ("1982–19885,6,9"), then a superscript's digits
# "MSTRG.1889", "IRB-18344": an identifier's digits, no year
_BEFORE_A_YEAR = re.compile(r"[^\W_]|[.\-‐‑]")
_YEAR_GLUED = re.compile(r"(?P<year>(?:(?:1[89]|20)\d\d[-–])?(?:1[89]|20)\d\d)[1-9]\d{0,2}(?!\d)")
# goes on, not into a range ("PU.1-dependent", not "in CN.86-90 When")
_DOTTED = re.compile(r"(?<![A-Za-z])[A-Z]{1,4}\.\d+(?!\d)(?= [a-z(]|,\s(?!\d)|[-/+](?!\d))")
_GOES_ON = re.compile(r" [a-z]|,\s")
_ASIDE = re.compile(r" \((?!\d)")  # "FLYA19 (Supplementary": an aside opens after it
# A genotype's signs, raised after a gene's name and flattened with it: "−/−", "+/−", "+/+"
_GENOTYPE = re.compile(r"[^\S\n]?[-+−–‒]/[-+−–‒]")
_ITS_NOUN = re.compile(r"[^\S\n][a-z]{3,}\b")  # "BG-1130 plates": a name, then its noun
LONG_ACRONYM = 5  # letters of a word in capitals longer than a gene symbol's stem
_LEADING_DIGITS = re.compile(r"\d+")
_LONG_NUMBER = re.compile(r"(?<!\d)\d{4,},")  # match()ed on a run
_DECIMAL_PLACES = re.compile(r"\d{1,2},(?=\d)")  # match()ed after a decimal point
_YEAR_THEN = re.compile(r"\)|[^\S\n][a-z]")  # what goes on after "in 201223": "(... 200882)"
_CAPITALS = re.compile(r"\b[A-Z]{2,}s?\b(?![-‐]\d)")  # not "CTLA-4"


def flattened_candidates(text: str, spaced: bool = False) -> list[Candidate]:
    """Digit runs that may be flattened superscripts, each with the strength of how it sits.
    ``spaced``: the manuscript prints its superscripts after a space, in mid-clause too."""
    out: list[Candidate] = []
    runs = _Runs(text, spaced)
    pos = byline = byline_end(text)
    while m := RUN.search(text, pos):
        start, end = m.start(), rising_end(text, m.start(), m.end())
        if text[end : end + 1] == ")" and ")" in text[start:end]:
            end = text.index(")", start)  # "830), (3) PAD": a list's label, not "3), (4."
        pos = end  # after "4, 2", "2" may start a run of its own
        # digits after a space start a word of their own, in no address ("zenodo.1234 33")
        if start and (
            text[start - 1].isdigit() or (not text[start - 1].isspace() and in_address(text, start))
        ):
            continue
        if (
            _ITEM_LABEL.match(text, end)
            and not text[text.rfind("\n", 0, start) + 1 : start].strip()
        ):
            continue  # "    1. County": a list item's number, as a word processor writes it
        if _GENOTYPE.match(text, end):
            continue  # "Ifnar1−/− mice", "Tlr4+/−": a gene's digit, its genotype raised after it
        cand = runs.splits(runs.judge(start, end), start, end) or isotope_reading(text, start, end)
        cand = with_the_whole_group(text, start, end, cand)  # "in the ZORBAN9,10 trial"
        if cand is None and text[start - 1 : start].isalpha():
            # "described by Page21.": the order decides; so too in mid-clause after a word
            # the text uses mostly alone ("the GvHD31 should")
            cand = (
                order_only(text, start, end)
                or runs.around.after_a_word_mostly_alone(start, end)
                or after_a_word(text, start, end)
            )
        elif cand is None and (closed := after_a_value_closed(text, start, end)):
            cand = replace(closed[0], alternatives=tuple(closed[1:]))  # "are 1.31115),"
        elif (
            cand is None and text[start - 1 : start] == " " and not runs.around.labelled(start, end)
        ):
            cand = spaced_order_only(text, start, end)
        if cand is None:
            # "foi de 0,8921.": 0,89 and 21; "garden groups15tends", "plans31need": no space
            # after it
            cand = a_decimals_citation(text, start, end) or glued_to_the_next_word(text, start, end)
        if (cand is None or cand.strength == WEAK) and (tails := tail_readings(text, start, end)):
            # "at pH 7.517,", "chromosome 856.": the order alone may take the last digits
            if cand is None:
                cand = replace(tails[0], alternatives=tuple(tails[1:]))
            else:
                taken = {r.start for r in cand.readings()}
                more = tuple(t for t in tails if t.start not in taken)
                cand = replace(cand, alternatives=(*cand.alternatives, *more))
        if cand is not None and cand.end == end and not cand.alternatives and not spaced:
            # where a manuscript spaces its superscripts, the number after a glued one is a
            # superscript of its own ("AgOBP1 38 ."), no list's next
            cand, pos = listed_with_spaces(text, cand)
        if cand is not None:
            out.append(cand)
    return listed_in_turn(text, out, byline)


# What follows a list item's number that opens its line: "1. Text", "2) Text" (a flattened
# superscript opening a line goes on with a word, not with a full stop and another)
_ITEM_LABEL = re.compile(r"[.)][^\S\n]+[^\W\d_]")


class _Runs:
    """How each run sits, with what the whole text says about the words around it (counted
    once, and only when a run needs it)."""

    def __init__(self, text: str, spaced: bool) -> None:
        self.text, self.spaced = text, spaced
        self.around = WordsAround(text)  # what the text says of a run's word (words_around.py)
        self.standalone: set[str] | None = None  # words in capitals that occur on their own
        self.dotted: Counter[str] | None = None  # "PU.1": names with a full stop before digits
        self.tokens: Counter[str] | None = None  # "N2O", "CD28", "LDL-C": every word, whole

    def judge(self, start: int, end: int) -> Candidate | None:
        """The reading of the run ``text[start:end]`` by how it sits, or None."""
        text, spaced = self.text, self.spaced
        if EQUATION_AFTER.match(text, end):
            return None  # "F1,21 = 7.9", "x2 < 3": a statistic's or a variable's digits
        numbers = expand_numbers(text[start:end])
        lead = _LONG_NUMBER.match(text[start:end])
        year = _YEAR_GLUED.match(text, start, end)
        if not numbers and year and not _BEFORE_A_YEAR.match(text, start - 1, start):
            # "by 203020.": the year 2030, then a superscript 20; "the 199125,26, 200021,
            # and 201024,34 censuses"; where the clause goes on ("a study in 201223
            # reported", "(Horvath 200882)"), no year has more digits (year_goes_on.py)
            if not after_is_boundary(text, end):
                return None  # "MSTRG.188947.6": an identifier's digits, no year
            if year.end() < end or text[end : end + 1] in ".,;:" or MARK_AFTER.match(text, end):
                sits = MEDIUM  # "from 1994 to 20047 .": the markup's space, then the mark
            elif after_is_boundary(text, end) and _YEAR_THEN.match(text, end):
                sits = year_glued_strength(text, start, end)
            else:
                return None
            cited = year.end("year")
            numbers = expand_numbers(text[cited:end])
            return Candidate(cited, end, "superscript", sits, numbers) if numbers else None
        places = _DECIMAL_PLACES.match(text, start, end) if text[start - 1 : start] == "." else None
        if places and text[start - 2 : start - 1].isdigit() and MID_CLAUSE.match(text, end):
            # "at pH 7.0,16 and": a decimal's places and its comma, then a superscript where
            # the clause goes on (not "in 1963.3,4 With": a year's full stop, then a group)
            start += places.end() - places.start()
            numbers = expand_numbers(text[start:end])
        elif not numbers and lead:  # "In 2019,4 the", "AALL1731,5": a superscript after a comma
            start += lead.end()
            numbers = expand_numbers(text[start:end])
        elif not numbers and after_a_words_punctuation(text, start):
            pair = unseparated(text[start:end])
            if pair and after_is_boundary(text, end):  # "survival.611 Tumor": 6 and 11
                return Candidate(start, end, "superscript", MEDIUM, pair)
            return None
        if numbers and "," in text[start:end] and hyphenated(text, start):
            split = after_a_hyphenated_name(text, start, end)
            return split
        strength = classify_run(text, start, end, numbers, spaced) if numbers else None
        if (
            strength in (None, WEAK)
            and spaced
            and numbers
            and a_group_spaced_at_its_commas(text, start, end)
        ):
            # a group spaced at each comma has no other reading: more than a weak one, also
            # where the word after it is one a citation goes on with ("children 6 , 14 and")
            return Candidate(start, end, "superscript", MEDIUM, numbers)
        if strength is None and numbers and before_footnote_letters(text, start, end):
            # "in the census. 12,e,f": the citations, then the notes' letters raised
            return Candidate(start, end, "superscript", MEDIUM, numbers)
        if (
            strength is None
            and numbers
            and spaced
            and (
                spaced_beyond_sitting(text, start, end)
                or an_items_citation(text, start, end)
                or a_spaced_narrative(text, start, end)  # "Roe 9 comenta que"
                or before_a_singular_verb(text, start, end)  # "entre idosos 3 foi maior"
            )
        ):
            return Candidate(start, end, "superscript", WEAK, numbers)
        if (
            strength is None
            and numbers
            and spaced
            and (after_a_value(text, start, end) or before_a_quotation(text, start, end))
        ):
            # "em 2029 16 para", "Segundo Roe: 9": medium, the habit's weight, which no
            # spaced number after a digit or a colon is given (features.py)
            return Candidate(start, end, "superscript", MEDIUM, numbers)
        if strength is not None and a_label_after_a_space(text, start, end):
            return None
        if strength == WEAK and numbers and self.around.a_mixed_case_word_alone(start, end):
            strength = MEDIUM
        if strength == ACRONYM:
            if self.standalone is None:
                self.standalone = set(_CAPITALS.findall(text))
            strength = None
            word, ws = word_before(text, start)
            defined = text[ws - 1 : ws] == "(" and text[end : end + 1] == ")"
            # "TGs17." where "TG" stands alone: a plural of a word, not a name
            alone = word in self.standalone or (word[-1] == "s" and word[:-1] in self.standalone)
            if alone and not defined:
                # "TME207." but "PARP1 inhibitor", "(HDAC1)"; in mid-clause too where the
                # word stands alone far more often than it carries digits ("the AMOC30
                # shows", "using HPLC25 with"), with more than a member's one digit
                # ("STIM1 aggregation", "PCA1 (25.55%)" name a gene and a component)
                closes = text[end : end + 1] in ".,;:)" or DETACHED_END.match(text, end)
                member = not numbers or (len(numbers) == 1 and numbers[0] < 10)
                mostly = not member and self.around.mostly_alone(start)
                group = a_studys_group(word, text[start:end])  # "from ZORBAN9,10 suggested"
                strength = MEDIUM if closes or mostly or group else WEAK
            elif numbers and at_clause_end(text, end) and (len(numbers) > 1 or numbers[0] >= 10):
                # "in PDAC100,102." or "by PCR55.": for the order to decide, unless the name
                # carries other digits elsewhere (features.py)
                return Candidate(start, end, "superscript", WEAK, numbers, why=(ACRONYM_END,))
            elif (
                numbers
                and numbers[0] >= 10
                and len(word) >= LONG_ACRONYM
                and not defined
                and (PHRASE_END.match(text, end) or _ASIDE.match(text, end))
            ):
                # "using ANNOVAR16 and", "the database MEROPS31)": a program's or a study's
                # name carries no number of two digits as a gene's four letters do
                # ("CXCL12", "PTPN11"); only where the clause ends or goes on with a word
                # that follows a citation, for the order to decide
                return Candidate(start, end, "superscript", WEAK, numbers, why=(ACRONYM_ON,))
        if strength is not None and text[start - 1] == "." and dotted_word(text, start):
            self.dotted = dotted = self.dotted or Counter(_DOTTED.findall(text))
            name = f"{dotted_word(text, start)}.{_LEADING_DIGITS.match(text, start).group()}"  # type: ignore[union-attr]
            if dotted[name] or (_GOES_ON.match(text, end) and text[start:end].isdecimal()):
                # "PU.1 activity" here or elsewhere: a name, not a superscript; but a
                # citation may well follow "in PDAC." twice, and a name carries one number,
                # no group ("(sn)ATAC.92,93 snATAC")
                strength = None
        if strength is not None and text[start - 1] == ";" and self.around.a_family_member(start):
            strength = None
        glued = start and text[start - 1].isalpha()
        if glued and strength is not None and "," in text[start:end]:
            names = self.around.counts().names
            # "TAP1, and TAP2,11": TAP2, then 11; but "the ETNP7,8." where "ETNP" stands
            # alone more often than it carries digits ("ETNP6."): citations each time
            if a_family(text, start, end, names) and not self.around.more_a_word(start):
                strength = None
        if strength is None and glued:
            names = self.around.counts().names
            split = after_a_name(text, start, end, names)
            if split and split.start > start and numbers and self.around.more_a_word(start):
                # "to GTEx9,47 as", "with cGvHD27,28 was": a word that stands alone more
                # often than it carries digits, so the group is whole, before "GTEx9" and 47
                return Candidate(start, end, "superscript", MEDIUM, numbers, alternatives=(split,))
            return split
        if strength is not None and numbers:
            return Candidate(start, end, "superscript", strength, numbers)
        return None

    def splits(self, cand: Candidate | None, start: int, end: int) -> Candidate | None:
        """``cand`` with the other readings of a run glued to a name that ends in digits
        ("CD2813–15": CD28 then 13–15, or CD281 then 3–15), or the first of those."""
        text = self.text
        before = text[start - 1] if start else ""
        if not (before.isalnum() or before in DASHES + "."):
            return cand
        version = before == "." and text[start - 2 : start - 1].isdigit()
        # after a version the clause may go on with any word or an aside ("RAxML 8.2.4105
        # under", "MAFFT v7.222113 (option"): a version names its program, which is cited
        ends = PHRASE_END.match(text, end) or (
            version
            and (
                sentence_break_after(text, end)
                or _GOES_ON.match(text, end)
                or _ASIDE.match(text, end)
            )
        )
        # a name seen on its own that goes on into its noun ("on modified BG-1130 plates",
        # "the COVID-1935 datasets"): its readings are weak, for the order to decide
        attributive = not ends and not version and _ITS_NOUN.match(text, end) is not None
        if not (ends or attributive) or not after_is_boundary(text, end):
            return cand  # "v 1.12.27 The": a version, then a citation, then a sentence
        if attributive:
            if cand is not None or before == ".":
                return cand
            self.tokens = tokens = self.tokens or Counter(TOKEN.findall(text))
            at = start - len(name_before(text, start))
            token = TOKEN.match(text, at)
            # "the COVID-1935 datasets" where "COVID-19" stands alone again and again and
            # numbers no family: the name, then a citation, as where a phrase ends
            found = [
                r
                if past_a_members(r)
                and token
                and a_numbered_name_alone(text[at : r.start], token.group(), tokens)
                else replace(r, strength=WEAK, why=(*r.why, ORDER_ONLY))
                for r in split_readings(text, start, end, tokens)
                if r.why and r.why[0].endswith(SEEN_ALONE)
            ]
            return replace(found[0], alternatives=tuple(found[1:])) if found else None
        if before == ".":
            found = (
                version_readings(text, start, end) if text[start - 2 : start - 1].isdigit() else []
            )
        elif before in DASHES and (power := after_a_units_power(text, start, end)):
            found = [power]
        else:
            self.tokens = self.tokens or Counter(TOKEN.findall(text))
            found = split_readings(text, start, end, self.tokens)
        readings = [r for r in found if cand is None or r.start != cand.start]
        if not readings:
            return cand
        if cand is None:
            return replace(readings[0], alternatives=tuple(readings[1:]))
        seen = [
            r
            for r in readings
            if r.strength >= cand.strength and r.why and r.why[0].endswith(SEEN_ALONE)
        ]
        if seen and not cand.why:
            # "N2O23,25,26": of two readings the order cannot tell apart, the one whose name
            # stands alone elsewhere ("N2O") before the one that assumes a name ("N2O23")
            first = seen[0]
            return replace(first, alternatives=(cand, *(r for r in readings if r is not first)))
        return replace(cand, alternatives=tuple(readings))
