"""Printed name forms real lists use that the plain rules misread (made-up names)."""

from __future__ import annotations

import pytest

from blinarefs.model import build_reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.agencies import organisations_first
from blinarefs.parse.closing import close_names
from blinarefs.parse.printed_names import read_names


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # the Angstrom sign (U+212B) and a decomposed ring are the letter "Å", an initial
        ("Quillon J. H., Vesk \u212b., Tarrow M.", ["Quillon", "Vesk", "Tarrow"]),
        ("Quillon J. H., Vesk A\u030a., Tarrow M.", ["Quillon", "Vesk", "Tarrow"]),
        # initials joined by a typesetter's hyphen (U+2010, U+2011 non-breaking), family
        # first, undotted and dotted (APA): the family name is the word before them
        ("Quillon J, Vesk K, Yu J\u2011PJ", ["Quillon", "Vesk", "Yu"]),
        ("Quillon J, Vesk K, Yu J\u2010PJ", ["Quillon", "Vesk", "Yu"]),
        ("Quillon J, Vesk K and Yu JP\u2010J", ["Quillon", "Vesk", "Yu"]),
        ("Kim Y\u2011H, Quillon J\u2011P, Vesk K", ["Kim", "Quillon", "Vesk"]),
        ("Quillon, J., Vesk, K., & Yu, J.\u2011P.", ["Quillon", "Vesk", "Yu"]),
        ("Quillon, J., Vesk, K., & Yu, J.\u2010P.", ["Quillon", "Vesk", "Yu"]),
        ("Yu J\u2010PJ", ["Yu"]),
        # initials in other Latin letters, given first
        ("Ravel, Ö., M. Ö. Sorrin, Ł. Pask", ["Ravel", "Sorrin", "Pask"]),
        # PubMed's initials with a particle glued in
        ("Fennick A, Morrow MFd, Castle CD", ["Fennick", "Morrow", "Castle"]),
        ("Orlin LNdS, Pallet A, Wren EMdAP", ["Orlin", "Pallet", "Wren"]),
        ("Dawes NB, Brook MdeL", ["Dawes", "Brook"]),
        ("Fisk B, Koren Avd, Dell C", ["Fisk", "Koren", "Dell"]),
        # the same closed by a full stop, as lists that dot every name's initials print
        # them ("Roe AHE., Doe IA."), and a lower-case letter between initials ("MaM")
        ("Fennick A., Morrow MFd., Castle CD.", ["Fennick", "Morrow", "Castle"]),
        ("Orlin LNdS., Pallet A., Wren EMdAP.", ["Orlin", "Pallet", "Wren"]),
        ("Alin MaM., Tarn AHE., Moor IA. & Bak EE", ["Alin", "Tarn", "Moor", "Bak"]),
        ("Zorin TM., Belkin IIu., Pask AB.", ["Zorin", "Belkin", "Pask"]),
        # "Ada" and "Ed" are given names, not initials with a particle
        ("Lovell Ada", ["Lovell"]),
        # a year, or a span of years, after the last name is no part of it
        ("Smet AFA, Hobley R, Grane P 2029–2031", ["Smet", "Hobley", "Grane"]),
        ("Smet AFA, Hobley R 2030", ["Smet", "Hobley"]),
        # but an organisation keeps the year of its name
        ("Example Burden Survey 2030", ["Example Burden Survey 2030"]),
        # spaced initials with no full stops
        ("Thorn P, Erick P, Andrel J C", ["Thorn", "Erick", "Andrel"]),
        ("Hazel J. W., Larch N. Y. C", ["Hazel", "Larch"]),
    ],
)  # fmt: skip
def test_printed_name_forms(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


def test_initials_transliterated_from_cyrillic_are_initials() -> None:
    # NLM keeps a transliteration's digraphs in the initials: "IIu" is I. Iu.
    names, _ = read_names("Zorin TM, Belkin IIu, Orlik AIa, Pavlo ZhK")
    assert [(n.family, n.given) for n in names] == [
        ("Zorin", "T. M."),
        ("Belkin", "I. Iu."),
        ("Orlik", "A. Ia."),
        ("Pavlo", "Zh. K."),
    ]


def test_a_glued_particle_initials_name_keeps_its_initials() -> None:
    names, _ = read_names("Morrow MFd")
    assert (names[0].family, names[0].given) == ("Morrow", "M. F.")


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # a title the labeller ran into after "et al" is no name
        ("Wayne G, Lo W, Lo Y, et al. ABCD, EFGH, and Zika", ["Wayne", "Lo", "Lo"]),
        # nor a name printed after it
        ("Myles SS, Zanet A, Bloch AJ et al, Usher Y", ["Myles", "Zanet", "Bloch"]),
        # a group after it is
        ("Nolan B, Zeng X, et al.; Example Modeling Study Group",
         ["Nolan", "Zeng", "Example Modeling Study Group"]),
        ("Clyde B, Smythe SM, et al Made-Up study team", ["Clyde", "Smythe", "Made-Up study team"]),
    ],
)  # fmt: skip
def test_what_follows_et_al(printed: str, families: list[str]) -> None:
    names, truncated = read_names(printed)
    assert [n.literal or n.full_family for n in names] == families
    assert truncated


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # an abbreviated journal read as the last of a list printed initials first
        ("M. Xue, M. Fenwick, Biotechnol. J.", ["Xue", "Fenwick"]),
        ("E. F. Petter, T. D. Godd, J. Comput. Chem", ["Petter", "Godd"]),
        # a given name's short form is no journal's word
        ("A. P. Gonzo, Th. Clare", ["Gonzo", "Clare"]),
    ],
)  # fmt: skip
def test_an_abbreviated_journal_is_no_name(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("printed", "organisation"),
    [
        # the title the labeller ran into after an organisation's full stop
        ("Centers for Imaginary Disease Control. Project Example",
         "Centers for Imaginary Disease Control"),
        ("Springfield Health Department. Mayor Roe and Example County Judge",
         "Springfield Health Department"),
        # a unit after its organisation stays, as does an initialism's full stop
        ("Ministry of Examples. Department of Tests", "Ministry of Examples. Department of Tests"),
        ("U.S. Imaginary Census Bureau", "U.S. Imaginary Census Bureau"),
    ],
)  # fmt: skip
def test_an_organisation_before_a_title(printed: str, organisation: str) -> None:
    assert _families(printed) == [organisation]


def test_a_list_reads_angewandte_names_without_the_journal() -> None:
    refs = parse_reference_list(
        "References\n1. M. Xue, M. Fenwick, Biotechnol. J. 2031, 10, 1005.\n"
        "2. A. Roe, B. Doe, J. Made. Chem. 2030, 25, 1605–1612.\n"
    ).references
    assert [[n.full_family for n in r.author] for r in refs] == [["Xue", "Fenwick"], ["Roe", "Doe"]]


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        # a title of one word closed by its own full stop
        ("Deiss K Optomancy. Nat Made (2030) 8(1):26-9.", "Deiss K. Optomancy. Nat"),
        ("Stengle A Appendalgia. In: Osmer W, eds. Made Medicine. Springfield: Press; 2030.",
         "Stengle A. Appendalgia. In:"),
        # a title opening with a software's name in lower case with a capital inside
        ("Robbins MD, Smythe GK edgeX: a package for made-up data. Bioinf 2030;26:139-40.",
         "Robbins MD, Smythe GK. edgeX: a package"),
        # a suffix in figures after the last name, and a title opening with one
        ("Stopp WL, Blake LD 3rd Electrical stimulation of made-up cells. Adv Fict 2030;9:1-5.",
         "Stopp WL, Blake LD 3rd. Electrical"),
        ("Stopp WL, Kapl DL 3rd generation made-up cells. Adv Fict 2030;9:1-5.",
         "Stopp WL, Kapl DL. 3rd generation"),
    ],
)  # fmt: skip
def test_unclosed_names_before_such_titles_are_closed(printed: str, closed: str) -> None:
    assert close_names(printed).startswith(closed)


@pytest.mark.parametrize(
    "printed",
    [
        "Roe J, Doe AB. A Survey of Made-Up Fuels. J Made. 2030;6:72.",  # closed already
        "Roe J, Doe AB Jr. Title. J Made. 2030;6:72.",  # a suffix
        "Roe J, Santos Neto LL, Doe A. Title. J Made. 2030;6:72.",  # two-word family
        "Roe I GB. Title. J Made. 2030;6:72.",  # a family's second word, "I"
        "Roe J, Doe AB C. Title. J Made. 2030;6:72.",  # a spaced last initial
    ],
)
def test_closed_or_suffixed_names_are_left_alone(printed: str) -> None:
    assert close_names(printed) == printed


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # the title the labeller ran on into after an organisation's comma
        ("Imaginary Health Organization, X&Y blueprint", ["Imaginary Health Organization"]),
        ("Example Centre for Disease Control, Made-up fever outbreak",
         ["Example Centre for Disease Control"]),
        ("Example Organization of Nations, EXAMP-i", ["Example Organization of Nations"]),
        # organisations, acronyms and people after one stay
        ("EXA, EXB, UNEXC and WHEX", ["EXA", "EXB", "UNEXC", "WHEX"]),
        ("Example Agency, US Department of Tests", ["Example Agency", "US Department of Tests"]),
        ("Example Agency, Roe J, Doe AB", ["Example Agency", "Roe", "Doe"]),
        ("Ministério dos Exemplos, Secretaria de Testes em Saúde",
         ["Ministério dos Exemplos", "Secretaria de Testes em Saúde"]),
    ],
)  # fmt: skip
def test_a_title_after_an_organisations_comma_is_no_name(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("printed", "family", "title"),
    [
        ("Quorn TAB. Methods devised for imaginary aptamers. Made Up Bioanal Chem 2030; "
         "387:171-82.", "Quorn", "Methods devised for imaginary aptamers"),
        ("Lark PR. KEPLER's Big Invented program. Phys Made 2030; 12(4):045008; "
         "PMID:26178259", "Lark", "KEPLER's Big Invented program"),
    ],
)  # fmt: skip
def test_one_persons_name_before_the_title(printed: str, family: str, title: str) -> None:
    # one author with several initials, closed by a full stop: the name, not the title
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.family for n in ref.author] == [family]
    assert ref.title == title


@pytest.mark.parametrize(
    "title",
    [
        "Examplecorp UK. Made-up statistics of invented cancers",  # a country's code
        "Quorn TAB. Aptamers",  # what is left is no title
    ],
)
def test_what_no_persons_name_opens_stays_the_title(title: str) -> None:
    ref = build_reference("", {"title": title, "source_text": f"{title}. London: Example; 2030."})
    assert organisations_first(ref).author == ()


def test_a_group_after_et_al_and_a_semicolon_is_closed_before_the_title() -> None:
    printed = (
        "Panos D, Olde M, Enns B, et al.; Localized Example Modeling Study Group Building the "
        "case for made-up approaches to imaginary epidemics. Fict Behav 2030; 22:3071-82."
    )
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.literal or n.family for n in ref.author] == [
        "Panos", "Olde", "Enns", "Localized Example Modeling Study Group"
    ]  # fmt: skip
    assert ref.author_truncated
    assert ref.title.startswith("Building the case")


def test_a_title_after_et_al_and_its_full_stop_is_no_group() -> None:
    printed = "Panos D, Olde M, et al. Example Heart Study Offspring cohort outcomes. J 2030;1:2."
    assert close_names(printed) == printed


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("β-arrestins: made-up roles in", "β-arrestins: made-up roles in imaginary rats"),
        ("γδ T cells in made-up tissue of", "γδ T cells in made-up tissue of imaginary rats"),
    ],
)
def test_a_title_opening_with_a_greek_letter_after_unclosed_names(opening: str, title: str) -> None:
    printed = (
        f"Rahal KM, Bohm LM {opening} imaginary rats. Handb Fict Pharmacol 2030; 219: 427-443."
    )
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.family for n in ref.author] == ["Rahal", "Bohm"]
    assert ref.title == title


def test_a_chemicals_sign_opens_a_title_after_unclosed_names() -> None:
    printed = "Rahal KM, Bohm LM (+)-Made-up compounds in rats. Handb Fict 2030; 219: 427-443."
    assert close_names(printed).startswith("Rahal KM, Bohm LM. (+)-Made-up")


@pytest.mark.parametrize(
    "opening",
    ["Pyrrolo[2,3-d]examplines", "Benzo[a]pretendene", "Indolo[3,2-b]fictolines"],
)
def test_a_ring_fusions_locants_in_brackets_open_a_title_after_unclosed_names(
    opening: str,
) -> None:
    # a fused ring's locants printed in brackets inside the chemical's name: one word
    printed = (
        f"Rahal KM, Bohm LM, Caro T, et al {opening} suppressed made-up toxins in rats. "
        "Fict Pharm Bull. 2030;39:114-120."
    )
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.family for n in ref.author] == ["Rahal", "Bohm", "Caro"]
    assert ref.author_truncated
    assert ref.title.startswith(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "E. fictus in pretend rats",  # a genus's initial and its species: no initial
        "S. madeupus and pretend rats",
        "1,25-Dihydroxypretendin D in rats",  # locants listed with a comma
        "2,4-Dinitro examples in rats",
    ],
)
def test_a_species_or_a_locants_list_opens_a_title_after_unclosed_names(opening: str) -> None:
    for names in ("Rahal KM, Bohm LM", "Rahal KM, Bohm LM, et al"):
        printed = f"{names} {opening}. Fict Pharm Bull 2030; 39: 114-120."
        ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
        assert [n.family for n in ref.author] == ["Rahal", "Bohm"]
        assert ref.title == opening


def test_a_longer_group_after_the_peoples_semicolon_is_not_cut() -> None:
    # "...; Example Heart Association Statistics Committee and ... Subcommittee. Title": the
    # group's name goes on past "Association", and a full stop closes it already
    printed = (
        "Roe D, Doe EJ, Poe MB; Example Heart Association Statistics Committee and Stroke "
        "Statistics Subcommittee. Made-up statistics. Circ Fict. 2030;131:e29-322."
    )
    assert close_names(printed) == printed


def test_a_fourth_generation_suffix_is_the_names() -> None:
    printed = "Brenn DS, Gold JP, Gerry RW 4th: A made-up assay in mice. Fict One. 2030;7:e39765."
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.family for n in ref.author] == ["Brenn", "Gold", "Gerry"]
    assert ref.author[-1].suffix == "4th"


def test_a_study_team_after_et_al_with_no_full_stop_is_an_author() -> None:
    # BMJ's "Roe J, et al EXAMPLE study team. Title": the group's own full stop closes the names
    printed = (
        "Panos D, Olde M, Enns B, et al FICT-TEST study team. Effectiveness of a made-up "
        "reminder in older owls. Fict Behav 2030;22:3071-82."
    )
    ref = parse_reference_list(f"References\n1. {printed}\n").references[0]
    assert [n.literal or n.family for n in ref.author] == [
        "Panos", "Olde", "Enns", "FICT-TEST study team"
    ]  # fmt: skip
    assert ref.title == "Effectiveness of a made-up reminder in older owls"
    sentence = "Panos D, et al Made-up tests in the example study group. Results. Fict J 2030;1:2."
    ref = parse_reference_list(f"References\n1. {sentence}\n").references[0]
    assert ref.title.startswith("Made-up tests in the example study group")


def test_typesetters_hyphens_of_initials_read_as_hyphens() -> None:
    # "J‑PJ" (U+2011) is "J.-P. J.", as "J-PJ" is; the family name keeps its own hyphen
    # as printed, and a given name written out is no initials
    names, _ = read_names("Roe\u2011Doe J\u2011PJ, Yu J.\u2010P., Anne\u2010Marie Poe")
    assert [(n.full_family, n.given) for n in names] == [
        ("Roe\u2011Doe", "J.-P. J."),
        ("Yu", "J.-P."),
        ("Poe", "Anne\u2010Marie"),
    ]


def test_typesetters_hyphens_in_a_sage_list() -> None:
    # SAGE's Harvard and Vancouver lists, and APA, with the non-breaking hyphen
    text = (
        "1. Quillon R, Vesk K, Yu J\u2011PJ, et al. (2030) Made-up widgets in imaging. "
        "Acad Exampl 22: 25\u201332.\n"
        "2. Quillon, R., Vesk, K., & Yu, J.\u2011P. (2030). Made-up widgets in imaging. "
        "Acad Exampl, 22, 25\u201332.\n"
    )
    refs = parse_reference_list(text).references
    assert [[n.full_family for n in r.author] for r in refs] == [["Quillon", "Vesk", "Yu"]] * 2


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # "St." (Saint) opening a family name, inverted with its comma (APA, Harvard), is
        # no given name's initial ("Th.", "Ch."): the name is "St. Poe", its initials after
        ("St. Poe, K., & Abu-Roe, A. B.", ["St. Poe", "Abu-Roe"]),
        ("Roe, J., St. Poe, K. L., Doe, A., & St. Moe, B.", ["Roe", "St. Poe", "Doe", "St. Moe"]),
        ("Roe, J, St. Poe, KL and Doe, C", ["Roe", "St. Poe", "Doe"]),
        ("St. Poe, K.", ["St. Poe"]),
        # initials first, the family name after them
        ("J. Roe, K. St. Poe and A. Doe", ["Roe", "St. Poe", "Doe"]),
        # guards: Vancouver's, which read so before, and a two-letter initial ("Th.")
        ("Roe J, St. Poe K, Doe C", ["Roe", "St. Poe", "Doe"]),
        ("Th. Roe, K. Doe", ["Roe", "Doe"]),
    ],
)  # fmt: skip
def test_saint_opening_a_family_name(printed: str, families: list[str]) -> None:
    assert _families(printed) == families
