import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_passes_the_deploy_checks_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "k" * 20 + "-Xy7!q2#Lm9$Tz4&Pw8*Rv6^Hs3@Jn5%Bd1",
        "DJANGO_ALLOWED_HOSTS": "kehoach.example.gov.vn",
        "PORTAL_DATA_DIR": str(tmp_path),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def local_shell(code, data_dir, **variables):
    """What `code` prints under the local settings (`make run`'s), with `variables` set (None: unset)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.local", "PORTAL_DATA_DIR": str(data_dir)}
    env.update({name: value for name, value in variables.items() if value is not None})
    for name in [name for name, value in variables.items() if value is None]:
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_it_reads_secrets_from_files(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("tu-tep-bi-mat")
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    output = local_shell(code, tmp_path, DJANGO_SECRET_KEY_FILE=str(secret), DJANGO_SECRET_KEY=None)
    assert output.strip() == "tu-tep-bi-mat"


def test_it_serves_make_run_with_the_portals_own_error_pages_and_no_public_media(tmp_path):
    """`make run` (local settings) answers an unknown address with the Vietnamese 404, not Django's technical
    page, and never serves uploaded files from /media/: attachments go through their report's scope check."""
    (tmp_path / "media" / "attachments").mkdir(parents=True)
    (tmp_path / "media" / "attachments" / "bien-ban.txt").write_text("minh chứng của đơn vị khác")
    code = (
        "from django.test import Client; c = Client(HTTP_HOST='localhost'); "
        "page = c.get('/khong-co-trang-nay/'); media = c.get('/media/attachments/bien-ban.txt'); "
        "print(page.status_code, 'Không tìm thấy trang' in page.content.decode(), 'Traceback' in page.content.decode(),"
        " media.status_code, 'minh chứng' in media.content.decode())"
    )
    output = local_shell(code, tmp_path, DJANGO_DEBUG=None)
    assert output.split() == ["404", "True", "False", "404", "False"], output


def test_the_server_log_keeps_requests_readable_while_documents_render(caplog):
    import logging

    from portal.documents import render_pdf

    root = logging.getLogger()
    level = root.level
    try:
        with caplog.at_level(logging.NOTSET):  # what the configured levels let through, not what caplog sets
            root.setLevel(logging.INFO)
            render_pdf("<p>Kế hoạch</p>")
    finally:
        root.setLevel(level)
    assert not [r for r in caplog.records if r.name.startswith(("weasyprint.progress", "fontTools"))]
