#!/usr/bin/env bash
# Make sure the servers the tests start on free local ports are installed: Redis (the Celery
# queue), Dovecot (IMAP) with OpenSSL (its throw-away certificate), PostgreSQL (run history).
# The tests start and stop them; nothing here runs a service.
# Installs the missing Debian packages when root with apt-get; otherwise names them, and the
# tests that need a missing server fail with the same message.
set -euo pipefail
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
missing=()
have redis-server || missing+=(redis-server)
have dovecot || missing+=(dovecot-imapd)
have openssl || missing+=(openssl)
have initdb || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -eq 0 ]; then
  echo "services: redis-server, dovecot, openssl and postgresql are installed"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "services: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "services: not installed: ${missing[*]}" >&2
echo "services: install them with: sudo apt-get install -y ${missing[*]}" >&2
echo "services: until then the tests that need them fail with that message" >&2
