"""User content cannot make the renderer read local files or reach the network (Nghị định 30 renderer, Safety).

A real HTTP server on loopback records every request; the documents name it by <link>, @import, <img>, an
attachment and a redirect, and name /etc/passwd directly. Nothing may reach the server or the PDF."""

import http.server
import io
import logging
import re
import threading
import zlib
from pathlib import Path

import pdfplumber
import pytest

from plans.models import Plan, Section
from plans.pdf import render_plan_pdf
from portal import documents
from portal.documents import STATIC_SCHEME, RefusedResource, render_pdf, safe_url_fetcher

PASSWD = Path("/etc/passwd").read_text().splitlines()[0]  # "root:x:0:0:root:/root:/bin/bash"


class Recorder(http.server.BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.hits.append(self.path)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        body = b"body { background: url(/tracked.png) } * { color: red }"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Recorder.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(autouse=True)
def quiet_weasyprint():
    # WeasyPrint logs each refused resource; the assertions below are what matters.
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)


def attack(base):
    return {
        "img": '<img src="file:///etc/passwd">',
        "link": f'<link rel="stylesheet" href="{base}/x.css">',
        "import": f'<style>@import url("{base}/import.css");</style>',
        "redirect": f'<img src="{base}/redirect">',
        "attachment": '<link rel="attachment" href="file:///etc/passwd">',
        "object": '<object data="file:///etc/passwd" type="text/plain"></object>',
        "traversal": f'<img src="{STATIC_SCHEME}../../../../../../etc/passwd">',
        "font": '<style>@font-face { font-family: X; src: url("file:///etc/passwd"); } p { font-family: X; }</style>',
    }


def everything_in(pdf):
    """The PDF's bytes with every compressed stream inflated, so embedded files and text can be searched."""
    parts = [pdf]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            continue
    return b"\n".join(parts)


def assert_nothing_leaked(pdf, server_hits):
    assert server_hits == []
    contents = everything_in(pdf)
    assert PASSWD.encode() not in contents and b"/bin/bash" not in contents
    assert b"/EmbeddedFiles" not in contents and b"/EmbeddedFile" not in contents


@pytest.mark.django_db
def test_it_prints_user_text_as_text_and_fetches_nothing(server, unit_a):
    tricks = attack(server)
    plan = Plan.objects.create(
        unit=unit_a,
        title=f"Kế hoạch {tricks['img']} {tricks['link']}",
        preamble=f"{tricks['import']}\n{tricks['redirect']}",
        closing=tricks["attachment"],
        recipients=f"{tricks['object']}\nLưu: VT.",
        symbol="KH-SKHCN",
        start_year=2026,
        end_year=2026,
    )
    Section.objects.create(plan=plan, number="I", title=tricks["traversal"], body=tricks["font"], order=1)
    pdf = render_plan_pdf(plan)
    assert_nothing_leaked(pdf, Recorder.hits)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages)
    # Escaped, the markup is printed as the words the user typed.
    assert '<img src="file:///etc/passwd">' in text and "@import url(" in text


def test_it_refuses_every_resource_of_hand_written_html_but_the_fonts(server):
    html = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title>'
        f"{''.join(attack(server).values())}</head>"
        f'<body><p style="background: url({server}/bg.png)">Văn bản thử</p>'
        f'<img src="{server}/direct.png"><iframe src="file:///etc/passwd"></iframe></body></html>'
    )
    pdf = render_pdf(html)
    assert_nothing_leaked(pdf, Recorder.hits)


def test_it_serves_only_the_projects_static_files(server, monkeypatch):
    fetcher = safe_url_fetcher()
    font = fetcher(f"{STATIC_SCHEME}fonts/tinos/Tinos-Regular.ttf")
    assert font.read()[:4] == b"\x00\x01\x00\x00" and font.content_type == "font/ttf"
    for url in (
        "file:///etc/passwd",
        f"{server}/x.css",
        f"{server}/redirect",
        f"{STATIC_SCHEME}../../../../etc/passwd",
        f"{STATIC_SCHEME}/etc/passwd",
        f"{STATIC_SCHEME}fonts/../../portal/settings/base.py",
        f"{STATIC_SCHEME}",
        "data:text/plain,root",
    ):
        with pytest.raises(RefusedResource):
            fetcher(url)
    assert Recorder.hits == []


@pytest.mark.django_db
def test_it_embeds_the_shipped_fonts(unit_a, monkeypatch):
    # A thread fetches the fonts with its first document (tests/documents/test_font_config.py): start this one afresh.
    monkeypatch.delattr(documents._thread, "font_config", raising=False)
    served = []
    real = documents.static_path
    monkeypatch.setattr(documents, "static_path", lambda url: served.append(url) or real(url))
    plan = Plan.objects.create(unit=unit_a, title="Kế hoạch", symbol="KH-SKHCN", start_year=2026, end_year=2026)
    render_plan_pdf(plan)
    assert f"{STATIC_SCHEME}fonts/tinos/Tinos-Regular.ttf" in served
    assert f"{STATIC_SCHEME}fonts/tinos/Tinos-Bold.ttf" in served
