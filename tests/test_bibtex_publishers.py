"""A report's institution and a thesis's school are their publishers, and an R package's
@manual needs no publisher (session 37's walk: a natbib paper's .bib with twelve R packages'
@manual entries and a @techreport, each an error of `validate`). Entries invented here."""

from __future__ import annotations

from blinarefs.bibtex import format_entry
from blinarefs.model import Reference
from blinarefs.store import Store
from blinarefs.validate import validate_store

BIB = """@TechReport{quill_report,
  author = {Quill, Ada},
  title = {Counting invented moths},
  institution = {Institute of Made-up Studies},
  number = {IMS 2011/4},
  year = {2011}
}

@phdthesis{fable_thesis,
  author = {Fable, Bo},
  title = {Rings nobody saw},
  school = {University of Nowhere},
  year = {2010}
}

@Manual{mothcount_pkg,
  title = {mothcount: Counting Moths in R},
  author = {Quill, Ada},
  year = {2012},
  note = {R package version 0.1-2},
  url = {https://example.org/mothcount},
}
"""


def test_institution_and_school_are_the_publisher_and_a_manual_needs_none():
    store = Store.loads(BIB)
    assert store["quill_report"].publisher == "Institute of Made-up Studies"
    assert store["fable_thesis"].publisher == "University of Nowhere"
    assert not [f for f in validate_store(store) if f.severity == "error"]


def test_a_report_and_a_thesis_write_their_publisher_where_bibtex_styles_print_it():
    store = Store.loads(BIB)
    assert "institution = {Institute of Made-up Studies}" in format_entry(store["quill_report"])
    assert "school = {University of Nowhere}" in format_entry(store["fable_thesis"])
    zotero = {"id": "r1", "type": "report", "title": "Moths", "publisher": "Moth Institute"}
    written = format_entry(Reference.from_csl(zotero))
    assert written.startswith("@techreport{r1,") and "institution = {Moth Institute}" in written
    (back,) = Store.loads(written).references
    assert back.publisher == "Moth Institute" and not back.extra


BIBLATEX = """@article{quill_moths,
  author       = {Quill, Ada},
  title        = {Lantern moths counted from
                  dusk to dawn},
  subtitle     = {A study of violet light},
  journaltitle = {Invented Journal of Moths},
  date         = {2011-03},
  volume       = 12,
  eid          = 120345,
}

@article{fable_why,
  author = {Fable, Bo}, title = {Why count moths?}, subtitle = {Three answers},
  journaltitle = {Invented Journal of Moths}, date = 2012, pages = {1--9}, eid = {e1},
}
"""


def test_biblatex_subtitle_eid_and_a_wrapped_title_are_read_as_biblatex_prints_them():
    # session 37's walk: biblatex's own example file printed "Twice-Born, Once Conceived"
    # without its subtitle, an article by its eid with no number, and a title wrapped in
    # the file with its line break and indent inside the formatted entry
    store = Store.loads(BIBLATEX)
    moths, why = store["quill_moths"], store["fable_why"]
    assert moths.title == "Lantern moths counted from dusk to dawn: A study of violet light"
    assert (moths.page, moths.issued) == ("120345", (2011, 3))
    assert why.title == "Why count moths? Three answers"
    assert why.page == "1-9" and dict(why.extra)["eid"] == "e1"  # pages given: eid kept
    assert not {k for k, _ in moths.extra} & {"subtitle", "eid"}
    (back,) = Store.loads(format_entry(moths)).references
    assert (back.title, back.page) == (moths.title, moths.page)
