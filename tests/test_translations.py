"""The Russian catalogue is complete and current: every string of ui/ is in it and translated,
and the compiled .qm files are built from the .ts files as they are."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent.parent / "resources" / "translations"
RU = HERE / "cxdesk_ru.ts"
EN = HERE / "cxdesk_en.ts"


def _update_module():
    spec = importlib.util.spec_from_file_location("translations_update", HERE / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def _untranslated(ts: Path) -> list[str]:
    problems = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        forms = [f.text for f in translation.iter("numerusform")] \
            if message.get("numerus") == "yes" else [translation.text]
        if kind == "unfinished" or not forms or not all((f or "").strip() for f in forms):
            problems.append(f"{context}: {source!r}")
    return problems


@pytest.mark.parametrize("ts", [RU, EN], ids=["ru", "en-plurals"])
def test_every_string_is_translated(ts):
    problems = _untranslated(ts)
    assert not problems, f"{len(problems)} untranslated in {ts.name}:\n" + "\n".join(problems)


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    update = _update_module()
    fresh = tmp_path / "cxdesk_ru.ts"
    update.lupdate(fresh)
    committed = {(c, s) for c, s, _ in _messages(RU)}
    missing = [f"{c}: {s!r}" for c, s, _ in _messages(fresh) if (c, s) not in committed]
    assert not missing, "run resources/translations/update.py and translate:\n" + \
        "\n".join(missing)


@pytest.mark.parametrize("ts", [RU, EN], ids=["ru", "en-plurals"])
def test_the_compiled_catalogue_matches_its_source(ts, tmp_path):
    update = _update_module()
    copy = tmp_path / ts.name
    copy.write_bytes(ts.read_bytes())
    update.lrelease(copy)
    assert copy.with_suffix(".qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run resources/translations/update.py to rebuild the .qm"


def _hidden_from_lupdate(path: Path) -> list[str]:
    """Calls that translate something lupdate cannot read: a text (or context) that is not a
    string literal, which is what a wrapper such as ``def _t(text): return translate(ctx,
    text)`` does — its strings never reach the catalogue and show in English in Russian."""
    import ast

    source = path.read_text(encoding="utf-8")
    # a plural recorded by a ``self.tr`` elsewhere (lupdate only records plurals from those)
    reused = {line.split("=")[0].strip() for line in source.splitlines()
              if "# lupdate: the plural of" in line}
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (func.attr if isinstance(func, ast.Attribute)
                else func.id if isinstance(func, ast.Name) else "")
        if (name == "translate" and len(node.args) >= 4  # a plural: lupdate records it
                and not (isinstance(node.args[1], ast.Name) and node.args[1].id in reused)):
            found.append(f"{path.name}:{node.lineno} (a plural: use self.tr(text, '', n))")
            continue  # as singular from QCoreApplication.translate, only self.tr's count
        if name == "translate" and len(node.args) >= 2:
            texts = node.args[:2]
        elif name == "tr" and node.args:
            texts = node.args[:1]
        else:
            continue
        if not all(isinstance(t, ast.Constant) and isinstance(t.value, str)
                   or isinstance(t, ast.Name) and t.id in reused for t in texts):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    ui = Path(__file__).resolve().parent.parent / "ui"
    hidden = [hit for path in sorted(ui.rglob("*.py")) for hit in _hidden_from_lupdate(path)]
    assert hidden == []
