"""The examples of the docs pages other than the README and docs/commands.md (which
tests/test_docs_examples.py runs): what each page shows is what the code does.

docs/word.md's are run by tests/manuscript/test_word_readme.py, docs/enrich.md's by
tests/enrich/test_integrity.py, docs/evidence.md's command by
tests/evidence/test_evidence_cli.py; docs/tracing.md's editor example is run here. The
texts are made up for these tests."""

from __future__ import annotations

import re

from blinarefs.cli import main
from conftest import ROOT


def page(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


def python_block(text: str, opening: str) -> str:
    """The ```python block of ``text`` that starts with ``opening``."""
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if b.startswith(opening)]
    return block


def test_manuscripts_a_file_of_another_kind_is_the_line_the_page_shows(
    tmp_path, monkeypatch, capsys
):
    text = page("manuscripts.md")
    command, line = re.search(r"```\n\$ (blinarefs check paper\.pdf)\n(.*)\n```", text).groups()
    code = int(re.search(r"gets one line and exit\s+code (\d)", text).group(1))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    assert main(command.split()[1:]) == code
    assert capsys.readouterr().err == line + "\n"


def test_manuscripts_the_readers_result_has_every_attribute_the_page_names(
    tmp_path, monkeypatch, capsys
):
    from blinarefs.manuscript import read_manuscript

    block = python_block(page("manuscripts.md"), "from blinarefs.manuscript import")
    names = re.findall(r"^doc\.(\w+)(\(?)", block, re.M)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.txt").write_text(
        "Owls hunt at night [1].\n\nReferences\n"
        "1. Roe J. A made-up study of owls. J Imag Birds. 2020;1:1-9.\n",
        encoding="utf-8",
    )
    assert main(["pandoc", "paper.txt", "--style", "vancouver", "-o", "paper.docx"]) == 0
    doc = read_manuscript("paper.docx")
    assert len(names) >= 10
    for name, called in names:
        assert hasattr(doc, name), name
        assert callable(getattr(doc, name)) == bool(called), name
    assert doc.kind == "docx" and "Owls hunt at night" in doc.text
    assert doc.locate(doc.text.index("Owls")) is not None


def test_evidence_library_use_runs_as_the_page_shows():
    # an invented abstract: the claim's 85% is what it reports, its 68% too
    block = python_block(page("evidence.md"), "from blinarefs.evidence.retrieve import")
    scope = {
        "abstract_text": "BACKGROUND: A made-up trial of drug Z. RESULTS: Overall survival (OS) "
        "improved from 68% to 85% at 3 years with drug Z (P<.001)."
    }
    *setup, last = block.strip().splitlines()
    exec("\n".join(setup), scope)
    verdict, checks, evidence = eval(last.split("#")[0], scope)
    assert verdict == "supported"
    assert [(c["claimed"], c["status"]) for c in checks][:2] == [("68%", "found"), ("85%", "found")]
    assert "85%" in evidence[0].text


def test_tracing_what_an_editor_sees_is_what_check_and_trace_print(tmp_path, monkeypatch, capsys):
    # docs/tracing.md's invented manuscript, its `check` warnings and its claims' reasons
    from blinarefs.trace.load import trace_file

    text = page("tracing.md")
    section = text[text.index("### What an editor sees") :]
    manuscript, warnings = re.findall(r"```\n(.*?)```", section, re.S)[:2]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.txt").write_text(manuscript, encoding="utf-8")
    main(["check", "paper.txt"])
    shown = [line.strip() for line in capsys.readouterr().out.splitlines()]
    for line in warnings.strip().splitlines():
        assert line in shown, line
    claims = trace_file("paper.txt")[1].claims
    for claim in claims[2:]:
        assert f"`{claim.reason}`" in " ".join(section.split()), claim.reason
