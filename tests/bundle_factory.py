"""Two workspaces that exchange bundles: a consultant's (the engagement of
``fieldwork_factory``) and a shopper's (made empty, filled by the kit)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from fieldwork_factory import Field, build_field, png_bytes

from cxdesk import fieldwork
from cxdesk.bundles import export_bundle, import_bundle
from cxdesk.info import workspace_info
from cxdesk.workspace import Workspace


@dataclass
class Exchange:
    consultant: Workspace
    shopper: Workspace
    field: Field
    folder: Path

    @property
    def engagement_id(self) -> str:
        return self.field.engagement_id

    def kit(self, name: str = "kit.cxb") -> Path:
        out = self.folder / name
        export_bundle(self.consultant, self.engagement_id, "kit", out)
        return out

    def results(self, name: str = "results.cxb") -> Path:
        out = self.folder / name
        export_bundle(self.shopper, self.engagement_id, "results", out)
        return out

    def close(self) -> None:
        self.consultant.close()
        self.shopper.close()


def make_exchange(folder: Path) -> Exchange:
    consultant = Workspace.open(folder / "consultant.cxd", create=True)
    shopper = Workspace.open(folder / "shopper.cxd", create=True)
    return Exchange(consultant, shopper, build_field(consultant), folder)


def do_fieldwork(ex: Exchange, *, photos: int = 2) -> str:
    """The shopper runs the assigned check: answers, photos, a comment; returns the check."""
    f = ex.field
    check = fieldwork.create_check_from_assignment(ex.shopper, f.assignment_id)
    fieldwork.answer(ex.shopper, check, f.criteria["greeting"], value=True)
    fieldwork.answer(ex.shopper, check, f.criteria["politeness"], value=7)
    fieldwork.set_comment(ex.shopper, check, f.criteria["politeness"], "Polite but hurried")
    for i in range(photos):
        fieldwork.attach_photo(ex.shopper, check, f.criteria["clean"],
                               png_bytes((20 * i, 100, 200 - 20 * i)), file_name=f"p{i}.png")
    return check


def photo_hashes(ws: Workspace) -> dict[str, str]:
    """sha256 recorded -> sha256 of the stored bytes."""
    return {sha: hashlib.sha256(data).hexdigest()
            for sha, data in ws.rows("SELECT sha256, data FROM blobs")}


TABLES = ("engagements", "subjects", "locations", "maps", "stages", "touchpoints", "templates",
          "criteria", "criterion_choices", "assignments", "checks", "check_reviews", "answers",
          "photos", "photo_derivatives", "evidence_links", "findings", "blobs", "tombstones",
          "search_docs", "exchange_imports", "exchange_sync", "exchange_conflicts")


def state(ws: Workspace) -> tuple[str, dict[str, int]]:
    """What a user would compare: ``info --json`` and the row count of every table."""
    counts = {t: ws.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
    return json.dumps(workspace_info(ws), sort_keys=True), counts


def sync(ex: Exchange) -> None:
    """Kit to the shopper, then the shopper's results back."""
    import_bundle(ex.shopper, ex.kit())
    import_bundle(ex.consultant, ex.results())
