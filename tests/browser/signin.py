"""Signing in through the login page, as a person at the keyboard does."""


def login(page, username, password="demo2026"):
    # Leave the current page first: a request of it still in flight once the cookies are cleared (a panel
    # loading, a preview rendering) comes back with a new CSRF cookie that no longer matches the login form.
    page.goto("about:blank")
    page.context.clear_cookies()
    page.goto("/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")
