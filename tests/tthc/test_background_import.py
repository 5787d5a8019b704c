"""A large dossier file is imported by the worker: the upload is kept and queued, the page that follows shows
where the import is and then its result, and a file with bad rows can be imported without them afterwards."""

import pytest
from django.urls import reverse

from tests.processes import Worker, purge_local_queue, wait_until
from tthc.background import import_run, progress, step_key
from tthc.models import Dossier, DossierImport

from .conftest import csv_upload, dossier_row

State = DossierImport.State


@pytest.fixture(autouse=True)
def large(settings, tmp_path, monkeypatch):
    """Every file counts as large, and uploads are kept in a folder of the test's own."""
    settings.TTHC_IMPORT_FOREGROUND_BYTES = 0
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path))  # for a real worker started by the test
    return tmp_path


def upload(client, unit, rows, **data):
    response = client.post(reverse("tthc:upload", args=[unit.pk]), {"file": csv_upload(rows), **data})
    assert response.status_code == 302
    record = DossierImport.objects.latest("pk")
    assert response["Location"] == reverse("tthc:upload_status", args=[record.pk])
    return record


def test_it_keeps_the_upload_queues_it_and_shows_the_result_once_the_worker_ran_it(
    client_for, official_a, unit_a, procedures, large
):
    client = client_for(official_a)
    rows = [dossier_row("A-1", received_at="20/06/2023 08:30"), dossier_row("A-2", received_at="05/01/2024 08:30")]
    record = upload(client, unit_a, rows, source="Một cửa tỉnh")
    assert record.state == State.QUEUED and Dossier.objects.count() == 0
    assert (large / record.file.name).exists()
    page = client.get(reverse("tthc:upload_status", args=[record.pk])).content.decode()
    assert "đang chờ máy chủ xử lý" in page and 'hx-trigger="every 1s"' in page

    kept = record.file.name
    import_run(record_id=record.pk)  # what the worker does with the message

    record.refresh_from_db()
    assert record.state == State.DONE and (record.rows, record.created) == (2, 2)
    assert sorted(Dossier.objects.values_list("code", flat=True)) == ["A-1", "A-2"]
    assert not (large / kept).exists()  # written: the upload is not kept
    panel = client.get(reverse("tthc:upload_status", args=[record.pk]), headers={"HX-Request": "true"})
    text = panel.content.decode()
    assert text.lstrip().startswith('<section id="import-status"') and 'data-state="done"' in text
    assert "Đã nhập 2 dòng: 2 hồ sơ mới, 0 cập nhật, 0 dòng lỗi." in text and "every 1s" not in text
    assert f'href="{reverse("tthc:months", args=[unit_a.pk])}?nam=2024"' in text  # the latest reception's year


def test_it_says_which_step_a_running_import_is_at():
    from django.core.cache import cache

    assert progress(987) is None
    cache.set(step_key(987), ("check", 120000))
    assert progress(987) == (40, "Đang kiểm tra từng dòng… (đã đọc 120.000 dòng)")
    cache.set(step_key(987), ("write", None))
    assert progress(987) == (75, "Đang ghi hồ sơ và cập nhật số liệu tổng hợp…")


def test_it_writes_nothing_of_a_file_with_bad_rows_until_asked_to_skip_them(
    client_for, official_a, viewer_a, unit_a, procedures, large
):
    client = client_for(official_a)
    record = upload(client, unit_a, [dossier_row("A-1"), dossier_row("A-2", procedure="9.9")])
    import_run(record_id=record.pk)
    record.refresh_from_db()
    assert record.state == State.CHECKED and record.bad_rows == 1 and Dossier.objects.count() == 0
    page = client.get(reverse("tthc:upload_status", args=[record.pk])).content.decode()
    assert "Tệp có 1/2 dòng lỗi; chưa ghi dòng nào." in page and "9.9" in page
    assert "Nhập các dòng hợp lệ, bỏ qua dòng lỗi" in page
    good_rows = reverse("tthc:upload_good_rows", args=[record.pk])
    assert client_for(viewer_a).post(good_rows).status_code == 403

    client = client_for(official_a)  # the suite's client signs in as one person at a time
    response = client.post(good_rows)
    again = DossierImport.objects.latest("pk")
    assert response["Location"] == reverse("tthc:upload_status", args=[again.pk])
    assert again.skip_bad_rows and again.file.name == record.file.name and again.state == State.QUEUED
    import_run(record_id=again.pk)
    again.refresh_from_db()
    assert again.state == State.DONE and again.skipped == 1
    assert list(Dossier.objects.values_list("code", flat=True)) == ["A-1"]
    assert not (large / record.file.name).exists()
    response = client.post(good_rows)  # the kept file went with the import that wrote it
    assert response["Location"] == reverse("tthc:upload", args=[unit_a.pk])


def test_it_runs_an_import_once_when_the_message_comes_twice(client_for, official_a, unit_a, procedures):
    record = upload(client_for(official_a), unit_a, [dossier_row("A-1")])
    import_run(record_id=record.pk)
    import_run(record_id=record.pk)
    assert DossierImport.objects.get(pk=record.pk).state == State.DONE and Dossier.objects.count() == 1


def test_it_says_why_a_file_could_not_be_imported(client_for, official_a, unit_a, procedures):
    client = client_for(official_a)
    record = upload(client, unit_a, [{"channel": "2"}])  # no column of dossier codes
    import_run(record_id=record.pk)
    record.refresh_from_db()
    assert record.state == State.FAILED and "Mã hồ sơ" in record.message
    assert record.message in client.get(reverse("tthc:upload_status", args=[record.pk])).content.decode()
    response = client.post(reverse("tthc:upload", args=[unit_a.pk]), {"file": csv_upload([], name="hoso.txt")})
    assert "Chỉ nhận tệp .xlsx hoặc .csv." in response.content.decode()  # refused before it is queued
    assert DossierImport.objects.count() == 1


def test_it_answers_404_for_another_units_import(client_for, official_a, official_b, unit_a, procedures):
    record = upload(client_for(official_a), unit_a, [dossier_row("A-1")])
    other = client_for(official_b)  # signed in as B from here on
    assert other.get(reverse("tthc:upload_status", args=[record.pk])).status_code == 404
    assert other.post(reverse("tthc:upload_good_rows", args=[record.pk])).status_code == 404


def test_a_real_worker_imports_a_queued_file(
    transactional_db, django_db_serialized_rollback, client_for, official_a, unit_a, procedures
):
    purge_local_queue()
    worker = Worker("--pool=solo")
    try:
        record = upload(client_for(official_a), unit_a, [dossier_row("A-1"), dossier_row("A-2")])  # queued on commit
        assert wait_until(lambda: DossierImport.objects.get(pk=record.pk).is_finished, timeout=90)
    finally:
        worker.stop()
    record.refresh_from_db()
    assert record.state == State.DONE, record.message
    assert Dossier.objects.filter(source_id=record.pk).count() == 2


def test_the_daily_sweep_fails_lost_imports_and_deletes_uploads_kept_past_a_week(
    client_for, official_a, unit_a, procedures, large
):
    from datetime import timedelta

    from django.utils import timezone
    from django_celery_beat.models import PeriodicTask

    from tthc.background import uploads_sweep

    client = client_for(official_a)
    checked = upload(client, unit_a, [dossier_row("A-1", procedure="9.9")])
    import_run(record_id=checked.pk)
    lost = upload(client, unit_a, [dossier_row("A-2")])  # its message never reached a worker
    now = timezone.now()
    uploads_sweep(now=now + timedelta(hours=1))
    assert DossierImport.objects.get(pk=lost.pk).state == State.QUEUED  # still within a worker's reach

    uploads_sweep(now=now + timedelta(hours=4))
    lost.refresh_from_db()
    assert lost.state == State.FAILED and "Máy xử lý không nhận tệp này" in lost.message
    assert (large / checked.file.name).exists() and (large / lost.file.name).exists()  # kept a week

    uploads_sweep(now=now + timedelta(days=8))
    assert not (large / checked.file.name).exists() and not (large / lost.file.name).exists()
    assert list(DossierImport.objects.exclude(file="")) == []
    assert PeriodicTask.objects.get(task="tthc.import_uploads_sweep").interval.every == 1
