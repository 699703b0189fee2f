"""Real local mail servers for the tests: Dovecot (IMAP over TLS) and aiosmtpd (SMTP)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from tests.servers import free_port, not_installed


def self_signed(base: Path) -> tuple[Path, Path]:
    """A throw-away certificate for localhost and 127.0.0.1: (cert, key)."""
    if shutil.which("openssl") is None:
        raise not_installed("openssl (for the test certificates)", "openssl")
    cert, key = base / "cert.pem", base / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@dataclass
class Imap:
    host: str
    port: int
    user: str
    password: str
    cafile: str = ""  # its self-signed certificate, to trust in tests that verify it

    def deliver(self, msg: EmailMessage, folder: str = "INBOX") -> None:
        import imaplib
        import ssl

        ctx = ssl.create_default_context(cafile=self.cafile)
        with imaplib.IMAP4_SSL(self.host, self.port, ssl_context=ctx) as c:
            c.login(self.user, self.password)
            c.append(folder, "", imaplib.Time2Internaldate(time.time()), msg.as_bytes())

    def flags(self, folder: str = "INBOX") -> list[str]:
        import imaplib
        import ssl

        ctx = ssl.create_default_context(cafile=self.cafile)
        with imaplib.IMAP4_SSL(self.host, self.port, ssl_context=ctx) as c:
            c.login(self.user, self.password)
            typ, _ = c.select(folder)
            if typ != "OK":
                return []
            _, data = c.fetch("1:*", "(FLAGS)")
            return [d.decode() for d in data if d]


@contextmanager
def dovecot() -> Iterator[Imap]:
    """Dovecot on a free port with one user, TLS with a throw-away certificate."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        raise not_installed("dovecot", "dovecot-imapd")
    base = Path(tempfile.mkdtemp(prefix="bots-imap-"))
    os.chmod(base, 0o755)
    nobody = pwd.getpwnam("nobody")
    for d in ("mail", "home"):
        (base / d).mkdir()
        os.chown(base / d, nobody.pw_uid, nobody.pw_gid)
    cert, _key = self_signed(base)
    user, password = "ap@example.com", "imap-Secret-42"
    (base / "passwd").write_text(f"{user}:{{PLAIN}}{password}::::::\n")
    port = free_port()
    (base / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = required
ssl_cert = <{base}/cert.pem
ssl_key = <{base}/key.pem
first_valid_uid = 100
mail_location = maildir:{base}/mail/%u
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = {base}/passwd
}}
userdb {{
  driver = static
  args = uid={nobody.pw_uid} gid={nobody.pw_gid} home={base}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")
    proc = subprocess.Popen(
        [binary, "-F", "-c", str(base / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                log = (base / "dovecot.log").read_text() if (base / "dovecot.log").exists() else ""
                raise RuntimeError(f"dovecot did not start: {err} {log}") from None
            time.sleep(0.1)
    try:
        yield Imap("127.0.0.1", port, user, password, str(cert))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class Smtp:
    host: str
    port: int
    received: list[Any] = field(default_factory=list)
    cafile: str = ""


@contextmanager
def smtp_server(tls: bool = False) -> Iterator[Smtp]:
    """aiosmtpd on a free port, keeping every message it receives; with *tls*, it offers
    STARTTLS with a self-signed certificate (``box.cafile``)."""
    import ssl

    from aiosmtpd.controller import Controller

    box = Smtp("127.0.0.1", free_port())
    extra: dict[str, Any] = {}
    base: Path | None = None
    if tls:
        base = Path(tempfile.mkdtemp(prefix="bots-smtp-"))
        cert, key = self_signed(base)
        tls_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_ctx.load_cert_chain(cert, key)
        extra = {"tls_context": tls_ctx}
        box.cafile = str(cert)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            from email import message_from_bytes, policy

            box.received.append(message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=box.port, **extra)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
        if base is not None:  # (the certificate and its key: nothing left in the temp folder)
            shutil.rmtree(base, ignore_errors=True)
