"""A section is never its own ancestor: the editor offers no such parent, and the model refuses one."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from plans.forms import SectionForm
from plans.models import Section


@pytest.fixture
def tree(plan_a):
    a = plan_a.sections.get()
    b = Section.objects.create(plan=plan_a, parent=a, number="1", title="Mục con", order=1)
    c = Section.objects.create(plan=plan_a, parent=b, number="a", title="Mục cháu", order=1)
    other = Section.objects.create(plan=plan_a, number="II", title="TỔ CHỨC THỰC HIỆN", order=2)
    return a, b, c, other


def test_it_offers_as_parent_no_section_of_the_subtree(plan_a, tree):
    a, b, c, other = tree
    assert list(SectionForm(instance=a, plan=plan_a).fields["parent"].queryset) == [other]
    assert set(SectionForm(instance=c, plan=plan_a).fields["parent"].queryset) == {a, b, other}


def test_it_refuses_to_put_a_section_under_its_descendant(client_for, official_a, plan_a, tree):
    a, _b, c, _other = tree
    response = client_for(official_a).post(
        reverse("plans:part_edit", args=[plan_a.pk, "section", a.pk]),
        {"section-parent": c.pk, "section-number": "I", "section-title": "NHIỆM VỤ TRỌNG TÂM"},
        HTTP_HX_REQUEST="true",
    )
    assert "parent" in response.context["form"].errors
    a.refresh_from_db()
    assert a.parent is None


def test_it_refuses_a_cycle_in_the_model(tree):
    a, _b, c, _other = tree
    a.parent = c
    with pytest.raises(ValidationError) as error:
        a.full_clean()
    assert error.value.message_dict == {"parent": ["Không thể đặt một mục vào trong chính nó hoặc mục con của nó."]}
    a.parent = a
    with pytest.raises(ValidationError):
        a.full_clean()
