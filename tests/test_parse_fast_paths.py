"""The parser's fast paths give the answers of the plain code they replace.

Each is checked by Hypothesis against that code, kept here as the specification, on text
made of the characters the fast path has to tell apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.bulk import replaced
from blinarefs.enrich.notices import Notice, Record
from blinarefs.model import Name, Reference
from blinarefs.parse.et_al import _OTHERS, latin_et_al
from blinarefs.parse.field_values import _IN, _in_book
from blinarefs.parse.journals import _last_held
from blinarefs.parse.stops import _STOP_BEFORE_NUMBERS, _STOP_BEFORE_YEAR, _printed_before
from blinarefs.parse.tails import _CLUES, physics_tail
from blinarefs.parse.tokens import _TOKEN, Token, tokenize

VOLUME_TEXT = st.text(alphabet=st.sampled_from(list("12 ()a.Sx-_é")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12a.-( ")), min_size=1, max_size=4), VOLUME_TEXT)
def test_last_held_finds_the_last_match_of_the_pattern_made_of_the_number(number, source):
    pattern = rf"(?<![\w.]){re.escape(number)} ?\(([^()]{{1,40}})\)"
    want = next(reversed(list(re.finditer(pattern, source))), None)
    got = _last_held(number, source)
    assert (got and (got.group(1), got.end())) == (want and (want.group(1), want.end()))


def test_last_held_reads_an_issue_with_words_and_skips_a_longer_number():
    held = _last_held("104", "Agron Fict 2104 (x). Agron Fict 104(Spec No 7): 1020-1030.")
    assert held is not None and held.group(1) == "Spec No 7"
    assert _last_held("104", "Fict 2104 (Spec).") is None


# What a token is made of, and what stands between tokens: letters, digits, marks, dashes,
# the white space a copy holds, a superscript digit, a combining accent, a soft hyphen
TOKEN_TEXT = st.text(
    alphabet=st.sampled_from(list("aZé1 9_.,;:()/-–\t\n\xa0²\u0301\xad'’")), max_size=40
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.one_of(
            TOKEN_TEXT,
            st.sampled_from(["https://x.org/a.b ", "doi:10.1000/x.y.", "12-5 ", "1640.e7", "PMC1"]),
        ),
        max_size=4,
    ).map("".join)
)
def test_tokenize_gives_each_match_with_its_place_and_space(text):
    want, end = [], -1
    for m in _TOKEN.finditer(text):
        want.append(Token(m.group(), m.start(), m.end(), m.start() > end))
        end = m.end()
    assert tokenize(text) == want
    # every character but white space is in a token: what tokenize's str.find relies on
    assert all(c.isspace() for c in _TOKEN.sub("", text))


TAIL_TEXT = st.text(alphabet=st.sampled_from(list("Ab. ,;()12090e-")), max_size=50)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["Roe J. Title. ", "Roe, J.; ", "a) A. Roe, "]), TAIL_TEXT)
def test_each_tail_is_found_only_where_its_clue_is(head, tail):
    text = head + tail
    for pattern, clue in _CLUES.items():
        assert not pattern.search(text) or clue.search(text)


def test_the_tails_are_still_read():
    for text, journal in [
        ("Roe J. Made-up concrete. Constr. Build. Mater. 156 (2030) 443.", "Constr. Build. Mater"),
        (
            "Roe J, Doe A. Made-up widgets. Fict. Sci. Technol. 37, 5453 (2030).",
            "Fict. Sci. Technol",
        ),
        ("a) A. Roe, B.-C. Doe, Made. Up. Chem. 2030, 56, 9910;", "Made. Up. Chem"),
        ("Roe J. Made-up title. Thyroid 2030 27 156-166.", "Thyroid"),
        ("Roe J (2030). Made-up title. Cell Rep. 12 525–534.", "Cell Rep"),
    ]:
        read = physics_tail(text)
        assert read is not None and read[1]["container_title"] == journal
    assert physics_tail("Roe J. Made-up title. J Fict Biol. 2030;12(4):311-8.") is None


JOURNAL_TEXT = st.text(alphabet=st.sampled_from(list("Nat. Med,(2030) in press19")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(JOURNAL_TEXT.filter(bool), JOURNAL_TEXT, st.booleans())
def test_journal_with_its_stop_found_as_the_pattern_made_of_the_journal_found_it(
    journal, text, year
):
    after = _STOP_BEFORE_YEAR if year else _STOP_BEFORE_NUMBERS
    text = text[:7] + journal + text[7:]  # the journal printed, as it always is
    want = re.search(re.escape(journal) + after.pattern, text) is not None
    assert _printed_before(journal, after, text) == want


def test_a_journal_printed_twice_is_found_with_its_stop_at_the_second():
    text = "Roe J. Made Sci and more. Made Sci. 2030;12:1-9."
    assert _printed_before("Made Sci", _STOP_BEFORE_NUMBERS, text)
    assert not _printed_before("Made Sci", _STOP_BEFORE_NUMBERS, "Roe J. Made Sci and more.")


# the words "et al." is printed with in other languages, pieces of them, and what surrounds them
_PIECES = ["Roe A", "Doe B.", ",", " ", "y col", "e cols", "et coll", "u. a", "u.a", "ve ark",
           "i wsp", "a kol", "m. fl", "m.fl", "ym", ".", "и др", "и соавт", "y otros",
           "e outros", "等", "他", "ほか", "，", "\n", "Title", "In: ", ". In ", "Book (pp. 1",
           "in"]  # fmt: skip
OTHERS_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(OTHERS_TEXT)
def test_other_languages_et_al_is_rewritten_as_the_pattern_alone_rewrites_it(text):
    assert latin_et_al(text) == _OTHERS.sub(", et al.", text)


@settings(max_examples=500, deadline=None)
@given(OTHERS_TEXT)
def test_a_chapter_in_a_book_is_found_as_the_pattern_alone_finds_it(text):
    found, plain = _in_book(text), _IN.search(text)
    assert (found and found.span()) == (plain and plain.span())


def test_a_copy_made_field_by_field_is_the_copy_replace_makes():
    ref = Reference(id="k", title="A made-up title", author=(Name(family="Roe", given="A"),))
    assert ref.with_fields(title="Another", volume="3") == replace(ref, title="Another", volume="3")
    record = Record(id="k", title="T", notices=(Notice("retraction", doi="10.1/x"),))
    copied = record.with_fields(title="U")
    assert isinstance(copied, Record) and copied.notices == record.notices
    with pytest.raises(TypeError):
        ref.with_fields(titel="misspelt")
    assert replaced(record, volume="2") == replace(record, volume="2")
