"""One token a line, characters that print nothing of their own: the combining accents of
text in decomposed form, soft hyphens, zero-width spaces. A copy cut at every mark leaves
them on lines of their own ("Mu" / "̈" / "ller"); the joiner puts them back inside their
word. Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re
import unicodedata

from blinarefs.parse import join_tokens, parse_reference_list

_TOKEN = re.compile(r"[^\W_]+|\S")


def _tokens(text: str) -> str:
    return "References\n" + "\n".join(_TOKEN.findall(text)) + "\n"


def test_decomposed_accents_stay_in_their_names() -> None:
    text = (
        "1. Mörk A, Gonçalves B, Ruiz-Peña C. Lakes of an invented plain. "
        "J Fict Limnol. 2031;7(2):40-49."
    )
    decomposed = unicodedata.normalize("NFD", text)
    refs = parse_reference_list(_tokens(decomposed)).references
    assert len(refs) == 1
    got = [unicodedata.normalize("NFC", n.family or "") for n in refs[0].author]
    assert got == ["Mörk", "Gonçalves", "Ruiz-Peña"]
    assert refs[0].volume == "7" and refs[0].page == "40-49"


def test_an_accent_ending_a_word_leaves_the_next_capital_apart() -> None:
    pieces = _TOKEN.findall(unicodedata.normalize("NFD", "Café Roe, Doe"))
    assert unicodedata.normalize("NFC", join_tokens(pieces)) == "Café Roe, Doe"


def test_soft_hyphens_and_zero_width_spaces() -> None:
    pieces = _TOKEN.findall("Roe\u200b J. Zebra\xadfish of a made\xadup river.")
    assert join_tokens(pieces) == "Roe J. Zebra\xadfish of a made\xadup river."


def test_apostrophes_typed_as_primes_or_accents_stay_in_names() -> None:
    text = "Roe J, D′Ambra K, O´Dare M. The 5′ end of Lake׳s eels. J Fict. 2030;1:1-2."
    assert join_tokens(_TOKEN.findall(text)) == text
    refs = parse_reference_list(_tokens("1. " + text)).references
    assert [n.family for n in refs[0].author] == ["Roe", "D′Ambra", "O´Dare"]


def test_a_name_with_a_soft_hyphen_is_read_as_the_name() -> None:
    text = "1. Quellwas\xadserman G. Springs of an invented valley. J Fict Hydrol. 2031;6(2):31-9."
    for copy in ("References\n" + text + "\n", _tokens(text)):
        ref = parse_reference_list(copy).references[0]
        assert [n.family for n in ref.author] == ["Quellwasserman"]
        assert ref.title == "Springs of an invented valley"


def test_a_heading_word_inside_a_title_cut_one_token_a_line_does_not_start_the_list():
    """ "patent" / "citations" / ":" is a title's words; taking "citations" for the list's
    heading dropped every item before it."""
    from blinarefs.parse import parse_reference_list

    items = [
        "1. Roe J, Doe A. Counting invented widgets. J Fict Stud. 2001;3:1-5.",
        "2. Poe E. Patent citations: a first look at made-up data. Fict Econ. 2002;4:6-9.",
        "3. Moe K. Widgets again. J Fict Stud. 2003;5:10-12.",
    ]
    tokens = "\n".join(t for item in items for t in re.findall(r"[^\W_]+|\S", item))
    assert len(parse_reference_list(tokens).references) == 3
    capitalised = tokens.replace("Patent\ncitations", "Patent\nCitations")
    assert len(parse_reference_list("Intro text.\nReferences\n" + capitalised).references) == 3
