"""Mail through rpaframework's ``RPA.Email.ImapSmtp`` (extra ``mail``): fetch attachments
from IMAP, send notifications over SMTP.

Settings come from credentials (see ``credentials.example.env``): ``MAIL_IMAP_SERVER``,
``MAIL_IMAP_PORT`` (993, IMAP over TLS), ``MAIL_SMTP_SERVER``, ``MAIL_SMTP_PORT`` (587),
``MAIL_ACCOUNT``, ``MAIL_PASSWORD``, ``MAIL_FROM``, ``MAIL_SMTP_AUTH`` (true/false).

Example::

    from robot_lib import mail

    saved = mail.fetch_attachments(ctx, dest=inbox, patterns=["*.pdf"])
    mail.send(ctx, to=["ap@example.com"], subject="Invoices in review", body="...")
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
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
            smtp_auth=(get("MAIL_SMTP_AUTH") or "true").lower() not in ("0", "false", "no"),
        )


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
    from robot_lib.files import free_path, safe_name, write_atomic

    cfg = _settings(source)
    if not (cfg.imap_server and cfg.account and cfg.password):
        raise ConfigError("IMAP needs MAIL_IMAP_SERVER, MAIL_ACCOUNT and MAIL_PASSWORD")
    lib = _library()(
        imap_server=cfg.imap_server,
        imap_port=cfg.imap_port,
        account=cfg.account,
        password=cfg.password,
    )
    dest.mkdir(parents=True, exist_ok=True)
    saved: list[SavedAttachment] = []
    try:
        lib.authorize_imap()
        if lib.imap_conn is None:
            raise MailError(f"cannot connect to IMAP {cfg.imap_server}:{cfg.imap_port}")
        if processed_folder:
            names = " ".join(str(f) for f in lib.get_folder_list())
            if processed_folder not in names:
                lib.create_folder(processed_folder)
        messages = lib.list_messages(criteria, source_folder=folder, readonly=True)
        for msg in messages:
            message = msg.get("Message")
            mid = str(msg.get("Message-ID") or msg.get("uid"))
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
                target = write_atomic(free_path(dest / safe_name(name)), data, fsync=True)
                files.append(SavedAttachment(target, name, mid, subject, sender))
            if processed_folder:
                lib.move_messages(
                    criterion=msg, target_folder=processed_folder, source_folder=folder
                )
            else:
                lib.select_folder(folder, readonly=False)
                lib.mark_as_read(criterion=msg)
            saved.extend(files)
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
    return saved


def send(
    source: Any,
    to: Sequence[str] | str,
    subject: str,
    body: str,
    attachments: Sequence[Path] = (),
    html: bool = False,
) -> None:
    """Send a message over SMTP (STARTTLS when offered; login when MAIL_SMTP_AUTH)."""
    cfg = _settings(source)
    if not cfg.smtp_server or not cfg.sender:
        raise ConfigError("SMTP needs MAIL_SMTP_SERVER and MAIL_FROM (or MAIL_ACCOUNT)")
    recipients = [to] if isinstance(to, str) else list(to)
    lib = _library()(smtp_server=cfg.smtp_server, smtp_port=cfg.smtp_port)
    try:
        if cfg.smtp_auth:
            lib.authorize_smtp(account=cfg.account, password=cfg.password)
        else:
            lib.authorize_smtp()
        if lib.smtp_conn is None:
            raise MailError(f"cannot connect to SMTP {cfg.smtp_server}:{cfg.smtp_port}")
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
