"""The reconciled-support recipe's readers, on made-up citing sentences and texts written for
these tests."""

from __future__ import annotations

from corpora.citation_integrity_supports import claim_of, source_of, split_of


def test_a_citing_sentence_loses_its_markers():
    assert claim_of("Zorbin lowers frobulase [12,] in made-up cells (Alpha et al., 2030).\n") == (
        "Zorbin lowers frobulase in made-up cells."
    )
    assert claim_of("Made-up cells grow (Alpha 2030; Beta and Gamma, 2031b) slowly") == (
        "Made-up cells grow slowly"
    )
    assert claim_of("Made-up cells (n = 12) grow") == "Made-up cells (n = 12) grow"


def test_the_cited_sentences_become_text_with_their_headings():
    text = source_of(["## Summary\n\nZorbin is made up.", "It lowers frobulase.", " "])
    assert text == "## Summary\n\nZorbin is made up.\n\nIt lowers frobulase."


def test_a_work_goes_to_the_split_most_of_its_citing_sentences_are_in():
    claims = {
        "train": ["zorbinlowersfrobulaseinmadeupcells"],
        "dev": ["madeupcellsgrowslowlyinthetestmedium", "frobulaseisamadeupenzymeofthetest"],
    }
    contexts = [
        "Made-up cells grow slowly in the test medium [3].",
        "Frobulase is a made-up enzyme of the test (Alpha, 2030).",
        "Zorbin lowers frobulase in made-up cells.",
    ]
    assert split_of(contexts, claims) == "dev"
    assert split_of(["Nothing of the kind."], claims) == ""
