"""Reading an article in its translation: SciELO prints a Portuguese article's English text as
``<sub-article article-type="translation" xml:lang="en">``, whose markers cite the parent's
reference list (the articles and people here are made up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora.jats_truth import markers

from benchmarks_corpora.test_jats_truth import refs, x

HEAD = '<article xmlns:xlink="http://www.w3.org/1999/xlink" xml:lang="pt"><front><article-meta/>'


def bilingual(tmp_path: Path) -> Path:
    """A Portuguese article with English and Spanish translations, three references."""
    sub = (
        '<sub-article article-type="translation" id="s{n}" xml:lang="{lang}"><front-stub/>'
        "<body><sec><title>{title}</title><p>{text}</p></sec></body></sub-article>"
    )
    english = sub.format(
        n=1, lang="en", title="Introduction",
        text=f"Springfield nurses report fatigue{x(1)}. Roe found more in Examplia{x(2)},{x(3)}.",
    )  # fmt: skip
    spanish = sub.format(
        n=2, lang="es", title="Introducción", text=f"Las enfermeras de Springfield{x(3)}."
    )
    body = f"<sec><title>Introdução</title><p>As enfermeiras de Springfield{x(1)}.</p></sec>"
    path = tmp_path / "roe.xml"
    path.write_text(
        f"{HEAD}</front><body>{body}</body><back><ref-list>{refs(3)}</ref-list></back>"
        f"{english}{spanish}</article>",
        encoding="utf-8",
    )
    return path


def test_a_translation_is_read_as_the_article_citing_the_parents_list(tmp_path: Path) -> None:
    art = markers(bilingual(tmp_path), lang="en")
    text = art.printed.text
    assert text.startswith("Introduction\n\nSpringfield nurses report fatigue")
    assert "enfermeiras" not in text and "Las enfermeras" not in text
    assert [(text[m.start : m.end], m.numbers) for m in art.printed.markers] == [
        ("1", (1,)),
        ("2,3", (2, 3)),
    ]
    spanish = markers(bilingual(tmp_path), lang="es").printed
    assert [m.numbers for m in spanish.markers] == [(3,)]


def test_without_a_language_the_main_body_is_read_as_before(tmp_path: Path) -> None:
    # the guard: sub-articles stay skipped unless a translation is asked for
    art = markers(bilingual(tmp_path))
    assert art.printed.text.startswith("Introdução\n\nAs enfermeiras de Springfield")
    assert "nurses" not in art.printed.text
    assert [m.numbers for m in art.printed.markers] == [(1,)]


def test_a_language_the_article_is_not_translated_into_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no translation sub-article in 'fr'"):
        markers(bilingual(tmp_path), lang="fr")


def test_a_fresh_set_names_the_language_its_articles_were_read_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bench_claims

    row = "# {0}\t{1}\tflags+links\t/tmp/x/{0}.xml\trecipe.py\tPress\tJournal\tCC BY 4.0"
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        "\n".join((row.format("roe", "tune") + "\ten", row.format("doe", "kept") + "\ten", "")),
        encoding="utf-8",
    )
    old = tmp_path / "old.tsv"
    old.write_text(row.format("roe", "tune") + "\n", encoding="utf-8")
    monkeypatch.setitem(bench_claims.FRESH, "98", judged)
    monkeypatch.setitem(bench_claims.FRESH, "99", old)
    assert bench_claims.fresh("kept", "98") == (["/tmp/x/doe.xml"], set(), "en")
    assert bench_claims.fresh("all", "99") == (["/tmp/x/roe.xml"], set(), None)
