"""A Word manuscript whose figure legends and tables follow its reference list: `check`
reads their superscript citations (a work cited only in a legend is cited), and the list
still ends where it ends.

The document is built to the WordprocessingML spec (wordbuild.py); its text is made up and
its references pose as no real record.
"""

from __future__ import annotations

import json

from wordbuild import docx, numbering, p, t

from blinarefs.cli import main
from blinarefs.trace.load import load_inputs

REFS = [
    "Roe J, Doe J. An invented trial of drug X in adults. Test J Med. 2020;12(3):100-109.",
    "Poe E. A made-up cohort of drug X users. Test J Med. 2019;11(1):1-9.",
    "Moe A. A fictitious survival curve of drug Y. Test Rev. 2018;5:20-29.",
]


def _word(tmp_path):
    # Figure 1 is mentioned between the citations of 1 and 3: its legend's 2 is in order
    body = p(t("Background"), style="Heading1")
    body += p(t("Drug X lowered mortality"), t("1", sup=True), t(" (Figure 1)."))
    body += p(t("Late effects were rare"), t("3", sup=True), t("."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    body += p(t("Figure 1. Survival by arm; the control curve is redrawn from Poe"),
              t("2", sup=True), t(". Bars show 95% confidence intervals."))  # fmt: skip
    return docx(tmp_path / "paper.docx", body, numbering_xml=numbering())


def test_a_work_cited_only_in_a_legend_after_a_word_list_is_cited(tmp_path, capsys):
    path = _word(tmp_path)
    main(["check", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    codes = [f["code"] for f in data["findings"]]
    assert "uncited-reference" not in codes and "citation-order" not in codes, data["findings"]
    assert "uncited-claim" not in codes


def test_the_legend_is_not_swallowed_into_the_last_word_reference(tmp_path):
    inputs = load_inputs(_word(tmp_path))
    assert len(inputs.references) == 3
    assert inputs.references[-1].source_text.endswith("5:20-29.")
    assert inputs.after_list is not None
    assert inputs.text[slice(*inputs.after_list)].startswith("Figure 1. Survival by arm")
