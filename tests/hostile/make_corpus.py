"""The hostile-input corpus: malformed BibTeX, reference lists, manuscripts, CSL-JSON and RIS.

Small files are checked in under ``files/`` (run ``python tests/hostile/make_corpus.py`` to
rewrite them; a test checks they match this script). Large ones (a 10 MB title, 100,000
citation markers, 100,000 list numbers) are written at test time by :func:`write_large`.
Every text in here was written for the tests; the one real reference used as a base is the
seed's reference 2 as printed (see ../../references/commentary.txt).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"

REF = (
    "Kantarjian H, Stein A, Gökbuget N, et al. Blinatumomab versus chemotherapy for advanced "
    "acute lymphoblastic leukemia. N Engl J Med. 2017;376(9):836-847."
)
GOOD_ENTRY = "@article{ok2021, title = {A readable entry}, year = {2021}}\n"


def _u(text: str) -> bytes:
    return text.encode("utf-8")


SMALL: dict[str, bytes] = {
    # -- BibTeX ------------------------------------------------------------------------------
    "bib/unbalanced-open-brace.bib": _u(
        "@article{a, title = {Never closed, year = {2020}}\n\n" + GOOD_ENTRY
    ),
    "bib/unbalanced-close-brace.bib": _u(
        "@article{a, title = {Closed twice}}}, year = {2020}}\n}}}}\n" + GOOD_ENTRY
    ),
    "bib/unterminated-string.bib": _u(
        '@article{a, title = "Never closed, year = 2020}\n\n' + GOOD_ENTRY
    ),
    "bib/string-loop.bib": _u(
        "@string{a = b}\n@string{b = a}\n@string{c = c # c}\n"
        "@article{loop, title = a, journal = c, year = {2020}}\n"
    ),
    "bib/string-undefined.bib": _u("@article{u, title = nosuchmacro # {x}, year = 2020}\n"),
    "bib/duplicate-keys.bib": _u(
        "@article{dup, title = {First}, year = {2020}}\n"
        "@article{dup, title = {Second}, year = {2021}}\n"
        "@book{DUP, title = {Third, by case}, year = {2022}}\n"
    ),
    "bib/duplicate-fields.bib": _u("@article{f, title = {One}, title = {Two}, year = {2020}}\n"),
    "bib/nul-byte.bib": b"@article{n, title = {Bad\x00byte}, year = {2020}}\n",
    "bib/latin1.bib": "@article{g, author = {Gökbuget, N.}, title = {Café}, year = 2017}\n".encode(
        "latin-1"
    ),
    "bib/mixed-encodings.bib": _u("@article{u, author = {Gökbuget, N.}, year = {2017}}\n")
    + "@article{l, author = {Gökbuget, N.}, year = {2018}}\n".encode("latin-1"),
    "bib/utf16.bib": "@article{w, title = {Wide}, year = {2020}}\n".encode("utf-16"),
    "bib/utf8-bom.bib": b"\xef\xbb\xbf" + _u(GOOD_ENTRY),
    "bib/empty.bib": b"",
    "bib/only-comments.bib": _u("% nothing but comments\n@comment{still nothing}\n"),
    "bib/binary-garbage.bib": bytes(range(128, 256)) * 8,
    "bib/at-signs.bib": _u("@\n@@@@\n@article\n@article{\n@{}\n@article{,}\n"),
    "bib/odd-keys.bib": _u(
        "@article{key with spaces, title = {x}, year = 2020}\n"
        "@article{../../escape, title = {Path in a key}, year = 2020}\n"
        "@article{ü-ñ, title = {Non-ASCII key}, year = 2020}\n"
        "@article{, title = {No key}, year = 2020}\n"
    ),
    "bib/bad-values.bib": _u(
        "@article{v, author = {and and and}, editor = {others}, title = {{}}, year = {99999999999"
        "999999999}, month = {13}, day = {45}, date = {2020-13-45}, pages = {--},"
        " volume = {}, number = {-1}, doi = {not a doi}, pmid = {12a}, crossref = {v}}\n"
        '@article{w, author = {,,, , }, title = {$$$$ \\\\\\\\ {\\"} \\def\\a{\\a}\\a},'
        " year = {-5}, pages = {99999999999999999999-1}}\n"
        "@article{x, author = {{}}, title = {\\input{/etc/passwd}}, year = {2020}}\n"
    ),
    "bib/crlf-and-cr.bib": b"@article{c, title = {CRLF},\r\n year = {2020}}\r\n"
    b"@article{d, title = {CR only},\r year = {2021}}\r",
    "bib/control-characters.bib": _u(
        "@article{k, title = {Tab\tform\ffeed\x0bvertical\x1cfile\u2028line\u2029para},"
        " year = {2020}}\n"
    ),
    "bib/not-bibtex.bib": _u("This is a plain sentence, not BibTeX at all.\n"),
    # -- reference lists and manuscripts -----------------------------------------------------
    "txt/empty.txt": b"",
    "txt/whitespace.txt": b" \n\t\n\r\n   \n",
    "txt/prose-only.txt": _u("A paragraph written for the tests, with no reference list.\n"),
    "txt/numbers-only.txt": _u("1.\n2.\n3.\n4.\n"),
    "txt/gaps-and-repeats.txt": _u(
        f"1. {REF}\n1. {REF}\n2. {REF}\n5. {REF}\n3. Not a reference at all\n"
    ),
    "txt/fragments.txt": _u(
        "1. et al.\n2. In:\n3. doi:\n4. PMID:\n5. Published online\n6. Epub ahead of print\n"
        "7. ; : ( ) - .\n8. 2017;376(9):836-847.\n9. Smith J. 2020.\n10. .\n"
    ),
    "txt/nul-byte.txt": _u(f"1. {REF}\n").replace(b"Blinatumomab", b"Blin\x00atumomab"),
    "txt/latin1.txt": f"1. {REF}\n".encode("latin-1"),
    "txt/utf16.txt": f"1. {REF}\n".encode("utf-16"),
    "txt/binary-garbage.txt": bytes(range(128, 256)) * 8,
    "txt/cr-line-endings.txt": _u(f"References\r1. {REF}\r2. {REF}\r"),
    "txt/headings-only.txt": _u("References\n" * 200),
    "txt/bidi-and-zero-width.txt": _u(f"1. \u202e{REF}\u200b\n2. \ufeff{REF}\n"),
    "txt/regex-bait.txt": _u(
        "1. " + "A, " * 2000 + "et al. " + "Title. " * 500 + "Journal. 2020;1(1):1-2.\n"
        "2. " + "(" * 3000 + "2020" + ")" * 3000 + "\n"
        "3. " + "1;" * 3000 + "\n"
        "4. " + "Publisher; " * 1000 + "2020.\n"
    ),
    # -- CSL-JSON and RIS with wrong types ---------------------------------------------------
    "json/wrong-types.json": _u(
        json.dumps(
            [
                {"id": 1, "type": 7, "title": ["a", "list"], "author": "Smith J"},
                {"id": "b", "author": [{"family": ["x"]}, "not a name", 3], "issued": "2020"},
                {"id": "c", "issued": {"date-parts": "2020"}, "volume": {"v": 1}},
                {"id": "d", "custom": {"number": [1], "provenance": [1, 2], "bibtex": [1]}},
                {"id": "e", "custom": {"locked": 5, "author-truncated": "yes"}},
                {"type": "article-journal", "title": "no id"},
                None,
                "a string",
            ]
        )
    ),
    "json/not-a-list.json": _u('{"items": "nope"}'),
    "json/truncated.json": _u('[{"id": "a", "title": "cut off'),
    "json/deep-nesting.json": _u("[" * 5000 + "]" * 5000),
    "ris/wrong-types.ris": _u(
        "TY  - NOTATYPE\nAU  - \nPY  - not a year\nSP  - abc\nEP  - \nER  - \n"
        "TY  - JOUR\nT1  - No end record\nPY  - 99999\n"
    ),
    "ris/no-tags.ris": _u("just text\nwith lines\n"),
}


def write_small(folder: Path = FILES) -> list[Path]:
    paths = []
    for name, data in SMALL.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def write_large(folder: Path) -> list[Path]:
    """The heavy files, made at test time: 10 MB at most (the BibTeX title; a reference list
    item of 2 MB)."""
    folder.mkdir(parents=True, exist_ok=True)
    title = "word " * 2_000_000  # 10 MB
    files = {
        "huge-title.bib": _u(f"@article{{big, title = {{{title}}}, year = 2020}}\n{GOOD_ENTRY}"),
        "deep-braces.bib": _u("@article{deep, title = " + "{" * 50_000 + "}" * 50_000 + "}\n"),
        "many-entries.bib": _u(
            "".join(f"@article{{k{i}, title = {{T {i}}}, year = 2020}}\n" for i in range(2_000))
        ),
        "huge-reference.txt": _u(f"1. Smith J. {title[:2_000_000]}. J Test. 2020;1:1.\n2. {REF}\n"),
        "markers-30000.txt": _u(
            "Written for the tests: a body citing its references 30,000 times.\n"
            + " ".join(f"Claim {i} [{i % 50 + 1}]." for i in range(30_000))
            + "\n\nReferences\n"
            + "".join(f"{n}. {REF}\n" for n in range(1, 51))
        ),
        # every empty item becomes an entry (no reference is lost), so this is a build of
        # 2,000 entries; bench_store.py measures 100,000, bench_trace.py 100,000 markers
        "list-numbers-2000.txt": _u("".join(f"{n}.\n" for n in range(1, 2_001))),
        "ones-30000.txt": _u("1. x\n" * 30_000),
        "bare-numbers-30000.txt": _u(".\n1\nA\n" * 30_000),
    }
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    written = write_small(Path(sys.argv[1]) if len(sys.argv) > 1 else FILES)
    print(f"{len(written)} files written")
