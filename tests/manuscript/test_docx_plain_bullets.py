"""A Word file with a bulleted list and its plain copy as Pandoc writes it (each item after
"- ", where the Word reader shows Word's "•") quote the same claims (issue 16): a list's
bullet is the list's form, not the sentence's words. Before, each uncited claim in a list
item was quoted with its own copy's bullet ("• Examplia moss ..." and "- Examplia moss
..."), two verdicts that did not match. Texts and references invented."""

from __future__ import annotations

import json

from wordbuild import W_NS, docx, p, t

ITEMS = [
    "Examplia moss covered 30% of the Springfield bog in 2019.",
    "Drainage released 12% of the stored carbon within two years.",
]
REFS = [
    f"Roe A{i}, Doe B. An invented survey {i} of moss. J Madeup Bot. 201{i};{i}:1-9."
    for i in (1, 2)
]
BULLETS = (
    f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _claims(path, capsys) -> list[str]:
    from blinarefs.cli import main

    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return sorted(" ".join(f["text"].split()) for f in findings if f["code"] == "uncited-claim")


def test_the_word_file_and_its_pandoc_copy_quote_the_same_list_claims(tmp_path, capsys):
    intro = "Bogs store carbon [1]. Mosses grow slowly [2]."
    body = p(t("Introduction"), style="Heading1") + p(t(intro))
    body += "".join(p(t(item), num=(1, 0)) for item in ITEMS)
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    word = docx(tmp_path / "bog.docx", body, numbering_xml=BULLETS)
    paragraphs = ["Introduction", intro, *(f"- {item}" for item in ITEMS), "References"]
    paragraphs += [f"{i}. {r}" for i, r in enumerate(REFS, 1)]
    plain = tmp_path / "bog.txt"
    plain.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert _claims(word, capsys) == _claims(plain, capsys) == sorted(ITEMS)
