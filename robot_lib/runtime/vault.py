"""The vault: credentials encrypted at rest in the run database (SQLite or PostgreSQL, so every
worker machine sees them), with ``cryptography``'s Fernet (AES-128-CBC + HMAC-SHA256).

The key never goes into the database. It comes from ``BOTS_VAULT_KEY`` (one key, or several
separated by commas, newest first) or from a key file (``BOTS_VAULT_KEY_FILE``, default
``$BOTS_HOME/vault.key``, one key per line, newest first) that only its owner may read
(mode 0600). Each row records the id of the key that wrote it (a hash, not the key), so a
wrong key gives one clear error instead of garbage.

Each value is encrypted together with its name: a token copied onto another name does not
open. ``bots secret set|list|rm|rotate-key``; the console's Secrets page; every change goes
to the audit log. Which bot may read which secret: :func:`credentials_for`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from robot_lib import config
from robot_lib.credentials import Secrets, is_secret_name, load_file, register_secret
from robot_lib.errors import ConfigError
from robot_lib.runtime import audit
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import vault_secrets
from robot_lib.runtime.store import Store

KEY_ENV = "BOTS_VAULT_KEY"
KEY_FILE_ENV = "BOTS_VAULT_KEY_FILE"
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,199}$")


def key_file() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or config.bots_home() / "vault.key").resolve()


def where_keys() -> str:
    """Where the key is looked for, for messages."""
    return f"{KEY_ENV} or the key file {key_file()} (mode 0600; {KEY_FILE_ENV} moves it)"


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def load_keys() -> tuple[list[str], str]:
    """The keys, newest first, and where they came from ([] when there is none)."""
    value = os.environ.get(KEY_ENV, "").strip()
    if value:
        return [k.strip() for k in value.split(",") if k.strip()], KEY_ENV
    path = key_file()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return [], str(path)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"the vault key file {path} can be read by others (mode {oct(mode & 0o777)}): "
            f"chmod 600 {path}"
        )
    keys = [k.strip() for k in path.read_text().splitlines() if k.strip()]
    return keys, str(path)


def _write_key_file(keys: list[str]) -> Path:
    """Replace the key file atomically, created 0600 (never readable by others, not even
    for a moment)."""
    path = key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(keys) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def _fernet(keys: list[str]) -> Any:
    from cryptography.fernet import Fernet, MultiFernet

    try:
        return MultiFernet([Fernet(k.encode()) for k in keys])
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            f"the vault key from {where_keys()} is not a valid key (44 characters of "
            f"url-safe base64, as `bots secret rotate-key` writes)"
        ) from exc


def new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


class Vault:
    """The secrets of one run database."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store or Store()

    def names(self) -> set[str]:
        """The names stored (no key needed, nothing decrypted)."""
        with self.store.engine.connect() as c:
            return {r.name for r in c.execute(sa.select(vault_secrets.c.name))}

    def entries(self) -> list[dict[str, Any]]:
        """Name, who changed it and when, which key wrote it: never a value."""
        q = sa.select(
            vault_secrets.c.name,
            vault_secrets.c.key_id,
            vault_secrets.c.changed_by,
            vault_secrets.c.changed_at,
        ).order_by(vault_secrets.c.name)
        with self.store.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def set(self, name: str, value: str, by: str) -> bool:
        """Store *value* under *name* (True: a new secret, False: a changed one). Creates the
        key file when there is no key yet and the vault is empty."""
        if not NAME.match(name):
            raise ConfigError(f"{name!r} is not a credential name (letters, digits and _)")
        if not value:
            raise ConfigError(f"no value given for {name}")
        keys, _ = load_keys()
        if not keys:
            if self.names():
                raise self._no_key()
            keys = [new_key()]
            _write_key_file(keys)
        token = _fernet(keys).encrypt(json.dumps({"n": name, "v": value}).encode()).decode()
        row = dict(token=token, key_id=key_id(keys[0]), changed_by=by, changed_at=now())
        with self.store.tx() as c:
            changed = c.execute(
                vault_secrets.update().where(vault_secrets.c.name == name).values(**row)
            ).rowcount
            if not changed:
                c.execute(vault_secrets.insert().values(name=name, **row))
        audit.record(self.store, by, "change secret" if changed else "set secret", name)
        return not changed

    def remove(self, name: str, by: str) -> bool:
        with self.store.tx() as c:
            gone = c.execute(vault_secrets.delete().where(vault_secrets.c.name == name)).rowcount
        if gone:
            audit.record(self.store, by, "remove secret", name)
        return bool(gone)

    def get_many(self, names: Iterable[str]) -> dict[str, str]:
        """Decrypt the secrets of *names* that are stored (each value is registered for
        masking). A key that does not open them is one clear error; the key file is read
        again once first, so a process that read it during a rotation is not disturbed."""
        wanted = sorted(set(names))
        if not wanted:
            return {}

        def rows() -> Sequence[Any]:
            with self.store.engine.connect() as c:
                q = sa.select(vault_secrets).where(vault_secrets.c.name.in_(wanted))
                return c.execute(q).fetchall()

        found = rows()
        if not found:
            return {}
        try:
            return self._open(found)
        except ConfigError:  # a rotation may have passed: the rows and the key once more
            return self._open(rows())

    def _open(self, rows: Sequence[Any]) -> dict[str, str]:
        from cryptography.fernet import InvalidToken

        keys, where = load_keys()
        if not keys:
            raise self._no_key()
        f = _fernet(keys)
        out = {}
        for r in rows:
            try:
                data = json.loads(f.decrypt(r.token.encode()))
            except InvalidToken:
                raise ConfigError(
                    f"the vault key from {where} does not open secret {r.name} (written with "
                    f"key {r.key_id}; this key is {key_id(keys[0])}): give the key the "
                    f"secrets were written with"
                ) from None
            if data.get("n") != r.name:
                raise ConfigError(f"vault secret {r.name} holds another secret's value")
            out[r.name] = str(data["v"])
            register_secret(out[r.name])
        return out

    def rotate(self, by: str) -> tuple[str, str | None]:
        """Re-encrypt every secret with a new key; returns its id and, when the key came from
        ``BOTS_VAULT_KEY``, the new key for the operator to set (None: in the key file). With
        a key file: the new key is written first beside the old one, the rows are rewritten
        in one transaction, then the old key is dropped; a run in progress already holds
        its values, and a process starting meanwhile opens either. With ``BOTS_VAULT_KEY``
        the new key is returned for the operator to set (the caller prints it once)."""
        keys, where = load_keys()
        if not keys:
            raise self._no_key()
        fresh = new_key()
        from_file = where != KEY_ENV
        if from_file:
            _write_key_file([fresh, *keys])
        old, new = _fernet(keys), _fernet([fresh])
        with self.store.tx() as c:
            rows = c.execute(sa.select(vault_secrets)).fetchall()
            for r in rows:
                from cryptography.fernet import InvalidToken

                try:
                    plain = old.decrypt(r.token.encode())
                except InvalidToken:
                    raise ConfigError(
                        f"the vault key from {where} does not open secret {r.name}: nothing "
                        f"was changed"
                    ) from None
                c.execute(
                    vault_secrets.update()
                    .where(vault_secrets.c.name == r.name)
                    .values(token=new.encrypt(plain).decode(), key_id=key_id(fresh))
                )
        if from_file:
            _write_key_file([fresh])
        audit.record(
            self.store, by, "rotate vault key", f"{len(rows)} secret(s)", f"key {key_id(fresh)}"
        )
        return key_id(fresh), (None if from_file else fresh)

    def _no_key(self) -> ConfigError:
        return ConfigError(
            f"the vault holds {len(self.names())} secret(s) but no key was found: set "
            f"{where_keys()}"
        )


def declared_by() -> dict[str, list[str]]:
    """Per credential name, the bots that declare it (``bots secret list``, the console)."""
    from robot_lib.runtime.registry import discover

    out: dict[str, list[str]] = {}
    for bot, spec in discover().bots.items():
        for cred in spec.all_credentials:
            out.setdefault(cred, []).append(bot)
    return out


def open_secrets(who: str, store: Store | None = None) -> Secrets:
    """Credentials for the runtime itself (alerts, the mail trigger): the environment, the
    vault, then ``credentials.env``; not restricted to a bot's declaration."""
    vault = Vault(store)

    def lookup(name: str) -> str | None:
        return vault.get_many([name]).get(name)

    return Secrets(who, lookup=lookup)


def sources(names: Iterable[str], store: Store | None = None) -> dict[str, str]:
    """Where each credential comes from, in the order they are looked up: ``environment``,
    ``vault``, ``credentials file``, or ``missing`` (no value is decrypted)."""
    names = list(names)
    stored = Vault(store).names() if names else set()
    in_file = load_file() if names else {}
    out = {}
    for n in names:
        if os.environ.get(n):
            out[n] = "environment"
        elif n in stored:
            out[n] = "vault"
        elif in_file.get(n):
            out[n] = "credentials file"
        else:
            out[n] = "missing"
    return out


def credentials_for(names: Iterable[str], store: Store | None = None) -> dict[str, Any]:
    """What an attempt's process receives: the values of the credentials its bot declares,
    from the environment, else the vault, else ``credentials.env`` (those not set anywhere
    are left out: reading one says where to set it), and which came from the vault (masked
    whatever their name)."""
    names = list(dict.fromkeys(names))
    values = {n: os.environ[n] for n in names if os.environ.get(n)}
    rest = [n for n in names if n not in values]
    vault = Vault(store).get_many(rest) if rest else {}
    values.update(vault)
    rest = [n for n in rest if n not in vault]
    if rest:
        in_file = load_file()
        values.update({n: in_file[n] for n in rest if in_file.get(n)})
    for n, v in values.items():
        if is_secret_name(n):
            register_secret(v)
    return {"values": values, "vault": sorted(vault)}
