"""The plan page offers "Sao chép" only to those who may draft somewhere, as the copy page requires."""

from django.urls import reverse


def test_it_offers_copying_only_to_those_who_may_draft(client_for, official_a, viewer_a, plan_a):
    copy = reverse("plans:plan_copy", args=[plan_a.pk])
    assert copy in client_for(official_a).get(plan_a.get_absolute_url()).content.decode()
    viewer = client_for(viewer_a)
    assert copy not in viewer.get(plan_a.get_absolute_url()).content.decode()
    assert viewer.get(copy).status_code == 403
