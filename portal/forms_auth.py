"""The login and password-reset forms, in the words and the mail the portal's users know."""

from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.forms import PasswordResetForm as BasePasswordResetForm
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.utils.translation import gettext_lazy as _

from .models import User
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

    def get_users(self, email):
        # Django leaves out accounts without a usable password; here those are the people an import
        # created, who set their first password exactly this way. A locked account is inactive instead.
        users = super().get_users(email)
        waiting = User._default_manager.filter(
            email__iexact=email, is_active=True, password__startswith=UNUSABLE_PASSWORD_PREFIX
        )
        return [*users, *(user for user in waiting if user.email.casefold() == email.casefold())]

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        send_templated_email(to=to_email, template="password-reset", context=context)
