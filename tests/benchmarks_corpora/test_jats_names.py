"""The truth's authors where a reference's markup is not what was printed, on small JATS
articles written for these tests (the people and journals in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora import jats_name_print, jats_names, jats_truth
from corpora.jats_title_years import YEAR_CLOSES_TITLE

from benchmarks_corpora.jats_made import refs_of


def name(surname: str, given: str) -> str:
    return f"<name><surname>{surname}</surname><given-names>{given}</given-names></name>"


def mixed(n: int, body: str) -> str:
    return (
        f'<ref id="R{n}"><label>{n}</label><mixed-citation publication-type="journal">{body}'
        "<article-title>Made-up findings</article-title>. <source>J Pretend</source>. "
        "<year>2030</year>;<volume>1</volume>:<fpage>2</fpage>.</mixed-citation></ref>"
    )


def test_names_printed_after_the_tagged_group_leave_the_authors_unknown(tmp_path: Path) -> None:
    refs = "".join(
        (
            # the list goes on after the group, "et al" after untagged names
            mixed(1, f'<person-group person-group-type="author">{name("Quill", "A")}'
                  "</person-group>, Marrow B, Fern C, et al. "),
            # the group's last given names end in the separator; one name follows untagged
            mixed(2, f"<person-group>{name('Quill', 'A')}, {name('Marrow', 'B,')}"
                  "</person-group> Fern C. "),
            # names loose inside the group
            mixed(3, f"<person-group>{name('Quill', 'A')}, Marrow B</person-group>. "),
            # a part of a name printed outside its tag
            mixed(4, f"{name('Quill', 'A')}, Fern-{name('Marrow', 'B')}. "),
        )
    )  # fmt: skip
    for truth in refs_of(tmp_path, refs):
        assert truth.authors == ()
        assert truth.tagged_authors  # a reader of the markup still owes the tags
        assert truth.notes == (jats_names.UNTAGGED,)


def test_what_a_list_prints_after_its_names_is_no_untagged_name(tmp_path: Path) -> None:
    refs = "".join(
        (
            mixed(1, f"<person-group>{name('Quill', 'A')}, {name('Marrow', 'B')}, et al"
                  "</person-group>. "),
            mixed(2, f"{name('Quill', 'A')}, personal communication. "),
            mixed(3, f"{name('Quill', 'A')} and {name('Marrow', 'B')}, editors. "),
            mixed(4, f"<person-group>{name('Quill', 'A')}</person-group>, D.C.T. "),
            # a place after a group's name is no person's name
            mixed(5, "<collab>Pretend Agency</collab>, Nowhere: Pretend Agency; "),
        )
    )  # fmt: skip
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    assert got == [
        (("Quill", "Marrow"), ()),
        (("Quill",), ()),
        (("Quill", "Marrow"), ()),
        (("Quill",), ()),
        (("Pretend Agency",), ()),
    ]


def test_a_surname_tagged_with_its_initials_is_read_without_them(tmp_path: Path) -> None:
    refs = "".join(
        (
            mixed(1, f"<person-group>{name('Quill MRF', 'da')}, {name('Marrow', 'B')}"
                  "</person-group>. "),
            mixed(2, f"<person-group>{name('Fern A', 'B')}</person-group> (2030) "),
            # "van der A" is a family name whole; a group's "ICV" is printed before a year
            mixed(3, f"<person-group>{name('van der A', 'DL')}</person-group>. "),
            mixed(4, f"<person-group>{name('Grupo ICV', 'RE')}</person-group> 2030. "),
            mixed(5, f"<person-group>{name('Marrow Jr', 'B')}</person-group>. "),
        )
    )  # fmt: skip
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    assert got == [
        (("Quill", "Marrow"), (jats_names.INITIALS,)),
        (("Fern",), (jats_names.INITIALS,)),
        (("van der A",), ()),
        (("Grupo ICV",), ()),
        (("Marrow",), (jats_names.SUFFIX,)),
    ]


def test_a_surname_and_given_names_swapped_are_read_as_printed(tmp_path: Path) -> None:
    # SciELO: the mixed citation printed, the element citation's tags swapped
    refs = """
<ref id="R1"><label>1</label><mixed-citation>Quill T, Fernwick C et al. Made-up findings. J
Pretend. 2030;1:2.</mixed-citation><element-citation publication-type="journal"><person-group
person-group-type="author"><name><surname>Quill</surname><given-names>T</given-names></name>
<name><surname>C</surname><given-names>Fernwick</given-names></name></person-group>
<article-title>Made-up findings</article-title><source>J Pretend</source><year>2030</year>
</element-citation></ref>
"""
    (truth,) = refs_of(tmp_path, refs)
    assert truth.authors == ("Quill", "Fernwick") and truth.tagged_authors == ("Quill", "C")
    assert truth.notes == (jats_names.SWAPPED,)


def test_a_surname_tag_holding_a_list_leaves_the_authors_unknown(tmp_path: Path) -> None:
    refs = mixed(1, f"<person-group>{name('Quill TA, Marrow B, Fern', 'C')}</person-group>. ")
    refs += mixed(2, "<person-group><string-name>Quill TA, Marrow B, Fern C</string-name>"
                  "</person-group>. ")  # fmt: skip
    for truth in refs_of(tmp_path, refs):
        assert (truth.authors, truth.notes) == ((), (jats_names.SEVERAL,))


def test_a_year_tag_with_no_year_is_noted(tmp_path: Path) -> None:
    refs = mixed(1, f"{name('Quill', 'A')}. ").replace("<year>2030</year>", "<year>in press</year>")
    (truth,) = refs_of(tmp_path, refs)
    assert truth.year is None and truth.notes == ("year set aside: the year tag holds no year",)


def test_a_title_tag_ending_in_a_date_after_the_year_is_set_aside(tmp_path: Path) -> None:
    # a web page's publisher and date tagged inside its title; a title's own date stays
    dated = "Made-up news. Pretend Post 2030 20 March"
    refs = "".join(
        mixed(n, f"{name('Quill', 'A')}. ").replace("Made-up findings", title)
        for n, title in ((1, dated), (2, "Pretend directive of 31 March 2030"))
    )
    first, second = refs_of(tmp_path, refs)
    assert first.title is None
    assert first.notes == (
        "title set aside: the title tag holds a date after the title's sentence",
    )
    # kept, and compared without the year that closes it, the markup's year too
    assert (second.title, second.notes) == (
        "Pretend directive of 31 March 2030",
        (YEAR_CLOSES_TITLE,),
    )


def test_a_kinship_word_is_read_with_the_family_name_however_tagged(tmp_path: Path) -> None:
    # tagged as a suffix, with or without a surname, or inside the surname: the same family
    kin = "<name><surname>Quill</surname><given-names>MA</given-names><suffix>Neto</suffix></name>"
    alone = "<name><given-names>BV</given-names><suffix>Filho</suffix></name>"
    refs = mixed(1, f"<person-group>{kin}, {name('Marrow', 'B')}</person-group>. ")
    refs += mixed(2, f"<person-group>{alone}</person-group>. ")
    refs += mixed(3, f"<person-group>{name('Quill Neto', 'MA')}</person-group>. ")
    refs += mixed(4, f"<person-group>{name('Marrow Jr', 'B')}</person-group>. ")  # not kin
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    assert got == [
        (("Quill Neto", "Marrow"), (jats_names.KINSHIP_NOTE,)),
        (("Filho",), (jats_names.KINSHIP_NOTE,)),
        (("Quill Neto",), ()),
        (("Marrow",), (jats_names.SUFFIX,)),
    ]


def test_hyphenated_initials_or_a_suffix_tagged_as_the_surname_are_read_as_printed(
    tmp_path: Path,
) -> None:
    swapped = (
        "<string-name><given-names>Quill-Doe</given-names> <surname>S-P</surname></string-name>"
    )
    suffix = "<string-name><given-names>Fern S</given-names> <surname>Jr</surname></string-name>"
    refs = mixed(1, f"<person-group>{swapped}, {name('Marrow', 'B')}</person-group>. ")
    refs += mixed(2, f"<person-group>{name('Marrow', 'B')}, {suffix}</person-group>, et al. ")
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, first.notes) == (("Quill-Doe", "Marrow"), (jats_names.SWAPPED,))
    assert (second.authors, second.notes) == (("Marrow", "Fern"), (jats_names.SWAPPED,))


def test_a_name_tag_cut_at_a_hyphen_leaves_the_authors_unknown(tmp_path: Path) -> None:
    cut = f"{name('Quill', 'C-')}<collab>L Jr</collab>"
    refs = mixed(1, f"<person-group>{name('Marrow', 'B')}, {cut}</person-group>. ")
    refs += mixed(2, f"<person-group>{name('Marrow', 'B')}, <collab>WHO</collab></person-group>. ")
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, first.notes) == ((), (jats_names.CUT,))
    assert (second.authors, second.notes) == (("Marrow", "WHO"), ())


def test_a_title_tag_holding_the_last_name_sets_the_names_and_title_aside(
    tmp_path: Path,
) -> None:
    group = f"<person-group>{name('Quill', 'A')}, {name('Marrow', 'B')}</person-group>"
    refs = "".join(
        f'<ref id="R{n}"><label>{n}</label><mixed-citation>{group}{after}'
        "<source>Made-up findings. J Pretend</source>. <year>2030</year>;<volume>1</volume>:"
        "<fpage>2</fpage>.</mixed-citation></ref>"
        for n, after in (
            (1, ", <article-title>Fern CD</article-title>. "),
            (2, ", <article-title>Fern C-D, et al</article-title>. "),
            (3, ", et <article-title>al</article-title>. "),
            (4, ". <article-title>Vitamin D</article-title>. "),  # a title after the stop
        )
    )
    one, two, three, four = refs_of(tmp_path, refs)
    for truth in (one, two):
        assert (truth.authors, truth.title, truth.container) == ((), None, None)
        assert truth.notes == (jats_name_print.NAME_IN_TITLE,)
    assert (three.authors, three.etal, three.title, three.container) == (
        ("Quill", "Marrow"), True, None, None)  # fmt: skip
    assert three.notes == (jats_name_print.ETAL_IN_TITLE,)
    assert (four.authors, four.title, four.notes) == (("Quill", "Marrow"), "Vitamin D", ())


def element(n: int, printed: str, names: str) -> str:
    """A SciELO-like reference: the printed text, and apart from it the tagged fields."""
    return (
        f'<ref id="R{n}"><label>{n}</label><mixed-citation>{printed}</mixed-citation>'
        f'<element-citation publication-type="journal"><person-group person-group-type="author">'
        f"{names}</person-group><article-title>Made-up findings</article-title>"
        "<source>J Pretend</source><year>2030</year></element-citation></ref>"
    )


def test_a_printed_name_no_tag_holds_before_or_after_the_tagged_ones(tmp_path: Path) -> None:
    tail = "Made-up findings. J Pretend. 2030;1:2."
    two = name("Marrow", "B") + name("Fern", "C")
    refs = "".join(
        (
            element(1, f"Quill A, Marrow B, Fern C. {tail}", two),  # the first untagged
            element(2, f"Marrow B, Fern C, Quill A et al. {tail}", two),  # the last
            # the last tag's given names hold the next name: "Fern C, Quill A"
            element(3, f"Marrow B, Fern C, Quill A. {tail}",
                    name("Marrow", "B") + name("Fern", "C, Quill A")),
            # what is no untagged name: a particle before the tag, given names printed
            # first, a journal after the names, "et al", an author-year list's given names
            # a group's printed name longer than its tag
            element(4, f"Pretend Consortium Alpha. {tail}", "<collab>Pretend Consortium</collab>"),
            element(4, f"De Marrow B, Fern C. {tail}", two),
            element(5, "B. Marrow, C. Fern, J Pretend 1, 2 (2030).", two),
            element(6, "Marrow, B.; Fern, C.; J. Pretend 2030, 1, 2.", two),
            element(7, f"Marrow B, Fern C, et al. {tail}", two),
            element(8, "MARROW, Bia; FERN, Cora. Made-up findings. J Pretend, 2030.",
                    name("Marrow", "Bia") + name("Fern", "Cora")),
        )
    )  # fmt: skip
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    aside = ((), (jats_name_print.UNTAGGED_PRINT,))
    assert got[:4] == [aside] * 4
    assert got[4:] == [(("Marrow", "Fern"), ())] * 5


def test_pubmeds_initials_glued_to_a_particle_in_the_surname_are_read_without_them(
    tmp_path: Path,
) -> None:
    # "Quill Mde L": M. de L. Quill, PubMed's initials tagged inside the surname
    refs = mixed(
        1, f"<person-group>{name('Quill Mde', 'L')}, {name('Marrow', 'B')}</person-group>. "
    )
    (truth,) = refs_of(tmp_path, refs)
    assert (truth.authors, truth.notes) == (("Quill", "Marrow"), (jats_names.INITIALS,))


def test_a_group_tag_holding_persons_or_a_lone_particle_leaves_the_authors_unknown(
    tmp_path: Path,
) -> None:
    refs = "".join(
        (
            mixed(1, "<person-group><collab>Quill J, Marrow VV, Fern A. Made</collab>"
                  "</person-group>. "),
            element(2, "Marrow B, de C Quill M. Made-up findings. J Pretend. 2030;1:2.",
                    name("Marrow", "B") + name("de", "C") + name("Quill", "M")),
            # a group's name with commas is no list of persons
            mixed(3, "<person-group><collab>Pretend Council, Invented Board, Made Unit"
                  "</collab></person-group>. "),
        )
    )  # fmt: skip
    got = [(t.authors, t.notes) for t in refs_of(tmp_path, refs)]
    assert got[:2] == [((), (jats_names.SEVERAL,)), ((), (jats_names.CUT,))]
    # a particle printed as the name's whole family: the markup holds what was printed
    (truth,) = refs_of(tmp_path, mixed(1, f"<person-group>{name('van', 'T. D.')}</person-group>. "))
    assert (truth.authors, truth.notes) == (("van",), ())
    # (its parts bodies' names, one author each: ``BODIES``)
    assert got[2] == (("Pretend Council", "Invented Board", "Made Unit"), (jats_names.BODIES,))


def test_et_al_in_an_untagged_printed_title_is_the_titles(tmp_path: Path) -> None:
    two = name("Quill", "A") + name("Marrow", "B")
    refs = element(1, "Quill A, Marrow B. Quill et al. respond. J Pretend. 2030;1:2.", two)
    refs += element(2, "Quill A, Marrow B, et al. Made-up findings. J Pretend. 2030;1:2.", two)
    refs = refs.replace(
        "Made-up findings</article-title>", "Quill et al. respond</article-title>", 1
    )
    first, second = refs_of(tmp_path, refs)
    assert (first.etal, second.etal) == (False, True)
    assert first.notes == (jats_truth.ETAL_AFTER_TITLE,)


def test_et_al_of_a_books_editors_is_not_the_authors(tmp_path: Path) -> None:
    refs = (
        f'<ref id="R1"><label>1</label><mixed-citation publication-type="book">'
        f"<person-group>{name('Quill', 'A')}</person-group>. <chapter-title>Made-up"
        "</chapter-title>. In: Marrow B, Fern C, et al, editors. <source>Pretend book</source>."
        " <year>2030</year>.</mixed-citation></ref>"
    )
    (truth,) = refs_of(tmp_path, refs)
    assert (truth.etal, truth.notes) == (False, (jats_truth.ETAL_AFTER_TITLE,))


def test_a_source_tag_opening_with_the_last_name_sets_the_names_aside(tmp_path: Path) -> None:
    group = f"<person-group>{name('Quill', 'A')}, {name('Marrow', 'B')}</person-group>"
    refs = (
        f'<ref id="R1"><label>1</label><mixed-citation>{group}, <source>Fern C. Made-up '
        "findings. J Pretend</source>. <year>2030</year>.</mixed-citation></ref>"
    )
    refs += (
        f'<ref id="R2"><label>2</label><mixed-citation>{group}, <article-title>Fern C. Made-up '
        "findings</article-title>. <source>J Pretend</source>. <year>2030</year>."
        "</mixed-citation></ref>"
    )
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, first.container, first.notes) == (
        (), None, (jats_name_print.NAME_OPENS_SOURCE,))  # fmt: skip
    assert (second.authors, second.title, second.container, second.notes) == (
        (), None, "J Pretend", (jats_name_print.NAME_OPENS_TITLE,))  # fmt: skip


def test_a_second_author_group_after_a_chapters_title_is_the_books(tmp_path: Path) -> None:
    # the book's editors tagged as authors after "In:" (mixed) or after the chapter's
    # title (element): the chapter's authors are the group before the title
    refs = (
        f'<ref id="R1"><label>1</label><mixed-citation publication-type="book">'
        f'<person-group person-group-type="author">{name("Quill", "A")}</person-group> '
        "<chapter-title>Made-up chapter</chapter-title> In: "
        f'<person-group person-group-type="author">{name("Marrow", "B")}, '
        f"{name('Fern', 'C')}, et al</person-group>, editors. <source>Pretend book</source>. "
        "<year>2030</year>.</mixed-citation></ref>"
        '<ref id="R2"><label>2</label><element-citation publication-type="book">'
        f'<person-group person-group-type="author">{name("Quill", "A.")}</person-group>'
        "<chapter-title>Made-up chapter</chapter-title>"
        f'<person-group person-group-type="author">{name("Marrow", "B.")}</person-group>'
        "<source>Pretend book</source><year>2030</year></element-citation></ref>"
        # one group, tagged after the title: the authors still
        '<ref id="R3"><label>3</label><element-citation publication-type="journal">'
        "<article-title>Made-up findings</article-title>"
        f'<person-group person-group-type="author">{name("Quill", "A.")}</person-group>'
        "<source>J Pretend</source><year>2030</year></element-citation></ref>"
    )
    first, second, third = refs_of(tmp_path, refs)
    assert (first.authors, second.authors, third.authors) == (("Quill",),) * 3
    assert jats_names.BOOK_GROUP in first.notes and jats_names.BOOK_GROUP in second.notes
    assert jats_names.BOOK_GROUP not in third.notes


def test_a_group_tagged_as_editors_inside_the_author_list_is_read_as_printed(
    tmp_path: Path,
) -> None:
    people = f'<person-group person-group-type="author">{name("Quill", "A")}</person-group>'
    refs = "".join(
        (
            mixed(1, f'{people}, <person-group person-group-type="editor"><collab>Example '
                  "Investigators</collab>, et al.</person-group> "),
            # editors said so, or after the title: not the authors
            mixed(2, f'{people}, <person-group person-group-type="editor"><collab>Example '
                  "Investigators</collab></person-group>, editors. "),
            # ... or said so after a further editor's group ("Doe B, & Poe C (Eds.)")
            mixed(3, f'{people}, <person-group person-group-type="editor">{name("Fern", "B")}'
                  '</person-group>, &amp; <person-group person-group-type="editor">'
                  f'{name("Marrow", "C")}</person-group> (Eds.), '),
        )
    )  # fmt: skip
    first, second, third = refs_of(tmp_path, refs)
    assert third.authors == ("Quill",) and jats_names.EDITORS_LISTED not in third.notes
    assert first.authors == ("Quill", "Example Investigators")
    assert jats_names.EDITORS_LISTED in first.notes
    assert first.tagged_authors == ("Quill",)
    assert second.authors == ("Quill",) and jats_names.EDITORS_LISTED not in second.notes


def test_a_group_tag_holding_several_bodies_names_is_one_author_each(tmp_path: Path) -> None:
    refs = "".join(
        mixed(n, f"<person-group><collab>{collab}</collab></person-group>. ")
        for n, collab in enumerate(
            (
                # an agency and its unit; several bodies with acronyms and "and"
                "Republic of Example, Ministry of Tests",
                "Example Institute of Counts (EIC) [Exampleland], Ministry of Tests (MOT), "
                "and EXA International",
                # one body's name with a list of words in it stays whole
                "Example Academies of Tests, Checks, and Trials",
                "Ministry of Tests, Checks and Trials",
            ),
            start=1,
        )
    )
    first, second, third, fourth = refs_of(tmp_path, refs)
    assert fourth.authors == ("Ministry of Tests, Checks and Trials",)
    assert first.authors == ("Republic of Example", "Ministry of Tests")
    assert second.authors == (
        "Example Institute of Counts (EIC) [Exampleland]",
        "Ministry of Tests (MOT)",
        "EXA International",
    )
    assert first.notes == second.notes == (jats_names.BODIES,)
    assert (third.authors, third.notes) == (("Example Academies of Tests, Checks, and Trials",), ())


def test_a_capitalised_particle_tagged_alone_as_the_surname_leaves_the_authors_unknown(
    tmp_path: Path,
) -> None:
    """ "Le Roux M" tagged surname "Le", given names "Roux M": the family name is cut."""
    refs = mixed(
        1, f"<person-group>{name('Marrow', 'B')}, {name('Le', 'Quill M')}</person-group>. "
    )
    # guard: a family name "Le" with its initials, or "Le" with a given name printed first
    refs += mixed(2, f"<person-group>{name('Marrow', 'B')}, {name('Le', 'TH')}</person-group>. ")
    first, second = refs_of(tmp_path, refs)
    assert (first.authors, first.notes) == ((), (jats_names.CUT,))
    assert (second.authors, second.notes) == (("Marrow", "Le"), ())
