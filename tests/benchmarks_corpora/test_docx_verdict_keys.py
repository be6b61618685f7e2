"""How the Word-against-plain verdict benchmark keys a verdict (benchmarks/docx_verdicts.py):
a summary verdict by its kind, whatever citation it stands at and whatever it counts."""

from __future__ import annotations

from docx_verdicts import by_kind
from verdict_keys import compare, verdict_key


def _order(first: str, records: int, cited: int) -> dict:
    message = (
        f"the list is not numbered by first citation: only {records} of the {cited} "
        "references cited are first cited in list order (numbered alphabetically?)"
    )
    return {"code": "citation-order", "message": message, "text": first, "span": (0, 1)}


def _mixed(first: str, counts: str, kind: str) -> dict:
    message = f"citations are printed in 2 conventions ({counts}); the first {kind} one is here"
    return {"code": "mixed-conventions", "message": message, "text": first}


def test_a_summary_both_sides_give_is_one_shared_verdict_keyed_by_kind() -> None:
    word = [_order("16", 7, 80), _mixed("³", "20 superscript, 2 bracketed [n]", "bracketed [n]")]
    plain = [_order("1", 8, 78), _mixed("[4]", "19 flattened superscript, 2 bracketed [n]",
                                        "bracketed [n]")]  # fmt: skip
    assert compare(word, plain, fields=False)["same"] == 0  # keyed by the citation it is at
    result = compare([by_kind(f) for f in word], [by_kind(f) for f in plain], fields=False)
    assert (result["same"], result["word_only"], result["plain_only"]) == (2, [], [])


def test_a_summary_of_another_kind_and_a_verdict_on_one_reference_keep_their_keys() -> None:
    one = {"code": "citation-order", "message": "reference 5 is first cited here, before "
           "reference 3", "text": "5"}  # fmt: skip
    assert by_kind(one) == one
    flattened = by_kind(_mixed("2", "9 superscript, 1 flattened", "flattened superscript"))
    bracketed = by_kind(_mixed("2", "9 superscript, 1 bracketed [n]", "bracketed [n]"))
    assert verdict_key(flattened) != verdict_key(bracketed)
    kind = "the list is not numbered by first citation"
    assert verdict_key(by_kind(_order("3", 2, 25))) == ("citation-order", kind)


def test_a_reference_never_cited_is_keyed_by_the_reference_not_by_the_digits_doubted() -> None:
    # both sides say reference 1 is never cited; the plain text adds the flattened digits it
    # read as text ("BRCA1"), where the Word file, which does not raise them, says nothing
    word = {"code": "uncited-reference", "message": "reference 1 (Roe 2019) is never cited"}
    plain = {"code": "uncited-reference", "text": "1", "span": (40, 41),
             "message": "reference 1 (Roe 2019) is never cited; the digits '1' here were read "
             "as text (how they sit): if they cite it, print them unambiguously"}  # fmt: skip
    other = {**plain, "message": plain["message"].replace("1 (Roe", "2 (Doe")}
    result = compare([by_kind(word)], [by_kind(plain)], fields=False)
    assert (result["same"], result["word_only"], result["plain_only"]) == (1, [], [])
    assert verdict_key(by_kind(other)) != verdict_key(by_kind(word))


def test_what_pandocs_plain_copy_raises_in_its_notation_is_keyed_as_typed() -> None:
    # Pandoc's plain writer prints a raised or lowered run with no Unicode form as "^(...)",
    # "_(...)"; the Word reader shows the same sentence as typed (issue 16)
    word = "Roe weighed 13 kg (3rd percentile) and M(n) of the Examplia2 mice rose."
    plain = "Roe weighed 13 kg (3^(rd) percentile) and M^((n)) of the Examplia_(2) mice rose."
    key = verdict_key({"code": "uncited-claim", "message": "", "text": word})
    assert verdict_key({"code": "uncited-claim", "message": "", "text": plain}) == key
    # a sentence that differs otherwise keeps its own key
    other = "Roe weighed 13 kg (3rd percentile) and M(n) of the Examplia mice fell."
    assert verdict_key({"code": "uncited-claim", "message": "", "text": other}) != key
