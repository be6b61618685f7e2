"""File output that never leaves a half-written file behind, and the store's lock."""

from __future__ import annotations

import codecs
import contextlib
import glob
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import BlinarefsError, MissingFile, NotAFile, StoreError, WrongKind

_LONE_CR = re.compile(r"\r(?!\n)")
# Files that are no text, known by their first bytes, and what to do with each: a PDF can
# hold no NUL byte at all and would otherwise be read as pages of junk "references".
BINARY_KINDS = {
    b"%PDF": "a PDF: export it to .docx or plain text first",
    b"\xd0\xcf\x11\xe0": "an old Word .doc (binary) file: save it as .docx",
    b"{\\rtf": "an RTF file: save it as .docx or plain text",
}


def binary_kind(head: bytes) -> str | None:
    """What a file that starts with ``head`` is, when it is one of ``BINARY_KINDS``."""
    return next((what for magic, what in BINARY_KINDS.items() if head.startswith(magic)), None)


def binary_name(head: bytes) -> str | None:
    """What a file that is no text is, named without advice ("a PDF", "a zip archive"): for
    the commands that want a .bib, where "export it to plain text" would be wrong."""
    if head.startswith(b"PK\x03\x04"):
        return "a zip archive (a Word .docx or another Office file)"
    kind = binary_kind(head)
    return kind.split(":")[0] if kind else None


LOCK_WAIT = 10.0  # seconds a writer waits for another to finish with the store
_UMASK_LOCK = threading.Lock()


def atomic_write(
    path: str | Path,
    data: bytes | str | Iterable[str],
    *,
    encoding: str = "utf-8",
    before_replace: Callable[[str], None] | None = None,
) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A reader (or a crash, or SIGKILL) sees the old file or the new one, never a mix.
    The file keeps the permissions of the one it replaces; a new file gets those the user's
    umask gives (a temporary file is private, a shared export must not be). A symbolic link
    is written through: its target is replaced, the link stays. ``data`` may be text in
    pieces (a generator): each is encoded and written as it comes, so a large export is
    never held whole; if making a piece fails, the old file stays as it was.
    ``before_replace`` is called with the finished temporary file just before it takes the
    name: the rename keeps its inode, size and time, so what is recorded of it then is what
    the new file will be (``outputs.write_output``).
    """
    path = write_target(path)
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
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        if before_replace is not None:
            before_replace(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise BlinarefsError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_target(path: str | Path) -> Path:
    """The file a write to ``path`` replaces: the target of a symbolic link (so a store
    linked from another folder is updated, not cut off from the link), else ``path``. A
    link to nothing is refused: following it would make a file wherever it points."""
    path = Path(path)
    if not path.is_symlink():
        return path
    target = path.resolve()
    if not target.exists():
        raise BlinarefsError(
            f"{path}: is a link to {target}, which does not exist",
            hint="remove the link or make its target first",
        )
    return target


def _umask() -> int:
    with _UMASK_LOCK:  # reading the umask means setting it: no other thread may see 0
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


@contextlib.contextmanager
def store_lock(path: str | Path, *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the store's advisory lock for a read-change-write of ``path``.

    Every command that writes a store takes it, so two runs cannot both read the old file
    and the second save drop what the first added. The lock is a hidden ``.NAME.lock``
    beside the store (the store itself is replaced on each save, so it cannot carry one),
    removed by its holder when done; the lock is released when the process ends, however
    it ends. Another holder is waited for up to ``wait`` seconds, then named in a one-line
    error."""
    target = write_target(path)
    lock = target.with_name(f".{target.name}.lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666 & ~_umask())
        except OSError as exc:
            raise StoreError(f"{path}: cannot make its lock {lock} ({exc.strerror})") from None
        if _try_lock(fd):
            if _same_inode(lock, fd):
                break  # the lock file is still the one in the folder, not one removed since
        elif time.monotonic() >= deadline:
            who = f" (process {holder})" if (holder := _holder(fd)).isdigit() else ""
            os.close(fd)
            raise StoreError(
                f"{path}: another blinarefs run{who} is writing this store",
                hint="run again when it has finished",
            )
        os.close(fd)
        time.sleep(0.05)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)  # while held: whoever waits on it retries with a new file
        os.close(fd)  # releases the lock


def _same_inode(path: Path, fd: int) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(fd: int) -> str:
    """The process id the lock's holder wrote, for the message ("" where unreadable)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:  # Windows: the holder's locked byte cannot be read
        return ""


def file_state(path: str | Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from another without reading it (inode, size,
    modification time in ns), or None when there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


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
        if pid.isdecimal() and not _running(int(pid)):
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


@contextlib.contextmanager
def reading(path: Path, what: str, error: type[BlinarefsError] = BlinarefsError) -> Iterator[None]:
    """The system's reasons for not reading ``path`` as one line that names it and says
    ``what`` it should have been ("a text file", "a manuscript")."""
    try:
        yield
    except FileNotFoundError:
        raise MissingFile(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NotAFile(f"{path}: is a folder, not {what}", hint="give a file in it") from None
    except OSError as exc:
        raise cannot_read(path, exc, error) from None


def cannot_read(
    path: str | Path, exc: OSError, error: type[BlinarefsError] = BlinarefsError
) -> BlinarefsError:
    """The one line for a file the system would not let us read, with what to do when the
    reason is its permissions."""
    if isinstance(exc, PermissionError):
        return error(
            f"{path}: permission denied: cannot read it",
            hint="make it readable with chmod u+r, or give a copy you may read",
        )
    return error(f"{path}: cannot read ({exc.strerror})")


def read_text(path: str | Path) -> str:
    """Read a manuscript or reference list: UTF-8 (with or without BOM), else Latin-1."""
    path = Path(path)
    with reading(path, "a text file"):
        data = path.read_bytes()
    kind = binary_kind(data[:8])
    if kind:
        raise WrongKind(f"{path}: {kind}")
    wide = wide_encoding(data)
    if wide:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise WrongKind(
            f"{path}: binary file (it holds NUL bytes); give a plain-text file",
            hint="save it as plain text or .docx",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    # old-Mac line ends (CR alone) are line ends, else every paragraph is one line; CR LF
    # is kept as it is (outputs that copy the text keep the user's line ends)
    return _LONE_CR.sub("\n", text) if "\r" in text else text
