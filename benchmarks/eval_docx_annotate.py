"""Word comments written into real Word files: does every file stay valid and unchanged?

The writer must cope with whatever markup real files hold (fields, content controls,
tracked changes, hyperlinks, footnotes, comments already there, text boxes). This script
takes the real .docx files of three independent public sources (``docx_corpus.json``: the
test files of python-docx, Pandoc and mammoth.js, at pinned commits; the files stay out of
this repository), reads each with the manuscript reader,
and writes a comment over every paragraph the reader located, plus one over three
characters inside each paragraph (so runs are split mid-text); in a footnote or endnote the
comment goes on the note's mark in the body, as ``check --annotate`` puts it. Each file passes when:

- the package is valid: every part well-formed, typed and reachable, comment ids unique,
  each comment with its range start, end and reference (tests/manuscript/wordcheck.py);
- every XML part, comments taken out and split runs joined, equals the original;
- each comment covers the text the reader had at that span (letters and digits compared;
  inside a content control, the whole control);
- with LibreOffice installed: the annotated file converts to the same text as the original,
  and LibreOffice shows as many comments as were written.

Files the reader itself rejects are counted apart (they are the reader's concern).

Usage: python benchmarks/eval_docx_annotate.py --prepare   (extract the files, once)
       python benchmarks/eval_docx_annotate.py [--split dev|heldout|all] [--corpus DIR]
                                               [--no-libreoffice]

The python-docx and Pandoc files were used while the writer was developed (dev); the
mammoth.js files (held out) were run once, after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "manuscript"), str(HERE.parent / "src")]

from lxml import etree  # noqa: E402
from timing import print_table  # noqa: E402
from wordcheck import W, check_package, parts, without_comments  # noqa: E402

COMMENTS = "word/comments.xml"
MANIFEST = HERE / "docx_corpus.json"
DEFAULT_CORPUS = Path(os.environ.get("BLINAREFS_CORPORA", "corpora")) / "docx"
MIRRORS = Path(os.environ.get("BLINAREFS_MIRRORS", ".mirror"))
TARGET = 1.0  # every file valid and unchanged
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def prepare(corpus: Path, manifest_path: Path = MANIFEST) -> None:
    """Extract the manifest's files from the mirrored repositories (``fetch`` them first)."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for source in manifest["sources"]:
        git_dir = MIRRORS / source["repo"].replace("/", "+") / "repo"
        if (git_dir / ".git").is_dir():  # a snapshot that came as a clone with a work tree
            git_dir = git_dir / ".git"
        for path in source["files"]:
            data = subprocess.run(
                ["git", "--git-dir", str(git_dir), "show", f"{source['commit']}:{path}"],
                check=True, capture_output=True,
            ).stdout  # fmt: skip
            out = corpus / source["name"] / path.replace("/", "__")
            want = source.get("sha256", {}).get(out.name)
            if want and hashlib.sha256(data).hexdigest() != want:
                raise SystemExit(f"{source['repo']}:{path}: not the file the manifest names "
                                 f"(SHA-256 differs); fetch the repository again")  # fmt: skip
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
    print(f"extracted into {corpus}")


def _alnum(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.translate(_SUP))


def _covered(root, cid: str) -> str:
    """The text of the runs between a comment's range start and end, as the reader renders
    runs (symbols included, deleted text left out)."""
    from blinarefs.manuscript.wordml import child_text

    out, inside = [], False
    for node in root.iter():
        if node.tag == W + "commentRangeStart" and node.get(W + "id") == cid:
            inside = True
        elif node.tag == W + "commentRangeEnd" and node.get(W + "id") == cid:
            inside = False
        elif inside and node.tag != W + "delText" and node.getparent().tag == W + "r":
            out.append(child_text(node))
    return "".join(out)


def _from_file(doc, start: int, end: int) -> str:
    """The characters of ``doc.text[start:end]`` that come from the file (not the list
    numbers and breaks the reader writes)."""
    return "".join(doc.text[i] for i in range(start, end) if doc.locate(i) is not None)


def _same_paragraph(a, b) -> bool:
    """Findings cover a citation, a sentence or a list item: one paragraph each."""
    return (a.part, a.paragraph) == (b.part, b.paragraph)


def annotate_file(path: Path, out: Path) -> tuple[str, int, str]:
    """(verdict, comments written, detail) for one file."""
    from blinarefs.errors import BlinarefsError
    from blinarefs.manuscript import read_manuscript
    from blinarefs.manuscript.docx_comments import Comment, add_comments, note_reference
    from blinarefs.manuscript.docx_edit import WordPackage

    try:
        doc = read_manuscript(path)
    except BlinarefsError as exc:
        return "reader", 0, str(exc)
    spans = []
    for m in re.finditer(r"[^\n]+", doc.text):
        where = doc.locate_span(m.start(), m.end())
        if where and _alnum(m.group()) and _same_paragraph(*where):
            spans.append((m.start(), m.end(), where))
            if m.end() - m.start() > 8:  # three characters inside: runs split mid-text
                inner = doc.locate_span(m.start() + 2, m.start() + 5)
                if inner and inner[0].paragraph == inner[1].paragraph:
                    spans.append((m.start() + 2, m.start() + 5, inner))
    data = path.read_bytes()
    package = WordPackage.open(data, str(path))
    comments, expected = [], []
    for k, (start, end, (a, b)) in enumerate(spans):
        note = note_reference(package, a)  # as check --annotate does: on the note's mark
        if note is not None:
            a = b = note[0]
        comments.append(Comment(a, b, (f"comment {k}",)))
        expected.append((a.part, "" if note else _alnum(_from_file(doc, start, end))))
    ids = add_comments(package, comments, date="2026-01-01T00:00:00Z")
    new = package.save()
    out.write_bytes(new)
    try:
        after = check_package(new)
    except AssertionError as exc:
        return "invalid", len(ids), f"package: {exc}"
    before = parts(data)
    for name, root in before.items():
        if name in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
            continue
        if name == COMMENTS:  # the comments already there come first, unchanged
            old, new = list(root), list(after[name])[: len(root)]
            if [etree.tostring(c) for c in old] != [etree.tostring(c) for c in new]:
                return "changed", len(ids), name
        elif without_comments(after[name]) != without_comments(root):
            return "changed", len(ids), name
    for cid, (part, want) in zip(ids, expected, strict=True):
        got = _alnum(_covered(after[part], str(cid)))
        if want not in got:  # a content control is covered whole
            return "misplaced", len(ids), f"{part}: {want[:40]!r} != {got[:40]!r}"
    return "ok", len(ids), ""


def _lines(path: Path) -> list[str]:
    """The non-blank lines of a text export, spaces collapsed: LibreOffice puts an empty
    paragraph before a table that opens a document once the file has comments (a
    table-first file without comments gets none), a space at a comment's edge may come out
    as another kind of space, and a comment next to a note's mark leaves a control
    character (U+0005) in the export; those are layout here, not text."""
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", "", path.read_text(encoding="utf-8-sig"))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def libreoffice_check(pairs: list[tuple[Path, Path, int]], work: Path) -> dict[Path, str]:
    """Original and annotated file converted by LibreOffice in three runs (one start each)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return {}
    profile = f"-env:UserInstallation=file://{work}/profile"

    def convert(files: list[Path], to: str, folder: Path) -> None:
        """In batches (one start each); a file a batch missed (LibreOffice stops a batch
        when one file fails) is tried once more on its own."""
        folder.mkdir(parents=True, exist_ok=True)
        suffix = "." + to.split(":")[0]
        for group in [files[i : i + 25] for i in range(0, len(files), 25)] + [[]]:
            if not group:  # the retry round
                group = [f for f in files if not (folder / (f.stem + suffix)).exists()]
                if not group:
                    break
                for f in group:
                    subprocess.run([soffice, "--headless", profile, "--convert-to", to,
                                    "--outdir", str(folder), str(f)],
                                   capture_output=True, timeout=600)  # fmt: skip
                break
            command = [soffice, "--headless", profile, "--convert-to", to, "--outdir", str(folder)]
            subprocess.run([*command, *map(str, group)], capture_output=True, timeout=3600)

    convert([a for a, _, _ in pairs], "txt:Text", work / "orig")
    convert([b for _, b, _ in pairs], "txt:Text", work / "ann")
    convert([b for _, b, _ in pairs], "fodt", work / "flat")
    verdicts = {}
    for original, annotated, count in pairs:
        a = work / "orig" / (original.stem + ".txt")
        b = work / "ann" / (annotated.stem + ".txt")
        flat = work / "flat" / (annotated.stem + ".fodt")
        if not (a.exists() and b.exists() and flat.exists()):
            verdicts[original] = "not converted"
        elif _lines(a) != _lines(b):
            verdicts[original] = "text differs"
        elif flat.read_text(encoding="utf-8").count("<office:annotation ") != count:
            verdicts[original] = "comments differ"
        else:
            verdicts[original] = "ok"
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--prepare", action="store_true", help="extract the files and stop")
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.corpus)
        return 0
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    rows, failures, all_ok, all_n = [], [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for source in manifest["sources"]:
            if args.split not in ("all", source["split"]):
                continue
            folder = args.corpus / source["name"]
            files = sorted(folder.glob("*.docx"))
            for path in files:
                want = source["sha256"][path.name]
                if hashlib.sha256(path.read_bytes()).hexdigest() != want:
                    raise SystemExit(f"{path}: not the file the manifest names (run --prepare)")
            results, pairs = {}, []
            for path in files:
                out = work / f"{source['name']}-{path.stem}-annotated.docx"
                verdict, count, detail = annotate_file(path, out)
                results[path] = (verdict, count, detail)
                if verdict == "ok":  # LibreOffice shows the comments already there too
                    total = len(parts(out.read_bytes()).get(COMMENTS, []))
                    pairs.append((path, out, total))
            lo = {} if args.no_libreoffice else libreoffice_check(pairs, work / source["name"])
            read = [p for p in files if results[p][0] != "reader"]
            ok = [p for p in read if results[p][0] == "ok" and lo.get(p, "ok") == "ok"]
            for p in read:
                if p not in ok:
                    failures.append(f"{source['name']}/{p.name}: {results[p][0]} "
                                    f"{lo.get(p, '')} {results[p][2]}")  # fmt: skip
            comments = sum(results[p][1] for p in read)
            name = f"{source['name']} ({source['split']})"
            ratio = f"{len(ok) / max(1, len(read)):.3f}"
            rows.append([name, len(files), len(files) - len(read), len(read), comments,
                         len(ok), ratio, "yes" if lo else "no"])  # fmt: skip
            all_ok += len(ok)
            all_n += len(read)
    print_table(["source", "files", "reader rejects", "annotated", "comments", "valid+unchanged",
                 "ratio", "LibreOffice"], rows)  # fmt: skip
    for line in failures:
        print("  FAIL", line)
    ratio = all_ok / max(1, all_n)
    verdict = "meets" if ratio >= TARGET else "MISSES the target"
    print(f"all sources: {all_ok}/{all_n} files valid and unchanged ({ratio:.3f}); {verdict}")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
