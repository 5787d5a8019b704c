import pytest
from django.core.exceptions import ValidationError

from portal.models import OrgUnit
from portal.text import fold
from tests.factories import OrgUnitFactory


def test_it_keeps_a_materialised_path(unit_a1, unit_a, province):
    assert unit_a1.path == f"{province.pk:06d}/{unit_a.pk:06d}/{unit_a1.pk:06d}/"
    assert unit_a1.depth == 2
    assert list(unit_a1.ancestors()) == [province, unit_a]


def test_it_reads_a_subtree_in_one_query(django_assert_num_queries, unit_a1, unit_b, unit_a):
    grandchild = OrgUnitFactory(parent=unit_a1)
    with django_assert_num_queries(1):
        codes = {u.code for u in OrgUnit.objects.subtree_of(unit_a)}
    assert codes == {unit_a.code, unit_a1.code, grandchild.code}


def test_it_finds_a_unit_of_a_subtree_by_any_name_files_give(unit_a, unit_a1, unit_b):
    unit_a1.name, unit_a1.short_name = "Ủy ban nhân dân xã Nhân Lý", "UBND xã Nhân Lý"
    unit_a1.save()
    names = OrgUnit.objects.subtree_of(unit_a).by_name()
    for name in (unit_a1.code, "Ủy ban nhân dân xã Nhân Lý", "uy ban nhan dan xa nhan ly", "UBND XÃ NHÂN LÝ"):
        assert names.get(name, names.get(fold(name))) == unit_a1.pk
    assert unit_b.name not in names and fold(unit_b.name) not in names


def test_it_moves_a_whole_subtree(unit_a, unit_a1, unit_b):
    grandchild = OrgUnitFactory(parent=unit_a1)
    unit_a1.parent = unit_b
    unit_a1.save()
    grandchild.refresh_from_db()
    assert grandchild.path.startswith(unit_b.path)
    assert grandchild.depth == 3
    assert not OrgUnit.objects.subtree_of(unit_a).filter(pk=grandchild.pk).exists()


def test_it_refuses_a_parent_inside_its_own_subtree(unit_a, unit_a1):
    unit_a.parent = unit_a1
    with pytest.raises(ValidationError) as error:
        unit_a.full_clean()
    assert "parent" in error.value.message_dict


def test_it_searches_without_diacritics(unit_a, unit_b):
    assert list(OrgUnit.objects.search("so khoa hoc")) == [unit_a]
    assert list(OrgUnit.objects.search("TƯ PHÁP")) == [unit_b]


def test_it_renders_the_governing_body(unit_a, province):
    assert unit_a.governing_body == province.name
    unit_a.governing_body_name = "Ủy ban nhân dân huyện Nhà Bè"
    assert unit_a.governing_body == "Ủy ban nhân dân huyện Nhà Bè"
