"""A citation whose rid names an element inside a ``<ref>`` rather than the ``<ref>`` itself:
JATS lets ``@rid`` point at any element with an id, and a journal that ids each work of a
reference (``<mixed-citation id="c2a">`` for the "(a)" of reference 2) may link its
citations there. The works and names below are made up."""

from __future__ import annotations

from blinarefs.manuscript.jats import read_jats


def _cite(n: int, part: str, name: str) -> str:
    return (
        f'<mixed-citation id="c{n}{part}">({part}) <person-group person-group-type="author">'
        f"<name><surname>{name}</surname><given-names>J.</given-names></name></person-group>,"
        f" <source>J. Invented Chem.</source>, <year>20{n:02d}</year>, <volume>{n}</volume>,"
        f" <fpage>{n}</fpage>.</mixed-citation>"
    )


def _article(body: str, labelled: bool = True) -> str:
    refs = "".join(
        f'<ref id="c{n}">{f"<label>{n}</label>" if labelled else ""}{_cite(n, "a", f"Roe{n}")}'
        f"{_cite(n, 'b', f'Doe{n}') if n == 2 else ''}</ref>"
        for n in range(1, 7)
    )
    return (
        "<article><front><article-meta/></front>"
        f"<body><sec><title>Intro</title><p>{body}</p></sec></body>"
        f"<back><ref-list>{refs}</ref-list></back></article>"
    )


def _xref(rid: str, text: str) -> str:
    return f'<xref ref-type="bibr" rid="{rid}">{text}</xref>'


BODY = (
    f"Made first.<sup>{_xref('c1a', '1')}</sup> Then the second form<sup>{_xref('c2b', '2b')}"
    f"</sup> and a range.<sup>{_xref('c3a', '3')}–{_xref('c5a', '5')}</sup> Last.{_xref('c6', '6')}"
)


def test_a_rid_naming_a_citation_inside_a_ref_cites_that_ref():
    doc = read_jats(_article(BODY))
    assert [m.numbers for m in doc.markers] == [(1,), (2,), (3, 4, 5), (6,)]
    assert [m.keys for m in doc.markers][:2] == [("c1",), ("c2",)]


def test_the_same_in_a_list_printed_without_labels():
    doc = read_jats(_article(BODY, labelled=False))
    place = {r.id: r.number for r in doc.references}
    assert [tuple(sorted(place[k] for k in m.keys)) for m in doc.markers] == [
        (1,),
        (2,),
        (3, 4, 5),
        (6,),
    ]


def test_a_rid_naming_a_note_is_no_citation_of_the_list():
    # typed "bibr", but its rid names a footnote: the link goes to the note, not a reference
    body = f"Made first.<sup>{_xref('c1a', '1')}</sup> A trade name.{_xref('n1', '‡')}"
    text = _article(body).replace(
        "</ref-list>", '</ref-list><fn-group><fn id="n1"><p>A made-up note.</p></fn></fn-group>'
    )
    doc = read_jats(text)
    assert [m.numbers for m in doc.markers] == [(1,)]
    assert "A trade name.‡" in doc.text
