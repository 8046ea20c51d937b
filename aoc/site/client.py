"""The one door to the puzzle site: every request goes through here (the only importer of requests).

Every request, `get()` or `post()`, goes through one function: it waits its
turn on the cross-process throttle, sends the session cookie and a User-Agent
naming this project and the user's contact (the community's automation rules
ask for both; the site blocks requests' default agent), and turns every
failure into one AocError line that never holds the token.
"""
import os
from collections.abc import Callable
from typing import Any

from aoc import __maintainers__, __version__, calendar, config
from aoc.errors import BadToken, FetchError, Forbidden, NotFound, NotUnlocked, Redirected, SiteTimeout, Unreachable
from aoc.site import credentials, throttle
from aoc.site.page import LOGGED_OUT
from aoc.units import human_wait

DEFAULT_BASE_URL = "https://adventofcode.com"
DEFAULT_TIMEOUT = 10.0


def base_url() -> str:
    """The site's address ($AOC_BASE_URL lets tests point at a local server)."""
    return (os.environ.get("AOC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")


def user_agent() -> str:
    """Names this tool and its maintainers, and, from config `contact` or $AOC_CONTACT, who runs it."""
    contact = os.environ.get("AOC_CONTACT") or config.get("contact")
    user = f"; user {contact}" if contact else ""
    return f"aoc/{__version__} (Advent of Code framework; maintainers {__maintainers__}{user})"


def timeout() -> float:
    """Seconds a request may take ($AOC_TIMEOUT, else config `timeout`, else 10)."""
    return config.number("AOC_TIMEOUT", "timeout", DEFAULT_TIMEOUT, above_zero=True)


def ensure_unlocked(year: int, day: int) -> None:
    """Refuse, without a request, a day the year lacks or one not yet unlocked."""
    calendar.require_day(year, day)
    left = calendar.time_until_unlock(year, day)
    if left.total_seconds() > 0:
        raise NotUnlocked(f"{year} day {day} unlocks in {human_wait(left)}")


def get(path: str, user: str | None = None) -> str:
    """GET a page of the site as text, throttled, with every failure as one line (as account `user`, else the default
    one)."""
    return _send("GET", path, user=user)


def post(path: str, data: dict, user: str | None = None) -> str:
    """POST a form (an answer) to the site, through the same throttle, headers and error lines as get() (as account
    `user`, else the default one)."""
    return _send("POST", path, data, user)


def _send(method: str, path: str, data: dict | None = None, user: str | None = None) -> str:
    """One request with the user's token; the text it returns and any error it raises have the token redacted.

    The body is redacted too: a page that echoes the cookie back must not carry the token into a message.
    """
    token = credentials.require(user)
    try:
        return credentials.redact(_request(method, path, token, data), token)
    except FetchError as exc:
        raise type(exc)(credentials.redact(str(exc), token)) from None


def _request(method: str, path: str, token: str, data: dict | None) -> str:
    """The request itself; errors mention only the path, never headers or cookies."""
    import requests

    throttle.wait_turn()
    url, limit = base_url() + path, timeout()
    headers = {"User-Agent": user_agent(), "Cookie": f"session={token}"}

    def exchange():
        response = requests.request(method, url, headers=headers, data=data, timeout=limit, allow_redirects=False)
        _ = response.content  # the whole body, inside the time limit
        return response

    try:
        response = _within(limit, exchange, url)
    except requests.Timeout:
        raise SiteTimeout(f"{url}: no answer within {limit:g} s") from None
    except requests.ConnectionError:
        raise Unreachable(f"{url}: cannot reach the site (network down or wrong AOC_BASE_URL?)") from None
    except requests.RequestException as exc:
        raise FetchError(f"{url}: request failed ({type(exc).__name__})") from None
    return _body_or_error(url, response)


def _within(limit: float, exchange: Callable[[], Any], url: str) -> Any:
    """`exchange()` if it ends within `limit` seconds, else SiteTimeout.

    requests' timeout bounds each wait for bytes, not the whole exchange: a server that trickles
    a byte a second never trips it. The exchange runs in a daemon thread that is left behind
    (it ends with its socket, or with the process) when the limit passes.
    """
    import threading

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["response"] = exchange()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="aoc-request", daemon=True)
    thread.start()
    thread.join(limit)
    if thread.is_alive():
        raise SiteTimeout(f"{url}: no answer within {limit:g} s (the whole answer must arrive by then)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["response"]


def _body_or_error(url: str, response) -> str:
    """The body of a good answer, or the error its status means."""
    if response.status_code == 200:
        return response.text
    if response.status_code == 400 or LOGGED_OUT in response.text:
        raise BadToken("the site rejected the session token (expired or wrong): copy a fresh 'session' cookie")
    if response.status_code == 404:
        raise NotFound(f"{url}: the site has no such page")
    if response.status_code in (301, 302, 303, 307, 308):
        raise Redirected("the site redirected (logged out?): copy a fresh 'session' cookie")
    if response.status_code == 403:
        raise Forbidden(f"{url}: the site will not show this page to this account")
    if response.status_code >= 500:
        raise BadToken(f"{url}: the site answered {response.status_code} (often an expired token)")
    raise FetchError(f"{url}: the site answered {response.status_code}")
