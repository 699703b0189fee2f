"""The error tree of backoffice-bots.

Every failure a bot or the library raises says what happened, where, and what to do::

    RobotError
     +-- BusinessError        the data is wrong: never retried; the work item goes to review
     +-- ApplicationError     the world misbehaved: retried with backoff
     |    +-- RunTimeout          the attempt ran past its timeout
     |    +-- CircuitOpen         items in a row failed the same way: the attempt stopped
     |    +-- BrowserError        Playwright / the browser failed
     |    |    +-- BrowserTimeout     waited for a selector, label or text in vain
     |    |    +-- BrowserNotFound    no Chromium/Chrome to launch (also a ConfigError)
     |    +-- PortalError         a web application answered with an error page or status
     |    +-- MailError           IMAP/SMTP failed
     +-- ConfigError          a credential or setting is missing or invalid: fail fast
     +-- PdfError             a PDF cannot be read (a BusinessError: the document is bad)
     |    +-- NotAPdf / EmptyPdf / CorruptPdf / EncryptedPdf / ScannedPdf / PdfTooLarge
     +-- ExcelError           a workbook cannot be read or written
          +-- MissingColumns (BusinessError) / BadCell (BusinessError) / WorkbookLocked

Any other exception escaping a bot counts as an ApplicationError.
"""

from __future__ import annotations


class RobotError(Exception):
    """Base of every error raised by robot_lib."""

    retryable: bool = False


class BusinessError(RobotError):
    """The data is wrong (missing column, totals that do not add up). Never retried."""


class ApplicationError(RobotError):
    """The outside world misbehaved (timeout, HTTP 500, crash). Retried with backoff."""

    retryable = True


class RunTimeout(ApplicationError):
    """An attempt ran past its timeout and was killed."""


class CircuitOpen(ApplicationError):
    """Several items in a row failed the same way (the portal is down, the login is
    refused): the attempt stops with one message, the items not reached stay untouched,
    and the run is retried as a whole."""


class ConfigError(RobotError):
    """A credential or setting is missing or invalid. The run fails at once, not retried."""


class BrowserError(ApplicationError):
    """The browser or a page misbehaved."""


class BrowserTimeout(BrowserError):
    """Waiting for an element, label or text ran out of time."""


class BrowserNotFound(ConfigError):
    """No browser could be found to launch."""


class PortalError(ApplicationError):
    """A web application answered with an error (HTTP 5xx, an error page)."""


class MailError(ApplicationError):
    """Talking to the mail server failed."""


class PdfError(BusinessError):
    """A PDF cannot be read. Carries the path of the file."""

    def __init__(self, message: str, path: object = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path is not None else message)


class NotAPdf(PdfError):
    """The file is not a PDF at all (wrong signature)."""


class EmptyPdf(PdfError):
    """The file has zero bytes."""


class CorruptPdf(PdfError):
    """The file starts like a PDF but cannot be parsed."""


class EncryptedPdf(PdfError):
    """The PDF is encrypted and no (or a wrong) password was given."""


class ScannedPdf(PdfError):
    """The PDF has no text layer (an image-only scan): OCR would be needed."""


class PdfTooLarge(PdfError):
    """The PDF exceeds the page-count or parse-time limit."""


class ExcelError(RobotError):
    """A workbook cannot be read or written."""


class MissingColumns(ExcelError, BusinessError):
    """Required columns are absent from a sheet."""


class BadCell(ExcelError, BusinessError):
    """A cell's value cannot be converted to the expected type."""


class WorkbookLocked(ExcelError, ApplicationError):
    """The workbook is open in Excel (a ~$ lock file exists) or otherwise locked."""


def is_retryable(exc: BaseException) -> bool:
    """Return True if a failure with *exc* should be retried (ApplicationError or unknown)."""
    if isinstance(exc, RobotError):
        return exc.retryable
    return isinstance(exc, Exception)


def kind_of(exc: BaseException) -> str:
    """Classify *exc* as 'business', 'config' or 'application'."""
    if isinstance(exc, BusinessError):
        return "business"
    if isinstance(exc, ConfigError):
        return "config"
    return "application"


def summary(exc: BaseException, limit: int = 500) -> str:
    """One line for people: ``ErrorClass: first line``. A Playwright call log (dozens of
    "waiting for ..." lines) is cut to its last step, the one that failed; the whole text
    stays in the traceback of the log file and the report."""
    text = str(exc)
    head, _, call_log = text.partition("Call log:")
    lines = [ln.strip() for ln in head.splitlines() if ln.strip() and set(ln.strip()) != {"="}]
    first = lines[0] if lines else ""
    steps = [ln.strip().lstrip("- ").strip() for ln in call_log.splitlines() if ln.strip()]
    if steps:
        first += f" (last step: {steps[-1]})"
    if len(first) > limit:
        first = first[: limit - 1] + "…"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def bot_frame(exc: BaseException, bot_file: str) -> str | None:
    """``file:line in function`` of the innermost frame of *exc*'s traceback in the bot's
    own file (None when the bot's code is not in it)."""
    import os
    import traceback

    want = os.path.realpath(bot_file)
    found = None
    for fs in traceback.extract_tb(exc.__traceback__):
        if os.path.realpath(fs.filename) == want:
            found = fs
    if found is None:
        return None
    shown = os.path.relpath(found.filename)
    if shown.startswith(".."):  # outside the working folder: the absolute path
        shown = want
    return f"{shown}:{found.lineno} in {found.name}"
