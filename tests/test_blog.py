"""The blog builds: Hugo renders posts/ through blog/, and the result is checked as a reader would meet it.

Every post has a page; every local link and picture resolves to a built file; no answer shows outside
a spoiler; no session token or real input is published; and a lab day's page, opened in headless
Chromium, shows its equation graph. Skipped, saying why, where hugo or chromium is not installed
(.ci/run installs both).
"""
import functools
import os
import re
import shutil
import struct
import subprocess
import threading
import tomllib
import zlib
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import numpy as np
import pytest

from aoc import registry

REPO = Path(__file__).resolve().parents[1]
POSTS = REPO / "posts"
LAB_PAGE = "/2021/07-the-treachery-of-whales/"
LAB_GRAPH = "/2021/07-the-treachery-of-whales-equation-graph.svg"
SPOILER = re.compile(r"<details>.*?</details>", re.S)
TOKEN_LIKE = re.compile(r"[0-9a-f]{64,}", re.I)  # a session cookie is 128 hex digits
SCALE = 0.5  # screenshots at half size: a quarter of the pixels to read back


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The blog built by Hugo into a temporary folder."""
    hugo = shutil.which("hugo")
    if not hugo:
        pytest.skip("hugo is not installed (apt-get install hugo): the blog cannot be built here")
    out = tmp_path_factory.mktemp("site")
    scratch = tmp_path_factory.mktemp("hugo")  # Hugo's caches and resources, kept out of the repository
    done = subprocess.run([hugo, "--source", str(REPO / "blog"), "--destination", str(out), "--noBuildLock",
                           "--cacheDir", str(scratch / "cache")],
                          env={**os.environ, "HUGO_RESOURCEDIR": str(scratch / "resources")},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def page_of(post: Path, site: Path) -> Path:
    """The built page of a post: posts/2021/07-x.md → 2021/07-x/index.html, posts/2021/index.md → 2021/index.html."""
    relative = post.relative_to(POSTS).with_suffix("")
    return site / (relative.parent if relative.name == "index" else relative) / "index.html"


def test_every_post_has_a_page(site):
    posts = sorted(POSTS.rglob("*.md"))
    assert len(posts) > len(registry.days())  # a post a day, an index a year, and the essays
    for post in posts:
        assert "\ndraft: true\n" not in post.read_text(encoding="utf-8"), f"{post} is still a draft: finish it"
        year_index = post.name == "index.md"
        assert page_of(post, site).exists(), (
            f"{post} has no page" + (f": mount it in blog/hugo.toml as content/{post.parent.name}/_index.md"
                                     if year_index else ""))


def test_every_registered_day_has_a_finished_post():
    for year, day in registry.days():
        found = list((POSTS / str(year)).glob(f"{day:02d}-*.md"))
        assert found, f"{year} day {day} has no post: run `aoc post {year} {day}` and finish it by hand"
        assert "TODO:" not in found[0].read_text(encoding="utf-8"), f"{found[0]}: the puzzle in brief is still a TODO"


class Links(HTMLParser):
    """Every href and src in a page."""

    def __init__(self):
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.targets += [value for name, value in attrs if name in ("href", "src") and value]


def built_pages(site: Path) -> list[Path]:
    """Every HTML page of the built site."""
    return sorted(site.rglob("*.html"))


def url_of(page: Path, site: Path) -> str:
    """The address a built page is served at."""
    relative = page.relative_to(site).as_posix()
    return "/" + relative.removesuffix("index.html")


def test_every_local_link_and_picture_resolves_to_a_built_file(site):
    checked = 0
    for page in built_pages(site):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for target in parser.targets:
            address = urlsplit(urljoin(url_of(page, site), target))
            if address.scheme or address.netloc:
                continue  # another site: not ours to build
            file = site / address.path.lstrip("/")
            file = file / "index.html" if address.path.endswith("/") else file
            assert file.is_file(), f"{page.relative_to(site)} links {target}, which was not built"
            checked += 1
    assert checked > 100


def test_every_picture_beside_a_post_is_shown_on_its_page(site):
    for svg in POSTS.rglob("*.svg"):
        (post,) = [md for md in svg.parent.glob("*.md") if svg.stem.startswith(md.stem + "-")]
        assert (site / svg.relative_to(POSTS)).is_file()
        assert f'src="/{svg.relative_to(POSTS).as_posix()}"' in page_of(post, site).read_text(encoding="utf-8")


def known_answers(year: int) -> set[str]:
    """Every answer recorded for the year: the real inputs' and the examples'."""
    path = REPO / "inputs" / str(year) / "answers.toml"
    if not path.exists():
        return set()

    def walk(table: dict) -> set[str]:
        found = {str(value) for key, value in table.items() if key in ("part1", "part2")}
        for key, value in table.items():
            if isinstance(value, dict) and key != "submissions":
                found |= walk(value)
        return found

    return walk(tomllib.loads(path.read_text(encoding="utf-8")))


def shown(answer: str, text: str) -> bool:
    """Does `answer` appear in `text` as a number of its own (not a digit run of a longer number or a timing)?"""
    return re.search(rf"(?<!\w)(?<!\d\.){re.escape(answer)}(?!\w|\.\d|\s*[nµm]?s\b)", text) is not None


def test_no_page_shows_an_answer_outside_a_spoiler(site):
    years = {year for year, _ in registry.days()}
    answers = {year: {a for a in known_answers(year) if len(a) >= 3} for year in years}  # shorter ones are everywhere
    for page in built_pages(site):
        relative = page.relative_to(site).parts
        year = int(relative[0]) if relative[0].isdigit() else None
        suspects = answers.get(year, set()) if year else set().union(*answers.values())
        text = SPOILER.sub("", page.read_text(encoding="utf-8"))
        leaked = sorted(a for a in suspects if shown(a, text))
        assert not leaked, f"{page.relative_to(site)} shows {leaked} outside its spoiler"


def test_the_spoilers_survive_the_build(site):
    page = page_of(next((POSTS / "2025").glob("03-*.md")), site).read_text(encoding="utf-8")
    spoiler = SPOILER.search(page)
    assert spoiler and "3121910778619" in spoiler[0]


def test_the_answer_check_would_catch_a_leak():
    assert shown("3121910778619", "<p>the answer is 3121910778619.</p>")
    assert not shown("357", "<td>357.2 µs</td><td>1357</td><td>357 ns</td>")


def test_no_token_or_real_input_is_published(site):
    real_inputs = [path for path in REPO.glob("inputs/*/[0-9][0-9]*.txt") if ".example" not in path.name]
    real_lines = {line.strip() for path in real_inputs  # every account's: 07.txt, 07.alice.txt
                  for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 12}
    for file in [*site.rglob("*"), *POSTS.rglob("*")]:
        if not file.is_file():
            continue
        assert file.suffix not in (".txt", ".bin"), f"{file} looks like an input or the vault"
        text = file.read_text(encoding="utf-8")
        assert not TOKEN_LIKE.search(text), f"{file} holds something shaped like a session token"
        assert not any(line in text for line in real_lines), f"{file} quotes a real input"


def read_png(data: bytes) -> np.ndarray:
    """An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) as a height × width × channels array."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: dict[bytes, list[bytes]] = {}
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks.setdefault(kind, []).append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"][0])
    assert depth == 8 and color in (2, 6) and not interlace, "only the PNGs Chromium writes"
    channels = 3 if color == 2 else 4
    rows = np.frombuffer(zlib.decompress(b"".join(chunks[b"IDAT"])), dtype=np.uint8).reshape(height, -1)
    image = np.zeros((height, width * channels), dtype=np.uint8)
    above = image[0]
    for y in range(height):
        image[y] = _unfilter(int(rows[y, 0]), rows[y, 1:], above, channels)
        above = image[y]
    return image.reshape(height, width, channels)


def _unfilter(kind: int, line: np.ndarray, above: np.ndarray, bpp: int) -> np.ndarray:
    """One row undone from its PNG filter: None, Sub and Up whole-row in numpy, Average and Paeth byte by byte."""
    if kind == 0:
        return line
    if kind == 1:
        return np.cumsum(line.reshape(-1, bpp), axis=0, dtype=np.uint8).ravel()
    if kind == 2:
        return line + above
    out, prior = [0] * len(line), above.tolist()
    for i, x in enumerate(line.tolist()):
        a, b = (out[i - bpp], prior[i]) if i >= bpp else (0, prior[i])
        if kind == 3:
            out[i] = (x + (a + b) // 2) & 255
            continue
        c = prior[i - bpp] if i >= bpp else 0
        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
        out[i] = (x + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return np.array(out, dtype=np.uint8)


def test_the_png_reader_undoes_every_filter(tmp_path):
    image = np.random.default_rng(0).integers(0, 256, size=(5, 4, 3), dtype=np.uint8)
    rows = []
    for kind, (y, row) in zip((0, 1, 2, 3, 4), enumerate(image.reshape(5, -1)), strict=True):
        above = image.reshape(5, -1)[y - 1].astype(int) if y else np.zeros(12, dtype=int)
        left = np.concatenate([[0, 0, 0], row[:-3]]).astype(int)
        upper_left = np.concatenate([[0, 0, 0], above[:-3]])
        paeth = [a if abs(b - c) <= abs(a - c) and abs(b - c) <= abs(a + b - 2 * c) else b
                 if abs(a - c) <= abs(a + b - 2 * c) else c for a, b, c in zip(left, above, upper_left, strict=True)]
        predicted = [0, left, above, (left + above) // 2, np.array(paeth)][kind]
        rows.append(bytes([kind]) + ((row.astype(int) - predicted) % 256).astype(np.uint8).tobytes())
    head = struct.pack(">IIBBBBB", 4, 5, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        for kind, body in ((b"IHDR", head), (b"IDAT", zlib.compress(b"".join(rows))), (b"IEND", b"")))
    assert (read_png(png) == image).all()


class Blanking(SimpleHTTPRequestHandler):
    """Serves the built site, and an empty picture of the same size in place of the paths in `blank`."""

    blank: dict[str, bytes] = {}

    def do_GET(self):
        if self.path in self.blank:
            body = self.blank[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "image/svg+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


def screenshot(chromium: str, url: str, path: Path, profile: Path) -> np.ndarray:
    """The page as headless Chromium draws it in a 1000 × 1800 window at half scale, with a fresh profile."""
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--force-device-scale-factor={SCALE}", f"--user-data-dir={profile}", f"--screenshot={path}",
         "--window-size=1000,1800", url],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and path.exists(), done.stderr[-2000:]
    return read_png(path.read_bytes())


def test_a_lab_days_page_shows_its_equation_graph_in_a_browser(site, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (apt-get install chromium): no browser to open the page in")
    graph = (site / LAB_GRAPH.lstrip("/")).read_text(encoding="utf-8")
    size = re.search(r"<svg[^>]*?(width=\"[^\"]+\"\s+height=\"([\d.]+)(pt)?\")[^>]*?(viewBox=\"[^\"]+\")", graph)
    empty = f'<svg xmlns="http://www.w3.org/2000/svg" {size[1]} {size[4]}></svg>'.encode()
    tall = float(size[2]) * (4 / 3 if size[3] else 1) * SCALE  # the picture's height on the screenshot
    handler = type("Handler", (Blanking,), {"blank": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{LAB_PAGE}"
        drawn = screenshot(chromium, url, tmp_path / "drawn.png", tmp_path / "profile-drawn")
        handler.blank[LAB_GRAPH] = empty  # the same page with a blank picture of the same size
        blank = screenshot(chromium, url, tmp_path / "blank.png", tmp_path / "profile-blank")
    finally:
        server.shutdown()
        server.server_close()
    ink = (drawn.astype(int) - blank.astype(int)).any(axis=2)
    rows, columns = np.nonzero(ink)
    assert len(rows) > 2000, f"the equation graph is blank on {LAB_PAGE}: {len(rows)} pixels differ from an empty one"
    assert columns.max() - columns.min() > 300 and rows.max() - rows.min() > 40  # a drawing across, not a speck
    assert rows.max() - rows.min() <= tall + 2, "the page moved around the picture: it was not drawn at its size"
    assert (drawn[ink].min(axis=1) < 200).mean() > 0.1  # and where it is, there is ink
