"""The notice after a workflow step speaks the language of the person who took it: the words were once
translated when the module loaded, so an English page said them in Vietnamese."""

from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse


def test_it_words_the_workflow_notice_in_the_viewers_language(client_for, official_a, report):
    client = client_for(official_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.post(reverse("reports:report_action", args=[report.pk, "trinh"]))
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Submitted to the leader for approval."]
