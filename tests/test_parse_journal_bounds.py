"""Where a journal's name starts and ends: a title in quotation marks before it (Harvard's
"‘Title’, Journal, 11: 85–111"), an abbreviated name split at its full stops ("Poult. Sci.",
"Z. Angew. Entomol."), and an initialism before an abbreviation ("IEEE Trans. Med.
Imaging"). Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.journal_bounds import proceedings_after_in
from blinarefs.parse.labeller import Labelled
from blinarefs.parse.tokens import tokenize


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # a comma inside the quoted title: the journal is not the title's last part
        ("Roe M. E., Doe A. A. (2028) ‘Made Up Virus in Lands: Evolution, Spread, Significance "
         "on Pretend Farming’, Journal of Pretend Agriculture, 11: 85–111.",
         "Made Up Virus in Lands: Evolution, Spread, Significance on Pretend Farming",
         "Journal of Pretend Agriculture"),
        # a comma inside the journal's name: its first words are not the title's
        ("de Roe-Doe F. et al (2026) ‘Evolutionary History of a Made Up Strain’, Infection, "
         "Pretence and Evolution, 45: 454–60.",
         "Evolutionary History of a Made Up Strain", "Infection, Pretence and Evolution"),
        ("Roe B. H. (2026) ‘Isolation by Pretence’, Evolution; Journal of Made Up Evolution, 60: "
         "1551–61.", "Isolation by Pretence", "Evolution; Journal of Made Up Evolution"),
        # a one-word journal the labeller leaves out
        ("Roe B. H. et al (2028) ‘Using Pretend Theory to Model Things in Ecology, Evolution, "
         "and Conservation’, Ecology, 89: 2712–24.",
         "Using Pretend Theory to Model Things in Ecology, Evolution, and Conservation",
         "Ecology"),
    ],
)  # fmt: skip
def test_a_quoted_title_before_the_journal(text: str, title: str, journal: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)
    assert ref.type == "article-journal"


def test_an_apostrophe_inside_a_quoted_title_does_not_close_it() -> None:
    ref = _read(
        "Roe B. (2027) ‘The patients’ views on made up care’, Journal of Pretend Care, 3: 1–9."
    )
    assert ref.title == "The patients’ views on made up care"
    assert ref.container_title == "Journal of Pretend Care"


def test_a_quoted_chapter_in_a_book_gets_no_journal() -> None:
    ref = _read(
        "Roe E., Doe D. (2021) ‘Pretendovirus’, in Poe A., Moe M. (eds) Made Up Taxonomy: "
        "Ninth Report, pp. 1185–9. Springfield: Example Press."
    )
    assert ref.container_title != "Made Up Taxonomy: Ninth Report, pp"
    assert "Pretendovirus" in ref.title


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Roe A., Doe Y., and Moe M. 2025 Made up radical production in pretend muscle. "
         "Poult. Sci. 84:307–314.", "Poult. Sci"),
        ("Roe S. R., and Doe K. F. A. 1984 Spring migration of pretend aphids. Z. Angew. "
         "Entomol. 97: 431–437.", "Z. Angew. Entomol"),
        ("Roe J, Doe C, Poe YT 2015 Made up dynamics of pretend modification. Nature Reviews. "
         "Molecular Pretend Biology 16, 581–585.", "Nature Reviews. Molecular Pretend Biology"),
        ("Roe H. C., Doe I. R., and Poe R. 2010 The future of the pretend food system. Philos. "
         "Trans. R. Soc. Lond. B Biol. Sci. 365: 2769–2777.",
         "Philos. Trans. R. Soc. Lond. B Biol. Sci"),
    ],
)  # fmt: skip
def test_an_abbreviated_journal_is_one_name_across_its_full_stops(text: str, journal: str) -> None:
    assert _read(text).container_title.rstrip(".") == journal


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Roe J.V.B., Doe J.J.G., Poe R.M. Made up vessel segmentation using a pretend "
         "wavelet. IEEE Trans. Med. Imaging. 2026; 25:1214–1222.",
         "Made up vessel segmentation using a pretend wavelet", "IEEE Trans. Med. Imaging"),
        ("Roe A. Made up bounds for pretend codes. ACM Trans. Inf. Theory. 1967; 13:260–269.",
         "Made up bounds for pretend codes", "ACM Trans. Inf. Theory"),
    ],
)  # fmt: skip
def test_an_initialism_opens_an_abbreviated_journal(text: str, title: str, journal: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)


def test_a_title_ending_with_an_acronym_sentence_keeps_it() -> None:
    # a title's last sentence that is no abbreviation ("The MUD Study.") stays the title's
    ref = _read("Roe A, Doe B. Pretend outcomes in adults. The MUD Study. J Made Up. 2030;1:2-3.")
    assert ref.title == "Pretend outcomes in adults. The MUD Study"
    assert ref.container_title == "J Made Up"


@pytest.mark.parametrize(
    ("text", "proceedings"),
    [
        ("Roe,J. and Doe,A. (2030) A pretend method for made up sequences. In: Proceedings of "
         "the 12th Pretend Conference on Made Up Learning. Springfield, IL, pp. 34–56.",
         "Proceedings of the 12th Pretend Conference on Made Up Learning"),
        ("Roe,J. and Doe,A. (2030) A pretend method for made up sequences. In Proceedings of "
         "the 12th Pretend Conference on Made Up Learning (PCML ’30), Springfield, IL, USA, "
         "pp. 34–56.",
         "Proceedings of the 12th Pretend Conference on Made Up Learning (PCML ’30)"),
        ("Roe J, Doe A. A pretend method for made up sequences. In: Proceedings of the 12th "
         "Pretend Conference on Made Up Learning. Springfield: Example Press, 2030, 34–56.",
         "Proceedings of the 12th Pretend Conference on Made Up Learning"),
    ],
)  # fmt: skip
def test_the_proceedings_after_in_are_the_container(text: str, proceedings: str) -> None:
    ref = _read(text)
    assert ref.title == "A pretend method for made up sequences"
    assert ref.container_title == proceedings


def test_a_book_after_in_that_names_no_meeting_is_left_alone() -> None:
    labelled = [Labelled(t, "title", 0.9) for t in tokenize("Title of it. In Pretend things.")]
    labelled = [x._replace(label="other") if x.token.text in (".", "In") else x for x in labelled]
    assert proceedings_after_in(labelled) == labelled


def test_a_preprints_note_after_its_doi_is_not_the_journal() -> None:
    ref = _read(
        "Roe,J., Doe,A. and Poe,C. (2030) A pretend method for made up sequences. bioRxiv "
        "doi: https://doi.org/10.1101/000001, 12 May 2030, preprint: not peer reviewed."
    )
    assert ref.container_title == "bioRxiv"
    assert ref.title == "A pretend method for made up sequences"


def test_a_books_series_after_its_title_is_not_joined_to_it() -> None:
    ref = _read(
        "Roe IG, Doe PY. 2003 Made up site in the pretend Arctic In: Poe J, Moe F, editors. "
        "Chronology of pretend technologies, made up stratigraphies, cultural implications. "
        "Lisboa: Trabalhos de Ficção Vol. 33 p. 109–120."
    )
    assert ref.container_title == (
        "Chronology of pretend technologies, made up stratigraphies, cultural implications"
    )


def test_a_books_place_after_its_full_stop_is_not_joined_to_it() -> None:
    ref = _read(
        "Roe RA, Doe SA (2011) Biogeography and connectivity of pretend fishes In: Poe O. "
        "Changing Things in Changing Environment. Rijeca. InTech: 299-322."
    )
    assert "InTech" not in ref.container_title


@pytest.mark.parametrize(
    "journal",
    [
        "Proceedings of the Made-up Society of Lands, Series B: Invented Sciences",
        "Journal of the Pretend Statistical Society, Series C (Applied Pretence)",
    ],
)
def test_a_journals_section_after_a_comma_is_the_journals(journal: str) -> None:
    ref = _read(f"Roe, A., & Doe, B. (2030). Good genes in made-up birds. {journal}, 266, 1–12.")
    assert ref.container_title == journal
    assert ref.title == "Good genes in made-up birds"


def test_a_comma_before_other_words_is_no_section() -> None:
    from blinarefs.parse.journal_bounds import journal_section_joined

    def run(*parts: tuple[str, str]) -> list[Labelled]:
        return [Labelled(t, label, 0.9) for text, label in parts for t in tokenize(text)]

    labelled = run(("Made Up Journal", "container"), (", ", "other"), ("Made Up", "container"),
                   (", ", "other"), ("12", "volume"))  # fmt: skip
    assert journal_section_joined(labelled) == labelled
    # a section's word and its letter are the journal's
    labelled = run(("Made Up Journal", "container"), (", ", "other"), ("Series B", "place"),
                   (", ", "other"), ("12", "volume"))  # fmt: skip
    assert [x.label for x in journal_section_joined(labelled)][:5] == ["container"] * 5


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # a place after the title's comma, then a journal spelt out in the comma style
        (
            "Roe, A.; Doe, B. 2030. A new species of pretend knifefish from the río Madeup "
            "basin, Venezuela. Neotropical Madeology, 15: e150199.",
            "A new species of pretend knifefish from the río Madeup basin, Venezuela",
            "Neotropical Madeology",
        ),
        # an abbreviated journal the labeller cut at its first full stop is still joined
        (
            "Roe A., Doe B. 2030, Pretend genes in made-up mice, Mol. Biol. Evol., 22, 549-56.",
            "Pretend genes in made-up mice",
            "Mol. Biol. Evol.",
        ),
    ],
)
def test_a_place_ends_the_title_before_a_journal_spelt_out(
    text: str, title: str, journal: str
) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)


def test_a_comma_inside_a_journals_name_is_the_journals() -> None:
    # "Plant" | "," | "Cell and Environment": the labeller's two runs are one journal
    ref = _read("Roe RA 2030 Comparative physiology of pretend salt stress. Plant, Cell and "
                "Environment 25, 239–250")  # fmt: skip
    assert (ref.title, ref.container_title) == (
        "Comparative physiology of pretend salt stress",
        "Plant, Cell and Environment",
    )
    assert (ref.volume, ref.page) == ("25", "239-250")


@pytest.mark.parametrize(
    ("text", "title", "journal", "numbers"),
    [
        (
            "Roe, B. Pretend theory. Knowledge Pretending, v. 44, n. 6, p. 436-464, 2030. "
            "Doi: http://doi.org/10.5555/0943-7444-2030-6-436.",
            "Pretend theory",
            "Knowledge Pretending",
            ("44", "6"),
        ),
        (
            "Roe, B. Concept pretending. Journal of the Made Up Society for Information Science "
            "and Technology, v. 60, n. 8, p. 1519-1536, 2029.",
            "Concept pretending",
            "Journal of the Made Up Society for Information Science and Technology",
            ("60", "8"),
        ),
    ],
)
def test_abnts_journal_before_its_named_volume(
    text: str, title: str, journal: str, numbers: tuple[str, str]
) -> None:
    # "Title. Journal, v. 44, n. 6, p. 436-464, 2030.": the journal ends at the comma
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)
    assert (ref.volume, ref.issue) == numbers


def test_the_proceedings_keep_going_past_a_year_inside_their_acronym() -> None:
    # "(MUC 2030)": the year inside the acronym's bracket is no meeting's date after the name
    ref = _read(
        "Roe J., Doe A. (2030) Pretend alignment of made-up reads. In Proceedings of the 12th "
        "Made-up Computing Conference (MUC 2030), pp. 45–52. Pretend Press, Springfield."
    )
    assert ref.container_title.startswith("Proceedings of the 12th Made-up Computing Conference")
    assert (ref.type, ref.page) == ("paper-conference", "45-52")
