"""Refused requests lead somewhere: an action's address opened by GET (405), a form from an expired page (CSRF),
and logging out by a link."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from plans import deadlines
from plans.models import Occurrence, Plan

PASSWORD = "matkhau-thu-2026"


@pytest.fixture
def occurrence(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


def back_link(page):
    return re.search(r'href="([^"]*)" data-testid="back"', page).group(1)


def test_it_leads_back_to_the_page_of_an_action_whose_session_had_ended(client, official_a, occurrence):
    action = reverse("plans:occurrence_done", args=[occurrence.pk])
    sent = client.post(action)
    assert sent.url == f"{reverse('login')}?next={action}"
    logged_in = client.post(reverse("login"), {"username": official_a.username, "password": PASSWORD, "next": action})
    assert logged_in.url == action
    response = client.get(action, HTTP_REFERER=f"http://testserver{sent.url}")
    page = response.content.decode()
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert "Thao tác chưa được thực hiện" in page and "Hãy mở lại trang rồi bấm nút một lần nữa." in page
    assert back_link(page) == reverse("plans:deadlines")
    occurrence.refresh_from_db()
    assert occurrence.done_on is None


def test_it_leads_back_to_the_same_site_page_the_request_came_from(client_for, official_a, plan_a):
    client = client_for(official_a)
    url = reverse("plans:plan_issue", args=[plan_a.pk])
    came_from = client.get(url, HTTP_REFERER="http://testserver/ke-hoach/?q=cai+cach").content.decode()
    assert back_link(came_from) == "/ke-hoach/?q=cai+cach"
    elsewhere = client.get(url, HTTP_REFERER="https://example.com/ke-hoach/").content.decode()
    assert back_link(elsewhere) == plan_a.get_absolute_url()


def test_it_keeps_the_bare_405_for_htmx_and_other_clients(client_for, official_a, occurrence):
    client = client_for(official_a)
    action = reverse("plans:occurrence_done", args=[occurrence.pk])
    assert client.get(action, HTTP_HX_REQUEST="true").content == b""
    assert client.get(action, HTTP_ACCEPT="application/json").content == b""


def test_it_asks_before_logging_out_by_a_link(client_for, official_a):
    client = client_for(official_a)
    page = client.get(reverse("logout")).content.decode()
    assert f'<form method="post" action="{reverse("logout")}"' in page and "csrfmiddlewaretoken" in page
    assert client.get(reverse("portal:home")).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("logout")).url == reverse("login")


def test_it_explains_a_login_page_that_expired_when_the_user_logged_in_in_another_tab(official_a):
    client = Client(enforce_csrf_checks=True)
    form = client.get(reverse("login"), {"next": "/ke-hoach/"})
    fields = {"username": official_a.username, "password": PASSWORD, "next": "/ke-hoach/"}
    fields["csrfmiddlewaretoken"] = form.context["csrf_token"]
    assert client.post(reverse("login"), fields).url == "/ke-hoach/"
    response = client.post(reverse("login"), fields)
    page = response.content.decode()
    assert response.status_code == 403 and "CSRF verification failed" not in page
    assert "Bạn đã đăng nhập" in page and back_link(page) == "/ke-hoach/"


def test_it_offers_to_reload_a_page_whose_form_expired(official_a):
    client = Client(enforce_csrf_checks=True)
    referer = f"http://testserver{reverse('login')}?next=/ke-hoach/"
    response = client.post(
        reverse("login"), {"username": official_a.username, "password": PASSWORD}, HTTP_REFERER=referer
    )
    page = response.content.decode()
    assert response.status_code == 403 and "Forbidden" not in page
    assert "Trang đã hết hạn" in page and 'class="navbar' in page
    assert back_link(page) == f"{reverse('login')}?next=/ke-hoach/"
