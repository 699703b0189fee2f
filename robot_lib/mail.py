"""Mail through rpaframework's ``RPA.Email.ImapSmtp`` (extra ``mail``): fetch attachments
from IMAP, send notifications over SMTP.

Settings come from credentials (see ``credentials.example.env``): ``MAIL_IMAP_SERVER``,
``MAIL_IMAP_PORT`` (993, IMAP over TLS), ``MAIL_SMTP_SERVER``, ``MAIL_SMTP_PORT`` (587),
``MAIL_ACCOUNT``, ``MAIL_PASSWORD``, ``MAIL_FROM``, ``MAIL_SMTP_AUTH`` (true/false).

TLS certificates are always verified (IMAP over TLS, SMTP over STARTTLS or port 465);
``MAIL_TLS_CA_FILE`` trusts a private CA. ``MAIL_TLS_INSECURE_LOCAL_TEST=true`` switches
verification off for a test server on this machine only (refused for any other host), and
a password is never sent to an SMTP server that offers no STARTTLS (except on this machine).

Example::

    from robot_lib import mail

    saved = mail.fetch_attachments(ctx, dest=inbox, patterns=["*.pdf"])
    mail.send(ctx, to=["ap@example.com"], subject="Invoices in review", body="...")
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.header import decode_header, make_header
from pathlib import Path
from typing import Any

from robot_lib.credentials import mask
from robot_lib.errors import ConfigError, MailError


@dataclass(frozen=True)
class MailSettings:
    imap_server: str | None = None
    imap_port: int = 993
    smtp_server: str | None = None
    smtp_port: int = 587
    account: str | None = None
    password: str | None = None
    sender: str | None = None
    smtp_auth: bool = True
    tls_ca_file: str | None = None  # a private CA to trust besides the system's
    tls_insecure_local_test: bool = False  # no verification: a test server on this machine

    @classmethod
    def from_secrets(cls, secrets: Any) -> MailSettings:
        get = secrets.get
        return cls(
            imap_server=get("MAIL_IMAP_SERVER"),
            imap_port=int(get("MAIL_IMAP_PORT") or 993),
            smtp_server=get("MAIL_SMTP_SERVER"),
            smtp_port=int(get("MAIL_SMTP_PORT") or 587),
            account=get("MAIL_ACCOUNT"),
            password=get("MAIL_PASSWORD"),
            sender=get("MAIL_FROM") or get("MAIL_ACCOUNT"),
            smtp_auth=_flag(get("MAIL_SMTP_AUTH"), True),
            tls_ca_file=get("MAIL_TLS_CA_FILE"),
            tls_insecure_local_test=_flag(get("MAIL_TLS_INSECURE_LOCAL_TEST"), False),
        )


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() not in ("0", "false", "no", "off")


def _loopback(host: str) -> bool:
    import ipaddress
    import socket

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def _tls(cfg: MailSettings, host: str) -> Any:
    """An SSL context that verifies the server (or, for a local test server only, not)."""
    import ssl

    if cfg.tls_insecure_local_test:
        if not _loopback(host):
            raise ConfigError(
                f"MAIL_TLS_INSECURE_LOCAL_TEST is for a test server on this machine only; "
                f"{host} is not one: set MAIL_TLS_CA_FILE to its CA certificate instead"
            )
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    if cfg.tls_ca_file and not Path(cfg.tls_ca_file).is_file():
        raise ConfigError(f"MAIL_TLS_CA_FILE: {Path(cfg.tls_ca_file).resolve()} not found")
    return ssl.create_default_context(cafile=cfg.tls_ca_file)


def _unverified(what: str, exc: Exception) -> ConfigError:
    return ConfigError(
        f"{what}: the server's TLS certificate could not be verified ({exc}); if it is signed "
        f"by a private CA, set MAIL_TLS_CA_FILE to that CA's certificate"
    )


def _imap_connect(lib: Any, cfg: MailSettings) -> None:
    import imaplib
    import ssl

    assert cfg.imap_server is not None and cfg.account and cfg.password
    what = f"IMAP {cfg.imap_server}:{cfg.imap_port}"
    try:
        conn = imaplib.IMAP4_SSL(
            cfg.imap_server, cfg.imap_port, ssl_context=_tls(cfg, cfg.imap_server), timeout=60
        )
    except ssl.SSLCertVerificationError as exc:
        raise _unverified(what, exc) from None
    conn.login(cfg.account, cfg.password)
    conn.select("INBOX")
    lib.imap_conn = conn


def _smtp_connect(lib: Any, cfg: MailSettings) -> None:
    import smtplib
    import ssl

    host = str(cfg.smtp_server)
    what = f"SMTP {host}:{cfg.smtp_port}"
    ctx = _tls(cfg, host)
    try:
        if cfg.smtp_port == 465:
            conn: smtplib.SMTP = smtplib.SMTP_SSL(host, cfg.smtp_port, context=ctx, timeout=60)
        else:
            conn = smtplib.SMTP(host, cfg.smtp_port, timeout=60)
            conn.ehlo()
            if conn.has_extn("starttls"):
                conn.starttls(context=ctx)
                conn.ehlo()
            elif cfg.smtp_auth and not _loopback(host):
                conn.close()
                raise ConfigError(
                    f"{what} offers no STARTTLS: the password is not sent in clear; use port "
                    f"465 or a server with STARTTLS, or MAIL_SMTP_AUTH=false for a relay"
                )
    except ssl.SSLCertVerificationError as exc:
        raise _unverified(what, exc) from None
    if cfg.smtp_auth:
        conn.login(str(cfg.account), str(cfg.password))
    lib.smtp_conn = conn


@dataclass(frozen=True)
class SavedAttachment:
    path: Path
    original_name: str
    message_id: str
    subject: str
    sender: str


def _settings(source: Any) -> MailSettings:
    if isinstance(source, MailSettings):
        return source
    from robot_lib.credentials import Secrets

    secrets = source.secrets if hasattr(source, "secrets") else Secrets()
    return MailSettings.from_secrets(secrets)


def _library() -> Any:
    try:
        from RPA.Email.ImapSmtp import ImapSmtp
    except ImportError as exc:
        raise ConfigError("mail needs rpaframework: pip install 'backoffice-bots[mail]'") from exc
    return ImapSmtp


def _decode(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:
        return str(value)


@contextmanager
def _imap(source: Any) -> Iterator[tuple[Any, MailSettings]]:
    """A logged-in IMAP session (rpaframework's ImapSmtp over our verified TLS); errors
    become one MailError without the password."""
    cfg = _settings(source)
    if not (cfg.imap_server and cfg.account and cfg.password):
        raise ConfigError("IMAP needs MAIL_IMAP_SERVER, MAIL_ACCOUNT and MAIL_PASSWORD")
    lib = _library()(
        imap_server=cfg.imap_server,
        imap_port=cfg.imap_port,
        account=cfg.account,
        password=cfg.password,
    )
    try:
        _imap_connect(lib, cfg)
        yield lib, cfg
    except (ConfigError, MailError):
        raise
    except Exception as exc:
        raise MailError(
            f"IMAP {cfg.imap_server}:{cfg.imap_port} as {cfg.account}: "
            f"{mask(f'{type(exc).__name__}: {exc}')}"
        ) from None
    finally:
        try:
            if lib.imap_conn is not None:
                lib.imap_conn.logout()
        except Exception:
            pass


def _save_files(msg: Any, dest: Path, patterns: Sequence[str]) -> list[SavedAttachment]:
    from robot_lib.files import free_path, safe_name, write_atomic

    message = msg.get("Message")
    header = str(msg.get("Message-ID") or "").strip()
    # the sender writes this header: one with quotes or line breaks is never put into an
    # IMAP search (mark_handled), the message's UID is used instead
    safe = re.fullmatch(r"<[^\"\\\r\n]{1,250}>", header) is not None
    mid = header if safe else f"UID {msg.get('uid')}"
    subject, sender = _decode(msg.get("Subject")), _decode(msg.get("From"))
    files: list[SavedAttachment] = []
    for part in message.walk() if message is not None else []:
        name = part.get_filename()
        if not name:
            continue
        name = _decode(name)
        if not any(fnmatch.fnmatch(name.lower(), p.lower()) for p in patterns):
            continue
        data = part.get_payload(decode=True) or b""
        dest.mkdir(parents=True, exist_ok=True)
        target = write_atomic(free_path(dest / safe_name(name)), data, fsync=True)
        files.append(SavedAttachment(target, name, mid, subject, sender))
    return files


def _mark(lib: Any, criterion: Any, folder: str, processed_folder: str | None) -> None:
    if processed_folder:
        lib.move_messages(criterion=criterion, target_folder=processed_folder, source_folder=folder)
    else:
        lib.select_folder(folder, readonly=False)
        lib.mark_as_read(criterion=criterion)


def _ensure_folder(lib: Any, folder: str | None) -> None:
    if folder and folder not in " ".join(str(f) for f in lib.get_folder_list()):
        lib.create_folder(folder)


def fetch_attachments(
    source: Any,
    dest: Path,
    folder: str = "INBOX",
    criteria: str = "UNSEEN",
    patterns: Sequence[str] = ("*.pdf",),
    processed_folder: str | None = None,
) -> list[SavedAttachment]:
    """Save attachments matching *patterns* from messages matching *criteria*.

    Each file is written to *dest* under a sanitized name (never overwriting: a suffix is
    added) and flushed to disk; only then is its message marked seen, or moved to
    *processed_folder*. A message whose files could not be saved stays unseen, so the next
    run fetches it again.

    *source* is a RunContext (credentials from ``ctx.secrets``) or a MailSettings.
    Raises MailError when the server cannot be reached or refuses the login.
    """
    saved: list[SavedAttachment] = []
    with _imap(source) as (lib, _cfg):
        _ensure_folder(lib, processed_folder)
        for msg in lib.list_messages(criteria, source_folder=folder, readonly=True):
            files = _save_files(msg, dest, patterns)
            _mark(lib, msg, folder, processed_folder)
            saved.extend(files)
    return saved


def collect_attachments(
    source: Any,
    dest: Path,
    folder: str = "INBOX",
    sender: str = "*",
    patterns: Sequence[str] = ("*",),
) -> list[SavedAttachment]:
    """Save the attachments matching *patterns* of the unseen messages whose sender's
    address matches *sender* (``*@supplier.example``), marking nothing: the caller marks
    them with :func:`mark_handled` once their files are dealt with (the mail trigger, after
    its run). Messages without a matching attachment are left alone."""
    from email.utils import parseaddr

    saved: list[SavedAttachment] = []
    with _imap(source) as (lib, _cfg):
        for msg in lib.list_messages("UNSEEN", source_folder=folder, readonly=True):
            address = parseaddr(_decode(msg.get("From")))[1].lower()
            if fnmatch.fnmatch(address, sender.lower()):
                saved.extend(_save_files(msg, dest, patterns))
    return saved


def mark_handled(
    source: Any, message_ids: Sequence[str], folder: str = "INBOX", move_to: str | None = None
) -> None:
    """Mark the messages of *message_ids* (as :class:`SavedAttachment` gives them) seen, or
    move them to *move_to*."""
    with _imap(source) as (lib, _cfg):
        _ensure_folder(lib, move_to)
        for mid in dict.fromkeys(message_ids):
            criterion = mid if mid.startswith("UID ") else f'HEADER Message-ID "{mid}"'
            _mark(lib, criterion, folder, move_to)


def send(
    source: Any,
    to: Sequence[str] | str,
    subject: str,
    body: str,
    attachments: Sequence[Path] = (),
    html: bool = False,
) -> None:
    """Send a message over SMTP (STARTTLS when offered, certificate verified; login when
    MAIL_SMTP_AUTH)."""
    cfg = _settings(source)
    if not cfg.smtp_server or not cfg.sender:
        raise ConfigError("SMTP needs MAIL_SMTP_SERVER and MAIL_FROM (or MAIL_ACCOUNT)")
    recipients = [to] if isinstance(to, str) else list(to)
    lib = _library()(smtp_server=cfg.smtp_server, smtp_port=cfg.smtp_port)
    try:
        _smtp_connect(lib, cfg)
        lib.send_message(
            sender=cfg.sender,
            recipients=recipients,
            subject=mask(subject),
            body=mask(body),
            attachments=[str(a) for a in attachments] or None,
            html=html,
        )
    except (ConfigError, MailError):
        raise
    except Exception as exc:
        raise MailError(
            f"SMTP {cfg.smtp_server}:{cfg.smtp_port}: {mask(f'{type(exc).__name__}: {exc}')}"
        ) from None
    finally:
        try:
            if lib.smtp_conn is not None:
                lib.smtp_conn.quit()
        except Exception:
            pass
