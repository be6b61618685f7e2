"""`blinarefs pandoc main.tex --numbered`: LaTeX in, LaTeX out. It printed the body with its
LaTeX commands and comments and a plain-text bibliography, neither LaTeX that compiles nor
plain text; it is the whole document, each \\cite as the style prints it and the
bibliography written out as `thebibliography`, compiling with no .bib file. Made-up works."""

from __future__ import annotations

import pytest

from blinarefs.cli import main
from blinarefs.errors import UsageError
from blinarefs.pandoc import to_numbered
from blinarefs.store import Store

TEX = r"""\documentclass{article}
\usepackage[style=numeric]{biblatex}
\addbibresource{refs.bib}
% a comment the author keeps
\begin{document}
\section{Introduction}
Aspirin lowers the risk of stroke \cite{roe2019}. A later trial agreed~\cite{doe2020,roe2019}.
\printbibliography
\appendix
Nothing cited here.
\end{document}
"""
BIB = """@article{roe2019, author = {Roe, J.}, title = {Aspirin and stroke}, journal = {J Fict Med},
  year = {2019}, volume = {3}, pages = {1--9}}
@article{doe2020, author = {Doe, A.}, title = {A later trial}, journal = {J Fict Med},
  year = {2020}, volume = {4}, pages = {10--19}}
"""


def _refs(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def test_latex_in_latex_out(tmp_path):
    refs = Store.load(_refs(tmp_path)).references
    out = to_numbered(TEX, refs, style="blood", to="latex").text
    assert out.startswith("\\documentclass{article}\n% (blinarefs: ")  # biblatex not loaded
    assert "\\addbibresource" not in out and "\\printbibliography" not in out
    assert "stroke\\textsuperscript{1}. A later trial agreed\\textsuperscript{1,2}." in out
    assert "% a comment the author keeps" in out  # LaTeX's own, kept
    bibliography = "\\begin{thebibliography}{9}\n\\bibitem{roe2019} Roe J. Aspirin and stroke."
    assert out.index(bibliography) < out.index("\\appendix") < out.index("\\end{document}")
    tied = to_numbered(TEX, refs, style="vancouver", to="latex").text
    assert "agreed~(1,2)." in tied  # the tie before a bracketed citation stays


def test_the_command_writes_latex_for_latex_and_names_leftover_biblatex(tmp_path, capsys):
    _refs(tmp_path)
    tex = tmp_path / "main.tex"
    tex.write_text(TEX.replace("% a comment", "\\DeclareFieldFormat{title}{#1}\n% a comment"))
    assert main(["pandoc", str(tex), "--numbered", "--bib", str(tmp_path / "refs.bib")]) == 0
    out, err = capsys.readouterr()
    assert "\\begin{thebibliography}" in out and "\\end{document}" in out
    assert "warning [biblatex-command]" in err and "main.tex:4" in err


def test_latex_output_is_for_latex_manuscripts(tmp_path):
    refs = Store.load(_refs(tmp_path)).references
    with pytest.raises(UsageError, match="LaTeX output is for a LaTeX manuscript"):
        to_numbered("Aspirin works [@roe2019].\n", refs, to="latex")
