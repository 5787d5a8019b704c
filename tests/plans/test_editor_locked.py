"""A document issued (or superseded, or closed) while someone still had its editor open or bookmarked: the
editor's address opens the document and says why it cannot be edited there; a part saved into it is refused
with that reason rather than the generic "your role does not allow this"."""

import pytest
from django.urls import reverse

from plans.models import Plan, Section


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (Plan.Status.ISSUED, "Tạo bản sửa đổi"),
        (Plan.Status.SUPERSEDED, "hãy sửa bản mới"),
        (Plan.Status.CLOSED, "đã kết thúc"),
    ],
)
def test_it_opens_the_document_and_says_why_not_its_editor(client_for, official_a, plan_a, status, reason):
    Plan.objects.filter(pk=plan_a.pk).update(status=status)
    response = client_for(official_a).get(reverse("plans:plan_edit", args=[plan_a.pk]), follow=True)
    assert response.redirect_chain == [(plan_a.get_absolute_url(), 302)]
    assert reason in response.content.decode()


def test_it_refuses_a_part_saved_after_issuing_with_the_reason(client_for, official_a, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    url = reverse("plans:part_add", args=[plan_a.pk, "section"])
    response = client_for(official_a).post(url, {"section-number": "II", "section-title": "TỔ CHỨC THỰC HIỆN"})
    page = response.content.decode()
    assert response.status_code == 403 and "Văn bản đã ban hành nên không sửa trực tiếp được" in page
    assert "Vai trò của bạn" not in page
    assert not Section.objects.filter(plan=plan_a, number="II").exists()


def test_it_still_names_the_role_when_the_role_is_the_reason(client_for, viewer_a, plan_a):
    response = client_for(viewer_a).post(reverse("plans:part_add", args=[plan_a.pk, "section"]))
    assert response.status_code == 403 and "Vai trò của bạn tại đơn vị này" in response.content.decode()
