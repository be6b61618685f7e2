"""House styles of general-medicine and global-health journals that both readers misread
when they have not seen the publisher (docs/parser.md, "Leaving sources out"): names
separated by full stops, a debate's answer after its question, a one-word journal before
the year, the last names read as the title's start, a date of access read as a journal's
volume and pages. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, build_reference
from blinarefs.parse import parse_reference_list, read_item
from blinarefs.parse.assemble import assemble
from blinarefs.parse.journals import answer_to_title
from blinarefs.parse.printed_names import read_names
from labelled import labelled_parts


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Quillby E. Rowan K.", ["Quillby", "Rowan"]),
        ("Quillby EL. Rowan KG. Thistle M", ["Quillby", "Rowan", "Thistle"]),
        ("Quillby EL Rowan KG", ["Quillby", "Rowan"]),
        ("Quillby E. Rowan K. and Thistle M.", ["Quillby", "Rowan", "Thistle"]),
        ("van der Quillby E. Rowan-Sallow KG.", ["Quillby", "Rowan-Sallow"]),
    ],
)
def test_names_separated_by_full_stops_are_each_a_name(printed: str, families: list[str]) -> None:
    # "Roe J. Doe A. Title": each name closed by its initials, no comma between them
    names, _ = read_names(printed)
    assert [n.family for n in names] == families
    # one name stays one: given names written out before the initials, an organisation
    for one in ("Quillby Rowan Thistle EL", "World Health Organization", "Quillby E. Rowan"):
        assert len(read_names(one)[0]) == 1


@pytest.mark.parametrize(
    ("title", "container", "read"),
    [
        ("Should we screen for imaginary disease?", "Yes. J Made Up Stud", ("Yes", "J Made Up")),
        ("Is the invented test useful?", "No! J Made Up Stud", ("No", "J Made Up Stud")),
        ("Can trials be invented?", "Not yet. Made Up Med", ("Not yet", "Made Up Med")),
    ],
)
def test_a_debates_answer_stays_with_its_question(
    title: str, container: str, read: tuple[str, str]
) -> None:
    # "Should we screen? Yes. Journal 2030;...": "Yes" opens no journal's name
    printed = {"title": title, "container_title": container, "container_title_short": container}
    ref = answer_to_title(build_reference("", printed))
    assert ref.title == f"{title} {read[0]}"
    assert ref.container_title.startswith(read[1])
    assert ref.container_title_short == ref.container_title
    # a journal after a question stays the journal; no question, no answer
    for asked, journal in (
        ("Does the invented method converge?", "Non-linear Made Up Anal"),
        ("Imaginary cells. Yes", "No. J Made Up Stud"),
        ("Why invent trials?", "Notes Made Up Res"),
    ):
        kept = answer_to_title(build_reference("", {"title": asked, "container_title": journal}))
        assert (kept.title, kept.container_title) == (asked, journal)


def test_a_one_word_journal_before_the_year_is_the_journal() -> None:
    # Vancouver without a full stop between journal and year, the journal labelled nothing
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented tracking in imaginary infants", "title"),
        (". Infantia ", "other"),
        ("2030", "year"),
        (";6:", "other"),
        ("155-63", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert fields["container_title"] == "Infantia"
    assert (fields["volume"], fields["issued"]) == ("6", (2030,))


def test_a_date_of_access_is_no_volume_and_no_pages() -> None:
    # AMA's web page: "Accessed May 5, 2030." read as journal "Accessed May", 5, 2030
    labelled, source = labelled_parts(
        ("Imaginary Health Organization", "author"),
        (". ", "other"),
        ("Invented fact sheet on screening", "title"),
        (". ", "other"),
        ("http://www.example.int/factsheet", "url"),
        (". Published March 2030. Accessed May ", "other"),
        ("5", "other"),
        (", ", "other"),
        ("2030", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert not fields.get("container_title") and not fields.get("page")
    assert not fields.get("volume") and fields["type"] == "webpage"


@pytest.mark.parametrize("name", ["Imaginary Partnership", "Imaginary Coalition", "Made Up Fund"])
def test_partnerships_coalitions_and_funds_are_organisations(name: str) -> None:
    names, _ = read_names(name)
    assert names == (Name(literal=name),)


def test_the_last_names_the_labeller_took_for_the_title_are_names() -> None:
    # "Roe J, Doe A. UK trends...": the capitals opening the title read as more initials
    labelled, source = labelled_parts(
        ("Quillby EL", "author"),
        (", ", "other"),
        ("Rowan K, Thistle M. UK trends in imaginary disease", "title"),
        (". ", "other"),
        ("J Made Up Stud", "container"),
        (" 2030;12:", "other"),
        ("1-8", "pages"),
    )
    fields = assemble(labelled, source).fields
    assert [n.family for n in fields["author"]] == ["Quillby", "Rowan", "Thistle"]
    assert fields["title"] == "UK trends in imaginary disease"


@pytest.mark.parametrize(
    ("tail", "read"),
    [
        # a book's page count after its year, and a chapter's pages
        ((("Springfield", "place"), (": ", "other"), ("Nowhere Press", "publisher"),
          ("; ", "other"), ("2030", "volume"), (":", "other"), ("318", "pages")),
         ("2030", "", "book")),
        ((("Nowhere Press", "publisher"), ("; ", "other"), ("2030", "volume"), (", pp. ", "other"),
          ("509-15", "pages")), ("2030", "", "book")),
        # a journal's year before its volume
        ((("J Made Up Stud", "container"), (" ", "other"), ("2030", "volume"), (", 5: ", "other"),
          ("327-343", "pages")), ("2030", "5", "article-journal")),
    ],
)  # fmt: skip
def test_a_year_read_as_the_volume_is_the_year(
    tail: tuple[tuple[str, str], ...], read: tuple[str, str, str]
) -> None:
    labelled, source = labelled_parts(
        ("Quillby EL", "author"), (". ", "other"), ("Invented plants", "title"), (". ", "other"),
        *tail,
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert (str(fields["issued"][0]), fields.get("volume", ""), fields["type"]) == read


def test_a_publisher_read_as_the_journal_is_the_publisher() -> None:
    # "Title. 3rd edn Example Education, 2030.": no volume, no pages, a publisher's name
    labelled, source = labelled_parts(
        ("Quillby EL", "author"), (". ", "other"), ("Invented therapy", "title"),
        (". 3rd edn ", "other"), ("Nowhere Education", "container"), (", ", "other"),
        ("2030", "year"), (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert (fields.get("container_title"), fields["publisher"], fields["type"]) == (
        None,
        "Nowhere Education",
        "book",
    )
    # a journal with a volume keeps its name, whatever it ends with
    labelled, source = labelled_parts(
        ("Quillby EL", "author"), (". ", "other"), ("Invented therapy", "title"), (". ", "other"),
        ("Made Up Press", "container"), (" ", "other"), ("2030", "year"), (";", "other"),
        ("4", "volume"), (":", "other"), ("1-9", "pages"),
    )  # fmt: skip
    assert assemble(labelled, source).fields["container_title"] == "Made Up Press"


def test_a_volume_of_a_book_with_its_publisher_is_a_book() -> None:
    # "Handbook. Volume 1. Place: Publisher; 2030: 210": no journal printed
    labelled, source = labelled_parts(
        ("Quillby EL", "author"), (". ", "other"), ("Invented handbook", "title"), (". ", "other"),
        ("Volume 1", "volume"), (". ", "other"), ("Springfield", "place"), (": ", "other"),
        ("Nowhere Board", "publisher"), ("; ", "other"), ("2030", "year"), (": ", "other"),
        ("210", "pages"),
    )  # fmt: skip
    assert assemble(labelled, source).fields["type"] == "book"
    # a journal's year-volume with no publisher and no volume after it stays the volume:
    # "Journal. 2030;Suppl 1:217"
    labelled, source = labelled_parts(
        ("Quillby EL", "author"), (". ", "other"), ("Invented plants", "title"), (". ", "other"),
        ("J Made Up Stud", "container"), (". ", "other"), ("2030", "volume"),
        (";Suppl 1:", "other"), ("217-222", "pages"),
    )  # fmt: skip
    assert assemble(labelled, source).fields["volume"] == "2030"


def test_amas_updated_date_is_no_title_and_gives_the_year() -> None:
    # "... website. URL. Updated May 1, 2030. Accessed May 5, 2030.", the date read as the
    # title and no year read
    labelled, source = labelled_parts(
        ("Imaginary Agency", "author"), (". ", "other"), ("Invented results", "title"),
        (". ", "other"), ("https://example.org/results", "url"), (". ", "other"),
        ("Updated May 1, 2030", "title"), (". Accessed May 5, ", "other"), ("2031", "pages"),
        (".", "other"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    # the month and day printed before the year are the date's too
    assert (fields["title"], fields["issued"], fields.get("page")) == (
        "Invented results",
        (2030, 5, 1),
        None,
    )
    # a title that opens with the word is the title: "Imaginary. Updated policy on tests"
    labelled, source = labelled_parts(
        ("Imaginary Agency", "author"), (". ", "other"),
        ("Updated Imaginary policy on tests", "title"), (". ", "other"), ("2030", "year"),
    )  # fmt: skip
    assert assemble(labelled, source).fields["title"] == "Updated Imaginary policy on tests"


@pytest.mark.parametrize(
    "misread",
    [
        # the year and the title's first word read as names, the rest of the title as nothing
        (("Quillby, E, 1875 Erfundene", "author"), (" Studien über nichts", "other")),
        # the year read, the title's first word still a name
        (("Quillby, E, ", "author"), ("1875", "year"), (" Erfundene", "author"),
         (" Studien über nichts", "title")),
    ],
)  # fmt: skip
def test_a_year_after_the_initials_ends_the_names(misread: tuple[tuple[str, str], ...]) -> None:
    # an author-year entry "Family, I, Year Title." with no full stop after the year
    labelled, source = labelled_parts(
        *misread, (". ", "other"), ("Nirgendwo", "place"), (": ", "other"), ("Verlag", "other")
    )
    fields = assemble(labelled, source).fields
    assert [n.family for n in fields["author"]] == ["Quillby"]
    assert fields["issued"] == (1875,)
    assert fields["title"] == "Erfundene Studien über nichts"


def test_a_year_inside_a_name_list_without_initials_before_it_is_left_alone() -> None:
    # "Unit 2030" read as an organisation's name: no initials before it, no year rule
    labelled, source = labelled_parts(
        ("Imaginary Health Unit 2030", "author"), (". ", "other"), ("Invented plans", "title"),
        (". ", "other"), ("2031", "year"),
    )  # fmt: skip
    fields = assemble(labelled, source).fields
    assert fields["issued"] == (2031,)


@pytest.mark.parametrize(
    "mark", ["[No authors listed]", "[No authors listed].", "No authors listed"]
)
def test_no_authors_mark_is_not_the_title(mark: str) -> None:
    # PubMed's mark where the names would be, copied by the Vancouver styles
    text = f"References\n1. {mark} An invented survey of imaginary clinics. Walk Med 2030;8:3-9."
    (ref,) = parse_reference_list(text).references
    assert ref.title == "An invented survey of imaginary clinics"
    assert (ref.container_title, ref.author) == ("Walk Med", ())


@pytest.mark.parametrize("after", ["", " [Epub ahead of print: 4 Apr 2030]."])
def test_online_first_year_after_the_journal_is_the_year(after: str) -> None:
    # published online before its volume: the journal, the year, the DOI; no volume
    text = (
        "References\n1. Quillby E, Rowan K. Invented gait in imaginary walkers. Walk Med "
        f"2030. doi:10.9999/walk.2030.1{after}"
    )
    (ref,) = parse_reference_list(text).references
    assert (ref.container_title, ref.year, ref.volume) == ("Walk Med", 2030, "")
    assert ref.title == "Invented gait in imaginary walkers"


@pytest.mark.parametrize("opening", ["(", "["])
def test_bracket_opened_in_title_and_closed_in_journal_is_the_titles(opening: str) -> None:
    # an abbreviation in brackets at the title's end, read as the journal's first words
    closing = {"(": ")", "[": "]"}[opening]
    labelled, source = labelled_parts(
        ("Quillby EL, Rowan KG. ", "author"),
        ("Invented gait in imaginary walkers ", "title"),
        (opening, "other"),
        (f"IGW{closing} Guideline. Walk Med", "container"),
        (" ", "other"),
        ("2030", "year"),
        (";12:", "other"),
        ("345-50", "pages"),
        (".", "other"),
    )
    fields = assemble(labelled, source).fields
    assert fields["title"] == f"Invented gait in imaginary walkers {opening}IGW{closing} Guideline"
    assert fields["container_title"] == "Walk Med"


@pytest.mark.parametrize(
    "journal",
    ["Ann. N.Y. Acad. Sci.", "Anti-Pretend Agents Med. Chem.", "Bio-Fict. Mater. Eng."],
)
def test_a_dotted_journal_with_initials_or_a_hyphenated_word_is_whole(journal: str) -> None:
    # a place's initials ("N.Y.") and a hyphenated word ("Bio-Fict.") are pieces of the
    # abbreviated name too: the title kept them, and the journal was its last word or two
    ref = read_item(
        f"Roe J, Doe B. Invented signalling in example cells. {journal} 2030;7:1-9.", 1, 1
    ).reference
    assert ref.title == "Invented signalling in example cells"
    assert ref.container_title.rstrip(".") == journal.rstrip(".")
