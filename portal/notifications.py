"""Notifications: the in-app centre and e-mail in Vietnamese (subject / text / HTML templates)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Notification


def notify_in_app(*, user, title, body="", url=""):
    return Notification.objects.create(user=user, title=title[:255], body=body, url=url)


def notifications_settle(*, url, users=None):
    """Mark read what told these people (everyone, without `users`) about `url`: the step it asked of them is
    done (by them or by another of them), so it no longer counts in the bell."""
    unread = Notification.objects.filter(url=url, read_at__isnull=True)
    if users is not None:
        unread = unread.filter(user__in=users)
    return unread.update(read_at=timezone.now())


def send_templated_email(*, to, template, context):
    """Send templates/emails/<template>-{subject,body-text,body-html}.html to one address, in Vietnamese."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {"site_url": settings.PORTAL_SITE_URL, **context}
        subject = " ".join(render_to_string(f"emails/{template}-subject.html", context).split())
        text = render_to_string(f"emails/{template}-body-text.html", context)
        html = render_to_string(f"emails/{template}-body-html.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to])
    message.attach_alternative(html, "text/html")
    message.send()


def unread_count(user):
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
