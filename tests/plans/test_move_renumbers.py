"""Moving a numbered part takes its neighbour's number, as a word processor's numbered list does, and the
numbers below it that spell it out follow; bullets and unnumbered parts keep theirs."""

from django.urls import reverse

from plans.models import Section, Task


def _move_up(client, plan, part, item):
    client.post(reverse("plans:part_move", args=[plan.pk, part, item.pk, "len"]), HTTP_HX_REQUEST="true")


def _outline(plan):
    return [
        (s.number, s.title, [(t.number, t.content) for t in s.tasks.order_by("order", "pk")])
        for s in plan.sections.filter(parent__isnull=False).order_by("order", "pk")
    ]


def test_it_renumbers_a_section_and_the_tasks_that_spell_out_its_number(client_for, official_a, plan_a):
    top = plan_a.sections.get()
    first = Section.objects.create(plan=plan_a, parent=top, number="1", title="Cải cách thể chế", order=1)
    second = Section.objects.create(plan=plan_a, parent=top, number="2", title="Cải cách TTHC", order=2)
    Task.objects.create(plan=plan_a, section=first, number="1.1", content="Rà soát văn bản", order=1)
    Task.objects.create(plan=plan_a, section=first, number="1.2", content="Kiểm tra văn bản", order=2)
    Task.objects.create(plan=plan_a, section=second, number="2.1", content="Công bố TTHC", order=1)
    _move_up(client_for(official_a), plan_a, "section", second)
    assert _outline(plan_a) == [
        ("1", "Cải cách TTHC", [("1.1", "Công bố TTHC")]),
        ("2", "Cải cách thể chế", [("2.1", "Rà soát văn bản"), ("2.2", "Kiểm tra văn bản")]),
    ]


def test_it_renumbers_lettered_tasks(client_for, official_a, plan_a):
    section = plan_a.sections.get()
    Task.objects.filter(plan=plan_a).update(number="a)", order=1)
    moved = Task.objects.create(plan=plan_a, section=section, number="b)", content="Công khai TTHC", order=2)
    _move_up(client_for(official_a), plan_a, "task", moved)
    assert [(t.number, t.content) for t in section.tasks.order_by("order")][0] == ("a)", "Công khai TTHC")
    assert section.tasks.order_by("order")[1].number == "b)"


def test_it_keeps_bullets_and_numbers_of_another_sequence(client_for, official_a, plan_a):
    section = plan_a.sections.get()
    Task.objects.filter(plan=plan_a).update(number="-", order=1)
    bullet = Task.objects.create(plan=plan_a, section=section, number="-", content="Công khai TTHC", order=2)
    numbered = Task.objects.create(plan=plan_a, section=section, number="3", content="Số hóa hồ sơ", order=3)
    client = client_for(official_a)
    _move_up(client, plan_a, "task", bullet)
    _move_up(client, plan_a, "task", numbered)
    assert [(t.number, t.content) for t in section.tasks.order_by("order")] == [
        ("-", "Công khai TTHC"),
        ("3", "Số hóa hồ sơ"),
        ("-", plan_a.tasks.exclude(pk__in=[bullet.pk, numbered.pk]).get().content),
    ]
