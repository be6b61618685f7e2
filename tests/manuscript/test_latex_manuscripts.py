"""A LaTeX manuscript kept in several files is checked as LaTeX typesets it: the chapters
it includes are read in place, and findings name the chapter file and its own line."""

from __future__ import annotations

from pathlib import Path

import pytest

from blinarefs.cli import main
from blinarefs.findings import Finding
from blinarefs.manuscript import read_manuscript
from blinarefs.manuscript.latex_inputs import join_inputs, relocate
from blinarefs.trace.checked import check_manuscript

BIB = """@article{roe2001, author={Roe, Jane}, title={Fever}, journal={J Fever}, year={2001}}
@article{doe2005, author={Doe, John}, title={Statins}, journal={J Hearts}, year={2005}}
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return folder / "main.tex"


def thesis(folder: Path, chapter: str, main_extra: str = "") -> Path:
    main_tex = (
        "\\documentclass{report}\n\\begin{document}\n"
        "Aspirin lowers fever in adults \\cite{roe2001}.\n"
        "\\input{chapters/two}\n" + main_extra + "\\bibliography{refs}\n\\end{document}\n"
    )
    return write(folder, {"main.tex": main_tex, "chapters/two.tex": chapter, "refs.bib": BIB})


def test_a_chapter_is_read_in_place_and_its_findings_name_its_own_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    thesis(
        tmp_path, "\\chapter{Two}\nStatins help \\cite{doe2005}.\n\nSmoking harms \\cite{gone}.\n"
    )
    result = check_manuscript("main.tex")
    assert "Statins help" in result.trace.text and "\\input" not in result.trace.text
    (dangling,) = [f for f in result.findings if f.code == "dangling-citation"]
    assert (dangling.source, dangling.line) == (str(Path("chapters/two.tex")), 4)
    assert not [f for f in result.findings if f.code == "uncited-reference"]  # doe2005 is cited


def test_a_missing_file_is_named_with_the_line_that_names_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    thesis(tmp_path, "Statins help \\cite{doe2005}.\n", main_extra="\\include{chapters/three}\n")
    assert main(["check", "main.tex"]) == 0
    out = capsys.readouterr().out
    assert "warning [input-missing] main.tex:5: \\include{chapters/three} names a file" in out


def test_build_reports_a_chapters_finding_at_its_own_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    thesis(tmp_path, "Statins help \\cite{doe2005}.\nSmoking harms \\cite{gone}.\n")
    main(["build", "main.tex", "-o", "out", "--offline"])
    out = capsys.readouterr().out
    assert f"[dangling-citation] {Path('chapters/two.tex')}:2:" in out


def test_trace_names_each_claim_and_marker_by_its_chapter_file_and_line(
    tmp_path, monkeypatch, capsys
):
    import json

    monkeypatch.chdir(tmp_path)
    thesis(tmp_path, "\\chapter{Two}\nTwo\n\nStatins help hearts \\cite{doe2005}.\n")
    two = str(Path("chapters/two.tex"))
    assert main(["trace", "main.tex", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    claims = {c["text"]: (c.get("file"), c.get("line")) for c in data["claims"]}
    assert claims["Statins help hearts \\cite{doe2005}."] == (two, 4)
    assert claims["Aspirin lowers fever in adults \\cite{roe2001}."] == ("main.tex", 3)
    places = {c["keys"][0]: (c["file"], c["line"]) for c in data["citations"]}
    assert places == {"roe2001": ("main.tex", 3), "doe2005": (two, 4)}
    assert main(["trace", "main.tex"]) == 0
    assert f"in {two}:4" in capsys.readouterr().out
    main(["build", "main.tex", "-o", "out", "--offline"])
    rows = (tmp_path / "out" / "claims.tsv").read_text().splitlines()
    assert rows[0].endswith("\tfile\tline")
    assert any(r.startswith("2\t") and r.endswith(f"\t{two}\t4") for r in rows)
    built = json.loads((tmp_path / "out" / "claims.json").read_text())
    assert [c["line"] for c in built["claims"]] == [3, 4]


def test_a_manuscript_in_one_file_keeps_its_trace_as_it_was(tmp_path, monkeypatch, capsys):
    import json

    monkeypatch.chdir(tmp_path)
    write(tmp_path, {"main.tex": "\\documentclass{report}\n\\begin{document}\n"
                     "Aspirin lowers fever \\cite{roe2001}.\n\\bibliography{refs}\n"
                     "\\end{document}\n", "refs.bib": BIB})  # fmt: skip
    assert main(["trace", "main.tex", "--json"]) == 0
    (claim,) = json.loads(capsys.readouterr().out)["claims"]
    assert "file" not in claim and "line" not in claim


@pytest.mark.parametrize(
    "main_tex, expected, unexpected",
    [
        ("% \\input{a}\n\\input{b}\n", "from b", "from a"),  # a commented line is no include
        ("50\\% done \\input{b}\n", "from b", "from a"),  # an escaped % is no comment
        ("\\input b\n", "from b", "\\input"),  # TeX's own form, without braces
        ("\\includeonly{a}\n\\include{a}\n\\include{b}\n", "from a", "from b"),
        ("\\input{fig.pgf}\n\\input{b.tex}\n", "from b", "picture code"),  # not text
        ("\\import{sub/}{c}\n", "from c", "\\import"),
    ],
)
def test_which_commands_include_a_file(tmp_path, main_tex, expected, unexpected):
    files = {
        "a.tex": "from a\n",
        "b.tex": "from b\n",
        "fig.pgf": "picture code\n",
        "sub/c.tex": "from c\n",
    }
    path = write(tmp_path, {"main.tex": main_tex, **files})
    text, _, findings = join_inputs(main_tex, path)
    assert expected in text and unexpected not in text and not findings


def test_a_subfile_gives_its_body_and_a_loop_stops(tmp_path):
    sub = "\\documentclass[../main.tex]{subfiles}\n\\begin{document}\nbody of it\n\\end{document}\n"
    files = {"parts/s.tex": sub, "loop.tex": "in the loop \\input{loop}\n"}
    path = write(tmp_path, {"main.tex": "", **files})
    text, origins, _ = join_inputs("\\subfile{parts/s}\n\\input{loop}\n", path)
    assert "body of it" in text and "documentclass" not in text
    assert text.count("in the loop") == 1  # a file that includes itself is read once
    line = text[: text.index("body of it")].count("\n") + 1
    (found,) = relocate(
        [Finding("info", "x", "m", line=line, source=str(path))], origins, str(path)
    )
    assert (Path(found.source).name, found.line) == ("s.tex", 3)  # its own line, after the preamble


def test_plain_text_and_a_manuscript_without_includes_are_read_as_they_are(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("See \\input{x} in the LaTeX manual [1].\n")
    assert read_manuscript(path).text == path.read_text() and not read_manuscript(path).findings
    tex = write(tmp_path, {"main.tex": "\\documentclass{article}\nNo includes here.\n"})
    doc = read_manuscript(tex)
    assert doc.text == tex.read_text() and not doc.origins


def _flagged(tmp_path: Path, body: str) -> list[str]:
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Introduction}\n"
        "Coffee delays sleep in adults \\cite{roe2001}.\n\n" + body + "\n\\end{document}\n"
    )
    path = write(tmp_path, {"main.tex": tex, "refs.bib": BIB})
    result = check_manuscript(path, bib=tmp_path / "refs.bib")
    return [f.text or "" for f in result.findings if f.code == "uncited-claim"]


@pytest.mark.parametrize("section", ["\\section{Results}", "\\subsection*{Results}\\label{s:r}"])
def test_latex_sections_say_whose_a_finding_is(tmp_path, section):
    """Under LaTeX's own Results heading the authors report their findings; the same
    sentence in the Discussion states one that needs its source."""
    finding = "Most models show a strong robustness to noise."
    assert _flagged(tmp_path, f"{section}\n{finding}") == []
    assert _flagged(tmp_path, f"\\section{{Discussion}}\n{finding}") == [finding]


def test_an_abstract_environment_is_no_place_for_citations(tmp_path):
    text = "\\begin{abstract}\nMost models show a strong robustness to noise.\n\\end{abstract}"
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Table~\\ref{tab:scores} shows that most models improved markedly.",
        "As \\cref{fig:curves} shows, most models improved markedly.",
        "Most models improved markedly, as \\reftab{scores} shows.",
        "Panels (\\ref{subfig:a} and \\ref{subfig:b}) show that most models improved markedly.",
    ],
)
def test_latex_references_to_the_authors_own_floats(tmp_path, sentence):
    assert _flagged(tmp_path, "\\section{Discussion}\n" + sentence) == []
    assert _flagged(tmp_path, "\\section{Discussion}\nMost models improved markedly.") != []
