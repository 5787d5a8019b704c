"""The plan list's search box finds a plan by its number and symbol as the document writes them ("15/KH-SKHCN")."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from plans import services
from plans.models import Plan


@pytest.fixture
def numbered(plan_a, clerk_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    plan_a.refresh_from_db()
    services.plan_number(plan=plan_a, by=clerk_a)  # the register's first number: "01/KH-SKHCN"
    return plan_a


def found(client, query):
    return list(client.get(reverse("plans:plan_list"), {"q": query}).context["object_list"])


@pytest.mark.parametrize("query", ["01/KH-SKHCN", "1/kh-skhcn", "/KH-SKHCN", "KH-SKHCN", "01/KH-SKHCN cải cách"])
def test_it_finds_a_numbered_plan_by_its_number_and_symbol(client_for, official_a, numbered, query):
    assert found(client_for(official_a), query) == [numbered]


def test_it_finds_no_plan_under_another_number(client_for, official_a, numbered):
    assert found(client_for(official_a), "12/KH-SKHCN") == []


def test_it_finds_a_plan_not_yet_numbered_by_its_symbol_with_the_slash(client_for, official_a, plan_a):
    assert found(client_for(official_a), "/KH-SKHCN") == [plan_a]


def test_it_keeps_the_search_key_up_to_date_when_only_some_fields_are_saved(plan_a):
    plan_a.number, plan_a.symbol = 15, "KH-UBND"
    plan_a.save(update_fields=["number", "symbol"])
    assert Plan.objects.search("15/KH-UBND").get() == plan_a


def test_it_fills_the_key_of_plans_numbered_before_the_number_was_searched(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(number=15, search_text="ke hoach cai cach hanh chinh nam 2026 kh-skhcn")
    fill = importlib.import_module("plans.migrations.0010_plan_search_number").fill
    fill(apps, None)
    assert Plan.objects.search("15/KH-SKHCN").get() == plan_a
