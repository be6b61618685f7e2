"""Hostile input: every command, on every file of the corpus, ends with a one-line error or a
result; never a traceback, a crash or a hang.

The corpus is ``hostile/files/`` (small, checked in, made by ``hostile/make_corpus.py``) plus
heavy files the same script writes at test time (a 10 MB title, 100,000 citation markers,
100,000 list numbers...). Commands are taken from ``blinarefs.cli.COMMANDS``: every command
with a positional file argument is run, so commands added later are covered without
touching this file. Heavy files run once each, through ``build`` (which runs every stage)
for texts and through the commands that read a store for .bib files.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import shutil
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from blinarefs import cli
from blinarefs.errors import StoreError
from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.store import Store
from conftest import run_cli
from hostile.make_corpus import FILES, SMALL, write_large, write_small

TIMEOUT = 60  # seconds; the heaviest file takes a few on a 2-core machine
# The heavy files are judged by CPU time, which other jobs on the machine do not inflate;
# the wall-clock limit only catches a command that waits forever.
CPU_LIMIT, WALL_LIMIT = 60, 600
# Any network access a command attempts goes to a closed local port and fails at once.
NO_NETWORK = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}


@dataclass(frozen=True)
class Command:
    name: str
    positionals: tuple[str, ...]  # metavars, in order
    options: frozenset[str]

    def argv(self, path: Path, workdir: Path) -> list[str]:
        args = [self.name, str(path)]
        if "--offline" in self.options:
            args.append("--offline")
        for flag in ("--outdir", "--output", "-o"):
            if flag in self.options:
                args += [flag, str(workdir / "out")]
                break
        return args

    def reads_store(self) -> bool:
        return bool(re.search(r"BIB|STORE", self.positionals[0]))


def file_commands() -> list[Command]:
    """Every command of the CLI that takes a file as its first positional argument."""
    out = []
    for name in cli.COMMANDS:
        module = importlib.import_module(f"blinarefs.commands.{cli._MODULES.get(name, name)}")
        parser = cli._command_parser(name, module)
        positionals = tuple(
            (a.metavar or a.dest).upper() for a in parser._actions if not a.option_strings
        )
        options = frozenset(o for a in parser._actions for o in a.option_strings)
        if positionals:
            out.append(Command(name, positionals, options))
    return out


COMMANDS = file_commands()


def run_one(command: Command, source: Path, workdir: Path) -> str | None:
    """Run ``command`` on a copy of ``source``; a description of what went wrong, or None."""
    workdir.mkdir(parents=True)
    path = workdir / source.name
    shutil.copyfile(source, path)  # commands that write in place must not touch the corpus
    env = {**NO_NETWORK, "HOME": str(workdir), "XDG_CACHE_HOME": str(workdir / "cache")}
    where = f"blinarefs {command.name} {source.parent.name}/{source.name}"
    try:
        result = run_cli(*command.argv(path, workdir), env=env, cwd=workdir,
                         timeout=WALL_LIMIT, cpu_seconds=CPU_LIMIT)  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"{where}: still running after {WALL_LIMIT} s"
    if result.returncode == -signal.SIGXCPU:
        return f"{where}: stopped after {CPU_LIMIT} s of CPU time"
    if "Traceback" in result.stderr:
        return f"{where}: traceback\n{result.stderr[-2000:]}"
    if result.returncode not in (0, 1, 2):
        return f"{where}: exit code {result.returncode}\n{result.stderr[-500:]}"
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith(f"blinarefs {command.name}")]
    if len(errors) > 1 or any(len(e) > 1000 for e in errors):
        return f"{where}: the error is not one line: {errors!r:.500}"
    if result.returncode == 2 and not errors and "usage:" not in result.stderr:
        return f"{where}: exit code 2 without a message"
    return None


def run_in_process(command: Command, source: Path, workdir: Path, monkeypatch) -> str | None:
    """As ``run_one``, but calling the CLI's ``main`` in this process: the small files are
    many (every file times every command) and a subprocess each would cost a Python start-up
    each. An exception escaping ``main`` is what a user would see as a traceback."""
    workdir.mkdir(parents=True)
    path = workdir / source.name
    shutil.copyfile(source, path)
    where = f"blinarefs {command.name} {source.parent.name}/{source.name}"
    out, err = io.StringIO(), io.StringIO()
    with monkeypatch.context() as m:
        m.chdir(workdir)
        for name, value in {**NO_NETWORK, "HOME": str(workdir)}.items():
            m.setenv(name, value)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(command.argv(path, workdir))
        except SystemExit as exc:  # argparse: --help or a usage error
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:
            return f"{where}: {type(exc).__name__} escaped: {exc}"
    stderr = err.getvalue()
    if code not in (0, 1, 2):
        return f"{where}: exit code {code}\n{stderr[-500:]}"
    errors = [ln for ln in stderr.splitlines() if ln.startswith(f"blinarefs {command.name}")]
    if len(errors) > 1 or any(len(e) > 1000 for e in errors):
        return f"{where}: the error is not one line: {errors!r:.500}"
    if code == 2 and not errors and "usage:" not in stderr:
        return f"{where}: exit code 2 without a message"
    return None


def run_all(jobs: list[tuple[Command, Path]], root: Path) -> list[str]:
    with ThreadPoolExecutor(max_workers=4) as pool:  # the runs wait on disk as well as CPU
        results = pool.map(
            lambda job: run_one(job[1][0], job[1][1], root / f"{job[0]}-{job[1][0].name}"),
            enumerate(jobs),
        )
        return [r for r in results if r]


def small_files() -> list[Path]:
    return sorted(FILES / name for name in SMALL)


def test_the_checked_in_corpus_is_what_the_script_makes(tmp_path):
    write_small(tmp_path)
    for name, data in SMALL.items():
        assert (FILES / name).read_bytes() == data, f"{name}: run tests/hostile/make_corpus.py"
    assert sorted(p.relative_to(FILES).as_posix() for p in FILES.rglob("*.*")) == sorted(SMALL)


def test_commands_with_a_file_argument_are_found():
    names = {c.name for c in COMMANDS}
    assert {"parse", "validate", "build"} <= names


def test_every_command_on_every_small_file(tmp_path, monkeypatch):
    failures = [
        run_in_process(command, path, tmp_path / f"{n}-{command.name}", monkeypatch)
        for n, (command, path) in enumerate(
            (command, path) for path in small_files() for command in COMMANDS
        )
    ]
    assert [f for f in failures if f] == []


@pytest.fixture(scope="module")
def heavy_files(tmp_path_factory) -> list[Path]:
    return write_large(tmp_path_factory.mktemp("heavy"))


def test_heavy_files_once_each(heavy_files, tmp_path):
    build = [c for c in COMMANDS if c.name == "build"]
    store_readers = [c for c in COMMANDS if c.reads_store()]
    jobs = []
    for path in heavy_files:
        for command in store_readers if path.suffix == ".bib" else build:
            jobs.append((command, path))
    assert len(jobs) >= len(heavy_files)
    assert run_all(jobs, tmp_path) == []


# -- what the library makes of each file: correct results, nothing lost -----------------------


@pytest.mark.parametrize("name", [n for n in SMALL if n.endswith(".bib")])
def test_every_bib_file_loads_or_is_refused_and_saves_byte_identical(name, tmp_path):
    path = tmp_path / "lib.bib"
    path.write_bytes(SMALL[name])
    try:
        store = Store.load(path)
    except StoreError as exc:
        assert "lib.bib" in str(exc) and "\n" not in str(exc)
        return
    store.save()
    assert path.read_bytes() == SMALL[name]


@pytest.mark.parametrize("name", [n for n in SMALL if not n.endswith(".bib")])
def test_every_text_parses_without_dropping_anything(name):
    text = SMALL[name].decode("utf-8", errors="replace")
    parsed = parse_reference_list(text)
    if parsed.section:
        assert len(parsed.references) + len(parsed.failures) == len(parsed.section.items)


def test_specific_bib_problems_are_reported_with_their_lines(tmp_path):
    def load(name: str) -> Store:
        path = tmp_path / name.split("/")[-1]
        path.write_bytes(SMALL[name])
        return Store.load(path)

    dup = load("bib/duplicate-keys.bib")
    assert ("duplicate-key", 2) in {(p.code, p.line) for p in dup.problems}
    assert "case-duplicate-key" in {p.code for p in dup.problems}
    broken = load("bib/unbalanced-open-brace.bib")
    assert "ok2021" in broken  # the entry after the broken one survives
    latin = load("bib/latin1.bib")
    assert latin["g"].author[0].family == "Gökbuget"
    assert [p.code for p in latin.problems] == ["not-utf8"]
    assert load("bib/utf16.bib")["w"].title == "Wide"
    assert len(load("bib/string-loop.bib")) == 1
    assert [p.code for p in load("bib/not-bibtex.bib").problems] == ["no-entries"]
    assert load("bib/only-comments.bib").problems == []
    with pytest.raises(StoreError, match=r"nul-byte\.bib:1: .*NUL"):
        load("bib/nul-byte.bib")


def test_wide_unicode_texts_are_read_not_refused():
    from blinarefs.fsio import read_text

    path = FILES / "txt" / "utf16.txt"
    parsed = parse_reference_list(read_text(path))
    assert [r.author[2].family for r in parsed.references] == ["Gökbuget"]


def test_csl_json_with_wrong_types_gives_value_errors():
    items = json.loads(SMALL["json/wrong-types.json"])
    outcomes = []
    for item in items:
        try:
            outcomes.append(type(Reference.from_csl(item)).__name__)
        except ValueError:
            outcomes.append("ValueError")
    assert outcomes.count("ValueError") >= 6
    assert set(outcomes) <= {"Reference", "ValueError"}


def test_a_nul_byte_is_one_line_naming_the_file(tmp_path):
    shutil.copyfile(FILES / "bib" / "nul-byte.bib", tmp_path / "x.bib")
    result = run_cli("validate", str(tmp_path / "x.bib"), timeout=TIMEOUT)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "x.bib:1:" in result.stderr
    assert "(give the .bib file" in result.stderr  # and what to do


@pytest.mark.parametrize("command", ["parse", "import"])
def test_a_pdf_with_no_nul_byte_is_one_line_not_junk_references(tmp_path, command):
    # a made-up PDF whose streams are all text: without a look at its first bytes it was
    # read as a reference list and gave an entry a "line"
    pdf = tmp_path / "refs.txt"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n1. Roe J. A title. 2030.\n")
    result = run_cli(command, str(pdf), "-o", str(tmp_path / "out.bib"), timeout=TIMEOUT)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "refs.txt: a PDF" in result.stderr
    assert not (tmp_path / "out.bib").exists()


def test_a_reference_list_given_as_the_store_is_told_how_to_read_it(tmp_path, capsys):
    # `blinarefs format paper.txt` (a manuscript, not a .bib) said only "check that this is
    # the .bib file you meant", and exported or formatted nothing
    from blinarefs.cli import main

    paper = tmp_path / "paper.txt"
    paper.write_text("Iron helps [1].\n\nReferences\n1. Roe A. Iron. Blood. 2030;1:1-2.\n")
    main(["format", str(paper)])
    err = capsys.readouterr().err
    assert f"blinarefs parse {paper} -o refs.bib" in err
    assert f"format --manuscript {paper}" in err
