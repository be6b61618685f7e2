"""Nothing lost between writers: the store lock, change detection, symlinks and file modes
(issue 18). The records below are made-up test texts, not real works."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from blinarefs.cli import main
from blinarefs.errors import StoreError
from blinarefs.fsio import store_lock
from blinarefs.model import Reference
from blinarefs.store import Store
from conftest import ROOT

HAND_WRITTEN = "@misc{handwritten, title = {Kept by hand}, year = {2020}}\n"


def _ris(surname: str, title: str) -> str:
    return f"TY  - JOUR\nAU  - {surname}, Alpha\nTI  - {title}\nPY  - 2001\nER  - \n"


def _import(ris, store) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "blinarefs", "import", str(ris), "--merge", str(store), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_writer_waits_for_the_lock_and_nothing_is_lost(tmp_path):
    """Another writer holds the lock while it reads, changes and saves the store; an import
    started meanwhile waits, then reads the new file: both additions survive. Without the
    lock the import saved at once and the other writer's save dropped its entry."""
    store_path = tmp_path / "refs.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    ris = tmp_path / "one.ris"
    ris.write_text(_ris("Lockwaiter", "An imported record made up for the lock test"))
    with store_lock(store_path):
        store = Store.load(store_path)
        child = _import(ris, store_path)
        time.sleep(1.5)  # long enough for an unlocked import to finish
        assert child.poll() is None, "the import did not wait for the lock"
        store.put(Reference(id="holder2001", title="Added by the holder", issued=(2001,)))
        store.save()
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    keys = Store.load(store_path).keys()
    assert "handwritten" in keys and "holder2001" in keys
    assert any(k.startswith("lockwaiter") for k in keys), keys
    assert not (tmp_path / ".refs.bib.lock").exists()


def test_two_concurrent_imports_both_land(tmp_path):
    store_path = tmp_path / "refs.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    children = []
    for name in ("Firstrunner", "Secondrunner"):
        ris = tmp_path / f"{name}.ris"
        ris.write_text(_ris(name, f"A record by {name} made up for a concurrency test"))
        children.append(_import(ris, store_path))
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    keys = Store.load(store_path).keys()
    assert {k[:9] for k in keys} >= {"handwritt", "firstrunn", "secondrun"}, keys


def test_a_lock_held_too_long_is_named_in_one_line(tmp_path):
    store_path = tmp_path / "refs.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    with store_lock(store_path), pytest.raises(StoreError) as exc, store_lock(store_path, wait=0.2):
        pass
    assert f"process {os.getpid()}" in str(exc.value) and "\n" not in str(exc.value)


def test_a_store_changed_on_disk_is_not_overwritten(tmp_path):
    """An entry appended by hand while a command works on the store is kept: the save
    stops and says so (it used to write the command's copy over it)."""
    store_path = tmp_path / "refs.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    store = Store.load(store_path)
    store.put(store["handwritten"].with_fields(note="from the command"))
    time.sleep(0.01)
    with store_path.open("a", encoding="utf-8") as handle:
        handle.write("@misc{appended, title = {Appended meanwhile}, year = {2021}}\n")
    with pytest.raises(StoreError, match="changed on disk"):
        store.save()
    assert "appended" in Store.load(store_path)


def test_a_store_saves_again_after_its_own_save(tmp_path):
    store_path = tmp_path / "refs.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    store = Store.load(store_path)
    for note in ("one", "two"):  # enrich saves batch after batch
        store.put(store["handwritten"].with_fields(note=note))
        store.save()
    assert Store.load(store_path)["handwritten"].note == "two"


def test_parse_does_not_replace_a_store_it_did_not_read(tmp_path, capsys):
    reflist = tmp_path / "refs.txt"
    reflist.write_text(
        "1. Madeup A, Invented B. A title made up for a test. J Test. 2020;1(2):3-4.\n",
        encoding="utf-8",
    )
    store_path = tmp_path / "store.bib"
    store_path.write_text(HAND_WRITTEN, encoding="utf-8")
    assert main(["parse", str(reflist), "-o", str(store_path)]) == 2  # usage, as for export
    assert "--force" in capsys.readouterr().err
    assert store_path.read_text(encoding="utf-8") == HAND_WRITTEN
    assert main(["parse", str(reflist), "-o", str(store_path), "--force"]) == 0
    assert "handwritten" not in Store.load(store_path)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path, umask, mode):
    """Exports and new stores are as readable as the user's umask says (they were 0600)."""
    old = os.umask(umask)
    try:
        Store.loads(HAND_WRITTEN).save(tmp_path / "new.bib")
        assert (
            main(
                ["export", str(tmp_path / "new.bib"), "--to", "ris", "-o", str(tmp_path / "x.ris")]
            )
            == 0
        )
    finally:
        os.umask(old)
    assert (tmp_path / "new.bib").stat().st_mode & 0o777 == mode
    assert (tmp_path / "x.ris").stat().st_mode & 0o777 == mode
