"""Bad files in seeds/: each is reported with its reason by `chatbot index` and in the app; good files still index.

Tests run as root in CI, and root reads a chmod 000 file. So "unreadable" is tested two honest ways: in-process
with files that fail for root too (a FIFO, a symlink loop, a dangling symlink, a symlink to /proc/self/mem whose
read() fails with EIO), and in a subprocess whose root has lost CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, where
chmod 000 really denies reading (as it does for any other user).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from chatbot import Chatbot, build_index
from chatbot.config import Settings
from chatbot.index import current_version, load_index, update_index
from chatbot.ui import cli
from tests.conftest import SEEDS, WARD_MAYOR, FakeEmbedder
from tests.ui.test_app import plain, sidebar_button, start, use_index

WARD_FILE = "003_e64862f5ff4c7e01.txt"
GOOD = sorted(path.name for path in SEEDS.glob("*.txt"))
HEADING_ONLY = b"Heading Only Job\n\nSummary\n\nDescription\n\nCareer Path\n"


def sparse(size: int) -> Callable[[Path], None]:
    """A file of this size that takes no disk space (the size check must refuse it before reading)."""

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return write


def data(content: bytes) -> Callable[[Path], None]:
    """A file of these bytes."""

    def write(path: Path) -> None:
        path.write_bytes(content)

    return write


def duplicate(path: Path) -> None:
    shutil.copy(SEEDS / WARD_FILE, path)


# file name -> (how to make it, what its report must say)
BAD: dict[str, tuple[Callable[[Path], None], str]] = {
    "binary.txt": (data(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
    "latin1.txt": (data("Café Owner\n\nSummary\n\nRuns a café.\n".encode("latin-1")), "not UTF-8"),
    "empty.txt": (data(b""), "empty file"),
    "heading-only.txt": (data(HEADING_ONLY), "only headings"),
    "huge.txt": (sparse(50_000_000), "file too large (50.0 MB"),
    "copy.txt": (duplicate, "duplicate title"),
    "loop.txt": (lambda path: path.symlink_to(path.name), "not a regular file"),
    "dangling.txt": (lambda path: path.symlink_to("nowhere.txt"), "not a regular file"),
    "pipe.txt": (lambda path: os.mkfifo(path), "not a regular file"),  # opening it would block for ever
    "mem.txt": (lambda path: path.symlink_to("/proc/self/mem"), "cannot read the file (Input/output error)"),
    "long-title.txt": (data(b"T " * 50_000 + b"\n\nSummary\n\nA job.\n"), "no title line"),
    "notes.md": (data(b"Ward notes\n\nSummary\n\nnot a page"), "not a .txt job page"),
}


@pytest.fixture
def bad_seeds(seeds: Path) -> Path:
    """The two good seed pages plus every kind of bad file."""
    for name, (make, _) in BAD.items():
        make(seeds / name)
    return seeds


def test_cli_reports_every_bad_file_and_indexes_the_good_ones(
    tmp_path: Path, bad_seeds: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "idx"
    started = time.monotonic()
    assert cli.main(["index", "--seeds", str(bad_seeds), "--index", str(index)]) == cli.EXIT_SKIPPED
    assert time.monotonic() - started < 30  # the FIFO was not opened, the 50 MB file not read
    err = capsys.readouterr().err
    for name, (_, reason) in BAD.items():
        assert any(line.startswith(f"skipped {name}: ") and reason in line for line in err.splitlines()), name
    assert "Traceback" not in err
    assert sorted(load_index(index).manifest.files) == GOOD
    version = current_version(index)
    assert cli.main(["index", "--seeds", str(bad_seeds), "--index", str(index)]) == cli.EXIT_SKIPPED
    assert "unchanged 2 files" in capsys.readouterr().out and current_version(index) == version
    assert cli.main(["ask", "how do I become a ward mayor", "--index", str(index)]) == cli.EXIT_OK
    assert WARD_MAYOR in capsys.readouterr().out


def test_exit_code_is_zero_when_nothing_is_skipped(
    tmp_path: Path, seeds: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["index", "--seeds", str(seeds), "--index", str(tmp_path / "idx")]) == cli.EXIT_OK
    assert "skipped" not in capsys.readouterr().err


def test_app_reindex_reports_every_bad_file(
    tmp_path: Path, bad_seeds: Path, fake: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(seeds=[bad_seeds], index_dir=tmp_path / "idx", model="fake")
    use_index(monkeypatch, settings, fake)
    at = start()
    assert not at.exception and "No index in" in plain(at.error[0].value)
    sidebar_button(at, "Build the index").click().run()
    assert not at.exception and not at.error
    captions = [plain(caption.value) for caption in at.sidebar.caption]
    for name, (_, reason) in BAD.items():
        assert any(c.startswith(f"skipped {name}: ") and reason in c for c in captions), name
    assert f"{len(BAD)} file(s) skipped" in plain(at.sidebar.warning[0].value)
    at.chat_input[0].set_value("how do I become a ward mayor").run()
    assert not at.exception
    assert at.session_state["conversation"].turns[-1].answered


def test_a_known_page_gone_bad_keeps_its_last_version(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    update_index(settings, lambda: fake)
    (seeds / WARD_FILE).unlink()
    (seeds / WARD_FILE).symlink_to("/proc/self/mem")  # same name, now unreadable
    report = update_index(settings, lambda: fake)
    assert [p.file for p in report.problems] == [WARD_FILE] and "kept the last indexed version" in report.problems[
        0
    ].reason
    assert Chatbot(settings, fake).ask("how do I become a ward mayor").answered


def test_a_page_with_a_file_name_that_is_not_utf8_is_reported_not_fatal(
    settings: Settings, seeds: Path, fake: FakeEmbedder
) -> None:
    """A page saved as b"caf\\xe9.txt" (a Latin-1 file name) must be skipped with a reason, not crash the save.

    Fails until indexer.list_sources refuses names that are not UTF-8 (see docs/robustness.md).
    """
    text = (SEEDS / WARD_FILE).read_text(encoding="utf-8").replace(WARD_MAYOR, "Café Owner", 1)
    with open(os.path.join(os.fsencode(seeds), b"caf\xe9.txt"), "wb") as handle:
        handle.write(text.encode("utf-8"))
    report = update_index(settings, lambda: fake)
    assert len(report.problems) == 1 and "UTF-8" in report.problems[0].reason
    report.problems[0].file.encode("utf-8")  # printable, and storable in JSON
    assert sorted(load_index(settings.index_dir).manifest.files) == GOOD


def test_a_mistyped_seeds_folder_does_not_empty_the_index(
    tmp_path: Path, seeds: Path, fake_model: FakeEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chatbot index --seeds seed` (a typo) must fail and change nothing, not remove every page from the index.

    Fails until the indexer treats a missing seeds folder as an error (see docs/robustness.md).
    """
    index = tmp_path / "idx"
    assert cli.main(["index", "--seeds", str(seeds), "--index", str(index)]) == cli.EXIT_OK
    version = current_version(index)
    capsys.readouterr()
    assert cli.main(["index", "--seeds", str(tmp_path / "seed"), "--index", str(index)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(tmp_path / "seed") in err
    assert current_version(index) == version and sorted(load_index(index).manifest.files) == GOOD


@pytest.mark.parametrize(
    "line",
    ["あ" * 32_000, "-" * 32_000, "word " * 2_000 + "あ" * 32_000],
    ids=["kana", "symbols", "words-then-kana"],
)
def test_one_endless_line_is_chunked_not_a_recursion_error(
    settings: Settings, seeds: Path, fake: FakeEmbedder, line: str
) -> None:
    """A section that is one line without sentence ends is cut into chunks, however long (small chunks here, so
    that a 32,000-character line needs about 1,000 cuts: a cutter that recursed once per cut raised
    RecursionError here)."""
    (seeds / "endless.txt").write_text(f"Endless Job\n\nSummary\n\n{line}\n", encoding="utf-8")
    small = settings.model_copy(update={"max_chunk_tokens": 32})
    report = update_index(small, lambda: fake)
    assert report.added == sorted([*GOOD, "endless.txt"]) and not report.problems
    parts = [c.text for c in load_index(small.index_dir).chunks if c.source == "endless.txt"]
    assert len(parts) > 900 and "".join(parts).replace(" ", "") == line.replace(" ", "")


def test_a_300_kb_line_is_chunked_in_linear_time(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    """A cutter that measured the whole rest of the line for each cut was quadratic: ~7 s here, minutes for a
    2 MB page. Linear, it takes a fraction of a second."""
    from chatbot.ingest import split_text

    started = time.monotonic()
    parts = split_text("word " * 60_000, settings.max_chunk_tokens)
    assert time.monotonic() - started < 3
    assert len(parts) > 100


def drop_dac(command: list[str]) -> list[str]:
    """The command run without the capabilities that let root read any file (plain run when not root)."""
    if os.geteuid() != 0:
        return command
    wrapper = (
        "import ctypes, os, sys\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH out of the bounding set: gone after exec\n"
        "    if libc.prctl(24, cap, 0, 0, 0):  # PR_CAPBSET_DROP\n"
        "        raise OSError(ctypes.get_errno(), 'prctl(PR_CAPBSET_DROP)')\n"
        "os.execv(sys.argv[1], sys.argv[1:])\n"
    )
    return [sys.executable, "-c", wrapper, *command]


def run_unprivileged(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(drop_dac(list(args)), capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.slow
def test_unreadable_files_for_real(tmp_path: Path, seeds: Path, fake: FakeEmbedder) -> None:
    """chmod 000 a new page, a known page and a seeds folder; run `chatbot index` and the app's status."""
    index = tmp_path / "idx"
    settings = Settings(seeds=[seeds], index_dir=index, model="fake")
    build_index(settings, embedder=fake)  # nothing left to embed below: the subprocess never needs a model
    env = {**os.environ, "CHATBOT_MODEL": "fake", "CHATBOT_INDEX_DIR": str(index)}
    (seeds / "secret.txt").write_bytes((SEEDS / WARD_FILE).read_bytes().replace(b"Ward Mayor", b"Secret Mayor"))
    for path in (seeds / "secret.txt", seeds / WARD_FILE):
        path.chmod(0)
    os.utime(seeds / WARD_FILE, ns=(time.time_ns(), time.time_ns()))  # touched: the indexer must read it again
    probe = run_unprivileged(sys.executable, "-c", f"open({str(seeds / 'secret.txt')!r}, 'rb')", env=env)
    assert "PermissionError" in probe.stderr, "the premise failed: the test process can still read a chmod 000 file"
    chatbot = str(Path(sys.executable).with_name("chatbot"))

    indexed = run_unprivileged(chatbot, "index", "--seeds", str(seeds), env=env)
    assert indexed.returncode == cli.EXIT_SKIPPED, indexed.stderr
    assert "skipped secret.txt: cannot read the file (Permission denied)" in indexed.stderr
    assert f"skipped {WARD_FILE}: cannot read the file (Permission denied); kept the last indexed version" in (
        indexed.stderr
    )
    assert sorted(load_index(index).manifest.files) == GOOD

    locked = tmp_path / "locked"  # a whole seeds folder that cannot be listed
    locked.mkdir()
    locked.chmod(0)
    status = "from chatbot import Settings, status; print(status(Settings()))"
    shown = run_unprivileged(sys.executable, "-c", status, env={**env, "CHATBOT_SEEDS": f'["{seeds}", "{locked}"]'})
    assert shown.returncode == 0, shown.stderr  # the app's sidebar must not crash on an unreadable file or folder
    assert "built=True" in shown.stdout and f"changed=['{WARD_FILE}']" in shown.stdout


@pytest.mark.slow
def test_unreadable_seeds_folder_for_real(tmp_path: Path, seeds: Path, fake: FakeEmbedder) -> None:
    """A seeds folder that cannot be listed is an error that names it, and the index keeps its pages.

    Fails until indexer.list_sources catches the OSError of iterdir() (see docs/robustness.md).
    """
    index = tmp_path / "idx"
    build_index(Settings(seeds=[seeds], index_dir=index, model="fake"), embedder=fake)
    env = {**os.environ, "CHATBOT_MODEL": "fake", "CHATBOT_INDEX_DIR": str(index)}
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(SEEDS / WARD_FILE, locked / "other.txt")
    locked.chmod(0)
    chatbot = str(Path(sys.executable).with_name("chatbot"))
    folder = run_unprivileged(chatbot, "index", "--seeds", str(seeds), "--seeds", str(locked), env=env)
    assert "Traceback" not in folder.stderr and str(locked) in folder.stderr
    assert folder.returncode == cli.EXIT_ERROR and sorted(load_index(index).manifest.files) == GOOD


def test_status_of_seed_files_that_cannot_be_read(settings: Settings, seeds: Path, fake: FakeEmbedder) -> None:
    """The sidebar status reads the manifest and the seed files; odd files there must not break the page."""
    from chatbot.index import index_status

    update_index(settings, lambda: fake)
    for name, (make, _) in BAD.items():
        make(seeds / name)
    status = index_status(settings)
    assert status.built and status.pages == 2
    assert "mem.txt" in status.seeds.added and "pipe.txt" not in status.seeds.added
