from django.urls import reverse
from django.utils import timezone

from portal.dates import vn_date
from portal.models import User


def login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR="10.0.0.7")


def test_it_logs_in_and_shows_the_vietnamese_shell(client, official_a):
    response = login(client, official_a.username, "matkhau-thu-2026")
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Cổng Kế hoạch – Báo cáo" in page
    assert "Xin chào, Võ Thị Thu Hà" in page
    assert "Chuyên viên · Sở Khoa học và Công nghệ" in page


def test_it_explains_a_wrong_password_in_vietnamese(client, official_a):
    response = login(client, official_a.username, "sai")
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.content.decode()


def test_it_locks_an_account_after_repeated_failures_from_one_address(client, official_a):
    for _ in range(5):
        login(client, official_a.username, "sai")
    response = login(client, official_a.username, "matkhau-thu-2026")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Tạm khóa đăng nhập" in page
    assert f'href="{reverse("password_reset")}" data-testid="password-reset">Quên mật khẩu</a>' in page
    other = client.post(
        reverse("login"), {"username": official_a.username, "password": "matkhau-thu-2026"}, REMOTE_ADDR="10.0.0.8"
    )
    assert other.status_code == 302


def test_it_logs_out_only_by_post(client_for, official_a):
    client = client_for(official_a)
    assert client.get(reverse("logout")).status_code == 200
    assert client.get(reverse("portal:home")).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("portal:home")).status_code == 302


def test_it_changes_the_password(client_for, official_a):
    response = client_for(official_a).post(
        reverse("password_change"),
        {
            "old_password": "matkhau-thu-2026",
            "new_password1": "Mat-khau-moi-2026",
            "new_password2": "Mat-khau-moi-2026",
        },
    )
    assert response.url == reverse("password_change_done")
    assert User.objects.get(pk=official_a.pk).check_password("Mat-khau-moi-2026")


def test_it_speaks_vietnamese_to_english_browsers(client_for, official_a):
    page = client_for(official_a).get(reverse("portal:home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Cổng Kế hoạch – Báo cáo" in page and 'lang="vi"' in page


def test_it_switches_to_english(client_for, official_a):
    client = client_for(official_a)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("portal:home")).content.decode()
    assert "Planning and Reporting Portal" in page
    assert 'lang="en"' in page


def test_it_writes_todays_date_in_the_language_of_the_page(client_for, official_a):
    client = client_for(official_a)
    today = timezone.localdate()
    assert f'<span data-testid="today">{vn_date(today)}</span>' in client.get(reverse("portal:home")).content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("portal:home")).content.decode()
    assert f'Today is <span data-testid="today">{today.day} {today:%B} {today.year}</span>' in page


def test_it_expires_sessions_at_the_end_of_the_working_day(settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_it_sends_the_password_reset_mail_in_vietnamese(client, official_a):
    from django.core import mail

    response = client.post(reverse("password_reset"), {"email": official_a.email})
    assert response.url == reverse("password_reset_done")
    (message,) = mail.outbox
    assert message.subject == "Đặt lại mật khẩu trên Cổng Kế hoạch – Báo cáo"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "Kính gửi Võ Thị Thu Hà," in body
        assert f"Tên đăng nhập của bạn: {official_a.username}" in body
        assert "forgotten" not in body and "Đội của" not in body
    link = next(word for word in message.body.split() if "/dat-lai-mat-khau/" in word)
    page = client.get(link, follow=True)
    assert "new_password1" in page.context["form"].fields
