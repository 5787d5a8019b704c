"""Exporting a document in the background: kept per content version, reused when unchanged, scoped downloads."""

import io
import logging
import zipfile
from datetime import timedelta

import pdfplumber
import pytest
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask
from docx import Document
from pyhanko.pdf_utils.reader import PdfFileReader

from plans.models import Plan
from portal.exports import EXPORTERS, Exporter, document_export, generated_document_run, preview_png
from portal.models import GeneratedDocument
from portal.tasks import generated_documents_sweep_task
from reports.services import report_create
from tests.processes import Worker, purge_local_queue, wait_until

State = GeneratedDocument.State
PLANS = EXPORTERS["plans.plan"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path, monkeypatch):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path))  # for a real worker started by the test
    return tmp_path


def export(plan, user, kind="pdf"):
    return document_export(exporter=PLANS, obj=plan, kind=kind, by=user)


def run(generated):
    generated_document_run(generated_id=generated.pk)
    generated.refresh_from_db()
    return generated


def content(generated):
    with generated.file.open("rb") as f:
        return f.read()


def url(name, *args):
    return reverse(f"portal:{name}", args=args)


def test_it_renders_a_signed_ready_pdf_and_a_word_file(plan_a, official_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as enqueued:
        pdf, word = export(plan_a, official_a), export(plan_a, official_a, "docx")
    assert len(enqueued) == 2 and pdf.state == State.PENDING and pdf.version == word.version
    pdf, word = run(pdf), run(word)
    assert (pdf.state, pdf.progress, word.state) == (State.DONE, 100, State.DONE)
    fields = PdfFileReader(io.BytesIO(content(pdf))).root["/AcroForm"]["/Fields"]
    assert [str(f.get_object()["/T"]) for f in fields] == ["NguoiKy1", "DauCoQuan1"]
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(content(word))).namelist()


def test_it_reuses_the_file_of_an_unchanged_document(plan_a, official_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as enqueued:
        first = export(plan_a, official_a)
    run(first)
    with django_capture_on_commit_callbacks(execute=False) as again:
        second = export(plan_a, official_a)
    assert second.pk == first.pk and not again and len(enqueued) == 1
    assert GeneratedDocument.objects.count() == 1


def test_it_makes_a_new_file_after_an_edit_and_keeps_the_old_one(plan_a, official_a, client_for):
    old = run(export(plan_a, official_a))
    Plan.objects.filter(pk=plan_a.pk).update(title="Kế hoạch cải cách hành chính năm 2026 (sửa đổi)")
    new = run(export(Plan.objects.get(pk=plan_a.pk), official_a))
    assert new.pk != old.pk and new.version != old.version
    client = client_for(official_a)
    for generated in (old, new):
        response = client.get(url("export_download", generated.pk))
        assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    panel = client.get(url("export_panel", "plans.plan", plan_a.pk)).content.decode()
    assert panel.count("Tải về") == 2 and old.version[:8] in panel and new.version[:8] in panel


def test_it_renders_a_request_once_when_the_message_comes_twice(plan_a, official_a):
    generated = run(export(plan_a, official_a))
    finished = generated.finished_at
    assert run(generated).finished_at == finished


def test_it_records_a_failure_in_vietnamese(plan_a, official_a, monkeypatch, client_for):
    def broken(plan):
        raise ValueError("hỏng mẫu")

    monkeypatch.setitem(EXPORTERS, "plans.plan", Exporter("plans.plan", PLANS.queryset, PLANS.html, broken))
    generated = export(plan_a, official_a, "docx")
    with pytest.raises(ValueError):
        generated_document_run(generated_id=generated.pk)
    generated.refresh_from_db()
    assert generated.state == State.FAILED and generated.error.startswith("Không tạo được văn bản do lỗi hệ thống.")
    assert "hỏng mẫu" not in generated.error  # the exception's text goes to the log, not to the person
    assert export(plan_a, official_a, "docx").pk != generated.pk  # a failed file does not block a new try
    # The list of files says why it failed, not only "Không tạo được".
    panel = client_for(official_a).get(url("export_panel", "plans.plan", plan_a.pk)).content.decode()
    assert generated.error in panel


def test_it_shows_progress_then_the_download_link(plan_a, official_a, client_for):
    client = client_for(official_a)
    response = client.post(url("export_create", "plans.plan", plan_a.pk, "pdf"), headers={"HX-Request": "true"})
    generated = GeneratedDocument.objects.get()
    body = response.content.decode()
    assert "Đang tạo tệp PDF…" in body and 'hx-trigger="every 1s"' in body
    run(generated)
    body = client.get(url("export_status", generated.pk)).content.decode()
    assert "Đã tạo xong tệp PDF." in body and url("export_download", generated.pk) in body
    assert "hx-trigger" not in body  # polling stops


def test_it_refreshes_the_list_of_files_when_an_export_starts_and_ends(plan_a, official_a, client_for):
    client = client_for(official_a)
    panel = client.get(url("export_panel", "plans.plan", plan_a.pk)).content.decode()
    assert '<div id="export-files">' in panel and "Chưa xuất bản nào." in panel
    started = client.post(url("export_create", "plans.plan", plan_a.pk, "pdf"), headers={"HX-Request": "true"})
    generated = GeneratedDocument.objects.get()
    started = started.content.decode()
    assert '<div id="export-files" hx-swap-oob="true">' in started
    assert "Chưa xuất bản nào." not in started and "Đang chờ" in started
    polling = client.get(url("export_status", generated.pk)).content.decode()
    assert "export-files" not in polling  # the list is sent again only when something changed
    run(generated)
    done = client.get(url("export_status", generated.pk)).content.decode()
    files = done[done.index('<div id="export-files" hx-swap-oob="true">') :]
    assert url("export_download", generated.pk) in files and "Tải về" in files and "mới nhất" in files


def test_it_checks_ownership(plan_a, official_a, official_b, client_for):
    generated = run(export(plan_a, official_a))
    client = client_for(official_b)
    assert client.get(url("export_panel", "plans.plan", plan_a.pk)).status_code == 404
    assert client.post(url("export_create", "plans.plan", plan_a.pk, "pdf")).status_code == 404
    assert client.get(url("export_preview", "plans.plan", plan_a.pk)).status_code == 404
    assert client.get(url("export_status", generated.pk)).status_code == 404
    assert client.get(url("export_download", generated.pk)).status_code == 404
    assert client.get(url("export_panel", "portal.user", official_a.pk)).status_code == 404


def test_it_lets_a_read_only_member_download_but_not_export(plan_a, official_a, viewer_a, client_for):
    generated = run(export(plan_a, official_a))
    client = client_for(viewer_a)
    assert client.post(url("export_create", "plans.plan", plan_a.pk, "pdf")).status_code == 403
    download = client.get(url("export_download", generated.pk))
    assert download.status_code == 200 and b"".join(download.streaming_content)  # read to the end: closes the file
    panel = client.get(url("export_panel", "plans.plan", plan_a.pk)).content.decode()
    assert "Tải về" in panel and "Xuất PDF" not in panel
    assert "Xuất PDF" in client_for(official_a).get(url("export_panel", "plans.plan", plan_a.pk)).content.decode()


def test_it_serves_the_page_one_preview_cached_by_version(plan_a, viewer_a, client_for, media):
    client = client_for(viewer_a)
    response = client.get(url("export_preview", "plans.plan", plan_a.pk))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert len(list(media.glob("xem-truoc/plans.plan/*/*.png"))) == 1
    again = client.get(url("export_preview", "plans.plan", plan_a.pk), headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    version, _png = preview_png(exporter=PLANS, obj=plan_a)
    assert response["ETag"] == f'"{version[:32]}"'


def test_it_puts_the_panel_on_the_plan_page(plan_a, official_a, client_for):
    page = client_for(official_a).get(plan_a.get_absolute_url()).content.decode()
    assert url("export_panel", "plans.plan", plan_a.pk) in page


def test_it_exports_a_plan_pdf_on_a_real_worker(transactional_db, django_db_serialized_rollback, plan_a, official_a):
    purge_local_queue()
    worker = Worker("--pool=solo")
    try:
        generated = export(plan_a, official_a)  # autocommit: enqueued at once
        assert wait_until(lambda: GeneratedDocument.objects.get(pk=generated.pk).is_finished, timeout=90)
    finally:
        worker.stop()
    generated.refresh_from_db()
    assert generated.state == State.DONE, generated.error
    data = content(generated)
    assert data.startswith(b"%PDF") and PdfFileReader(io.BytesIO(data)).root["/AcroForm"]["/Fields"]


def test_it_exports_a_report_as_pdf_and_word_through_the_views(unit_a, official_a, viewer_a, official_b, client_for):
    report = report_create(
        unit=unit_a, by=official_a, kind="thematic", year=2026, title="Báo cáo kết quả cải cách hành chính",
        recipient_text="Văn phòng UBND tỉnh",
    )  # fmt: skip
    args = ("reports.report", report.pk)
    assert client_for(official_b).get(url("export_panel", *args)).status_code == 404
    assert client_for(official_b).post(url("export_create", *args, "pdf")).status_code == 404
    assert client_for(viewer_a).post(url("export_create", *args, "pdf")).status_code == 403
    client = client_for(official_a)
    for kind in ("pdf", "docx"):
        response = client.post(url("export_create", *args, kind), headers={"HX-Request": "true"})
        assert response.status_code == 200
    files = {g.kind: run(g) for g in GeneratedDocument.objects.filter(object_type="reports.report")}
    assert sorted(files) == ["docx", "pdf"] and {g.object_id for g in files.values()} == {str(report.pk)}
    data = {}
    for kind, generated in files.items():
        download = client_for(viewer_a).get(url("export_download", generated.pk))  # readers may download
        data[kind] = b"".join(download.streaming_content)
        assert download.status_code == 200
    text = " ".join(pdfplumber.open(io.BytesIO(data["pdf"])).pages[0].extract_text().split())
    assert "BÁO CÁO" in text and "Kính gửi: Văn phòng UBND tỉnh." in text
    body = [p.text for p in Document(io.BytesIO(data["docx"])).paragraphs]
    assert "BÁO CÁO" in body and "Báo cáo kết quả cải cách hành chính" in body


def test_it_sweeps_exports_stuck_past_twice_the_time_limit(plan_a, official_a, settings):
    stuck, running, fresh = (
        GeneratedDocument.objects.create(object_type="plans.plan", object_id=str(plan_a.pk), kind=kind, version=v)
        for kind, v in (("pdf", "a"), ("docx", "b"), ("pdf", "c"))
    )
    limit = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    now = timezone.now()
    GeneratedDocument.objects.filter(pk=stuck.pk).update(created_at=now - 2 * limit - timedelta(minutes=1))
    GeneratedDocument.objects.filter(pk=running.pk).update(
        state=State.RUNNING, created_at=now - 2 * limit - timedelta(seconds=1)
    )
    GeneratedDocument.objects.filter(pk=fresh.pk).update(created_at=now - 2 * limit + timedelta(minutes=1))
    done = run(export(plan_a, official_a))
    GeneratedDocument.objects.filter(pk=done.pk).update(created_at=now - 10 * limit)
    generated_documents_sweep_task()  # as beat would, run in this process
    states = dict(GeneratedDocument.objects.values_list("pk", "state"))
    assert states == {stuck.pk: State.FAILED, running.pk: State.FAILED, fresh.pk: State.PENDING, done.pk: State.DONE}
    stuck.refresh_from_db()
    assert stuck.error == "Quá thời gian tạo văn bản: máy xử lý đã dừng giữa chừng. Hãy bấm xuất lại."
    assert stuck.finished_at is not None


@pytest.mark.django_db
def test_it_schedules_the_sweeper_with_beat():
    task = PeriodicTask.objects.get(task="portal.generated_documents_sweep")
    assert task.enabled and (task.interval.every, task.interval.period) == (10, "minutes")
