"""The field (lĩnh vực) filter of the procedure list offers the fields of the unit's own procedures, in the
order of the Vietnamese alphabet."""

import pytest
from django.urls import reverse

from tthc.models import Procedure

pytestmark = pytest.mark.django_db


def test_it_offers_the_units_fields_in_alphabetical_order(client_for, viewer_a, unit_a, unit_b, procedures):
    Procedure.objects.filter(pk=procedures[1].pk).update(field="Đăng ký, quản lý cư trú")
    other = Procedure.objects.create(code="1.000020.000.00.00.H43", name="Thủ tục của Sở Tư pháp", field="Hộ tịch")
    other.units.add(unit_b)
    response = client_for(viewer_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}")
    assert list(response.context["fields"]) == ["An toàn thực phẩm", "Bảo trợ xã hội", "Đăng ký, quản lý cư trú"]
