"""Evidence for GUI tests: the fieldwork engagement with a check, a finding, and photos linked
to them (one with a capture time, one without), plus photo files to import."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from fieldwork_factory import Field, build_field
from PIL import Image

from cxdesk import evidence, fieldwork, finding_ops
from cxdesk.workspace import Workspace


@dataclass
class Evidence:
    field: Field
    check_id: str
    finding_id: str
    dated: str  # photo id: a JPEG with a capture time, on the check and its "clean" criterion
    undated: str  # photo id: a PNG without one, on the finding only


def jpeg(color=(40, 90, 200), size=(640, 480), *, taken: str | None = "2026:11:20 14:40:00",
         noise: bool = False, seed: int = 1) -> bytes:
    if noise:
        rng = random.Random(seed)
        small = Image.new("RGB", (size[0] // 8, size[1] // 8))
        small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))
                       for _ in range(small.width * small.height)])
        im = small.resize(size, Image.Resampling.NEAREST)
    else:
        im = Image.new("RGB", size, color)
    exif = Image.Exif()
    if taken:
        exif[0x8769] = {0x9003: taken}
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def png(color=(200, 40, 40), size=(320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def write_files(folder: Path, count: int, *, size=(640, 480), noise: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo_{i}.jpg"
        path.write_bytes(jpeg((20 * i % 255, 100, 200 - 10 * i % 200), size, noise=noise,
                              seed=i))
        paths.append(path)
    return paths


def build_evidence(ws: Workspace) -> Evidence:
    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                   template_id=field.template_id, method="visit",
                                   location_id=field.location_id, auditor="Ivan",
                                   started_at="2026-11-20T14:30:00")
    finding_id = finding_ops.create_finding(ws, field.engagement_id, kind="failure",
                                         title="Dirty floor", subject_id=field.own_id)
    dated, _ = evidence.store_photo(ws, jpeg(), file_name="floor.jpg")
    evidence.link_photo(ws, dated, engagement_id=field.engagement_id, check_id=check,
                        criterion_id=field.criteria["clean"], caption="Floor")
    undated, _ = evidence.store_photo(ws, png(), file_name="desk.png")
    evidence.link_photo(ws, undated, engagement_id=field.engagement_id, finding_id=finding_id)
    return Evidence(field, check, finding_id, dated, undated)
