"""Verdicts on claims against a source text written for these tests (not a real abstract)."""

from __future__ import annotations

from blinarefs.evidence.retrieve import SourceIndex
from blinarefs.evidence.text import split_sentences
from blinarefs.evidence.verdict import check_claim, combine

SOURCE = """BACKGROUND: Test text written for blinarefs, not an abstract of any paper.

RESULTS: Complete remission rose from 72% to 93% after one cycle of drugomab (P<.001).
The 3-year disease-free survival was 96.0% with drugomab vs 87.9% with chemotherapy alone.
Overall survival at 36 months was 85% in the drugomab arm and 68% in the control arm.
CONCLUSIONS: Adding drugomab in the TESTTRIAL1 study, et al. reported, improved outcomes."""


def _index():
    return SourceIndex.build(SOURCE)


def test_sentences_keep_labels_and_abbreviations():
    sentences = split_sentences(SOURCE)
    assert sentences[1].startswith("RESULTS: Complete remission rose")
    assert any("et al. reported" in s for s in sentences)


def test_supported_claim_shows_the_sentence_with_its_figures():
    v = check_claim("remission increased from 72% to 93% with drugomab", _index())
    assert v.verdict == "supported"
    assert "72% to 93%" in v.evidence[0].text
    assert all(c.sentence == 1 for c in v.checks if c.kind == "figure")


def test_rounding_and_time_units_are_supported():
    v = check_claim(
        "disease-free survival of 96% vs 88%; overall survival 85% at 3 years", _index()
    )
    assert v.verdict == "supported", v.checks


def test_wrong_figure_is_contradicted_with_the_texts_value():
    v = check_claim("disease-free survival was 91% with drugomab", _index())
    assert v.verdict == "contradicted"
    bad = next(c for c in v.checks if c.claimed == "91%")
    assert "96.0%" in bad.reason and "disease-free survival" in bad.reason


def test_figure_of_another_quantity_is_reported_as_such():
    v = check_claim("overall survival was 96% with drugomab", _index())
    other = next(c for c in v.checks if c.claimed == "96%")
    assert other.status == "other quantity"
    assert "disease-free survival" in other.reason and v.verdict != "supported"


def test_absent_specifics_are_not_found():
    v = check_claim("the OTHERTRIAL2 study enrolled 412 patients", _index())
    assert v.verdict == "not found" and v.flagged


def test_claim_without_specifics_is_nothing_checkable_but_shows_evidence():
    v = check_claim("adding the new agent improved outcomes", _index())
    assert v.verdict == "nothing checkable" and not v.flagged
    assert v.evidence


def test_no_text_is_no_source_text():
    assert check_claim("remission rose to 93%", None).verdict == "no source text"
    assert check_claim("remission rose to 93%", SourceIndex.build("")).verdict == "no source text"


def test_identifiers_are_not_checked_as_figures():
    v = check_claim("drugomab was given to COVID-19 patients with high IL-6", _index())
    assert not [c for c in v.checks if c.kind == "figure"]


def test_several_works_the_best_verdict_wins():
    supported = check_claim("remission rose from 72% to 93%", _index())
    missing = check_claim(
        "remission rose from 72% to 93%", SourceIndex.build("A text about 11 rats.")
    )
    assert combine([missing, supported]) == "supported"
    assert combine([check_claim("x 93%", None)]) == "no source text"


def test_swapped_arms_are_contradicted_naming_each_arm():
    v = check_claim(
        "overall survival was 68% with drugomab and 85% with chemotherapy",
        SourceIndex.build(
            "Test text. Overall survival was 85% with drugomab and 68% with chemotherapy."
        ),
    )
    assert v.verdict == "contradicted"
    first = next(c for c in v.checks if c.claimed == "68%")
    assert first.reason == "the text gives 85% with drugomab (68% is with chemotherapy)"


def test_a_figure_given_for_the_other_arm_only_is_another_quantity():
    v = check_claim(
        "remission was 88% with drugomab",
        SourceIndex.build("Test text written here. Remission was 88% with chemotherapy alone."),
    )
    other = next(c for c in v.checks if c.claimed == "88%")
    assert other.status == "other quantity" and "with chemotherapy" in other.reason


def test_a_mutation_is_not_a_trial_name():
    v = check_claim("these studies suggest N501Y binds better", _index())
    assert not any(c.kind == "trial" for c in v.checks) and not v.flagged


def test_a_drug_qualifies_a_verdict_but_never_flags_alone():
    alone = check_claim("antifibrotics such as zorbinib may help", _index())
    assert alone.verdict == "nothing checkable" and not alone.flagged
    with_figure = check_claim("remission rose to 93% with zorbinib", _index())
    assert with_figure.verdict == "partly supported"
    assert any(c.claimed == "zorbinib" and c.status == "missing" for c in with_figure.checks)


def test_a_bare_number_or_a_flattened_power_of_ten_is_not_checked():
    v = check_claim("181 terminal nodes, titres of 103.16, in 93% of them", _index())
    assert [c.claimed for c in v.checks if c.kind == "figure"] == ["93%"]


def test_ages_and_counts_qualify_a_verdict_but_never_flag_alone():
    v = check_claim("patients aged 60-69 years, 1592 individuals in all", _index())
    assert {c.kind for c in v.checks} == {"age", "count"}
    assert v.verdict == "nothing checkable" and not v.flagged
    mixed = check_claim("remission rose to 93% in 412 patients", _index())
    assert mixed.verdict == "partly supported"
    assert any(c.kind == "count" and c.status == "missing" for c in mixed.checks)


def test_a_near_value_for_the_same_words_is_a_misquote():
    index = SourceIndex.build(
        "Test text written for blinarefs, not from any paper.\n\n"
        "Local side-effects were reported by 71·9% of made-up users after the first dose."
    )
    v = check_claim("local side effects were reported by 71.7% of users", index)
    bad = next(c for c in v.checks if c.claimed == "71.7%")
    assert v.verdict == "contradicted" and bad.found_as == "71.9%" and "local" in bad.reason
    far = check_claim("local side effects were reported by 40% of users", index)
    assert far.verdict == "not found"  # another figure, not a misquote of this one
