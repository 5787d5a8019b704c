"""The standing personas of ../shared/STYLE.md: an official and a read-only member of unit A,
an official of unit B, a leader of the province above both, and an administrator of A."""

import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from plans.models import Plan, ScheduleRule, Section, Task, TaskUnit
from portal.models import Membership, OrgUnit
from tests.factories import MembershipFactory, OrgUnitFactory, UserFactory

Role = Membership.Role


@pytest.fixture(autouse=True)
def vietnamese():
    """Each test starts in Vietnamese: a request in English must not leak its language into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached pages are keyed by ids that the next test's rolled-back database hands out again."""
    cache.clear()


@pytest.fixture
def province(db):
    return OrgUnitFactory(code="tinh", name="Ủy ban nhân dân tỉnh Thử Nghiệm", kind=OrgUnit.Kind.PROVINCE)


@pytest.fixture
def unit_a(province):
    return OrgUnitFactory(
        code="so-a",
        name="Sở Khoa học và Công nghệ",
        parent=province,
        abbreviation="SKHCN",
        kind=OrgUnit.Kind.DEPARTMENT,
    )


@pytest.fixture
def unit_a1(unit_a):
    return OrgUnitFactory(code="so-a-phong", name="Phòng Quản lý công nghệ", parent=unit_a)


@pytest.fixture
def unit_b(province):
    return OrgUnitFactory(
        code="so-b", name="Sở Tư pháp", parent=province, abbreviation="STP", kind=OrgUnit.Kind.DEPARTMENT
    )


def _member(unit, role, **user_fields):
    return MembershipFactory(unit=unit, role=role, user=UserFactory(**user_fields)).user


@pytest.fixture
def official_a(unit_a, unit_a1):
    return _member(unit_a, Role.OFFICIAL, full_name="Võ Thị Thu Hà")


@pytest.fixture
def viewer_a(unit_a, unit_a1):
    return _member(unit_a, Role.VIEWER, full_name="Phạm Quốc Bảo")


@pytest.fixture
def admin_a(unit_a, unit_a1):
    return _member(unit_a, Role.UNIT_ADMIN, full_name="Huỳnh Văn Tâm")


@pytest.fixture
def official_b(unit_b):
    return _member(unit_b, Role.OFFICIAL, full_name="Lê Văn Phúc")


@pytest.fixture
def leader_top(province, unit_a, unit_b):
    return _member(province, Role.LEADER, full_name="Nguyễn Văn Thành")


@pytest.fixture
def client_for(client):
    """Log a persona in: `client_for(official_a).get(...)`."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def plan_a(unit_a, unit_a1, official_a):
    plan = Plan.objects.create(
        unit=unit_a,
        title="Kế hoạch cải cách hành chính năm 2026",
        symbol="KH-SKHCN",
        place_name="Quảng Ngãi",
        start_year=2026,
        end_year=2026,
    )
    section = Section.objects.create(plan=plan, number="I", title="NHIỆM VỤ TRỌNG TÂM", order=1)
    task = Task.objects.create(
        plan=plan, section=section, number="1", content="Rà soát, đơn giản hóa thủ tục hành chính"
    )
    TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
    ScheduleRule.objects.create(
        task=task, wording="Trước ngày 05/6 hằng năm", kind=ScheduleRule.Kind.YEARLY, day=5, month=6
    )
    return plan


@pytest.fixture
def regulation_a(plan_a):
    """A Quy chế issued with plan A: it has no number of its own and signs with its decision."""
    return Plan.objects.create(
        unit=plan_a.unit,
        title="Quy chế làm việc",
        doc_type=Plan.DocType.REGULATION,
        attached_to=plan_a,
        start_year=2026,
        end_year=2026,
        place_name="Quảng Ngãi",
    )


@pytest.fixture
def leader_a(unit_a, unit_a1):
    return _member(unit_a, Role.LEADER, full_name="Trần Công Hòa")


@pytest.fixture
def clerk_a(unit_a, unit_a1):
    return _member(unit_a, Role.CLERK, full_name="Đỗ Thị Lan")


@pytest.fixture
def receiver_b(unit_b):
    return _member(unit_b, Role.OFFICIAL, full_name="Lê Tiếp Nhận")


@pytest.fixture(scope="session")
def serialized_contents(django_db_setup):
    """What the migrations wrote (frameworks, calendar overrides, the 766 scheme…), as serialized rollback
    keeps it; taken before any browser starts."""
    from django.db import connection

    return getattr(connection, "_test_serialized_contents", None)


@pytest.fixture(autouse=True)
def serialized_data_restored(request):
    """Playwright's sync API leaves an event loop running in the main thread, so asgiref (and Django's
    connection handler with it) keys connections by context from then on: Django's serialized rollback
    meets a fresh connection object without the serialized data, skips the restore, and every later
    transactional test began on an empty database. Where that happened, empty the tables and restore
    the migrations' data here."""
    if "django_db_serialized_rollback" not in request.fixturenames:
        return
    request.getfixturevalue("django_db_serialized_rollback")
    contents = request.getfixturevalue("serialized_contents")
    from django.core.management import call_command
    from django.db import connection

    from plans.models import Framework

    if contents and not Framework.objects.exists():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="session", autouse=True)
def own_queue_removed():
    """The run's own filesystem queue (see portal.settings.test) goes away with the run."""
    yield
    folder = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("data_folder_in")
    if settings.CELERY_BROKER_URL == "filesystem://" and folder:
        shutil.rmtree(folder, ignore_errors=True)
