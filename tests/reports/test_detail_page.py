"""The report pages: the number as the PDF prints it, an empty history as a note, not a numbered step, and a
new report's year."""

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_it_shows_the_symbol_the_pdf_prints_and_an_empty_history_unnumbered(client_for, official_a, report):
    page = client_for(official_a).get(report.get_absolute_url()).content.decode()
    assert "/BC-SKHCN" in page and "/BC<" not in page
    assert '<p class="small text-secondary" data-testid="transitions">Chưa có bước nào.</p>' in page
    assert '<li class="text-secondary">Chưa có bước nào.' not in page


def test_the_new_report_form_starts_in_the_year_running(client_for, official_a):
    page = client_for(official_a).get(reverse("reports:report_create")).content.decode()
    assert f'name="year" value="{timezone.localdate().year}"' in page
