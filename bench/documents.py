"""How long a warm worker takes to print the demo plan 000 (about 10 pages) and a 50-page report with
tables as signed-ready PDFs, beside the same content as our .docx printed by LibreOffice headless.

Usage: .venv/bin/python bench/documents.py [--repeat 5] [--pages 50]
It builds a throw-away SQLite database in a temporary folder, loads the demo units, plans and
reports, and generates the long report from the seed report's tables. Each figure is the median of
`--repeat` renders in this process after a first, untimed one (imports and fonts loaded, as in a
long-lived Celery worker): the HTML from the database, WeasyPrint's layout, the PDF/A and the empty
signature fields. LibreOffice is timed as clerks print today, one `soffice --headless --convert-to pdf`
per file; install it only for this benchmark (`apt-get install -y libreoffice-writer-nogui`).
Targets: plan < 0.5 s, report < 3 s. The figures are printed last.
"""

import argparse
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def setup(tmp):
    os.environ["PORTAL_DATA_DIR"] = tmp
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def load_demo():
    from plans.demo import load_plans
    from portal.demo import load_units_and_people
    from reports.demo import load_reports

    load_units_and_people()
    load_plans()
    load_reports()


def page_count(pdf):
    import pypdfium2

    return len(pypdfium2.PdfDocument(pdf))


def long_report(pages):
    """The seed report (001) grown until its PDF has `pages` pages: chapters of the seed's body text, each
    followed by the seed's tables (rows tripled) added one at a time; the last part added is cut to what
    reaches the size asked for, rather than ending a whole chapter past it."""
    from portal.documents import render_document
    from reports.models import Report, ReportSection, ReportTable
    from reports.pdf import render_report_html

    seed = Report.objects.get(number=340, symbol="BC-UBND")
    report = Report.objects.create(
        unit=seed.unit, kind=Report.Kind.THEMATIC, year=2024, title="Báo cáo tổng hợp kết quả (benchmark 50 trang)",
        issued_on=date(2024, 7, 19), place_name="Tuy Phước", symbol="BC-UBND", recipient_text=seed.recipient_text,
        recipients=seed.recipients, signer_position=seed.signer_position, signer_name=seed.signer_name,
    )  # fmt: skip
    tables = list(seed.tables.select_related("template"))
    body = "\n".join(s.body for s in seed.sections.all() if s.body)

    def short():
        return len(render_document(render_report_html(report)).pages) < pages

    chapter = 0
    while short():
        chapter += 1
        section = ReportSection.objects.create(
            report=report, number=str(chapter), title=f"Kết quả thực hiện tại đơn vị số {chapter}", body=body,
            order=chapter,
        )  # fmt: skip
        if not short():
            fewest(section, "body", body.splitlines(), short, "\n".join)
            break
        for n, table in enumerate(tables):
            added = ReportTable.objects.create(
                report=report, section=section, template=table.template, rows=table.rows * 3, order=n,
                title=table.title,
            )  # fmt: skip
            if not short():
                fewest(added, "rows", added.rows, short)
                break
    return report


def fewest(obj, field, items, short, join=list):
    """Cut the part that took the report past the size asked for (a chapter's text, or a table that runs to
    several pages) to the fewest of its paragraphs or rows that still reach it, by bisection."""
    low, high = 1, len(items)
    while low < high:
        middle = (low + high) // 2
        setattr(obj, field, join(items[:middle]))
        obj.save(update_fields=[field])
        low, high = (middle + 1, high) if short() else (low, middle)
    setattr(obj, field, join(items[:high]))
    obj.save(update_fields=[field])


def warm_median(render, repeat):
    """Median (wall, CPU) seconds. On a machine shared with other work the CPU time of this process is the
    steadier figure; the wall time is what a clerk waits."""
    render()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        render()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def libreoffice(docx_bytes, tmp, name, repeat):
    """(median seconds, pages) of `soffice --headless --convert-to pdf` on the file, or None without it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    source = Path(tmp) / f"{name}.docx"
    source.write_bytes(docx_bytes)
    out = Path(tmp) / "lo"
    profile = Path(tmp) / "lo-profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
    command += ["--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True)  # first start creates the profile
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times), page_count((out / f"{name}.pdf").read_bytes())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup(tmp)
        from plans.docx import render_plan_docx
        from plans.models import Plan
        from plans.pdf import render_plan_html
        from portal.signing import render_signed_ready_pdf
        from reports.docx import render_report_docx
        from reports.pdf import render_report_html

        load_demo()
        plan = Plan.objects.get(symbol="KH-SKHCN", start_year=2021)
        report = long_report(args.pages)
        results = []
        for name, obj, html, docx in (
            ("plan 000", plan, render_plan_html, render_plan_docx),
            ("report", report, render_report_html, render_report_docx),
        ):
            pdf = render_signed_ready_pdf(html(obj))
            seconds = warm_median(lambda obj=obj, html=html: render_signed_ready_pdf(html(obj)), args.repeat)
            load = os.getloadavg()[0]
            office = libreoffice(docx(obj), tmp, name.replace(" ", "-"), max(1, args.repeat // 2))
            results.append((name, page_count(pdf), seconds, load, office))
        if any(office is None for *_rest, office in results):
            print("LibreOffice not found: apt-get install -y libreoffice-writer-nogui  (for the comparison only)")
        print(f"{os.cpu_count()} CPUs; load average (1 min) when each figure was taken")
        for name, pages, (seconds, cpu), load, office in results:
            line = f"{name}: WeasyPrint {pages} pages in {seconds:.3f} s ({cpu:.3f} s CPU, load {load:.2f}; warm, "
            line += "signed-ready PDF/A)"
            if office:
                line += (
                    f"; LibreOffice from .docx {office[1]} pages in {office[0]:.3f} s; ratio {office[0] / seconds:.1f}×"
                )
            print(line)


if __name__ == "__main__":
    main()
