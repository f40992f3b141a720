"""``main.py export map``: PNG at least 1200 px wide, an SVG that parses, a one-page PDF; exit 2
for an extension not offered, 1 for an unknown map."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

import pytest
from sample_data import build_sample

import main
from cxdesk.workspace import Workspace


@pytest.fixture(scope="module")
def sample_ws(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "audit.cxd"
    with Workspace.open(path, create=True) as ws:
        sample = build_sample(ws)
    return path, sample.map_id


def export(path, map_id, out) -> int:
    return main.main(["export", "map", "--workspace", str(path), "--map", map_id, "-o", str(out)])


def test_png_is_at_least_1200_pixels_wide(sample_ws, tmp_path):
    path, map_id = sample_ws
    assert export(path, map_id, tmp_path / "m.png") == 0
    head = (tmp_path / "m.png").read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width >= 1200 and height > 300


def test_svg_parses_and_holds_the_cyrillic_names(sample_ws, tmp_path):
    path, map_id = sample_ws
    assert export(path, map_id, tmp_path / "m.svg") == 0
    root = ET.parse(tmp_path / "m.svg").getroot()
    assert root.tag.endswith("svg")
    assert "Ресепшн" in "".join(root.itertext())


def test_pdf_has_one_page(sample_ws, tmp_path):
    path, map_id = sample_ws
    assert export(path, map_id, tmp_path / "m.pdf") == 0
    data = (tmp_path / "m.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) == 1


def test_an_extension_not_offered_is_exit_2_and_an_unknown_map_exit_1(sample_ws, tmp_path,
                                                                       capsys):
    path, map_id = sample_ws
    with pytest.raises(SystemExit) as raised:
        export(path, map_id, tmp_path / "m.gif")
    assert raised.value.code == 2
    assert export(path, "00000000-0000-0000-0000-000000000000", tmp_path / "m.png") == 1
    assert "no journey map" in capsys.readouterr().err
    assert not (tmp_path / "m.png").exists()
    assert export(tmp_path / "missing.cxd", map_id, tmp_path / "m.png") == 1


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_a_folder_as_output_is_refused_and_a_missing_folder_is_made(sample_ws, tmp_path, capsys,
                                                                     ext):
    path, map_id = sample_ws
    folder = tmp_path / f"taken.{ext}"
    folder.mkdir()
    assert export(path, map_id, folder) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err and not any(folder.iterdir())
    target = tmp_path / "новая папка" / f"карта.{ext}"
    assert export(path, map_id, target) == 0
    assert target.is_file() and target.stat().st_size > 1000
    assert capsys.readouterr().out.strip() == str(target)


def test_a_read_only_folder_is_refused_in_one_line_naming_the_file(sample_ws, tmp_path, capsys,
                                                                   monkeypatch):
    import os

    from cxdesk.reports import output

    path, map_id = sample_ws
    folder = tmp_path / "read only"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(output.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and str(p) == str(folder) else real_access(p, mode)))
    target = folder / "карта.svg"
    assert export(path, map_id, target) == 1
    err = capsys.readouterr().err
    assert err == f"cxdesk: {target}: cannot write the file (read-only)\n"
    assert not any(folder.iterdir())
