"""A mail backend whose server refuses every message, to test retries."""

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, messages):
        raise OSError("552 hộp thư đầy")
