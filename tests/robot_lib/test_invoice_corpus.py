"""The real invoice corpus in tests/data/invoices is complete, unchanged and attributed."""

from __future__ import annotations

import hashlib
import json

from tests.conftest import INVOICES


def test_every_file_matches_its_manifest_entry() -> None:
    manifest = json.loads((INVOICES / "manifest.json").read_text())
    entries = manifest["entries"]
    assert len(entries) == manifest["count"] >= 46
    licences = (INVOICES / "LICENSES.md").read_text()
    for e in entries:
        pdf = INVOICES / e["pdf"]
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == e["sha256"], e["name"]
        expected = json.loads((INVOICES / e["expected"]).read_text())
        assert expected["source"]["sha256"] == e["sha256"], e["name"]
        src = e["source"]
        # pinned by its commit, or by the published release it was taken from
        pinned = len(src.get("commit") or "") == 40 or "sha256" in src.get("release", "")
        assert src["repo"] and pinned and src["license"], e["name"]
        assert f"`{e['name']}`" in licences and src["repo"] in licences, e["name"]
    listed = {e["pdf"] for e in entries}
    on_disk = {str(p.relative_to(INVOICES)) for p in INVOICES.glob("*/*.pdf")}
    assert on_disk == listed  # no unlisted file, no listed file missing
