from django.urls import reverse


def test_it_saves_how_a_person_is_reminded(client_for, official_a):
    response = client_for(official_a).post(
        reverse("portal:account"), {"email": "ha@example.vn", "notify_by_email": "on"}
    )
    assert response.status_code == 302
    official_a.refresh_from_db()
    assert (official_a.email, official_a.notify_by_email, official_a.email_digest) == ("ha@example.vn", True, False)


def test_it_wants_an_address_for_reminders_by_email(client_for, official_a):
    response = client_for(official_a).post(
        reverse("portal:account"), {"email": "", "notify_by_email": "on", "email_digest": "on"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "Cần có địa chỉ thư điện tử để nhận nhắc việc qua thư điện tử; hãy nhập địa chỉ hoặc bỏ chọn ô này."
    ]
    form = response.context["form"]
    assert form["notify_by_email"].value() and form["email_digest"].value()  # what was ticked stays ticked
    official_a.refresh_from_db()
    assert official_a.email.endswith("@example.vn")


def test_it_sends_anonymous_visitors_to_login(client):
    response = client.get(reverse("portal:account"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
