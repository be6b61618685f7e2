"""Where the names end and the title ends in the NLM house styles that print no full stop
after the names ("Roe J, Doe A, et al Title. Journal 2030;12:34-56.") and in the title-case
styles before a dotted journal. Every reference here is made up for the test; most are
given as the labeller might label them, so the rules are tested whatever the model says."""

from __future__ import annotations

from blinarefs.parse import read_item
from blinarefs.parse.journals import title_from_container
from blinarefs.parse.name_runs import vancouver_names_end
from blinarefs.parse.relabel import title_across_colon
from blinarefs.parse.title_ends import (
    marks_inside_title,
    title_before_nlm_journal,
    title_sentences_joined,
)
from labelled import labelled_parts


def _labels(labelled: list) -> str:
    return " ".join(f"{x.token.text}/{x.label}" for x in labelled)


def _nlm_tail(journal: str) -> tuple[tuple[str, str], ...]:
    return (
        (journal, "container"),
        (" ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("12", "volume"),
        (":", "other"),
        ("34-56", "pages"),
        (".", "other"),
    )


def test_a_title_ending_with_its_own_year_keeps_it() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A, et al", "author"),
        (". ", "other"),
        ("Made-up statistics in Atlantis", "title"),
        (", ", "other"),
        ("2029", "year"),
        (". ", "other"),
        *_nlm_tail("Made Up J Clin"),
    )
    mended = _labels(title_before_nlm_journal(labelled))
    assert "2029/title" in mended and "Atlantis/title" in mended
    assert "Made/container Up/container J/container Clin/container" in mended


def test_a_title_read_as_a_first_journal_is_the_title() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("Example Brain Project: Basic made-up science", "container"),
        (", ", "title"),
        ("invented diseases and more", "title"),
        (". ", "other"),
        ("Neurons", "other"),
        (" ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("12", "volume"),
        (":", "other"),
        ("34-56", "pages"),
    )
    mended = _labels(title_before_nlm_journal(labelled))
    assert "Example/title" in mended and "more/title" in mended
    assert "Neurons/container" in mended


def test_a_title_the_labeller_read_whole_is_left_alone() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("A made-up study, 2029 to 2030", "title"),
        (". ", "other"),
        *_nlm_tail("Made Up J"),
    )
    assert title_before_nlm_journal(labelled) == labelled


def test_an_author_date_year_after_the_names_is_no_title() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("2029", "year"),
        (". ", "other"),
        ("A made-up study", "container"),
        (". ", "other"),
        *_nlm_tail("Made Up J"),
    )
    assert title_before_nlm_journal(labelled) == labelled


def test_an_apostrophe_inside_a_title_is_the_titles() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Invented Adolescents", "title"),
        ("'", "other"),
        (" Made-up Activity", "title"),
        (". ", "other"),
    )
    assert "'/title" in _labels(marks_inside_title(labelled))


def test_a_small_word_inside_a_title_is_the_titles() -> None:
    # "Woven Baskets in Made-up Huts": the labeller left "in" to no field
    labelled, _ = labelled_parts(
        ("Roe, J.; Doe, K. ", "author"),
        ("Woven Baskets", "title"),
        (" in ", "other"),
        ("Made-up Huts", "title"),
        (". Invented J. 2030, 3, 1.", "other"),
    )
    assert "in/title" in _labels(marks_inside_title(labelled))


def test_a_title_opening_with_an_acronym_is_no_name() -> None:
    labelled, _ = labelled_parts(
        ("Roe T, Doe CA, Poe CF. ABC, DEF", "author"),
        (", ", "other"),
        ("and other made-up tools", "title"),
        (". ", "other"),
    )
    mended = _labels(vancouver_names_end(labelled))
    assert "CF/author ./author ABC/title" in mended and "DEF/title ,/title" in mended


def test_one_name_ends_at_its_initials_full_stop() -> None:
    labelled, _ = labelled_parts(
        ("Roe T. Invented's Widget", "author"),
        (": ", "other"),
        ("a made-up story", "title"),
        (". ", "other"),
    )
    mended = _labels(vancouver_names_end(labelled))
    assert "T/author ./author Invented's/title Widget/title :/title a/title" in mended


def test_an_organisations_acronym_is_not_one_name() -> None:
    labelled, _ = labelled_parts(
        ("The ABC. Example Centre", "author"),
        (". ", "other"),
        ("A made-up report", "title"),
    )
    assert vancouver_names_end(labelled) == labelled


def test_a_title_case_title_end_is_not_the_journals() -> None:
    source = "Roe J. A., Doe B. Invented Aspects of Made-Up Fatigue. Imag. Pharmacol. 2030, 1, 2."
    fields: dict[str, object] = {
        "title": "Invented Aspects",
        "container_title": "of Made-Up Fatigue. Imag. Pharmacol",
    }
    title_from_container(fields, {}, source)
    assert fields["title"] == "Invented Aspects of Made-Up Fatigue"
    assert fields["container_title"] == "Imag. Pharmacol"
    # no title read: the whole sentence before a dotted journal is the title
    fields = {"container_title": "Widgets Are an Invented Class. J. Imag. Res"}
    title_from_container(fields, {}, "Roe J. A. Widgets Are an Invented Class. J. Imag. Res. 1.")
    assert fields == {"title": "Widgets Are an Invented Class", "container_title": "J. Imag. Res"}
    # three capitalised words are a dotted journal's own first words
    fields = {"title": "A made-up study", "container_title": "Warm Lake Harb. Persp. Biol"}
    title_from_container(fields, {}, "Roe J. A made-up study. Warm Lake Harb. Persp. Biol. 1.")
    assert fields["container_title"] == "Warm Lake Harb. Persp. Biol"
    # a journal's own first sentence before an undotted second one stays the journal's
    fields = {"title": "A made-up study", "container_title": "Annals of Invented Zoology. Series B"}
    title_from_container(fields, {}, "Roe J. A made-up study. Annals of Invented Zoology. Series B")
    assert fields["container_title"] == "Annals of Invented Zoology. Series B"


def test_a_year_after_the_names_opens_the_title_when_the_journal_has_its_own() -> None:
    ref = read_item(
        "Roe J, Doe A, et al 2029 Made-up guideline on sleep. J Made Up Res 2030;12:34-56.",
        1,
        1,
    ).reference
    assert ref.title == "2029 Made-up guideline on sleep"
    assert ref.issued[:1] == (2030,)


def test_a_web_pages_title_runs_to_the_year_before_available() -> None:
    from blinarefs.parse.title_words import title_to_web_year

    source = (
        "Example Agency Made-up advice for invented outbreaks: interim notes, 7 March 2030, "
        "2030 Available: https://example.org/notes.pdf [Accessed 1 Apr 2030]."
    )
    fields: dict[str, object] = {"title": "Made-up advice for invented outbreaks: interim notes"}
    title_to_web_year(fields, source)
    assert fields["title"] == ("Made-up advice for invented outbreaks: interim notes, 7 March 2030")
    # a sentence left out is not taken in: the labeller's end may be the title's
    source = "Example Agency Made-up notes. Other words, 2030 Available: https://example.org/"
    fields = {"title": "Made-up notes"}
    title_to_web_year(fields, source)
    assert fields["title"] == "Made-up notes"


def test_a_books_title_read_as_a_journal_is_the_title() -> None:
    from blinarefs.parse.title_ends import title_from_lone_journal

    labelled, _ = labelled_parts(
        ("Roe WH", "author"),
        (". ", "other"),
        ("Invented plagues and people", "container"),
        (". ", "other"),
        ("Springfield", "place"),
        (": ", "other"),
        ("Made Up Press", "publisher"),
        (", ", "other"),
        ("2030", "year"),
    )
    mended = _labels(title_from_lone_journal(labelled))
    assert "Invented/title plagues/title and/title people/title ./other" in mended
    # with a volume and pages the journal is a journal
    labelled, _ = labelled_parts(
        ("Roe WH", "author"),
        (". ", "other"),
        ("Made Up Journal", "container"),
        (" ", "other"),
        ("12", "volume"),
        (":", "other"),
        ("3-4", "pages"),
    )
    assert title_from_lone_journal(labelled) == labelled


def test_a_titles_last_words_left_out_before_its_full_stop() -> None:
    from blinarefs.parse.title_ends import title_to_full_stop

    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Invented pressure predicts made-up outcomes later", "title"),
        (" in life", "other"),
        (". ", "other"),
        *_nlm_tail("Made Up Paediatrics"),
    )
    assert "in/title life/title ./other" in _labels(title_to_full_stop(labelled))
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("An invented finding", "title"),
        (" in press", "other"),
        (".", "other"),
    )
    assert title_to_full_stop(labelled) == labelled
    # a note of the title's language after the words left out, before the full stop
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Invented pressure predicts made-up outcomes", "title"),
        (" in Example Zhuang [article in Chinese]", "other"),
        (". ", "other"),
        *_nlm_tail("Made Up Paediatrics"),
    )
    mended = _labels(title_to_full_stop(labelled))
    assert "Zhuang/title [/title article/title in/title Chinese/title ]/title ./other" in mended


def test_a_journals_article_is_not_the_titles_last_word() -> None:
    from blinarefs.parse.title_ends import title_to_full_stop

    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("A made-up story of hope. The", "title"),
        (" Invented Street Journal", "container"),
        (" 2030", "year"),
    )
    assert "The/container Invented/container" in _labels(title_to_full_stop(labelled))


def test_an_organisations_unclosed_name_ends_at_its_acronym_or_a_titles_the() -> None:
    from blinarefs.parse.closing import close_acronym

    assert close_acronym("Example Institute of Made-up Studies (EIMS) Field notes: x, 2030") == (
        "Example Institute of Made-up Studies (EIMS). Field notes: x, 2030"
    )
    assert close_acronym("The Example Herald The made-up effect: a story, 2030") == (
        "The Example Herald. The made-up effect: a story, 2030"
    )
    # already closed, or people's names with their commas, or no organisation's word
    for printed in (
        "Example Medical Council. The state of made-up practice, 2030.",
        "Roe J, Doe A The made-up effect. J Made 2030;1:2.",
        "Made Up Imaging (MUI) Findings in invented patients. J Made 2030;1:2.",
    ):
        assert close_acronym(printed) == printed


def test_a_group_s_name_going_on_past_its_acronym_is_not_cut_there() -> None:
    # the acronym is the study's, the group's name ends at its own word's full stop
    printed = (
        "Example Psychiatric Association Study (EPAS) Consortium. Made-up association study "
        "finds five loci. Nat Example 2030;43:969-76."
    )
    ref = read_item(printed, 1, 1).reference
    assert [n.literal for n in ref.author] == [
        "Example Psychiatric Association Study (EPAS) Consortium"
    ]
    assert ref.title == "Made-up association study finds five loci"


def test_the_full_stop_put_after_unclosed_names_is_found() -> None:
    from blinarefs.parse.inserted_stops import inserted_stop

    assert inserted_stop("Roe A Made-up notes", "Roe A. Made-up notes") == 5
    assert inserted_stop("Roe A: Made-up notes", "Roe A. Made-up notes") == 5
    assert inserted_stop("Roe A. Made-up notes", "Roe A. Made-up notes") is None
    # a year closed, not the names
    assert inserted_stop("Roe J. A. 2030, Made-up", "Roe J. A. 2030. Made-up") is None


def test_names_end_at_the_full_stop_put_after_them() -> None:
    from blinarefs.parse.name_runs import names_closed_at

    labelled, source = labelled_parts(
        ("Roe A", "title"),
        (". ", "title"),
        ("Made-up analysis of invented genomes", "title"),
        (", ", "other"),
        ("2030", "year"),
    )
    mended = _labels(names_closed_at(labelled, source.index(".")))
    assert "Roe/author A/author ./other Made-up/title" in mended
    labelled, source = labelled_parts(
        ("ABC", "author"),
        (". ", "author"),
        ("Invented country notes", "author"),
        (", ", "other"),
        ("2030", "year"),
    )
    mended = _labels(names_closed_at(labelled, source.index(".")))
    assert "ABC/author ./other Invented/title country/title notes/title ,/other" in mended
    # the labeller's names going on to "et al": the stop put in was too early
    labelled, source = labelled_parts(
        ("Roe JH. 3rd, Doe S, et al", "author"),
        (" Made-up syndrome", "title"),
    )
    assert names_closed_at(labelled, source.index(".")) == labelled


def test_a_name_the_labeller_read_as_pages_before_the_stop_put_in_is_a_name() -> None:
    from blinarefs.parse.name_runs import names_closed_at

    # a long list the labeller lost its way in: the last family read as pages
    labelled, source = labelled_parts(
        ("Roe A, Doe P", "author"),
        (", ", "other"),
        ("McExample", "pages"),
        (" G", "author"),
        (". ", "other"),
        ("Factors shaping invented genomes", "title"),
    )
    mended = _labels(names_closed_at(labelled, source.index(". ")))
    assert "McExample/author G/author ./other Factors/title" in mended


def test_a_full_stop_inside_the_journals_name_is_left_alone() -> None:
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("A made-up blend", "title"),
        (". ", "other"),
        ("ABC. Made Up Sci", "container"),
        (" ", "other"),
        ("2030", "year"),
        (";", "other"),
        ("12", "volume"),
    )
    assert title_before_nlm_journal(labelled) == labelled


def test_a_word_and_a_comma_after_a_names_full_stop_is_one_more_name() -> None:
    labelled, _ = labelled_parts(
        ("Roe P, Doe A. Poe, et al", "author"),
        (". ", "other"),
        ("A made-up tool", "title"),
    )
    assert vancouver_names_end(labelled) == labelled


def test_guards_on_names_ends_and_title_ends() -> None:
    from blinarefs.parse.closing import close_acronym
    from blinarefs.parse.name_runs import names_closed_at
    from blinarefs.parse.title_ends import title_to_full_stop

    # a country in brackets is not the organisation's acronym
    printed = "Example Center for Made-up Studies (US) Office on Tests. Title. 2030"
    assert close_acronym(printed) == printed
    # an organisation's words after the stop put in: the stop was inside its name
    labelled, source = labelled_parts(
        ("ABCD. Panel on Made-up Health", "author"),
        (", ", "other"),
        ("Invented fever: a risk", "title"),
    )
    assert names_closed_at(labelled, source.index(".")) == labelled
    # an abbreviation's full stop does not end the title
    labelled, _ = labelled_parts(
        ("Roe J", "author"),
        (". ", "other"),
        ("Made-up Disease Series", "title"),
        (" no", "other"),
        (". 12", "other"),
    )
    assert title_to_full_stop(labelled) == labelled


def test_a_short_title_in_capitals_read_with_the_journal_is_the_title() -> None:
    # BMJ's "Roe J, et al Fictitiosis. Made Up Clin J 2030;12:34-56.": no title read, the
    # title and the journal read as one journal with a full stop inside
    for title in ("Fictitiosis", "The Imaginary Index of Tests"):
        labelled, _ = labelled_parts(
            ("Roe J, Doe A, et al", "author"),
            (". ", "other"),
            (f"{title}. Made Up Clin J", "container"),
            *_nlm_tail("")[1:],
        )
        mended = _labels(title_before_nlm_journal(labelled))
        assert f"{title.split()[-1]}/title" in mended
        assert "Made/container Up/container Clin/container J/container" in mended
        assert f"{title.split()[0]}/container" not in mended


def test_an_abbreviation_before_a_full_stop_stays_the_journals() -> None:
    # an acronym ("ABCD. Made Up Sci") or a journal's abbreviated word ("Rev. Made Up")
    for first in ("ABCD", "Made Up Rev"):
        labelled, _ = labelled_parts(
            ("Roe J, Doe A", "author"),
            (". ", "other"),
            ("Invented tests in towns", "title"),
            (". ", "other"),
            (f"{first}. Made Up Sci", "container"),
            *_nlm_tail("")[1:],
        )
        assert title_before_nlm_journal(labelled) == labelled
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("ABCD. Made Up Sci", "container"),
        *_nlm_tail("")[1:],
    )
    assert title_before_nlm_journal(labelled) == labelled  # no title read, but an acronym


def test_a_title_of_two_sentences_is_one_title() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("Made-up tests in towns", "title"),
        (". ", "other"),
        ("Results at ten years", "title"),
        (". ", "other"),
        *_nlm_tail("Made Up J"),
    )
    mended = _labels(title_sentences_joined(labelled))
    assert "towns/title ./title Results/title" in mended
    assert "years/title ./other Made/container" in mended
    ref = read_item(
        "Roe J, Doe A. Made-up tests in towns. Results at ten years. Made Up J 2030;12:34-56.",
        1,
        1,
    ).reference
    assert ref.title == "Made-up tests in towns. Results at ten years"


def test_words_left_out_before_a_subtitles_colon_are_the_titles() -> None:
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (" (", "other"),
        ("2030", "year"),
        (") ", "other"),
        ("Made-up grasslands", "title"),
        (" in Atlantis: ", "other"),
        ("a review of tests", "title"),
        (". ", "other"),
        ("Made Up Journal of Tests", "container"),
    )
    mended = _labels(title_across_colon(labelled))
    assert "grasslands/title in/title Atlantis/title :/title a/title" in mended
    labelled, _ = labelled_parts(
        ("Roe J, Doe A", "author"),
        (". ", "other"),
        ("Made Up J", "container"),
        (" 12 ab: ", "other"),
        ("a review of tests", "title"),
    )
    assert title_across_colon(labelled) == labelled  # no title before the colon's words


def test_a_chapters_book_or_a_journal_read_as_a_second_title_stays_apart() -> None:
    for second, after in (("Approaches to imaginary birds", "place"), ("Owls (Atlantis", "other")):
        labelled, _ = labelled_parts(
            ("Roe J, Doe A", "author"),
            (". ", "other"),
            ("Made-up owls in towns", "title"),
            (". ", "other"),
            (second, "title"),
            (". ", "other"),
            ("Place", after),
            (": ", "other"),
            ("Example Press", "container"),
        )
        assert title_sentences_joined(labelled) == labelled


def test_a_books_title_read_as_a_journal_after_the_year_is_the_title() -> None:
    from blinarefs.parse.title_ends import title_from_lone_journal

    # the author-year styles print the year between the names and the book's title
    # ("Roe, W. H. (2030). Title. Place: Publisher."; "Roe WH 2030 Title. Place: ...")
    for year in (((" (", "other"), ("2030", "year"), (").", "other")), ((" ", "other"),
                 ("2030", "year"), (". ", "other"))):  # fmt: skip
        labelled, _ = labelled_parts(
            ("Roe, W. H.", "author"),
            *year,
            ("Invented plagues and people", "container"),
            (". ", "other"),
            ("Springfield", "place"),
            (": ", "other"),
            ("Made Up Press", "publisher"),
            (".", "other"),
        )
        mended = _labels(title_from_lone_journal(labelled))
        assert "Invented/title plagues/title and/title people/title ./other" in mended
    # not after a word that is neither the year nor its marks
    labelled, _ = labelled_parts(
        ("Roe WH", "author"),
        (" (", "other"),
        ("2030", "year"),
        (") in ", "other"),
        ("Invented plagues and people", "container"),
        (". ", "other"),
        ("Springfield", "place"),
        (": ", "other"),
        ("Made Up Press", "publisher"),
    )
    assert title_from_lone_journal(labelled) == labelled


def test_an_author_year_book_reads_its_title() -> None:
    for text in (
        "Roe, W. (2030). Invented evolutionary genetics. New York, NY: Made Up University Press.",
        "Roe WH 2030 Invented reproductive ecology. New York: Made Up Press.",
    ):
        ref = read_item(text, 1, 1).reference
        assert ref.title.startswith("Invented ")
        assert not ref.container_title
        assert ref.type == "book"


def test_a_titles_first_word_cut_at_its_digits_stays_whole() -> None:
    from blinarefs.parse.title_words import title_words_whole

    for label in ("other", "container"):
        labelled, _ = labelled_parts(
            ("Roe WH", "author"),
            (". ", "other"),
            ("2030", "year"),
            (" ", "other"),
            ("p", label),
            ("21: a made-up guardian", "title"),
            (". ", "other"),
        )
        mended = _labels(title_words_whole(labelled))
        assert "p/title 21/title" in mended
    # a word apart from the title is not taken in
    labelled, _ = labelled_parts(
        ("Roe WH", "author"), (". ", "other"), ("p", "other"), (" ", "other"),
        ("21 made-up guardians", "title"),
    )  # fmt: skip
    assert title_words_whole(labelled) == labelled


def test_in_vitro_opening_a_title_is_the_titles() -> None:
    from blinarefs.parse.title_words import title_words_whole

    for latin in (("In Vitro", "other"), (" ", "other")), (("In", "other"), (" Vitro", "title")):
        labelled, _ = labelled_parts(
            ("Example Organization", "author"),
            (". ", "other"),
            ("ISO 12", "title"),
            (": ", "other"),
            *latin,
            (" Made-up Test Systems", "title"),
            (". ", "other"),
        )
        assert "In/title Vitro/title Made-up/title" in _labels(title_words_whole(labelled))


def test_a_books_imprint_read_into_its_title_run_is_left_apart() -> None:
    from blinarefs.parse.title_ends import title_from_lone_journal

    labelled, _ = labelled_parts(
        ("Roe, W. H.", "author"),
        (" (", "other"),
        ("2030", "year"),
        ("). ", "other"),
        ("Invented plagues and people. New York and Basel: Made Up Press", "container"),
        (".", "other"),
    )
    mended = _labels(title_from_lone_journal(labelled))
    assert "people/title ./other New/place" in mended
    assert ":/other Made/publisher" in mended
