"""The login and password-reset forms, in the words and the mail the portal's users know."""

from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.forms import PasswordResetForm as BasePasswordResetForm
from django.utils.translation import gettext_lazy as _

from .notifications import send_templated_email


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng. Lưu ý chữ hoa, chữ thường."),
        "inactive": _("Tài khoản này đã bị khóa."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Tên đăng nhập")
        self.fields["password"].label = _("Mật khẩu")


class PasswordResetForm(BasePasswordResetForm):
    """Sends the portal's own Vietnamese mail (templates/emails/password-reset-*), linking to PORTAL_SITE_URL
    like every other mail rather than to whatever host the request named."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        send_templated_email(to=to_email, template="password-reset", context=context)
