"""An independent CSL processor agrees: Pandoc's citeproc (from pypandoc-binary), given the
same CSL-JSON (``Reference.to_csl(custom=False)``, before any blinarefs workaround) and the
same style, prints the same text as blinarefs. One Pandoc run per style.

Left out: author lists cut by the source ("et al" with unknown names), which CSL-JSON cannot
express (blinarefs keeps the fact outside CSL-JSON).
"""

from __future__ import annotations

import json

import pytest

from blinarefs.embedded import styles_dir
from blinarefs.format import format_bibliography
from pandocrun import run_pandoc


def _pandoc(items: list[dict], style: str, tmp_path) -> list[str]:
    path = tmp_path / f"{style}.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    keys = ", ".join(f"@{item['id']}" for item in items)
    stdout = run_pandoc(
        "--citeproc",
        "--csl",
        str(styles_dir() / f"{style}.csl"),
        "--bibliography",
        str(path),
        "--from",
        "markdown",
        "--to",
        "plain",
        "--wrap=none",
        input=f"---\nnocite: |\n  {keys}\n---\n",
    )
    return [line for line in stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("style", ["blood", "vancouver"])
def test_pandoc_citeproc_agrees(cases, merged_refs, style, tmp_path):
    refs = [r for r in [*cases.values(), *merged_refs] if not r.author_truncated]
    assert len(refs) >= 15
    ours = format_bibliography(refs, style)
    theirs = _pandoc([r.to_csl(custom=False) for r in refs], style, tmp_path)
    assert theirs == ours
