"""robot_lib.mail against real local servers: Dovecot (IMAPS) and aiosmtpd (SMTP)."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from robot_lib import mail
from robot_lib.errors import ConfigError, MailError
from robot_lib.mail import MailSettings
from tests.mailservers import Imap, dovecot, smtp_server

pytestmark = pytest.mark.slow
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def imap() -> Iterator[Imap]:
    with dovecot() as server:
        yield server


def _message(subject: str, files: dict[str, bytes]) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "vendor@example.com", "ap@example.com", subject
    m.set_content("Please find our invoice attached.")
    for name, data in files.items():
        maintype, subtype = ("application", "pdf") if name.endswith(".pdf") else ("text", "plain")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def _settings(imap: Imap, password: str | None = None, **tls: Any) -> MailSettings:
    return MailSettings(
        imap_server=imap.host,
        imap_port=imap.port,
        account=imap.user,
        password=password or imap.password,
        **(tls or {"tls_ca_file": imap.cafile}),
    )


def test_fetch_saves_matching_attachments_then_marks_seen(imap: Imap, tmp_path: Path) -> None:
    imap.deliver(_message("Invoice 1", {"inv-1.pdf": PDF, "notes.txt": b"hi"}))
    imap.deliver(_message("Invoice 2", {"../../evil.pdf": PDF + b"2"}))
    saved = mail.fetch_attachments(_settings(imap), dest=tmp_path, patterns=["*.pdf"])
    names = sorted(s.path.name for s in saved)
    assert names == ["evil.pdf", "inv-1.pdf"]
    assert all(s.path.parent == tmp_path for s in saved)
    assert (tmp_path / "inv-1.pdf").read_bytes() == PDF
    assert not (tmp_path / "notes.txt").exists()
    assert all("\\Seen" in f for f in imap.flags())
    assert mail.fetch_attachments(_settings(imap), dest=tmp_path) == []  # nothing unseen left


def test_same_name_twice_is_not_overwritten(imap: Imap, tmp_path: Path) -> None:
    imap.deliver(_message("a", {"invoice.pdf": PDF + b"a"}))
    imap.deliver(_message("b", {"invoice.pdf": PDF + b"b"}))
    saved = mail.fetch_attachments(_settings(imap), dest=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice (1).pdf", "invoice.pdf"]
    assert {s.path.read_bytes() for s in saved} == {PDF + b"a", PDF + b"b"}


def test_processed_folder(imap: Imap, tmp_path: Path) -> None:
    imap.deliver(_message("moved", {"m.pdf": PDF}))
    saved = mail.fetch_attachments(_settings(imap), dest=tmp_path, processed_folder="Processed")
    assert [s.path.name for s in saved] == ["m.pdf"]
    assert len(imap.flags("Processed")) >= 1


def test_wrong_password_is_a_mail_error_without_the_password(imap: Imap, tmp_path: Path) -> None:
    with pytest.raises(MailError) as info:
        mail.fetch_attachments(_settings(imap, "Wrong-Pa55"), dest=tmp_path)
    assert "Wrong-Pa55" not in str(info.value) and imap.user in str(info.value)


def test_send_with_attachment(tmp_path: Path) -> None:
    att = tmp_path / "report.csv"
    att.write_text("a,b\n1,2\n")
    with smtp_server() as box:
        cfg = MailSettings(
            smtp_server=box.host, smtp_port=box.port, sender="bots@example.com", smtp_auth=False
        )
        mail.send(cfg, ["ap@example.com"], "Run failed", "See the report.", attachments=[att])
    assert len(box.received) == 1
    msg = box.received[0]
    assert msg["Subject"] == "Run failed" and msg["To"] == "ap@example.com"
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["report.csv"]


def test_imap_certificates_are_verified(imap: Imap, tmp_path: Path) -> None:
    """The test server's certificate is self-signed: refused unless its CA is trusted, or
    verification is switched off by the option named for a local test server."""
    with pytest.raises(ConfigError, match="MAIL_TLS_CA_FILE") as info:
        mail.fetch_attachments(_settings(imap, tls_ca_file=None), dest=tmp_path)
    assert "certificate" in str(info.value) and imap.password not in str(info.value)
    imap.deliver(_message("local", {"local.pdf": PDF + b"local"}))
    local = _settings(imap, tls_insecure_local_test=True)
    assert [s.path.name for s in mail.fetch_attachments(local, dest=tmp_path)] == ["local.pdf"]
    elsewhere = MailSettings(
        imap_server="imap.example.com", account="a", password="p", tls_insecure_local_test=True
    )
    with pytest.raises(ConfigError, match="this machine only"):
        mail.fetch_attachments(elsewhere, dest=tmp_path)


def test_smtp_starttls_is_verified(tmp_path: Path) -> None:
    with smtp_server(tls=True) as box:
        base = dict(smtp_server=box.host, smtp_port=box.port, sender="bots@example.com")
        with pytest.raises(ConfigError, match="MAIL_TLS_CA_FILE"):
            mail.send(MailSettings(**base, smtp_auth=False), ["ap@example.com"], "s", "b")
        mail.send(
            MailSettings(**base, smtp_auth=False, tls_ca_file=box.cafile),
            ["ap@example.com"],
            "over TLS",
            "b",
        )
    assert [m["Subject"] for m in box.received] == ["over TLS"]
    assert not Path(box.cafile).parent.exists()  # (the test server's key left nowhere)


def test_collect_marks_nothing_and_a_hostile_message_id_marks_only_its_message(
    imap: Imap, tmp_path: Path
) -> None:
    seen_before = sum("\\Seen" in f for f in imap.flags())
    hostile = _message("Invoice 9", {"inv-9.pdf": PDF})
    hostile["Message-ID"] = '<x" OR ALL "y@evil.example>'  # would match every message
    imap.deliver(hostile)
    imap.deliver(_message("Invoice 10", {"inv-10.pdf": PDF}))
    saved = mail.collect_attachments(_settings(imap), tmp_path, sender="vendor@example.com")
    assert sorted(s.path.name for s in saved) == ["inv-10.pdf", "inv-9.pdf"]
    assert sum("\\Seen" in f for f in imap.flags()) == seen_before  # nothing marked yet
    (mine,) = [s for s in saved if s.path.name == "inv-9.pdf"]
    assert mine.message_id.startswith("UID ")
    mail.mark_handled(_settings(imap), [mine.message_id])
    flags = imap.flags()
    assert "\\Seen" in flags[-2] and "\\Seen" not in flags[-1]
