"""The article the Word benchmark hands to Pandoc (eval_jats_reader._body_only): a
publisher's JATS that names a DTD it never ships keeps its named entities ("&nbsp;",
"&ndash;") unresolved, and Pandoc, which loads no DTD, refuses the whole file ("Invalid XML:
UnresolvedEntityException"), which stopped the benchmark on the first such article. They
are written as the characters they name, as the JATS reader prints them."""

from __future__ import annotations

from pathlib import Path

from eval_jats_reader import _body_only
from lxml import etree

ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD Journal Publishing DTD v3.0//EN" "journalpub.dtd">
<article><front><article-meta><title-group><article-title>Owls</article-title></title-group>
</article-meta></front>
<body><p>Owls hunt at 5&nbsp;m&ndash;10&nbsp;m from voles&rsquo; nests (&chi;<sup>2</sup> test)
<xref ref-type="bibr" rid="r1">1</xref>.</p></body>
<back><ref-list><ref id="r1"><mixed-citation>Roe J. Owls. J Example Med. 2030;1:1-2.
</mixed-citation></ref></ref-list></back></article>
"""


def test_named_entities_are_written_as_their_characters(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_text(ARTICLE, encoding="utf-8")
    body = _body_only(path)
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    root = etree.fromstring(body.encode("utf-8"), parser)  # as Pandoc reads it: no DTD
    assert not [node for node in root.iter() if isinstance(node, etree._Entity)]
    text = "".join(root.find("body").itertext())
    assert "5\u00a0m\u201310\u00a0m from voles\u2019 nests (\u03c72 test)" in text
