"""Shared fixtures: an isolated project and user, and a real HTTP server on 127.0.0.1 that plays the puzzle site."""
import os
import re
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

REPO = Path(__file__).resolve().parents[1]
GOOD_TOKEN = "53616c7465645f5f-good-token-0123456789abcdef"
LOGGED_OUT_TEXT = "Puzzle inputs differ by user.  Please log in to get your puzzle input.\n"
# The answer page's verdicts, in the site's own wording (written for these tests, not copied from the site).
STUCK = ("If you're stuck, make sure you're using the full input data; there are also some general tips on the "
         "<a href=\"/{year}/about\">about page</a>.  Please wait one minute before trying again.")
VERDICTS = {
    "right": "That's the right answer!  You are one gold star closer to saving the day. "
             "<a href=\"/{year}/day/{day}#part2\">[Continue to Part Two]</a>",
    "wrong": "That's not the right answer.  " + STUCK,
    "too high": "That's not the right answer; your answer is too high.  " + STUCK,
    "too low": "That's not the right answer; your answer is too low.  " + STUCK,
    "wait": "You gave an answer too recently; you have to wait after submitting an answer before trying again.  "
            "You have {left} left to wait. <a href=\"/{year}/day/{day}\">[Return to Day {day}]</a>",
    "wrong level": "You don't seem to be solving the right level.  Did you already complete it? "
                   "<a href=\"/{year}/day/{day}\">[Return to Day {day}]</a>",
}
LOGIN_PAGE = "<main><p>To play, please identify yourself via one of these services:</p></main>"


@dataclass
class FakeSite:
    """What the fake site serves and what it saw."""

    inputs: dict = field(default_factory=dict)  # path -> text
    locked: set = field(default_factory=set)  # paths answered 404
    slow: dict = field(default_factory=dict)  # path -> seconds to wait before answering
    broken: set = field(default_factory=set)  # paths answered 500
    requests: list = field(default_factory=list)  # (time, path, headers)
    url: str = ""
    solutions: dict = field(default_factory=dict)  # (year, day, level) -> the right answer
    solved: set = field(default_factory=set)  # (year, day, level) answered right already
    too_recent: str | None = None  # such as "1m 30s": every answer is then refused with that wait
    forms: list = field(default_factory=list)  # every answer form POSTed, as a dict
    raw: dict = field(default_factory=dict)  # path -> bytes served as they are with 200 (empty, binary, …)
    trickle: dict = field(default_factory=dict)  # path -> seconds between the bytes of its body
    echo_cookie: bool = False  # answer pages say nothing known and echo the request's Cookie header
    forbidden: set = field(default_factory=set)  # paths answered 403
    redirects: dict = field(default_factory=dict)  # path -> where a 302 sends the client
    accounts: dict = field(default_factory=dict)  # another account's token -> {path: text} that account is served
    account_solutions: dict = field(default_factory=dict)  # another account's token -> its own `solutions`

    def count(self, path: str | None = None) -> int:
        """How many requests arrived (for one path, if given)."""
        return sum(1 for _, seen, _ in self.requests if path is None or seen == path)

    def judge(self, year: int, day: int, form: dict, token: str = GOOD_TOKEN) -> str:
        """The site's verdict on an answer form sent with `token`, as the prose of its answer page."""
        level, answer = int(form.get("level", 0)), form.get("answer", "")
        solutions = self.solutions if token == GOOD_TOKEN else self.account_solutions.get(token, {})
        who = () if token == GOOD_TOKEN else (token,)  # each account solves its own puzzles
        key, left = (year, day, level), self.too_recent
        if left:
            kind = "wait"
        elif (*who, *key) in self.solved or key not in solutions or (level == 2 and (*who, year, day, 1) not in self.solved):
            kind = "wrong level"
        elif answer == solutions[key]:
            kind = "right"
            self.solved.add((*who, *key))
        elif answer.isdigit() and solutions[key].isdigit():
            kind = "too high" if int(answer) > int(solutions[key]) else "too low"
        else:
            kind = "wrong"
        return VERDICTS[kind].format(year=year, day=day, left=left)


def _handler(site: FakeSite):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            site.requests.append((time.time(), self.path, dict(self.headers)))
            time.sleep(site.slow.get(self.path, 0))
            if self.path in site.locked:
                return self._answer(404, "404 Not Found")
            if self.path in site.broken:
                return self._answer(500, "Internal Server Error")
            if self.path in site.forbidden:
                return self._answer(403, "Forbidden")
            if self.path in site.redirects:
                return self._redirect(site.redirects[self.path])
            other = site.accounts.get(self.headers.get("Cookie", "").removeprefix("session="))
            if other is not None:
                return self._answer(200, other[self.path]) if self.path in other else self._answer(404, "404 Not Found")
            if self.headers.get("Cookie") != f"session={GOOD_TOKEN}":
                return self._answer(400, LOGGED_OUT_TEXT)
            if self.path in site.raw:
                return self._answer(200, site.raw[self.path])
            if self.path in site.inputs:
                return self._answer(200, site.inputs[self.path], site.trickle.get(self.path, 0))
            return self._answer(404, "404 Not Found")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            site.requests.append((time.time(), self.path, dict(self.headers)))
            site.forms.append(form)
            time.sleep(site.slow.get(self.path, 0))
            match = re.fullmatch(r"/(\d+)/day/(\d+)/answer", self.path)
            if not match:
                return self._answer(404, "404 Not Found")
            token = self.headers.get("Cookie", "").removeprefix("session=")
            if token != GOOD_TOKEN and token not in site.accounts:
                return self._answer(200, LOGIN_PAGE)
            if site.echo_cookie:
                return self._answer(200, f"<main><article><p>Odd. You sent {self.headers['Cookie']}</p></article></main>")
            verdict = site.judge(int(match[1]), int(match[2]), form, token)
            return self._answer(200, f"<main>\n<article><p>{verdict}</p></article>\n</main>")

        def _answer(self, status, body, pause=0.0):
            payload = body if isinstance(body, bytes) else body.encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                for start in range(0, len(payload), 1 if pause else len(payload) or 1):
                    self.wfile.write(payload[start:start + (1 if pause else len(payload))])
                    self.wfile.flush()
                    time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def _redirect(self, location):
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def fake_site(monkeypatch):
    """A running fake puzzle site; AOC_BASE_URL points at it."""
    fake = FakeSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("AOC_BASE_URL", fake.url)
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty project folder and a user with no token or config, all under tmp_path."""
    root = tmp_path / "project"
    (root / "inputs").mkdir(parents=True)
    home = tmp_path / "home"
    home.mkdir()
    for name in ("AOC_SESSION", "AOC_CONFIG", "AOCD_DIR", "AOC_CONTACT", "AOC_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("AOC_ROOT", str(root))
    monkeypatch.setenv("AOC_THROTTLE", "0")
    monkeypatch.setenv("AOC_BASE_URL", "http://127.0.0.1:9")  # nothing listens: no test reaches the real site
    monkeypatch.chdir(tmp_path)
    _clear_caches()
    yield root
    _clear_caches()


def _clear_caches():
    """Forget what earlier tests' projects and configs made the library cache."""
    from aoc import config, registry, store

    store.root.cache_clear()
    registry.discover.cache_clear()
    config.load.cache_clear()


def write_day(root: Path, year: int, day: int, source: str) -> Path:
    """A day module in the project's aoc/days folder."""
    path = root / "aoc" / "days" / f"y{year}" / f"d{day:02d}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source)
    return path


def write_input(root: Path, year: int, name: str, text: str) -> Path:
    """A file in inputs/<year>/ such as '03.txt', '03.example.txt' or 'answers.toml'."""
    path = root / "inputs" / str(year) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def saved_page(name: str) -> str:
    """A puzzle page from tests/pages, written by hand in the site's layout (never copied from the site)."""
    return (REPO / "tests" / "pages" / f"{name}.html").read_text()


def run_aoc(*args, env=None, timeout=60):
    """`python -m aoc ARGS` as a subprocess, with the test's environment."""
    return subprocess.run(
        [sys.executable, "-m", "aoc", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=timeout,
    )


def run_aoc_in(folder: Path, *args, timeout=60):
    """The `aoc` console script run in `folder` with AOC_ROOT unset, so the project is whatever the folder makes it.

    Not `python -m aoc`: that puts the folder on sys.path, where a user's aoc/days would hide the package.
    """
    env = {name: value for name, value in os.environ.items() if name != "AOC_ROOT"}
    script = Path(sys.executable).parent / "aoc"
    return subprocess.run([script, *map(str, args)], capture_output=True, text=True, cwd=folder, env=env,
                          timeout=timeout)


def install_plugin(site: Path, entry_points: str, files: dict) -> Path:
    """A distribution in the folder `site` (to put on sys.path) whose entry points add days."""
    dist = site / "aocplugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: aocplugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(entry_points)
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return site


@contextmanager
def unwritable(folder: Path):
    """`folder`, made unwritable while the block runs: by its mode, or for root (whom modes do not stop) with
    `chattr +i`; the test is skipped where neither works (a file system without the immutable flag)."""
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):
            try:
                immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            except FileNotFoundError:
                pass
            if not immutable:
                pytest.skip(f"cannot make {folder} unwritable here (root, and no chattr +i)")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.fixture
def token(monkeypatch):
    """The good session token, set in $AOC_SESSION as a user would."""
    monkeypatch.setenv("AOC_SESSION", GOOD_TOKEN)
    return GOOD_TOKEN


@pytest.fixture
def helpers():
    """The module-level helpers, for test modules (importlib mode cannot import conftest)."""
    return sys.modules[__name__]


SUM_DAY = '''"""2016 day 3: Summing Things. Adds up the numbers; part 2 multiplies them."""
from math import prod


def parse(text):
    return [int(x) for x in text.split()]


def part1(numbers):
    return sum(numbers)


def part2(numbers):
    return prod(numbers)
'''
