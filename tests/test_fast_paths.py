"""Fast paths taken for speed give the same answers as the general code they bypass.

Loading a large store splits every author field; when a value holds no braces, a regular
expression or ``str.split`` does the work of the brace-counting loops. Hypothesis checks
that both agree on brace-free text (names, "and", odd spacing, letters whose case changes
length).
"""

from __future__ import annotations

import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs import names

BRACE_FREE = st.text(
    alphabet=st.sampled_from(list("andANDothers xyz,.-\t\n\u00a0İıÖöß")), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(BRACE_FREE)
def test_and_split_fast_path_agrees_with_the_brace_aware_loop(value):
    parts = [p for p in names._split_on_and(value) if p]
    truncated = bool(parts) and parts[-1].lower() == "others"
    assert names.split_bibtex_names(value) == (parts[:-1] if truncated else parts, truncated)


@settings(max_examples=300, deadline=None)
@given(BRACE_FREE, st.sampled_from([",", " "]))
def test_top_level_split_fast_path_agrees_with_the_brace_aware_loop(text, sep):
    loop = names._split_outside_braces(text, sep)
    assert names._split_top_level(text, sep, keep_empty=True) == loop
    assert names._split_top_level(text, sep) == [p for p in loop if p]


def test_braced_and_stays_inside_a_name():
    assert names.split_bibtex_names("{Barnes and Noble} and Smith, J. and others") == (
        ["{Barnes and Noble}", "Smith, J."],
        True,
    )


@pytest.mark.parametrize("braces", ["", "{Gün} "])
def test_a_letter_whose_lower_case_is_longer_leaves_the_and_where_it_is(braces):
    # "İ".lower() is two characters: the loop read "and" at the lowered text's offsets, so
    # "Gün, İ. and Çopur, A. and Balcı, E." came back as one name, "Gün, E."
    value = f"{braces}Gün, İ. and Çopur, A. and Balcı, E."
    assert names.split_bibtex_names(value) == (
        [f"{braces}Gün, İ.", "Çopur, A.", "Balcı, E."],
        False,
    )


def _pairwise_near_duplicates(refs):
    """The rule as written in validate.check_duplicates, pair by pair with difflib: the
    oracle for the pruned version."""
    from collections import defaultdict
    from difflib import SequenceMatcher

    from blinarefs.validate import normalise_title

    groups = defaultdict(list)
    for ref in refs:
        if ref.title:
            groups[(ref.year, ref.author[0].full_family.lower() if ref.author else "")].append(ref)
    found = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[:i]:
                ta, tb = normalise_title(a.title), normalise_title(b.title)
                if ta == tb or SequenceMatcher(None, ta, tb).ratio() >= 0.9:
                    found.append((a.id, b.id))
                    break
    return found


WORDS = st.sampled_from(["acute", "leukemia", "Blinatumomab", "MRD", "in", "adults", "B-cell"])


@st.composite
def similar_titles(draw):
    """Titles written for this test: a few base titles and copies with small edits."""
    bases = draw(st.lists(st.lists(WORDS, min_size=1, max_size=12), min_size=1, max_size=4))
    titles = []
    for _ in range(draw(st.integers(2, 12))):
        words = list(draw(st.sampled_from(bases)))
        for _ in range(draw(st.integers(0, 3))):
            k = draw(st.integers(0, len(words)))
            if draw(st.booleans()) and words:
                words.pop(min(k, len(words) - 1))
            else:
                words.insert(k, draw(WORDS))
        titles.append(" ".join(words) + draw(st.sampled_from(["", ".", "!", " (2)"])))
    return titles


@settings(max_examples=200, deadline=None)
@given(similar_titles(), st.lists(st.sampled_from([2019, 2020]), min_size=12, max_size=12))
def test_near_duplicate_titles_match_the_pairwise_rule(titles, years):
    from blinarefs.model import Name, Reference
    from blinarefs.validate import check_duplicates

    refs = [
        Reference(
            id=f"r{i}", title=t, issued=(years[i],), author=(Name(family="Test", given="A."),)
        )
        for i, t in enumerate(titles)
    ]
    found = [
        (f.key, f.message.rsplit(" ", 1)[-1])
        for f in check_duplicates(refs)
        if f.code == "near-duplicate-title"
    ]
    assert found == _pairwise_near_duplicates(refs)


def test_bare_numbered_list_and_books_still_read():
    """Items numbered "1 ", "2 ", ... "12 " with no punctuation (read with one pattern for
    all numbers now) and a book (whose pattern now runs only when "; Year" is present).
    Made-up references, written for this test."""
    from blinarefs.parse import parse_reference_list

    lines = [f"{k} Test A{k}. Title number {k}. J Test. 2020;{k}:1-2." for k in range(1, 12)]
    lines.append("12 Test B. A book title. Nowhere: Test Press; 2019.")
    parsed = parse_reference_list("\n".join(lines) + "\n")
    assert [r.number for r in parsed.references] == list(range(1, 13))
    assert parsed.references[10].volume == "11"
    book = parsed.references[11]
    assert (book.type, book.publisher, book.publisher_place) == ("book", "Test Press", "Nowhere")


def test_journal_references_never_run_the_book_pattern(monkeypatch):
    """The backtracking book pattern runs only where "; Year" occurs in a reference's last
    300 characters: once two definitions of the guard stood in one module and the later
    one, without it, quietly made parsing four times slower. Made-up references."""
    from blinarefs.parse import grammar_books as module
    from blinarefs.parse import parse_reference_list

    searched: list[str] = []
    real = module._BOOK_TAIL

    class Counting:
        def search(self, text, pos=0):
            searched.append(text)
            return real.search(text, pos)

    monkeypatch.setattr(module, "_BOOK_TAIL", Counting())
    lines = [f"{k}. Test A{k}. Title number {k}. J Test. 2020;{k}:1-2." for k in range(1, 6)]
    lines.append("6. Test B. A book title. Nowhere: Test Press; 2019.")
    parsed = parse_reference_list("\n".join(lines) + "\n")
    assert len(parsed.references) == 6 and parsed.references[5].publisher == "Test Press"
    assert len(searched) == 1 and "Test Press" in searched[0]


def test_cycle_collector_is_back_on_after_a_load_even_a_failing_one():
    from blinarefs.errors import StoreError
    from blinarefs.store import Store

    Store.loads("@misc{a, title={T}}\n")
    assert gc.isenabled()
    with pytest.raises(StoreError):
        Store.loads("@misc{a, title={T}}\x00")
    assert gc.isenabled()
    gc.disable()
    try:
        Store.loads("@misc{a, title={T}}\n")
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


# One token a line, as a copy of a list with DOIs and addresses gives it (written here)
PIECES = st.sampled_from(
    ["10", ".", "1080", "/", "pdp", "21.", "https", ":", "//", "www", "fict", "org/", "org",
     "doi:", "Title", "(", ")", " ", "", "a b", "29.", "-"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_after_identifier_shortcut_agrees_with_rebuilding_the_lines(pieces):
    """``after_identifier`` answers most lines without rebuilding the 80 before them."""
    from blinarefs.parse.joiner import join_tokens
    from blinarefs.parse.numbering import _OPEN_IDENTIFIER, after_identifier

    lines = [*pieces, "7."]
    before = [x for x in pieces if x.strip()]
    assert after_identifier(lines, len(pieces)) == bool(
        _OPEN_IDENTIFIER.search(join_tokens(before))
    )


def test_after_identifier_still_finds_a_doi_and_an_address():
    from blinarefs.parse.numbering import after_identifier

    assert after_identifier(["Roe J.", "doi:", "10.1080/pdp.", "21.", "7."], 4)
    assert after_identifier(["see", "https:", "//fict.org/", "a", "/", "7."], 5)
    assert after_identifier(["see", "www", ".", "fict", ".", "org", ".", "7."], 7)  # no "/"
    assert not after_identifier(["Title", "2020", ".", "7."], 3)


def test_a_decoding_is_never_answered_for_another_question():
    """``decode_markers`` keeps its last answer for the same question asked again (a build
    asks twice); a question that differs from the last in any argument gets a fresh one."""
    from blinarefs.model import Reference
    from blinarefs.trace import decode

    refs = [Reference(id=f"r{n}", number=n) for n in range(1, 6)]
    text = "It was approved.1 Later it was extended [2, 3] and 4 (Roe 2001)."
    variants = [
        (text.replace("[2, 3]", "[2, 5]"), refs, {}),
        (text, refs[:2], {}),
        (text, refs, {"start": 17}),
        (text, refs, {"end": 40}),
        (text, refs, {"superscripts": [(51, 52)]}),
        (text, refs, {"kinds": ["superscript"]}),
    ]
    decode._LAST.clear()
    base = decode.decode_markers(text, refs)
    assert decode.decode_markers(text, list(refs)) is base
    for t, r, kw in variants:
        assert decode.decode_markers(text, refs) == base
        answer = decode.decode_markers(t, r, **kw)
        decode._LAST.clear()
        assert decode.decode_markers(t, r, **kw) == answer != base


def _protect_every_word(title: str) -> str:
    """The rule as written in latex.protect_case, word by word over the whole title: the
    oracle for the version that reads only the stretches that may hold a capital."""
    import re

    from blinarefs.latex import _WORD

    def protect(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.islower():
            return word
        if any(map(str.isupper, word[1:])) or (m.start() > 0 and word[0].isupper()):
            return "{" + word + "}"
        return word

    return _WORD.sub(protect, title)


TITLE_PIECES = st.sampled_from(
    ["word", "Word", "MRD", "pH", "B-cell", "ABC1234", "über", "Über", "ǅ", "İ", "ß", "1a",
     "_x", "’", "'", ".", "-", "–", "“", " ", ", ", "(", ")", "é", "É", "9", "x.Y", "ΩmΩ"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=30).map("".join))
def test_protect_case_agrees_with_the_word_by_word_rule(title):
    from blinarefs.latex import protect_case

    assert protect_case(title) == _protect_every_word(title)
