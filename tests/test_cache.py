"""The compiled cache is data only: nothing in its folder is run, followed, deleted or trusted.

Each test runs the installed `snitflade` command in a separate process, as users do, with a cache
folder of its own in which something has been planted.
"""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from snitflade.store import compiled

SCRIPT = shutil.which("snitflade", path=str(Path(sys.executable).parent)) or "snitflade"
TITLE = "Forebyggelse af stress"
PLANTED = "Forebyggelse af STRESS"  # as long as TITLE: the entry still decodes
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def run(tmp_path: Path, cache: Path) -> Run:
    env = {**os.environ, "COLUMNS": "100", "SNITFLADE_CACHE_DIR": str(cache),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SNITFLADE_LANG": "da"}  # fmt: skip
    for name in ("SNITFLADE_DATA_PATH", "SNITFLADE_DATA_DIR", "FORCE_COLOR"):
        env.pop(name, None)

    def invoke(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120, check=False
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return invoke


def answer(run: Run) -> str:
    """The JSON answer to `who stress`, after checking that it is the right one."""
    result = run("who", "stress", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert f'"title": "{TITLE}"' in result.stdout
    return result.stdout


def only_entry(cache: Path) -> Path:
    entries = sorted(cache.glob("catalog-*.bin"))
    assert len(entries) == 1, entries
    return entries[0]


class _RunsCode:
    """A pickle that creates `marker` when it is loaded: what a planted pickle could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def test_a_planted_pickle_is_never_run(run: Run, cache: Path, tmp_path: Path) -> None:
    expected = answer(run)
    entry = only_entry(cache)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_RunsCode(marker))
    pickle.loads(payload).close()  # the payload works: loading it makes the marker
    assert marker.exists()
    marker.unlink()
    # Under the entry's own name, and under the names an older edition used.
    entry.write_bytes(payload)
    (cache / "catalog.pickle").write_bytes(payload)
    (cache / f"{entry.stem}.pickle").write_bytes(payload)
    assert answer(run) == expected
    assert not marker.exists()
    assert only_entry(cache).read_bytes().startswith(compiled.MAGIC)  # rebuilt as data
    assert (cache / "catalog.pickle").read_bytes() == payload  # not ours: left alone


def test_a_symlink_named_like_an_entry_is_not_followed(
    run: Run, cache: Path, tmp_path: Path
) -> None:
    expected = answer(run)
    entry = only_entry(cache)
    # A valid entry, moved outside: reading through the link would find nothing wrong with it.
    outside = tmp_path / "elsewhere" / "catalog.bin"
    outside.parent.mkdir()
    entry.rename(outside)
    before = outside.read_bytes(), outside.stat().st_mtime_ns
    entry.symlink_to(outside)
    assert answer(run) == expected
    assert not entry.is_symlink()  # not trusted: rebuilt as a file of its own
    assert (outside.read_bytes(), outside.stat().st_mtime_ns) == before  # target untouched


def test_a_symlink_at_the_temporary_name_is_not_followed(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The temporary file's name is random; make it known, and plant a link there first.
    from snitflade import ask, store

    monkeypatch.setenv("SNITFLADE_CACHE_DIR", str(cache))
    monkeypatch.setattr(os, "urandom", lambda size: b"\x00" * size)
    target = tmp_path / "victim.txt"
    target.write_text("keep me\n", encoding="utf-8")
    (cache / ".catalog-0000000000000000.tmp").symlink_to(target)
    catalog, problems = store.catalog((), "da", os.environ, ask.indexes())
    assert catalog.area("stress").title == TITLE and problems == []
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert list(cache.glob("catalog-*.bin")) == []  # the entry is simply not written this time


@pytest.mark.parametrize(
    "damage",
    [
        "a changed letter in a sentence",
        "a changed header",
        "cut short",
        "bytes from elsewhere",
        "empty",
    ],
)
def test_a_damaged_entry_is_rebuilt_and_never_changes_a_text(
    run: Run, cache: Path, damage: str
) -> None:
    expected = answer(run)
    entry = only_entry(cache)
    good = entry.read_bytes()
    if damage == "a changed letter in a sentence":
        assert good.count(TITLE.encode()) >= 1
        bad = good.replace(TITLE.encode(), TITLE.replace("stress", "strass").encode())
    elif damage == "a changed header":
        bad = good[:5] + bytes([good[5] ^ 0x20]) + good[6:]
    elif damage == "cut short":
        bad = good[: len(good) // 2]
    elif damage == "bytes from elsewhere":
        bad = good[: len(compiled.MAGIC)] + os.urandom(len(good) - len(compiled.MAGIC))
    else:
        bad = b""
    entry.write_bytes(bad)
    result = run("who", "stress", "-f", "json")
    assert result.returncode == 0
    assert result.stdout == expected
    assert "strass" not in result.stdout
    assert result.stderr == ""  # a damaged cache is silently rebuilt: nothing to tell the user
    assert only_entry(cache).read_bytes() != bad  # rebuilt


def tampered(entry: Path) -> bytes:
    """The entry with another title, and a check that fits: what another user could write."""
    good = entry.read_bytes()
    body = good[len(compiled.MAGIC) + compiled._CHECK_BYTES :]
    body = body.replace(TITLE.encode(), PLANTED.encode())
    planted: bytes = compiled.MAGIC + compiled._check(body) + body
    return planted


def test_a_consistent_entry_in_my_own_folder_is_used(run: Run, cache: Path) -> None:
    # The control for the next test: with a fitting check, a changed entry is read as it is.
    answer(run)
    entry = only_entry(cache)
    entry.write_bytes(tampered(entry))
    result = run("who", "stress", "-f", "json")
    assert PLANTED in result.stdout


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777, 0o720])
def test_a_folder_others_can_write_is_ignored(run: Run, cache: Path, mode: int) -> None:
    expected = answer(run)
    entry = only_entry(cache)
    planted = tampered(entry)
    entry.write_bytes(planted)
    cache.chmod(mode)
    try:
        assert answer(run) == expected  # the planted entry is not read
        assert entry.read_bytes() == planted  # nor written over or deleted
        assert len(list(cache.iterdir())) == 1  # and nothing new is written there
    finally:
        cache.chmod(0o700)


def test_an_entry_others_can_write_is_ignored(run: Run, cache: Path) -> None:
    expected = answer(run)
    entry = only_entry(cache)
    entry.write_bytes(tampered(entry))
    entry.chmod(0o666)
    assert answer(run) == expected
    assert entry.stat().st_mode & stat.S_IWOTH == 0  # replaced by an entry of its own


def test_only_the_caches_own_files_are_ever_deleted(tmp_path: Path) -> None:
    # SNITFLADE_CACHE_DIR pointed at a folder of the user's own files, then many different runs:
    # more entries than the cache keeps, so it prunes.
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o700)
    own = ["notes.pickle", "catalog.pickle", "catalog-1.bin", "data.bin", "catalog-x.yaml"]
    for name in own:
        (folder / name).write_text(name, encoding="utf-8")
    layers = []
    for n in range(compiled.KEEP + 2):
        layer = tmp_path / f"layer-{n}"
        layer.mkdir()
        (layer / "settings.yaml").write_text(f"sector: privat\n# {n}\n", encoding="utf-8")
        layers.append(layer)
    env = {**os.environ, "SNITFLADE_CACHE_DIR": str(folder),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    for layer in layers:
        result = subprocess.run(
            [SCRIPT, "--data-dir", str(layer), "topics"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    entries = [p for p in folder.iterdir() if compiled._ENTRY.match(p.name)]
    assert len(entries) == compiled.KEEP  # pruned to KEEP
    for name in own:
        assert (folder / name).read_text(encoding="utf-8") == name


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in data with its compiled entries, as a wheel installs them."""
    from snitflade import ask
    from snitflade.store.sources import builtin_data_dir

    data = tmp_path / "site-packages" / "snitflade" / "data"
    shutil.copytree(builtin_data_dir(), data)
    names = compiled.prebuild(data, data, ask.indexes())
    assert names == ["compiled-da.bin", "compiled-en.bin"]
    monkeypatch.setattr(compiled, "builtin_data_dir", lambda: str(data))
    monkeypatch.setenv("SNITFLADE_DATA_DIR", str(data))
    monkeypatch.setenv("SNITFLADE_CACHE_DIR", str(tmp_path / "cache"))
    return data


def test_the_entry_shipped_in_the_wheel_serves_the_first_run(shipped: Path, tmp_path: Path) -> None:
    from snitflade import ask, store

    for lang, title in (("da", TITLE), ("en", "Preventing stress")):
        catalog, problems = store.catalog((), lang, os.environ, ask.indexes())
        assert catalog.area("stress").title == title and problems == []
    assert not (tmp_path / "cache").exists()  # nothing compiled, nothing written


def test_a_damaged_shipped_entry_is_compiled_anew(shipped: Path, tmp_path: Path) -> None:
    from snitflade import ask, store

    entry = shipped / "compiled-da.bin"
    entry.write_bytes(entry.read_bytes().replace(TITLE.encode(), PLANTED.encode()))
    catalog, _problems = store.catalog((), "da", os.environ, ask.indexes())
    assert catalog.area("stress").title == TITLE
    assert len(list((tmp_path / "cache").glob("catalog-*.bin"))) == 1  # compiled on first use


def test_the_shipped_entry_is_not_used_for_other_data(shipped: Path, tmp_path: Path) -> None:
    from snitflade import ask, store

    path = shipped / "collaboration_areas.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(TITLE, PLANTED), encoding="utf-8")
    catalog, _problems = store.catalog((), "da", os.environ, ask.indexes())
    assert catalog.area("stress").title == PLANTED  # the data as it now is, not as shipped


def test_the_compiled_catalog_answers_as_the_checked_one(catalog: object, tmp_path: Path) -> None:
    # Read back from an entry (areas cut out one by one, index fields in shards and chunks), the
    # catalog must answer every question as the freshly checked one does.
    from snitflade import ask, store
    from snitflade.ask import answers
    from snitflade.errors import NoMatchError
    from snitflade.store.model import Catalog

    assert isinstance(catalog, Catalog)
    env = {"SNITFLADE_CACHE_DIR": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path)}
    store.catalog((), "da", env, ask.indexes())  # compile
    compiled_catalog, _problems = store.catalog((), "da", env, ask.indexes())  # read back
    assert not isinstance(compiled_catalog.areas, list)
    assert list(compiled_catalog.areas) == list(catalog.areas)
    assert compiled_catalog.roles == catalog.roles and compiled_catalog.sources == catalog.sources
    questions = [q for area in catalog.areas for q in (area.id, area.title, *area.aliases)]
    questions += ["stres", "sygefravr", "hvad gør TR ved løn", "xyzzyq", "arbejdsmiljo"]
    for question in questions:
        for ask_it in (answers.who, answers.search):
            try:
                fresh = ask_it(catalog, question)
            except NoMatchError as error:
                with pytest.raises(NoMatchError) as found:
                    ask_it(compiled_catalog, question)
                assert found.value.suggestions == error.suggestions
                continue
            assert ask_it(compiled_catalog, question) == fresh, question
