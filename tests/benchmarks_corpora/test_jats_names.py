"""The truth's authors where a reference's markup is not what was printed, on small JATS
articles written for these tests (the people and journals in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora import jats_names
from corpora.jats_truth import references

HEAD = '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta/></front>'


def refs_of(tmp_path: Path, refs: str) -> list:
    path = tmp_path / "demo.xml"
    path.write_text(
        f"{HEAD}<body><p>x</p></body><back><ref-list>{refs}</ref-list></back></article>"
    )
    return references(path)


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
    assert (second.title, second.notes) == ("Pretend directive of 31 March 2030", ())
