"""Numbers alone in a table's cell (:mod:`blinarefs.trace.table_cells`): a results table
pasted into a flattened manuscript cites nothing and leaves the manuscript's convention and
citations as they are; a table's citations beside what they cite are read. The passages
and tables are written for these tests; the references are placeholders."""

from __future__ import annotations

from tracedata import FORTY, VOLE_TOPICS

from blinarefs.trace.decode import decode_citations
from blinarefs.trace.table_cells import alone_in_a_cell

REFS = FORTY
TOPICS = VOLE_TOPICS
LOW = [5 * k % 25 + 1 for k in range(31)]  # each row's range opens here
ROWS = [
    f"Site {k}\t{7 * k % 30 + 1}\t{k}.{k % 10}\t({LOW[k]}–{LOW[k] + 3})\t0.0{k % 9 + 1}"
    for k in range(1, 31)
]
TABLE = "Table 2. Invented outcomes by site\n\nSite\tCases\tShare (%)\tRange\tP\n" + "\n".join(ROWS)


def _text(printed: str, middle: str) -> str:
    first = " ".join(TOPICS[n % 5] + printed.format(n) for n in range(1, 16))
    second = " ".join(TOPICS[n % 5] + printed.format(n) for n in range(16, 31))
    return f"{first}\n\n{middle}\n\n{second}"


def test_a_cell_alone_and_beside_words():
    row = "Site 9\t14\t75.5\t(19–20)\t0.06\nRoe et al. (12)\t2019\t4\t5"
    at = row.index("19")
    assert alone_in_a_cell(row, at, at + 5)
    assert alone_in_a_cell(row, row.index("14"), row.index("14") + 2)
    assert not alone_in_a_cell(row, row.index("12"), row.index("12") + 2)  # beside a name
    assert not alone_in_a_cell("in lanes (1–3) and", 10, 13)  # no table's row


def test_a_results_table_cites_nothing_and_keeps_the_convention():
    # its column of "(6–9)" made the manuscript one citing in parentheses: every citation
    # was lost and the table's ranges taken
    for printed in (".{}", " {}."):
        text = _text(printed, TABLE)
        assert [c.numbers for c in decode_citations(text, REFS)] == [(n,) for n in range(1, 31)]


def test_a_tables_citations_beside_its_studies_are_read():
    rows = "\n".join(f"Roe et al.{n}\t{1990 + n}\t{10 * n}\t{40 + n}" for n in range(16, 20))
    table = "Table 1. Invented studies\n\nStudy\tYear\tVoles\tSurvival (%)\n" + rows
    text = _text(".{}", table)
    found = [c.numbers for c in decode_citations(text, REFS)]
    assert found == [(n,) for n in range(1, 16)] + [(n,) for n in range(16, 20)] + [
        (n,) for n in range(16, 31)
    ]
