"""Every failure a user can cause, as one exception type each.

The CLI turns an AocError into one line on stderr and its exit code, so no
module below the CLI prints or exits.
"""


class AocError(Exception):
    """A failure with a message meant for the user and an exit status."""

    exit_code = 1


class UsageError(AocError):
    """The command line or the project is wrong in a way the user must fix."""

    exit_code = 2


class ConfigError(UsageError):
    """A config or answers file cannot be read."""


class UnknownDay(UsageError):
    """No such year or day, or no module solves it."""


class BadDayModule(UsageError):
    """A day module fails to import or lacks a required function."""


class DuplicateDay(UsageError):
    """Two sources register the same day."""


class NoApproach(BadDayModule):
    """A day module has no docstring to draft the write-up's approach from."""


class BrokenPost(UsageError):
    """A post's aoc:begin/aoc:end markers no longer pair up, or it is not UTF-8."""


class AlreadyExists(AocError):
    """Scaffolding refused to overwrite a file."""


class InputMissing(AocError):
    """An input file is neither cached nor fetchable."""


class FetchError(AocError):
    """A request to the puzzle site failed."""


class NoToken(FetchError):
    """No session token is configured."""


class UnknownAccount(UsageError):
    """An account named on the command line that tokens.json does not hold: a usage mistake, never a fallback."""


class BadToken(FetchError):
    """The site rejected the session token."""


class NotFound(FetchError):
    """The site has no page at that address."""


class Forbidden(FetchError):
    """The site will not show this page to this account (403)."""


class Redirected(BadToken):
    """The site sent the request elsewhere: logged out, or a page this account may not see."""


class NotUnlocked(FetchError):
    """The puzzle is not unlocked yet."""


class Unreachable(FetchError):
    """The site cannot be reached."""


class SiteTimeout(FetchError):
    """The site did not answer in time."""


class AnswerRefused(UsageError):
    """An answer refused before any request: empty, or part 2 equal to part 1 without --force."""


class KnownWrong(AocError):
    """An answer refused before any request: the site already said it is wrong, or it is out of bounds."""


class MustWait(AocError):
    """The site asks for a wait before the next answer (a persisted cooldown)."""

    exit_code = 3


class VaultError(UsageError):
    """The vault cannot be read or written: no key, a wrong key, or a tampered file."""
