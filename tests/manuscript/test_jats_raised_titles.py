"""A JATS reference's title keeps what its markup raises or lowers, as the BibTeX store
reads ``10$^{9}$`` and ``CD4\\textsuperscript{+}``: ``CD4<sup>+</sup>`` was read ``CD4+``
and ``10<sup>9</sup>`` ``109``. Made-up references."""

from __future__ import annotations

from blinarefs.cli import main
from blinarefs.manuscript import read_manuscript

ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article><body><sec><title>Introduction</title><p>T cells matter <xref ref-type="bibr"
rid="r1">1</xref>. So does gas <xref ref-type="bibr" rid="r2">2</xref>.</p></sec></body>
<back><ref-list><title>References</title>
<ref id="r1"><label>1</label><element-citation publication-type="journal"><person-group>
<name><surname>Roe</surname><given-names>J</given-names></name></person-group>
<article-title>CD4<sup>+</sup> T cells, 10<sup>9</sup> counts and Brand<sup>TM</sup>
kits<!--a note--></article-title><source>J Invented</source><year>2030</year>
</element-citation></ref>
<ref id="r2"><label>2</label><mixed-citation publication-type="journal"><person-group>
<name><surname>Doe</surname><given-names>A</given-names></name></person-group>.
<article-title>Dissolved CO<sub>2</sub> in <italic>made-up</italic> lakes</article-title>.
<source>J Invented</source>. <year>2031</year>.</mixed-citation></ref>
</ref-list></back></article>
"""


def _article(tmp_path):
    path = tmp_path / "art.xml"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_raised_and_lowered_title_text_is_kept(tmp_path):
    first, second = read_manuscript(_article(tmp_path)).references
    # TM has no raised letters in Unicode: flat, as before
    assert first.title == "CD4⁺ T cells, 10⁹ counts and BrandTM kits"
    assert second.title == "Dissolved CO₂ in made-up lakes"
    assert "CO2" in second.source_text  # the printed text stays as printed


def test_format_prints_them(tmp_path, capsys):
    assert main(["format", "--manuscript", str(_article(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "CD4⁺ T cells, 10⁹ counts" in out and "Dissolved CO₂" in out


def test_latex_sets_them_with_latex_s_own_commands(tmp_path, capsys):
    # pdflatex knows no U+207A: \textsuperscript, as a raised citation is set
    assert main(["format", "--manuscript", str(_article(tmp_path)), "--to", "latex"]) == 0
    out = capsys.readouterr().out
    assert "CD4\\textsuperscript{+} T cells, 10\\textsuperscript{9} counts" in out
    assert "Dissolved CO\\textsubscript{2} in" in out and "⁺" not in out
