"""A request made in place (htmx) after the session ended answers 401 with a sentence saying so, instead of
the login page, which htmx would swap into a corner of the page; a plain request still goes to the login."""

from django.urls import reverse

from plans.models import Plan


def test_it_answers_an_htmx_request_without_a_session_with_401(client, plan_a):
    url = reverse("plans:part_add", args=[plan_a.pk, "section"])
    response = client.post(url, {"section-number": "II"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 401 and "data-error-message" in page
    assert "Phiên làm việc đã kết thúc" in page and "<form" not in page


def test_it_still_sends_a_plain_request_to_the_login_page(client, plan_a):
    response = client.get(reverse("plans:plan_edit", args=[plan_a.pk]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_it_leaves_other_redirects_of_htmx_requests_alone(client_for, official_a, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    response = client_for(official_a).get(reverse("plans:plan_edit", args=[plan_a.pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 302 and response["Location"] == plan_a.get_absolute_url()
