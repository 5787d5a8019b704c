"""The report page shows the number as the PDF prints it, and an empty history as a note, not a numbered step."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_shows_the_symbol_the_pdf_prints_and_an_empty_history_unnumbered(client_for, official_a, report):
    page = client_for(official_a).get(report.get_absolute_url()).content.decode()
    assert "/BC-SKHCN" in page and "/BC<" not in page
    assert '<p class="small text-secondary" data-testid="transitions">Chưa có bước nào.</p>' in page
    assert '<li class="text-secondary">Chưa có bước nào.' not in page
