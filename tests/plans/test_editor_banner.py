"""The editor says a part was not saved whenever anything in it is wrong, sub-table rows included."""

from django.urls import reverse

from tests.plans.test_views_plans import _task_data

BANNER = "Chưa lưu được: vui lòng sửa các ô được đánh dấu."


def test_it_shows_the_banner_when_only_a_sub_table_row_is_wrong(client_for, official_a, plan_a):
    data = _task_data(plan_a.sections.get(), **{"task-rules-0-wording": "Khi có yêu cầu"})  # no rule, none to read
    response = client_for(official_a).post(
        reverse("plans:part_add", args=[plan_a.pk, "task"]), data, HTTP_HX_REQUEST="true"
    )
    assert response.context["form"].is_valid()
    assert BANNER in response.content.decode()
    assert not plan_a.tasks.filter(number="2").exists()


def test_it_shows_no_banner_on_a_blank_form(client_for, official_a, plan_a):
    response = client_for(official_a).get(reverse("plans:part_add", args=[plan_a.pk, "task"]), HTTP_HX_REQUEST="true")
    assert BANNER not in response.content.decode()
