"""Security of what exists: no shell is ever run with user data, and the store writes nowhere
but the file it was given (watched with Python's audit hooks, so every open, rename and
delete of the process is seen, whatever module does it)."""

from __future__ import annotations

import ast
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from blinarefs.cli import main
from blinarefs.errors import BlinarefsError
from blinarefs.store import Store
from conftest import ROOT

SRC = ROOT / "src" / "blinarefs"

# -- no shell --------------------------------------------------------------------------------

SHELL_CALLS = {
    ("os", "system"), ("os", "popen"), ("os", "execl"), ("os", "execlp"), ("os", "execle"),
    ("os", "execlpe"), ("os", "spawnl"), ("os", "spawnlp"), ("os", "spawnle"),
    ("os", "spawnlpe"), ("subprocess", "getoutput"), ("subprocess", "getstatusoutput"),
    ("pty", "spawn"), ("pickle", "loads"), ("pickle", "load"), ("marshal", "loads"),
}  # fmt: skip
RUNNERS = {"run", "Popen", "call", "check_call", "check_output"}


def shell_problems(source: str, filename: str = "<src>") -> list[str]:
    """Calls that run a shell, or a command given as one string, or that evaluate text."""
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            (func.value.id, func.attr)
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            else ("", func.id)
            if isinstance(func, ast.Name)
            else None
        )
        where = f"{filename}:{node.lineno}"
        if name in SHELL_CALLS:
            problems.append(f"{where}: {'.'.join(name)}() runs a shell or loads code")
        if name and name[1] in ("eval", "exec") and name[0] in ("", "builtins"):
            problems.append(f"{where}: {name[1]}() evaluates text")
        for kw in node.keywords:
            if kw.arg == "shell" and not (
                isinstance(kw.value, ast.Constant) and kw.value.value is False
            ):
                problems.append(f"{where}: shell= must be False")
        if name and name[1] in RUNNERS and node.args:
            command = node.args[0]
            if isinstance(command, ast.Constant | ast.JoinedStr | ast.BinOp) or (
                isinstance(command, ast.Call) and getattr(command.func, "attr", "") == "format"
            ):
                problems.append(f"{where}: the command must be a list of arguments, not a string")
    return problems


def test_the_source_runs_no_shell():
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        problems += shell_problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert problems == []


@pytest.mark.parametrize(
    "snippet",
    [
        "import os\nos.system('pandoc ' + name)",
        "import subprocess\nsubprocess.run(cmd, shell=True)",
        "import subprocess\nsubprocess.run(f'pandoc {name}')",
        "import subprocess\nsubprocess.check_output('pandoc {}'.format(name))",
        "import os\nos.popen(name)",
        "eval(text)",
        "import pickle\npickle.loads(data)",
    ],
)
def test_the_check_catches_each_kind_of_shell_use(snippet):
    assert shell_problems(snippet)


def test_the_check_allows_an_argument_list():
    assert shell_problems("import subprocess\nsubprocess.run(['pandoc', name], check=True)") == []


# -- the store writes only its own file ------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_CHANGES = ("os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.truncate")
_WATCH: dict[str, list[tuple[str, str]] | None] = {"seen": None}


def _audit(event: str, args: tuple) -> None:
    seen = _WATCH["seen"]
    if seen is None:
        return
    try:
        if event == "open":
            path, mode, flags = args
            if path is None or isinstance(path, int):
                return
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            seen.append(("write" if writes else "read", os.fsdecode(path)))
        elif event in ("os.rename", "os.replace"):
            seen.extend([("write", os.fsdecode(args[0])), ("write", os.fsdecode(args[1]))])
        elif event in _CHANGES and not isinstance(args[0], int):
            seen.append(("write", os.fsdecode(args[0])))
    except Exception as exc:  # a hook must never raise; record what it could not read
        seen.append(("write", f"<audit hook failed on {event}: {exc}>"))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one is idle unless watching


@contextmanager
def watch() -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []
    _WATCH["seen"] = seen
    try:
        yield seen
    finally:
        _WATCH["seen"] = None


def _outside(paths: list[tuple[str, str]], kind: str, allowed) -> list[str]:
    return [p for k, p in paths if k == kind and not allowed(Path(p).resolve())]


HOSTILE_BIB = r"""% written for the tests
@article{../../../escape, title = {\input{/etc/passwd} and \include{/etc/hostname}},
  author = {Smith, J.}, year = {2020}, file = {/etc/passwd}}
@article{/tmp/absolute, title = {Absolute key}, year = {2021}}
@misc{ok, title = {Fine}, year = {2022}}
"""


def test_a_store_reads_and_writes_only_its_own_file(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "lib.bib"
    path.write_text(HOSTILE_BIB, encoding="utf-8")
    Store.loads(HOSTILE_BIB).dumps(ascii=True)  # import everything before watching
    with watch() as seen:
        store = Store.load(path)
        store.put(store["ok"].with_fields(note="changed"))
        store.save()
        store.save(ascii=True)
    assert any(kind == "write" and p.endswith("lib.bib") for kind, p in seen)
    own = path.resolve()
    allowed = lambda p: p in (own, own.parent) or _is_temporary(p, own)  # noqa: E731
    assert _outside(seen, "write", allowed) == []  # the folder: made if missing
    assert _outside(seen, "read", lambda p: p == own or p.suffix in (".py", ".pyc", ".so")) == []
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["lib.bib", "library"]


def _is_temporary(p: Path, own: Path) -> bool:
    return p.parent == own.parent and p.name.startswith(f".{own.name}.") and p.suffix == ".tmp"


def test_a_symlinked_store_is_written_through_to_its_target(tmp_path):
    """Saving to a path that is a symlink updates the file it points to and keeps the link:
    replacing the link left the real store silently behind (issue 18)."""
    elsewhere = tmp_path / "elsewhere.bib"
    elsewhere.write_text(HOSTILE_BIB, encoding="utf-8")
    link = tmp_path / "store" / "lib.bib"
    link.parent.mkdir()
    link.symlink_to(elsewhere)
    store = Store.load(link)
    store.put(store["ok"].with_fields(note="changed"))
    store.save()
    assert link.is_symlink() and link.resolve() == elsewhere.resolve()
    assert "changed" in elsewhere.read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "store").iterdir()) == ["lib.bib"]


def test_a_dangling_symlink_is_refused(tmp_path):
    """A link to nowhere is not followed into making a file wherever it points."""
    link = tmp_path / "lib.bib"
    link.symlink_to(tmp_path / "missing" / "target.bib")
    with pytest.raises(BlinarefsError, match=r"link to .*which does not exist"):
        Store.from_references([]).save(link)
    assert not (tmp_path / "missing").exists()


def test_build_writes_only_into_its_output_folder(tmp_path, capsys):
    """The foundation's stages (parse, store, validate) write into OUTDIR and nowhere else.
    Later stages are skipped here: they may keep caches of their own."""
    from blinarefs.pipeline import STAGES

    manuscript = tmp_path / "paper.txt"
    manuscript.write_text(
        "Written for the tests.\n\nReferences\n1. Kantarjian H, Stein A, Gökbuget N, et al. "
        "Blinatumomab versus chemotherapy for advanced acute lymphoblastic leukemia. "
        "N Engl J Med. 2017;376(9):836-847.\n",
        encoding="utf-8",
    )
    outdir = tmp_path / "out"
    skip = [arg for name, _ in STAGES if name not in ("parse", "store", "validate")
            for arg in ("--skip", name)]  # fmt: skip
    main(["build", str(manuscript), "-o", str(outdir), "-q", *skip])  # imports, first run
    with watch() as seen:
        assert main(["build", str(manuscript), "-o", str(outdir), "-q", *skip]) in (0, 1)
    capsys.readouterr()
    inside = outdir.resolve()
    assert _outside(seen, "write", lambda p: p.is_relative_to(inside)) == []
    assert [p.name for p in outdir.iterdir()] == ["references.bib"]
