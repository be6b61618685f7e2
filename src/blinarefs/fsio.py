"""File output that never leaves a half-written file behind."""

from __future__ import annotations

import codecs
import contextlib
import glob
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import BlinarefsError


def atomic_write(
    path: str | Path, data: bytes | str | Iterable[str], *, encoding: str = "utf-8"
) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A reader (or a crash, or SIGKILL) sees the old file or the new one, never a mix.
    The file keeps the permissions of the one it replaces. ``data`` may be text in pieces
    (a generator): each is encoded and written as it comes, so a large export is never
    held whole; if making a piece fails, the old file stays as it was.
    """
    path = Path(path)
    if isinstance(data, str):
        data = (data,)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(folder, path.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BlinarefsError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:  # an incremental encoder writes a UTF-16 byte-order mark once, not per piece
                encoder = codecs.getincrementalencoder(encoding)()
                for piece in data:
                    handle.write(encoder.encode(piece))
                handle.write(encoder.encode("", final=True))
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise BlinarefsError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def default_cache_dir() -> Path:
    """Where the HTTP cache and the formatted-entry cache live: BLINAREFS_CACHE_DIR, else
    the platform's user cache folder (which honours XDG_CACHE_HOME)."""
    env = os.environ.get("BLINAREFS_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("blinarefs", appauthor=False))


def short_path(path: str | Path) -> Path:
    """``path`` relative to the working folder when it lies inside it: shorter messages."""
    path = Path(path)
    cwd = Path.cwd()
    if path.is_absolute() and path.is_relative_to(cwd):
        return path.relative_to(cwd)
    return path


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """ "utf-16" or "utf-32" when ``data`` opens with that byte-order mark, as files saved
    as "Unicode" on Windows do; such text is full of NUL bytes but is not binary."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Delete the temporary files that writers of ``name`` killed mid-write left behind.
    Their names carry the writer's process id; a file whose writer still runs is kept."""
    for stale in folder.glob(f".{glob.escape(name)}.*.tmp"):
        pid = stale.name[len(name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                stale.unlink()


def _running(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there: assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def read_text(path: str | Path) -> str:
    """Read a manuscript or reference list: UTF-8 (with or without BOM), else Latin-1."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BlinarefsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BlinarefsError(f"{path}: is a folder, not a text file") from None
    except OSError as exc:
        raise BlinarefsError(f"{path}: cannot read ({exc.strerror})") from None
    wide = wide_encoding(data)
    if wide:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise BlinarefsError(
            f"{path}: binary file (it holds NUL bytes); give a plain-text file",
            hint="export .docx or .pdf to plain text first",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")
