from django.http import QueryDict

from portal.params import int_param, year_param


def test_it_reads_only_plain_digits_as_a_number():
    params = QueryDict("unit=12&a=abc&b=²&c=٣&d=-1&e=&year=2026&old=1999&far=99999")
    assert int_param(params, "unit") == 12
    assert [int_param(params, name) for name in ("a", "b", "c", "d", "e", "missing")] == [None] * 6
    assert year_param(params) == 2026
    assert year_param(params, "old") is None and year_param(params, "far") is None
