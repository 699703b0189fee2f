"""The chaos suite at full size (issue 17): the real bots, the real demo portal, real
Chromium, while the world breaks. Per scenario: items lost, items entered twice, console
lines per failed item, and the seconds from the first failure to the attempt stopping.

Scenarios: portal down from the start; portal down mid-run and back; wrong password;
missing credential; session expiring every 20 s; 20% 5xx with 200 ms latency for 100 rows
and 50 invoices; the invoice bot killed with -9 at random moments 20 times.

    .venv/bin/python benchmarks/chaos.py [--small]
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import chaos  # noqa: E402

BIN = Path(sys.executable).parent


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--small", action="store_true", help="a quick run with small batches")
    args = ap.parse_args()
    rows, invoices, kills = (12, 6, 3) if args.small else (100, 50, 20)

    from demo.portal.app import PortalServer, PortalSettings

    base = Path(tempfile.mkdtemp(prefix="bots-chaos-"))
    os.environ.update(
        BOTS_HOME=str(base / "var"),
        BOTS_PATH=str(ROOT / "bots"),
        BOTS_CREDENTIALS=str(base / "credentials.env"),
        BOTS_COLOR="0",
    )
    os.environ.pop("BOTS_DATABASE_URL", None)
    outcomes: list[chaos.Outcome] = []
    settings = PortalSettings(db_path=base / "portal.db", report_delay=0.5)
    with PortalServer(settings) as portal:
        env = {
            "PORTAL_URL": portal.url,
            "PORTAL_USERNAME": settings.username,
            "PORTAL_PASSWORD": settings.password,
            "PORTAL_API_TOKEN": settings.api_token,
        }
        os.environ.update(env)

        def home(name: str) -> Path:
            h = base / name / "var"
            os.environ["BOTS_HOME"] = str(h)
            (base / name).mkdir(parents=True, exist_ok=True)
            return h

        def work(name: str) -> Path:
            w = base / name / "work"
            w.mkdir(parents=True, exist_ok=True)
            return w

        # portal down from the start: connection refused
        home("down")
        os.environ["PORTAL_URL"] = f"http://127.0.0.1:{_closed_port()}"
        outcomes.append(
            chaos.data_entry(portal, work("down"), "portal down from the start", rows, 701, 1, 1.0)
        )
        os.environ["PORTAL_URL"] = portal.url

        # down mid-run for 5 s, then back
        home("blip")
        from demo.sample_customers import customer_rows

        emails = [r["Email"] for r in customer_rows(min(rows, 9), 702, "x702")]
        portal.admin("settings", latency_ms=100)
        outcomes.append(
            chaos.data_entry(
                portal,
                work("blip"),
                "portal down mid-run, back after 5 s",
                rows,
                702,
                3,
                3.0,
                during=chaos.down_after(3, lambda: emails, 5.0),
            )
        )
        portal.admin("settings", latency_ms=0)

        home("wrongpw")
        os.environ["PORTAL_PASSWORD"] = "not-the-Password-1"
        outcomes.append(chaos.data_entry(portal, work("wrongpw"), "wrong password", rows, 703))
        os.environ.pop("PORTAL_PASSWORD")
        home("nocred")
        outcomes.append(chaos.data_entry(portal, work("nocred"), "missing credential", rows, 704))
        os.environ["PORTAL_PASSWORD"] = settings.password

        home("expiry")
        portal.admin("settings", session_ttl=20.0, latency_ms=200)
        outcomes.append(
            chaos.data_entry(portal, work("expiry"), "session expiring every 20 s", rows, 705)
        )
        portal.admin("settings", session_ttl=600.0, latency_ms=0)

        home("flaky")
        portal.admin("settings", error_rate=0.2, latency_ms=200)
        outcomes.append(
            chaos.data_entry(portal, work("flaky"), "20% 5xx, 200 ms: rows", rows, 706, 3)
        )
        h = home("flaky-inv")
        outcomes.append(
            chaos.invoices(
                portal, h, work("flaky-inv"), "20% 5xx, 200 ms: invoices", invoices, 707, 3
            )
        )
        portal.admin("settings", error_rate=0.0, latency_ms=100)

        h = home("kill")
        outcomes.append(
            chaos.invoices_killed(portal, h, work("kill"), invoices, kills, 708, BIN / "bots")
        )
        portal.admin("settings", latency_ms=0)

    print(chaos.HEADER)
    for o in outcomes:
        print(o.row())
    for o in outcomes:
        for note in o.notes:
            print(f"  {o.scenario}: {note}")
    bad = [o for o in outcomes if o.lost or o.twice]
    if bad:
        for o in bad:
            print(f"\n--- {o.scenario}\n{o.output[-3000:]}")
        sys.exit(1)


if __name__ == "__main__":
    t0 = time.monotonic()
    main()
    print(f"\n(total {time.monotonic() - t0:.0f} s)")
