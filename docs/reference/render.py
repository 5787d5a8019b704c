"""Regenerate the reference PNGs of page 1 of each kind of document from the demo data.

    .venv/bin/python manage.py load_demo        # once, on the database DATABASE_URL names
    .venv/bin/python docs/reference/render.py

Needs `pdftoppm` (poppler-utils). Not run by the tests: the PNGs are for people to compare with the seeds.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.local")


def documents():
    from plans.models import Plan
    from plans.pdf import render_plan_pdf
    from reports.models import Report
    from reports.pdf import render_report_pdf

    yield "plan", lambda: render_plan_pdf(Plan.objects.get(symbol="KH-SKHCN", start_year=2021))
    yield "report", lambda: render_report_pdf(Report.objects.get(number=340, symbol="BC-UBND"))
    yield "decision", lambda: render_plan_pdf(Plan.objects.get(number=4259, symbol="QĐ-UBND"))
    yield "letter", lambda: render_plan_pdf(Plan.objects.get(doc_type=Plan.DocType.LETTER, number=1985))


def main():
    import django

    django.setup()
    with tempfile.TemporaryDirectory() as folder:
        for kind, render in documents():
            pdf = Path(folder) / f"{kind}.pdf"
            pdf.write_bytes(render())
            target = HERE / f"{kind}-page1"
            command = ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, target]
            subprocess.run(command, check=True)
            print(f"{target}.png")


if __name__ == "__main__":
    main()
