"""How a printed name list divides into people and organisations (made-up names)."""

from __future__ import annotations

import pytest

from blinarefs.names import parse_vancouver_name
from blinarefs.parse import parse_reference_list
from blinarefs.parse.printed_names import read_names


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # an organisation is one name, whatever its words
        ("Imaginary Health Organization (IHO)", ["Imaginary Health Organization (IHO)"]),
        ("Centers for Invented Disease Control and Prevention",
         ["Centers for Invented Disease Control and Prevention"]),
        ("R Madeup Core Team", ["R Madeup Core Team"]),
        # "Jr" before the initials is the suffix, not part of the family name
        ("Tarn S, Umber Jr JS, Vale EL", ["Tarn", "Umber", "Vale"]),
        # a generation printed as an ordinal is the suffix, not an organisation's number
        ("Quarry DC, Rushmere ER 3rd, Sallow R", ["Quarry", "Rushmere", "Sallow"]),
        # Science's dotted, spaced initials after the family name
        ("Hazelby J. W., Larchmont R. E., Oakhurst N. Y. C.",
         ["Hazelby", "Larchmont", "Oakhurst"]),
        # ... however their spaces fall: "S. L.K." and "S.L. K." are one person's initials
        ("Hazelby S. L.K., Larchmont R.E. T., Oakhurst N. Y.-C.",
         ["Hazelby", "Larchmont", "Oakhurst"]),
        ("Larchmont R.E.T., Hazelby S. L.K.", ["Larchmont", "Hazelby"]),
        # initials split by a space, the first part of two or more ("ME V", "VN CS")
        ("Hazelby L, Larchmont ME V, Oakhurst VN CS", ["Hazelby", "Larchmont", "Oakhurst"]),
        # ... and of one, as SAGE prints them with the list's full stop ("Roe J A., Doe K L.")
        ("Hazelby J A., Larchmont K L., Oakhurst M", ["Hazelby", "Larchmont", "Oakhurst"]),
        # "ED" and "FJ" are a person's initials, not "editor" or an organisation's "Service"
        ("Alder MB, Birch ED, Service FJ", ["Alder", "Birch", "Service"]),
        # "y" inside a name, "e" between two names
        ("Cedro y Pinar B, Dogwood AL", ["Cedro y Pinar", "Dogwood"]),
        ("D.R. Elmwood, S.W. Fircrest e R. Gumtree", ["Elmwood", "Fircrest", "Gumtree"]),
        # APA: a family name of two words before its initials
        ("Von Hazel, V., Ilex, J.-P., & Di Juniper, P. M.", ["Von Hazel", "Ilex", "Di Juniper"]),
        ("Kapok, H.‐G., E.‐J. Larch", ["Kapok", "Larch"]),
        # initials first: the family is everything after the initials
        ("G. da Maple Nutmeg, M. Oakfern Pine, N.P.Quince", ["da Maple Nutmeg", "Oakfern Pine",
                                                            "Quince"]),
        # initials first: what the labeller took in after the last person is not a name
        ("M. Alder e E.J. Birch, Física Inventada (Editora Teste", ["Alder", "Birch"]),
        ("W. Cedar e J. Dogwood, Field Tests (Springer-Verlag, Berlin", ["Cedar", "Dogwood"]),
        # Chicago: only the first name is inverted
        ("Alder, John, Karen Birch, and Lee Cedar", ["Alder", "Birch", "Cedar"]),
        # a Portuguese kinship word inside a Vancouver name is the family name's
        ("Rowan Júnior EP, Sumac Filho A", ["Rowan Júnior", "Sumac Filho"]),
        # a Vancouver list, then a group after a semicolon: the people and the group
        ("Alder NJ, Birch AGC, Cedar T, et al.; Invented Widget Study Collaborators",
         ["Alder", "Birch", "Cedar", "Invented Widget Study Collaborators"]),
        ("Alder SH, Birch FER; Section on Invented Allergy and Widgetry",
         ["Alder", "Birch", "Section on Invented Allergy and Widgetry"]),
        # "and" inside an organisation's name is no conjunction; between two it is
        ("Widget and Gadget Organization of the Invented Nations, Imaginary Fund for Gears "
         "& World Widget Programme", ["Widget and Gadget Organization of the Invented Nations",
                                      "Imaginary Fund for Gears", "World Widget Programme"]),
        ("Alder MT, Birch H, Widget and Gadget Study Group",
         ["Alder", "Birch", "Widget and Gadget Study Group"]),
        # a study's, a trial's or a garden's name ends with no person's family name
        ("Alder MT, Birch H, Invented Widget Study", ["Alder", "Birch", "Invented Widget Study"]),
        ("Imaginary Widget Trialists", ["Imaginary Widget Trialists"]),
        ("Royal Invented Gardens", ["Royal Invented Gardens"]),
        ("Invented Gear Research", ["Invented Gear Research"]),
        # an organisation that enumerates what it covers is one name
        ("Ministry of Widgets, Gears and Sprockets", ["Ministry of Widgets, Gears and Sprockets"]),
        ("Ministry of Widgets, Gears, Cogs and Sprockets of Nowhere",
         ["Ministry of Widgets, Gears, Cogs and Sprockets of Nowhere"]),
        # acronyms are organisations, not a list printed initials first
        ("IWO, IGF and IGP", ["IWO", "IGF", "IGP"]),
        # a capitalised particle after initials printed first is the family name itself
        ("N. T. Le, A. Roe", ["Le", "Roe"]),
        ("Q. Alder, T. H. Do and B. Da", ["Alder", "Do", "Da"]),
        ("Fernhill L von, Gorse M. van den", ["Fernhill", "Gorse"]),
        # dotted initials before "and": a person, then an organisation
        ("Alder M.T., Birch H.J. and Widget Consortium", ["Alder", "Birch", "Widget Consortium"]),
    ],
)  # fmt: skip
def test_printed_name_lists(printed, families):
    assert _families(printed) == families


def test_a_kinship_word_is_the_family_names_and_jr_the_suffix():
    # "Rowan Júnior EP" as PubMed prints it: a suffix would print "Rowan EP Júnior"
    names, _ = read_names("Rowan Júnior EP, Sumac Jr AB")
    assert [(n.family, n.suffix, n.given) for n in names] == [
        ("Rowan Júnior", "", "E. P."), ("Sumac", "Jr", "A. B.")
    ]  # fmt: skip
    for printed, family, suffix in (
        ("Rowan Júnior EP", "Rowan Júnior", ""),
        ("Sumac Jr AB", "Sumac", "Jr"),
    ):
        same = parse_vancouver_name(printed)  # the grammar's reader agrees
        assert same is not None and (same.family, same.suffix) == (family, suffix)


def test_a_suffix_printed_before_the_comma_and_initials_is_the_suffix():
    # APA's "Roe Jr., A. C.": "Jr." is no initial, and the name is one person, not three
    names, _ = read_names("Rowan Jr., A. C., Doe, B., & Lee Sr., K.")
    assert [(n.family, n.given, n.suffix) for n in names] == [
        ("Rowan", "A. C.", "Jr"),
        ("Doe", "B.", ""),
        ("Lee", "K.", "Sr"),
    ]


def test_a_list_printed_initials_first_keeps_its_last_author():
    text = "1. D.R. Elmwood, N. Fircrest e R. Gumtree, J. Invented Phys. 37, 5453 (2003).\n"
    [ref] = parse_reference_list(text).references
    assert [n.family for n in ref.author] == ["Elmwood", "Fircrest", "Gumtree"]


# Made-up references in the forms where the grammar's title ran over the names or the
# journal (the labeller reads them), and Vancouver names that nothing closes.
OVERRUN = [
    # NAR's dotted initials: the grammar read one author and the rest as the title
    ("Alder L., Birch H., Cedar P., Dogwood M. Widgetome: a made-up database of widgets. "
     "Invented Widget Res. 2005; 5:3537–3545.", ["Alder", "Birch", "Cedar", "Dogwood"],
     "Widgetome: a made-up database of widgets"),
    # no full stop after the names, hyphenated initials, "et al" without a comma
    ("Alder AG, Birch L, Cedar L-A, et al Made-up orphan widgets join the modern era. "
     "Invented Genomics. 2013;14:192.", ["Alder", "Birch", "Cedar"],
     "Made-up orphan widgets join the modern era"),
    # a title that opens with a lower-case word, after names nothing closes
    ("Alder RA, Birch DM mWidget signalling in made-up growth. Cell Inv. 2017;168(6):960–76.",
     ["Alder", "Birch"], "mWidget signalling in made-up growth"),
    # a journal abbreviated with full stops, which the grammar began inside the title
    ("Alder M Made-up widget breakdown in muscle: a role for gears. Int. J. Widg. Cell Res. "
     "2013; 45(10):2121–9.", ["Alder"], "Made-up widget breakdown in muscle: a role for gears"),
    # a colon after the names
    ("Alder LO, Birch JJ: A made-up method for measuring widgets. Inv Arch Widg. "
     "1957;111(4):409–419.", ["Alder", "Birch"], "A made-up method for measuring widgets"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "families", "title"), OVERRUN)
def test_names_the_grammar_ran_into_the_title(printed, families, title):
    [ref] = parse_reference_list(f"1. {printed}\n").references
    assert [n.family for n in ref.author] == families
    assert ref.title == title


@pytest.mark.parametrize(
    ("printed", "literal"),
    [
        ("Office PSM", "Office PSM"),  # "Pretend Systems Management Office", inverted
        ("Imaginary Development Bank", "Imaginary Development Bank"),
        ("PRETEND Seedbank Platform", "PRETEND Seedbank Platform"),
    ],
)
def test_an_organisation_inverted_or_named_by_its_bank_or_platform_is_one_name(
    printed: str, literal: str
) -> None:
    names, _ = read_names(printed)
    assert [n.literal for n in names] == [literal]


def test_a_person_whose_family_name_is_an_organisation_word_with_others_stays_a_person() -> None:
    names, _ = read_names("Bank AB, Doe C")
    assert [n.family for n in names] == ["Bank", "Doe"]


@pytest.mark.parametrize(
    "printed", ["Hazelby S. L.K.", "Hazelby S.L. K.", "Hazelby S. L. K.", "Hazelby S. L.K"]
)
def test_dotted_initials_spaced_unevenly_are_one_persons_given_names(printed):
    # "Hazelby S. L.K." was family "Hazelby S." with initials "L. K."; the last name of a
    # list comes without its full stop, which closed the list ("..., Hazelby S. L.K")
    from blinarefs.parse.one_name import read_name

    name = read_name(printed)
    assert name is not None and (name.family, name.given) == ("Hazelby", "S. L. K.")


def test_initials_split_by_a_space_are_one_persons_in_the_grammar_too() -> None:
    name = parse_vancouver_name("Oakhurst VN CS")
    assert name is not None and (name.family, name.given) == ("Oakhurst", "V. N. C. S.")
    name = parse_vancouver_name("Oakhurst JR LK")  # "JR" is a suffix, not initials
    assert name is not None and name.family != "Oakhurst"
    name = parse_vancouver_name("van der A DL")  # "A" is the family name's
    assert name is not None and name.full_family == "van der A"


def test_dotted_initials_after_a_comma_are_spaced_as_everywhere_else() -> None:
    # "Roe, J.A." gave "J.A." while "Roe J.A." gave "J. A.": one form, whatever the copy
    names, _ = read_names("Roe, J.A., Doe, B.K., Poe, C.-D.")
    assert [n.given for n in names] == ["J. A.", "B. K.", "C.-D."]


def test_a_particle_between_initials_is_the_given_names() -> None:
    """PubMed's "Roe Júnior R de S": the particle is the given names', not the family's."""
    roe = parse_vancouver_name("Roe Júnior R de S")
    assert roe is not None and (roe.family, roe.given) == ("Roe Júnior", "R. de S.")
    doe = parse_vancouver_name("Doe Castaño M del R")
    assert doe is not None and (doe.family, doe.given) == ("Doe Castaño", "M. del R.")
    poe = parse_vancouver_name("Poe JA")
    assert poe is not None and (poe.family, poe.given) == ("Poe", "J. A.")
