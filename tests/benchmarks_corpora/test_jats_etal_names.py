"""A list's "et al." tagged as a name, as a preprint converter tags it, on small JATS
articles written for these tests (the people and journals in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora import jats_names

from benchmarks_corpora.jats_made import refs_of
from benchmarks_corpora.test_jats_names import mixed, name

ETAL = "<string-name><surname>et al.</surname></string-name>"


def test_a_name_tag_holding_et_al_is_the_lists_et_al_not_a_name(tmp_path: Path) -> None:
    refs = "".join(
        (
            # "R. Roe, et al., Title." with the names tagged straight in the citation
            mixed(1, "<string-name><given-names>R.</given-names> <surname>Roe</surname>"
                  f"</string-name> {ETAL}, "),
            # "Roe R, Doe J, et al. Title." inside a person-group
            mixed(2, f"<person-group>{name('Roe', 'R')}, {name('Doe', 'J')}, {ETAL}"
                  "</person-group>. "),
        )
    )  # fmt: skip
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, first.etal, first.notes) == (("Roe",), True, (jats_names.ETAL_TAGGED,))
    assert (second.authors, second.etal, second.notes) == (
        ("Roe", "Doe"),
        True,
        (jats_names.ETAL_TAGGED,),
    )


def test_names_and_groups_with_et_al_words_stay_names(tmp_path: Path) -> None:
    """Guard: a group whose name holds the words, a person named Al, a printed et al."""
    refs = "".join(
        (
            mixed(1, "<collab>Etal Examplia Consortium</collab>. "),
            mixed(2, f"<person-group>{name('Al', 'E')}, {name('Roe', 'R')}</person-group>. "),
            mixed(3, f"<person-group>{name('Roe', 'R')}, et al</person-group>. "),
        )
    )  # fmt: skip
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    assert got == [(("Etal Examplia Consortium",), ()), (("Al", "Roe"), ()), (("Roe",), ())]
