"""The reports against their baselines, in one run (issue 6).

xlsx: the Excel workbook of a `demo --scale 200` workspace (≥ 30 000 answers) against an
openpyxl write-only dump of the same answer rows fetched by one plain SQL query. Target: the
workbook ≤ 1.5 × the dump. Each side runs in its own process, so its peak memory (max RSS) is
its own. The workbook is also timed with openpyxl's own row writer (``xlsx_fastrows`` off).

pdf: the client PDF with every photo of a `demo --scale 10` workspace (≥ 200 distinct photos)
against a naive export that decodes each original with Pillow, re-encodes it as a JPEG and
places it in a reportlab document. Target: ≤ 0.25 × the naive export. Then the same report of
a `demo --scale 24` workspace (≥ 500 photos): peak memory ≤ 300 MB.

    python bench/reports.py [--scale 200] [--only xlsx|pdf]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _demo import demo_workspace

HERE = Path(__file__).resolve()

#: The answer rows of the workbook's Answers sheet, raw: what the baseline dumps.
ANSWERS_SQL = """
SELECT c.id, s.name, l.name, c.started_at, st.name, tp.name, cr.text, cr.answer_type,
       a.value_number, a.value_text, ch.label, a.not_applicable, cr.critical, a.comment
FROM answers a JOIN checks c ON c.id = a.check_id JOIN subjects s ON s.id = c.subject_id
JOIN criteria cr ON cr.id = a.criterion_id LEFT JOIN locations l ON l.id = c.location_id
LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
LEFT JOIN stages st ON st.id = coalesce(cr.stage_id, tp.stage_id)
LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
WHERE c.engagement_id = ?"""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- what each child process runs ----------------------------------------------------------------
def child_xlsx_baseline(workspace: str, engagement: str, out: str) -> dict:
    from openpyxl import Workbook

    from cxdesk.workspace import Workspace

    started = time.perf_counter()
    with Workspace.open(workspace) as ws:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Answers")
        sheet.append(["check", "subject", "location", "started", "stage", "touchpoint",
                      "criterion", "type", "number", "text", "choice", "na", "critical",
                      "comment"])
        rows = 0
        cursor = ws.conn.cursor()
        cursor.row_factory = None  # plain tuples
        for row in cursor.execute(ANSWERS_SQL, (engagement,)):
            sheet.append(row)
            rows += 1
        book.save(out)
    return {"seconds": time.perf_counter() - started, "rows": rows}


def child_xlsx_workbook(workspace: str, engagement: str, out: str,
                        sections: str = "", writer: str = "fast") -> dict:
    from cxdesk.reports import xlsx_fastrows
    from cxdesk.reports.xlsx import write_workbook
    from cxdesk.workspace import Workspace

    xlsx_fastrows.ENABLED = writer == "fast"

    started = time.perf_counter()
    with Workspace.open(workspace) as ws:
        write_workbook(ws, engagement, out, lang="ru",
                       sections=sections.split(",") if sections else None)
    return {"seconds": time.perf_counter() - started}


def child_pdf_baseline(workspace: str, engagement: str, out: str) -> dict:
    """The naive PDF: each photo's ORIGINAL decoded with Pillow, re-encoded as a JPEG and
    placed in a reportlab document with its file name."""
    import io

    from PIL import Image as PILImage
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

    from cxdesk.workspace import Workspace

    started = time.perf_counter()
    style = getSampleStyleSheet()["Normal"]
    story: list = []
    with Workspace.open(workspace) as ws:
        for _photo_id, name, data in ws.conn.execute(
                """SELECT DISTINCT p.id, p.file_name, b.data FROM photos p
                   JOIN blobs b ON b.sha256 = p.sha256
                   JOIN evidence_links e ON e.photo_id = p.id
                   WHERE e.engagement_id = ? AND p.mime LIKE 'image/%'""", (engagement,)):
            with PILImage.open(io.BytesIO(data)) as im:
                buffer = io.BytesIO()
                im.convert("RGB").save(buffer, "JPEG", quality=85)
                width, height = im.size
            scale = min(170 * mm / width, 110 * mm / height)
            buffer.seek(0)
            story += [Image(buffer, width * scale, height * scale), Paragraph(name, style)]
        photos = len(story) // 2
        SimpleDocTemplate(out, pagesize=A4).build(story)  # (build empties the story)
    return {"seconds": time.perf_counter() - started, "photos": photos}


def child_pdf_report(workspace: str, engagement: str, out: str) -> dict:
    from cxdesk.reports.pdf import write_report
    from cxdesk.workspace import Workspace

    started = time.perf_counter()
    with Workspace.open(workspace) as ws:
        write_report(ws, engagement, out, lang="ru", all_photos=True)
        photos = ws.scalar("""SELECT count(DISTINCT photo_id) FROM evidence_links
                              WHERE engagement_id = ?""", (engagement,))
    return {"seconds": time.perf_counter() - started, "photos": photos,
            "mb": Path(out).stat().st_size / 1e6}


CHILDREN: dict[str, Callable[..., dict]] = {
    "xlsx-baseline": child_xlsx_baseline,
    "xlsx-workbook": child_xlsx_workbook,
    "pdf-baseline": child_pdf_baseline,
    "pdf-report": child_pdf_report,
}


def in_child(name: str, *args: str) -> dict:
    """Run ``CHILDREN[name](*args)`` in a fresh process; its result with its peak memory."""
    done = subprocess.run([sys.executable, str(HERE), "--child", name, *args],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the sections ------------------------------------------------------------------------------
def bench_xlsx(args: argparse.Namespace) -> None:
    path, engagement = demo_workspace(args.scale)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        sides = (
            ("xlsx-baseline", "openpyxl write-only dump of the answer rows", ()),
            ("xlsx-workbook", "write_workbook, Answers sheet only", ("answers",)),
            ("xlsx-workbook", "write_workbook, the whole workbook", ()),
            ("xlsx-workbook", "the whole workbook, openpyxl's own row writer",
             ("", "openpyxl")))
        runs: dict[str, list[dict]] = {label: [] for _, label, _ in sides}
        for _ in range(args.runs):  # interleaved: a loaded machine slows every side alike
            for name, label, extra in sides:
                runs[label].append(in_child(name, str(path), engagement,
                                            str(out / f"{name}.xlsx"), *extra))
        results = {label: min(found, key=lambda r: r["seconds"])
                   for label, found in runs.items()}
        for label, best in results.items():
            rows = f", {best['rows']} rows" if "rows" in best else ""
            print(f"  {label}: {best['seconds']:.2f} s, peak {best['peak_mb']:.0f} MB{rows}",
                  flush=True)
        base = results["openpyxl write-only dump of the answer rows"]["seconds"]
        for label in ("write_workbook, Answers sheet only", "write_workbook, the whole workbook",
                      "the whole workbook, openpyxl's own row writer"):
            ratio = results[label]["seconds"] / base
            print(f"  ratio {label} / dump: {ratio:.2f} (target ≤ 1.5)")


def bench_pdf(args: argparse.Namespace) -> None:
    """write_report(all_photos=True) with ≥ 200 distinct photos against the naive export
    (target ≤ 0.25 ×), then its peak memory with ≥ 500 photos (target ≤ 300 MB)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        path, engagement = demo_workspace(args.pdf_scale)
        results = {}
        for name, label in (("pdf-baseline", "naive: decode each original, re-encode, place"),
                            ("pdf-report", "write_report(all_photos=True)")):
            best = min((in_child(name, str(path), engagement, str(out / f"{name}.pdf"))
                        for _ in range(args.runs)), key=lambda r: r["seconds"])
            results[name] = best
            size = f", {best['mb']:.0f} MB file" if "mb" in best else ""
            print(f"  {label}: {best['seconds']:.2f} s, {best['photos']} photos, "
                  f"peak {best['peak_mb']:.0f} MB{size}", flush=True)
        ratio = results["pdf-report"]["seconds"] / results["pdf-baseline"]["seconds"]
        print(f"  ratio report / naive: {ratio:.2f} (target ≤ 0.25)")
        path, engagement = demo_workspace(args.pdf_memory_scale)
        big = in_child("pdf-report", str(path), engagement, str(out / "big.pdf"))
        print(f"  write_report(all_photos=True), {big['photos']} photos: {big['seconds']:.2f} s,"
              f" peak {big['peak_mb']:.0f} MB (target ≤ 300 MB), {big['mb']:.0f} MB file",
              flush=True)


#: One entry per report.
SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "xlsx": bench_xlsx,
    "pdf": bench_pdf,
}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        result = CHILDREN[sys.argv[2]](*sys.argv[3:])
        print(json.dumps({**result, "peak_mb": _peak_mb()}))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side; the best counts")
    parser.add_argument("--only", choices=sorted(SECTIONS), help="one report only")
    parser.add_argument("--pdf-scale", type=int, default=10,
                        help="demo scale of the PDF timing (≥ 200 photos)")
    parser.add_argument("--pdf-memory-scale", type=int, default=24,
                        help="demo scale of the PDF memory check (≥ 500 photos)")
    args = parser.parse_args()
    for name, bench in SECTIONS.items():
        if args.only in (None, name):
            print(f"{name}:", flush=True)
            bench(args)


if __name__ == "__main__":
    main()
