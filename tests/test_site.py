"""`snitflade site`: the static handbook, checked on disk and in a real browser.

The browser tests drive Debian's `chromium` through Playwright for Python (never a downloaded
browser) and run axe-core, which the `axe-playwright-python` package ships as axe.min.js. They
are skipped without chromium and Playwright, unless SNITFLADE_REQUIRE_CHROMIUM=1 (as in .ci/run),
where a missing tool fails them instead. The checks on disk always run.
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from typer.testing import CliRunner

from snitflade.ask import answers
from snitflade.cli import app
from snitflade.render import site as pages
from snitflade.store.model import Catalog
from tests.test_hostile import HOSTILE_AREA

runner = CliRunner()
GOLDEN = Path(__file__).parent / "golden"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("SNITFLADE_REQUIRE_CHROMIUM") == "1"
MAX_BYTES = 3 * 1024 * 1024


def build(out: Path, *args: str) -> Any:
    return runner.invoke(app, [*args, "site", str(out)])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site for the built-in data, built once, under a sub-path (served as /intranet/tr/)."""
    root = tmp_path_factory.mktemp("www")
    out = root / "intranet" / "tr"
    out.parent.mkdir(parents=True)
    env = {"SNITFLADE_CACHE_DIR": str(root / "cache"), "XDG_CONFIG_HOME": str(root / "cfg")}
    result = runner.invoke(app, ["site", str(out)], env=env)
    assert result.exit_code == 0, result.stderr
    return out


# ---- on disk -------------------------------------------------------------------------------


class _Page(HTMLParser):
    """What the checks need of a page: lang, headings, links, resources, labels, ids."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.headings: list[int] = []
        self.links: list[str] = []
        self.resources: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        if tag in ("script", "img", "iframe", "source", "audio", "video") and a.get("src"):
            self.resources.append(str(a["src"]))
        if tag == "link" and a.get("href"):
            self.resources.append(str(a["href"]))
        if tag == "meta" and a.get("http-equiv") == "refresh":
            self.resources.append(str(a.get("content", "")).partition("url=")[2])


def _parse(path: Path) -> _Page:
    parsed = _Page()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


def _html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_site_is_small_and_has_every_page_in_both_languages(built: Path) -> None:
    size = sum(f.stat().st_size for f in built.rglob("*") if f.is_file())
    assert size < MAX_BYTES, f"the site is {size} bytes"
    da = {p.relative_to(built / "da") for p in (built / "da").rglob("*") if p.is_file()}
    en = {p.relative_to(built / "en") for p in (built / "en").rglob("*") if p.is_file()}
    assert da == en
    wanted = {"index.html", "compare.html", "glossary.html", "sources.html",
              "roles/tr.html", "roles/amr.html", "checklists/coordination.html",
              "checklists/index.html", "onboarding/tr.html", "onboarding/amr.html",
              "topics/stress.html", "topics/sygefravaer.html", "checklists/stress.html",
              "search-index.js"}  # fmt: skip
    assert wanted <= {str(p) for p in da}
    assert (built / pages.MARKER).is_file() and (built / "index.html").is_file()


def test_every_page_is_self_contained_and_every_link_resolves(built: Path) -> None:
    for path in _html_files(built):
        page = _parse(path)
        where = path.relative_to(built)
        assert page.lang in ("da", "en"), where
        assert page.headings.count(1) == 1, where
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            assert after <= before + 1, f"{where}: h{before} then h{after}"
        for ref in page.resources:  # nothing from outside the folder, nothing from its root
            if ref == "data:,":
                continue  # the empty icon, so that no browser asks for /favicon.ico
            assert not re.match(r"^([a-z]+:|//|/)", ref), f"{where}: {ref}"
            assert (path.parent / ref).resolve().is_file(), f"{where}: {ref}"
        for href in page.links:
            if re.match(r"^(https?|mailto):", href):
                continue
            assert not href.startswith("/"), f"{where}: {href}"
            target, fragment = urldefrag(href)
            file = (path.parent / target).resolve() if target else path
            assert file.is_file() and built in file.parents, f"{where}: {href}"
            if fragment:
                assert fragment in _parse(file).ids, f"{where}: {href}"
    for css in built.rglob("*.css"):
        assert "url(" not in css.read_text(encoding="utf-8") and "@import" not in css.read_text()


def test_the_topic_page_shows_the_cli_answer_in_the_cli_order(
    catalog: Catalog, built: Path
) -> None:
    answer = answers.who(catalog, "stress")
    text = (built / "da/topics/stress.html").read_text(encoding="utf-8")
    keys = [m.group(1) for m in re.finditer(r'class="part (?:side|wide) part-(\w+)"', text)]
    assert keys == [part.key for part in answer.parts]
    assert keys[:3] == ["tr", "amr", "together"] and "employer" in keys
    for duty in (*answer.tr, *answer.amr):
        assert pages.esc(duty.text) in text
    assert 'href="../checklists/stress.html"' in text
    assert 'href="../../en/topics/stress.html" hreflang="en"' in text


def test_golden_topic_page(catalog: Catalog) -> None:
    text = pages.topic_page(answers.who(catalog, "stress"), "da")
    path = GOLDEN / "site-topic-stress.html"
    if os.environ.get("SNITFLADE_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        "site-topic-stress.html changed; review, then regenerate with SNITFLADE_UPDATE_GOLDEN=1"
    )


def test_hostile_data_is_only_text_on_every_page(tmp_path: Path) -> None:
    layer = tmp_path / "lag"
    layer.mkdir()
    (layer / "collaboration_areas.yaml").write_text(HOSTILE_AREA, encoding="utf-8")
    out = tmp_path / "site"
    result = build(out, "--data-dir", str(layer))
    assert result.exit_code == 0, result.stderr
    topic = (out / "da/topics/fiendtlig.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in topic
    assert "&amp;amp; &lt;b&gt;x&lt;/b&gt;" in topic
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "<script>alert" not in text and "<b>x</b>" not in text, path
            assert "\x1b" not in text and "\x07" not in text, path
    index = (out / "da/search-index.js").read_text(encoding="utf-8")
    assert "\\u003cscript>alert(1)" in index and "<" not in index  # never a tag, only text


def test_the_workplace_layer_is_on_the_site(tmp_path: Path) -> None:
    """Local agreements and contacts next to the law; the layer's own alias is searchable."""
    layer = tmp_path / "arbejdsplads"
    assert runner.invoke(app, ["init", str(layer)]).exit_code == 0
    out = tmp_path / "site"
    result = build(out, "--data-dir", str(layer))
    assert result.exit_code == 0, result.stderr
    topic = (out / "da/topics/arbejdstid.html").read_text(encoding="utf-8")
    assert "Lokalt hos jer" in topic and "Vi har en lokalaftale om arbejdstid." in topic
    assert "Jeres TR: Navn Navnesen · tr@example.org" in topic
    assert "Lokalaftale om arbejdstid (skriv titel og dato)" in topic  # its source, listed
    index = (out / "da/search-index.js").read_text(encoding="utf-8")
    assert '"vagtbytte"' in index


def test_a_sector_scopes_the_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert build(out, "--sector", "kommune").exit_code == 0
    topic = (out / "da/topics/stress.html").read_text(encoding="utf-8")
    assert "Viser reglerne for kommunerne." in topic
    assert "I staten:" not in topic  # a state-only step is not in a municipal site
    everything = tmp_path / "all"
    assert build(everything).exit_code == 0
    assert "I staten:" in (everything / "da/topics/stress.html").read_text(encoding="utf-8")


def test_lang_chooses_where_the_top_page_leads(tmp_path: Path) -> None:
    assert build(tmp_path / "en-site", "--lang", "en").exit_code == 0
    top = (tmp_path / "en-site/index.html").read_text(encoding="utf-8")
    assert 'url=en/index.html"' in top and '<html lang="en">' in top
    assert (tmp_path / "en-site/da/index.html").is_file()


# ---- writing the folder: whole or not at all, never over someone else's files ---------------


def test_a_foreign_folder_is_not_replaced_without_force(tmp_path: Path) -> None:
    out = tmp_path / "intranet"
    out.mkdir()
    (out / "budget.xlsx").write_text("mine", encoding="utf-8")
    result = build(out)
    assert result.exit_code == 1
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert (out / "budget.xlsx").read_text(encoding="utf-8") == "mine"
    assert not (out / "da").exists()
    result = build(out, "--lang", "en")
    assert "already exists. Use --force" in result.stderr
    assert build(out).exit_code == 1
    result = runner.invoke(app, ["site", str(out), "--force"])
    assert result.exit_code == 0, result.stderr
    assert not (out / "budget.xlsx").exists() and (out / "da/index.html").is_file()


def test_its_own_site_and_an_empty_folder_are_replaced(tmp_path: Path) -> None:
    out = tmp_path / "www" / "handbog"
    out.mkdir(parents=True)
    assert build(out).exit_code == 0  # empty: nothing to lose
    (out / "da/stale.html").write_text("old", encoding="utf-8")
    result = build(out)
    assert result.exit_code == 0, result.stderr  # its own site: rebuilt in place
    assert not (out / "da/stale.html").exists()
    assert [p.name for p in out.parent.iterdir()] == ["handbog"]  # no temporary folders left
    assert oct(out.stat().st_mode & 0o777) == "0o755"


def test_a_file_in_the_way_is_an_output_error(tmp_path: Path) -> None:
    out = tmp_path / "site.html"
    out.write_text("x", encoding="utf-8")
    for extra in ([], ["--force"]):
        result = runner.invoke(app, ["site", str(out), *extra])
        assert result.exit_code == 1 and "findes allerede" in result.stderr
    assert out.read_text(encoding="utf-8") == "x"
    result = build(tmp_path / "missing" / "site")
    assert result.exit_code == 1 and "kan ikke skrive" in result.stderr


def test_a_failed_write_leaves_the_old_site_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "www").mkdir()
    out = tmp_path / "www" / "handbog"
    assert build(out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real = Path.write_text
    written = []

    def failing(self: Path, *args: Any, **kwargs: Any) -> int:
        written.append(self)
        if len(written) == 50:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing)
    result = runner.invoke(app, ["site", str(out), "--force"])
    assert (
        result.exit_code == 1 and "ikke mere plads på disken" in result.stderr
    )  # the OS reason, in Danish
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in out.parent.iterdir()] == ["handbog"]


def test_a_failed_swap_puts_the_old_site_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "www").mkdir()
    out = tmp_path / "www" / "handbog"
    assert build(out).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real = os.replace
    moves: list[str] = []

    def failing(src: Any, dst: Any) -> None:
        if str(dst).startswith(str(out.parent)):  # not the data cache's own writes
            moves.append(str(dst))
        # The old site has been moved aside; the new one cannot take its place.
        if len(moves) == 2 and moves[-1] == str(out):
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    result = build(out)
    assert result.exit_code == 1 and "Input/output error" in result.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in out.parent.iterdir()] == ["handbog"]


def test_the_site_can_be_written_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "www" / "handbog"
    here.mkdir(parents=True)
    monkeypatch.chdir(here)
    result = runner.invoke(app, ["site", "."])
    assert result.exit_code == 0, result.stderr
    assert (here / "da/index.html").is_file() and (here / pages.MARKER).is_file()


def test_the_search_index_folds_as_the_command_line(built: Path) -> None:
    import json

    text = (built / "da/search-index.js").read_text(encoding="utf-8")
    assert text.startswith("window.SNITFLADE_INDEX = ")
    index = json.loads(text.partition(" = ")[2].rstrip().rstrip(";"))
    doc = next(d for d in index["docs"] if d["u"] == "topics/sygefravaer.html")
    assert {"sygefravaer", "sygefravar"} <= set(doc["a"])  # both spellings of æ, as fold()
    assert "og" in index["stop"]


def test_the_help_names_the_command() -> None:
    result = runner.invoke(app, ["site", "--help"])
    assert result.exit_code == 0 and "--force" in result.stdout


# ---- in a real browser ---------------------------------------------------------------------


def _need(ok: object, what: str) -> None:
    if not ok:
        if REQUIRED:
            pytest.fail(f"{what} is required here (SNITFLADE_REQUIRE_CHROMIUM=1)", pytrace=False)
        pytest.skip(f"needs {what} (see .ci/run)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need(CHROMIUM, "chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright (pip install -e '.[test]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM)  # Debian's, never a download
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(built: Path) -> Iterator[str]:
    """A static server on 127.0.0.1 serving the folder above the site: the site at a sub-path."""
    www = built.parent.parent
    handler = functools.partial(_QuietHandler, directory=str(www))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/intranet/tr/"
    httpd.shutdown()
    httpd.server_close()
    # The server saw every request, even those Playwright does not report (a favicon, say).
    outside = [path for path in _QuietHandler.asked if not path.startswith("/intranet/tr/")]
    assert _QuietHandler.asked and outside == [], outside


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    asked: list[str] = []

    def do_GET(self) -> None:
        self.asked.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@dataclasses.dataclass
class Watched:
    """A page, and everything it asked the network for or said on the console."""

    page: Any
    base: str
    requests: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)

    def check(self) -> None:
        outside = [url for url in self.requests if not url.startswith(self.base)]
        assert outside == [], f"requests outside the site: {outside}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture(params=["file", "http"])
def base(request: pytest.FixtureRequest, built: Path) -> str:
    if request.param == "file":
        return built.as_uri() + "/"
    return str(request.getfixturevalue("server"))


@pytest.fixture
def watch(browser: Any) -> Iterator[Callable[..., Watched]]:
    contexts = []
    watched: list[Watched] = []

    def open_page(base: str, **options: Any) -> Watched:
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        one = Watched(page, base)
        page.on("request", lambda r: one.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and one.errors.append(m.text))
        page.on("pageerror", lambda e: one.errors.append(str(e)))
        watched.append(one)
        return one

    yield open_page
    for context in contexts:
        context.close()
    for one in watched:
        one.check()


SEARCHES = [
    ("da", "stress", "topics/stress.html"),
    ("da", "sygefravaer", "topics/sygefravaer.html"),
    ("da", "Sygefravær", "topics/sygefravaer.html"),
    ("en", "sick leave", "topics/sygefravaer.html"),
    ("da", "strss", "topics/stress.html"),  # a typo, as the command line forgives it
]


@pytest.mark.parametrize("lang,query,first", SEARCHES)
def test_search_answers_as_you_type(
    watch: Callable[..., Watched], base: str, lang: str, query: str, first: str
) -> None:
    page = watch(base).page
    page.goto(f"{base}{lang}/index.html")
    page.locator("#q").press_sequentially(query)
    top = page.locator("#search-results li a").first
    top.wait_for()
    assert top.get_attribute("href") == first
    top.click()
    page.wait_for_url(f"{base}{lang}/{first}")
    assert page.locator("h1").count() == 1


def test_a_search_can_be_linked(watch: Callable[..., Watched], base: str) -> None:
    page = watch(base).page
    page.goto(f"{base}index.html?q=stress")  # the top page passes the search on
    page.wait_for_url(re.compile(r"/da/index\.html\?q=stress$"))
    top = page.locator("#search-results li a").first
    top.wait_for()
    assert top.get_attribute("href") == "topics/stress.html"
    assert page.locator("#q").input_value() == "stress"
    assert "stress" in page.locator("#search-status").inner_text()
    switch = page.get_by_role("link", name="English", exact=True)
    assert switch.get_attribute("href") == "../en/index.html?q=stress"  # the search goes along


def test_no_results_says_so(watch: Callable[..., Watched], base: str) -> None:
    page = watch(base).page
    page.goto(f"{base}da/index.html?q=qwxzyv")
    status = page.locator("#search-status")
    status.wait_for()
    assert "Ingen resultater" in status.inner_text()
    assert page.locator("#search-results li").count() == 0


def test_the_language_switch_leads_to_the_same_topic(
    watch: Callable[..., Watched], base: str, catalog: Catalog
) -> None:
    page = watch(base).page
    page.goto(f"{base}da/topics/sygefravaer.html")
    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(f"{base}en/topics/sygefravaer.html")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Sick leave"
    page.get_by_role("link", name="Dansk", exact=True).click()
    page.wait_for_url(f"{base}da/topics/sygefravaer.html")
    assert page.locator("h1").inner_text() == catalog.area("sygefravaer").title


def test_every_link_from_the_front_page_works(
    watch: Callable[..., Watched], server: str, built: Path
) -> None:
    """Crawl the whole site from the top page over HTTP; check each page and each #anchor."""
    page = watch(server).page
    seen: set[str] = set()
    queue = [f"{server}en/index.html", f"{server}da/index.html"]  # where the top page leads
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        assert response is not None and response.ok, url
        if not page.url.endswith((".html", "/")) and "?" not in page.url:
            continue
        assert page.locator("h1").count() == 1, url
        assert page.locator("html").get_attribute("lang") in ("da", "en"), url
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        for href in hrefs:
            target, fragment = urldefrag(href)
            if not target.startswith(server):
                assert urlsplit(href).scheme in ("https", "http", "mailto"), href
                continue
            if fragment and target == urldefrag(page.url)[0]:
                assert page.locator(f"[id='{unquote(fragment)}']").count() == 1, href
            queue.append(target)
    files = {str(p.relative_to(built)) for p in _html_files(built)}
    crawled = {urlsplit(u).path.removeprefix(urlsplit(server).path) or "index.html" for u in seen}
    assert files - {"index.html"} <= crawled, files - crawled


def test_a_page_is_readable_before_any_script_runs(
    watch: Callable[..., Watched], base: str
) -> None:
    page = watch(base, java_script_enabled=False).page
    page.goto(f"{base}da/topics/stress.html")
    assert page.locator("h1").inner_text() == "Forebyggelse af stress"
    assert page.locator(".part-tr li").count() >= 1
    page.goto(f"{base}da/index.html")
    assert page.get_by_role("link", name="Forebyggelse af stress").is_visible()


def test_side_by_side_on_a_wide_screen_and_stacked_on_a_phone(
    watch: Callable[..., Watched], built: Path
) -> None:
    url = (built / "da/topics/stress.html").as_uri()
    sides = [".part-tr", ".part-amr", ".part-together", ".part-employer"]
    wide = watch(built.as_uri(), viewport={"width": 1280, "height": 900}).page
    wide.goto(url)
    boxes = [wide.locator(s).bounding_box() for s in sides]
    assert len({round(b["y"]) for b in boxes}) == 1  # one row
    assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)
    phone = watch(built.as_uri(), viewport={"width": 375, "height": 800}, is_mobile=True).page
    phone.goto(url)
    boxes = [phone.locator(s).bounding_box() for s in sides]
    assert [b["y"] for b in boxes] == sorted(b["y"] for b in boxes)
    assert len({round(b["x"]) for b in boxes}) == 1  # one column
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375  # nothing wider than the phone


def test_the_keyboard_alone_reaches_the_search(watch: Callable[..., Watched], base: str) -> None:
    page = watch(base).page
    page.goto(f"{base}da/index.html")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.className")
    assert skip == "skip"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.type("apv")
    page.keyboard.press("Enter")
    assert page.locator("#search-results li a").first.get_attribute("href") == "topics/apv.html"


def _pdf_pages(pdf: bytes, tmp_path: Path) -> int:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


@pytest.mark.parametrize(
    "path,most", [("da/topics/stress.html", 3), ("da/checklists/coordination.html", 1),
                  ("en/checklists/stress.html", 1)],
)  # fmt: skip
def test_pages_print_to_pdf(
    watch: Callable[..., Watched], built: Path, tmp_path: Path, path: str, most: int
) -> None:
    page = watch(built.as_uri()).page
    page.goto((built / path).as_uri())
    count = _pdf_pages(page.pdf(format="A4", print_background=True), tmp_path)
    print(f"{path}: {count} pages")
    assert 1 <= count <= most, f"{path}: {count} pages"
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()  # the menu is for the screen only


def _axe_script() -> Path:
    try:
        import axe_playwright_python
    except ImportError:
        _need(False, "axe-playwright-python (pip install -e '.[test]')")
    return Path(axe_playwright_python.__file__).parent / "axe.min.js"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path", ["da/index.html", "da/topics/stress.html", "en/topics/sygefravaer.html",
             "da/checklists/coordination.html", "da/compare.html"],
)  # fmt: skip
def test_axe_finds_nothing_serious(
    watch: Callable[..., Watched], server: str, path: str, scheme: str
) -> None:
    # Over HTTP: from file:// axe may not read the style sheets it checks (an opaque origin).
    page = watch(server, color_scheme=scheme).page
    page.goto(server + path)
    if path.endswith("index.html"):
        page.locator("#q").fill("stress")  # with results showing, too
        page.locator("#search-results li").first.wait_for()
    assert _serious(page) == []


def _serious(page: Any) -> list[tuple[str, str, list[Any]]]:
    """Run axe-core in the page; return its serious and critical violations."""
    page.add_script_tag(path=str(_axe_script()))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_would_catch_a_broken_page(watch: Callable[..., Watched], server: str) -> None:
    """The check above can fail: take the search box's label away and grey the text."""
    page = watch(server).page
    page.goto(server + "da/index.html")
    page.evaluate("document.querySelector('label[for=q]').remove()")
    page.evaluate("document.querySelector('h1').style.color = '#ddd'")
    found = {rule for rule, _impact, _nodes in _serious(page)}
    assert {"label", "color-contrast"} <= found, found
