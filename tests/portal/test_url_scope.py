"""The unit rule across every route: a user sees their unit and the units below it, another unit's data answers
404, and a read-only member only reads. The routes come from the URL resolver, not from a list typed here, so a
new route that names an object fails the guard until it is swept (or set aside, with its reason, in NOT_SWEPT)."""

import datetime
import io
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse

from plans import deadlines
from plans.models import (
    ExtensionRequest,
    Indicator,
    LegalBasis,
    Occurrence,
    Plan,
    ReportingDuty,
    ScheduleRule,
    Section,
    Task,
    TaskUnit,
)
from plans.views import PARTS
from portal.models import GeneratedDocument, Notification, RegisterEntry
from reports import services as report_services
from reports.models import Attachment, Report, ReportTable, TableTemplate
from reports.views import ACTIONS
from tthc.models import Criterion766, DossierImport, Procedure, SystemProposal
from tthc.registers import REGISTERS

MARK = "KHCN-RIENG"  # in the names of unit A's objects: what must never reach unit B's pages

# URL keywords that name a kind of thing from a fixed list in the code, not a row of any unit. Every other
# keyword is taken to name an object, so a route with a new keyword (report_id, code, slug…) counts as keyed.
CATALOGUE = {
    "label": "a document type of portal.exports.EXPORTERS",
    "kind": "a file format, or the kind of an import template",
    "part": "a part of the plan editor (plans.views.PARTS)",
    "direction": "up or down",
    "action": "a workflow step (reports.views.ACTIONS)",
    "register": "one of the six registers (tthc.registers.REGISTERS)",
}

# Keyed routes left out of the sweep, each with why; keep this short.
NOT_SWEPT = {
    # The token is the credential: calendar apps read the feed without a session, so there is no signed-in
    # outsider to refuse. tests/plans/test_views_deadlines.py covers the feed and its revocation.
    "plans:ical_feed": "the private token is the credential; read without a session",
    # Django's own password reset: the keys name a person and a signed token, not a unit's object, and the
    # page works signed out.
    "password_reset_confirm": "Django's signed reset link; names a person, used signed out",
}


def keyed_routes(resolver=None, namespace="", keywords=()):
    """{route name: its URL keywords} of every named, non-admin route with a keyword that names an object."""
    resolver = resolver or get_resolver()
    found = {}
    for entry in resolver.url_patterns:
        names = (*keywords, *entry.pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            if entry.namespace != "admin":
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                found.update(keyed_routes(entry, inner, names))
        elif entry.name and set(names) - set(CATALOGUE):
            found[f"{namespace}{entry.name}"] = names
    return found


@dataclass(frozen=True)
class Case:
    """One request target: a route, how to build its keywords from unit A's objects, and what is posted."""

    route: str
    keys: Any  # callable(world) -> kwargs
    reads: bool = False  # a page a read-only member of the unit opens (else a write: form, action, delete)
    data: Any = None  # callable(world) -> the POST an owner would send; None posts nothing
    variant: str = ""

    def __str__(self):
        return f"{self.route}[{self.variant}]" if self.variant else self.route

    def url(self, world):
        return reverse(self.route, kwargs=self.keys(world))

    def missing_url(self, world):
        """The same route for objects that do not exist: what an answer that reveals nothing looks like."""
        keys = {
            k: v if k in CATALOGUE else (99_999_999 if isinstance(v, int) else "x" * 43)
            for k, v in self.keys(world).items()
        }
        return reverse(self.route, kwargs=keys)

    def payload(self, world):
        return self.data(world) if self.data else {}


def _unit_form(w):
    fields = {"name": f"Đơn vị đổi tên {MARK}", "kind": "department", "place_name": "Quảng Ngãi", "is_active": "on"}
    return {**fields, "parent": w.unit.pk}  # a new unit's parent; a unit's own parent above its admin stays as is


def _part_form(part):
    return lambda w: {
        f"{part}-number": "IX",
        f"{part}-kind": "thuc_hien",
        f"{part}-title": f"Bị sửa {MARK}",
        f"{part}-content": f"Bị sửa {MARK}",
        f"{part}-name": f"Bị sửa {MARK}",
        f"{part}-summary": f"Bị sửa {MARK}",
    }


def _register_form(w):
    fields = {"document": "Quyết định số 99/QĐ-UBND", "procedure": w.procedure.code}
    return {**fields, "problem": "Thiếu", "proposal": "Bổ sung", "audience": "officials"}


def _upload(name, content=b"ma_ho_so\n"):
    return lambda w: {"file": SimpleUploadedFile(name, content)}


def _exports():
    documents = {"plans.plan": lambda w: w.issued.pk, "reports.report": lambda w: w.sent.pk}
    for label, pk in documents.items():
        yield Case(
            "portal:export_panel", lambda w, label=label, pk=pk: {"label": label, "pk": pk(w)}, True, variant=label
        )
        yield Case(
            "portal:export_preview", lambda w, label=label, pk=pk: {"label": label, "pk": pk(w)}, True, variant=label
        )
        yield Case("portal:export_status", lambda w, label=label: {"pk": w.generated[label].pk}, True, variant=label)
        yield Case("portal:export_download", lambda w, label=label: {"pk": w.generated[label].pk}, True, variant=label)
        for kind in GeneratedDocument.Kind.values:
            keys = lambda w, label=label, pk=pk, kind=kind: {"label": label, "pk": pk(w), "kind": kind}  # noqa: E731
            yield Case("portal:export_create", keys, variant=f"{label}-{kind}")


def _parts():
    for part in PARTS:
        item = lambda w, part=part: w.items[part].pk  # noqa: E731
        yield Case(
            "plans:part_add", lambda w, p=part: {"pk": w.draft.pk, "part": p}, data=_part_form(part), variant=part
        )
        keys = lambda w, p=part, item=item: {"pk": w.draft.pk, "part": p, "item": item(w)}  # noqa: E731
        yield Case("plans:part_edit", keys, data=_part_form(part), variant=part)
        yield Case("plans:part_delete", keys, variant=part)
        for direction in ("len", "xuong"):
            moved = lambda w, keys=keys, d=direction: {**keys(w), "direction": d}  # noqa: E731
            yield Case("plans:part_move", moved, variant=f"{part}-{direction}")


def _registers():
    for slug in REGISTERS:
        yield Case(
            "tthc:register_create",
            lambda w, s=slug: {"pk": w.unit.pk, "register": s},
            data=_register_form,
            variant=slug,
        )
        entry = lambda w, s=slug: {"register": s, "pk": w.entries[s].pk}  # noqa: E731
        yield Case("tthc:register_update", entry, data=_register_form, variant=slug)
        yield Case("tthc:register_delete", entry, variant=slug)


def _unit_key(w):
    return {"pk": w.unit.pk}


def _draft(w):
    return {"pk": w.draft.pk}


def _issued(w):
    return {"pk": w.issued.pk}


def _report(w):
    return {"pk": w.report.pk}


SWEEP = [
    # portal
    Case("portal:unit_detail", _unit_key, reads=True),
    Case("portal:unit_update", _unit_key, data=_unit_form),
    Case("portal:unit_create", _unit_key, data=_unit_form),
    Case("portal:member_create", _unit_key, data=lambda w: {"username": "moi", "full_name": MARK, "role": "official"}),
    Case("portal:member_delete", lambda w: {"pk": w.membership.pk}),
    Case("portal:notification_read", lambda w: {"pk": w.notification.pk}),
    *_exports(),
    # plans
    Case("plans:occurrence_done", lambda w: {"pk": w.occurrence.pk}),
    Case(
        "plans:extension_create",
        lambda w: {"pk": w.occurrence.pk},
        data=lambda w: {"requested_date": "2026-12-30", "reason": "Chờ số liệu"},
    ),
    Case("plans:extension_decide", lambda w: {"pk": w.extension.pk}, data=lambda w: {"decision": "approve"}),
    Case("plans:plan_detail", _issued, reads=True),
    Case("plans:plan_export", _issued, reads=True),
    Case("plans:plan_edit", _draft, data=lambda w: {"title": f"Bị sửa {MARK}", "unit": w.unit.pk}),
    Case("plans:plan_issue", _draft),
    Case("plans:plan_revise", _issued),
    Case("plans:plan_number", _issued),
    Case("plans:plan_copy", _issued, data=lambda w: {"unit": w.unit.pk, "year_shift": "1"}),
    Case("plans:plan_import", _draft, data=_upload("ke-hoach.xlsx")),
    *_parts(),
    # reports
    Case("reports:dashboard_task", lambda w: {"pk": w.task.pk}, reads=True),
    Case("reports:report_detail", _report, reads=True),
    Case("reports:report_compare", _report, reads=True),
    Case("reports:report_edit", _report, data=lambda w: {"lock_version": "0", "header-title": f"Bị sửa {MARK}"}),
    Case("reports:report_correct", lambda w: {"pk": w.sent.pk}),
    Case("reports:report_number", _report),
    Case("reports:report_fill_tthc", _report),
    *(
        Case("reports:report_action", lambda w, a=action: {"pk": w.report.pk, "action": a}, variant=action)
        for action in ACTIONS
    ),
    Case("reports:consolidation", lambda w: {"duty_pk": w.duty.pk}),
    Case("reports:table_add", _report, data=lambda w: {"template": w.table.template_id}),
    Case("reports:attachment_add", _report, data=_upload("bien-ban.pdf", b"%PDF-1.4")),
    Case("reports:attachment_download", lambda w: {"pk": w.report.pk, "attachment": w.attachment.pk}, reads=True),
    Case("reports:attachment_delete", lambda w: {"pk": w.report.pk, "attachment": w.attachment.pk}),
    Case(
        "reports:table_edit",
        lambda w: {"pk": w.report.pk, "table": w.table.pk},
        data=lambda w: {"rows": "1", "lock_version": "0", "title": f"Bị sửa {MARK}", "r0c0": "x"},
    ),
    # tthc
    Case("tthc:months", _unit_key, reads=True),
    Case("tthc:late_list", _unit_key, reads=True),
    Case("tthc:score_766", _unit_key, reads=True),
    Case("tthc:registers", _unit_key, reads=True),
    Case("tthc:procedure_options", _unit_key, reads=True),
    Case("tthc:manual_766", _unit_key, data=lambda w: {"criterion": w.criterion.pk, "value": "90"}),
    Case("tthc:upload", _unit_key, data=_upload("hoso.csv")),
    Case("tthc:procedure_import", _unit_key, data=_upload("thu-tuc.csv")),
    Case("tthc:upload_status", lambda w: {"pk": w.dossier_import.pk}, reads=True),
    Case("tthc:upload_good_rows", lambda w: {"pk": w.dossier_import.pk}),
    *_registers(),
]


def snapshot():
    """Every row of every table but the sessions: an outsider's request must leave all of them as they were."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values_list())
        for model in apps.get_models()
        if model._meta.app_label != "sessions"
    }


@pytest.fixture
def world(settings, tmp_path, province, unit_a, unit_a1, unit_b, official_a, viewer_a, official_b, plan_a):
    """Unit A's objects behind every swept route: a draft plan with one item of each part, an issued plan with its
    deadlines and an extension asked, a sent report and its draft correction with a table and an attachment,
    exported files, TTHC procedures, an import and a line of every register."""
    settings.MEDIA_ROOT = tmp_path
    LegalBasis.objects.create(plan=plan_a, doc_kind="Quyết định", doc_number="01/QĐ-UBND", summary=MARK)
    Section.objects.create(plan=plan_a, number="II", title="NHIỆM VỤ KHÁC", order=2)
    Indicator.objects.create(plan=plan_a, name=f"Tỷ lệ {MARK}", measure="%", comparator=">=", aggregation="avg")
    ReportingDuty.objects.create(plan=plan_a, title=f"Báo cáo {MARK}", kind="yearly", sender=unit_a1, recipient=unit_a)
    items = {
        "section": plan_a.sections.first(),
        "task": plan_a.tasks.get(),
        "indicator": plan_a.indicators.get(),
        "duty": plan_a.duties.get(),
        "basis": plan_a.bases.get(),
    }

    issued = Plan.objects.create(
        unit=unit_a,
        title=f"Kế hoạch kiểm soát thủ tục hành chính {MARK}",
        symbol="KH-SKHCN",
        start_year=2026,
        end_year=2026,
        status=Plan.Status.ISSUED,
    )
    section = Section.objects.create(plan=issued, number="I", title="NHIỆM VỤ", order=1)
    task = Task.objects.create(plan=issued, section=section, number="1", content=f"Công khai thủ tục {MARK}")
    TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
    ScheduleRule.objects.create(task=task, wording="Trước ngày 05/6", kind=ScheduleRule.Kind.YEARLY, day=5, month=6)
    duty = ReportingDuty.objects.create(
        plan=issued, title=f"Báo cáo quý {MARK}", kind="quarterly", sender=unit_a1, recipient=unit_a
    )
    ScheduleRule.objects.create(duty=duty, wording="trước ngày 20 tháng cuối quý", kind="quarterly", day=20)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    occurrence = Occurrence.objects.get(task=task)
    extension = ExtensionRequest.objects.create(
        occurrence=occurrence, requested_date=datetime.date(2026, 6, 30), reason="Chờ số liệu", requested_by=official_a
    )

    sent = report_services.report_create(
        unit=unit_a1,
        by=official_a,
        kind="quarterly",
        year=2026,
        number_in_year=2,
        duty=duty,
        title=f"Báo cáo quý II {MARK}",
    )
    Report.objects.filter(pk=sent.pk).update(state=Report.State.SENT)
    sent.refresh_from_db()
    report = report_services.report_correct(report=sent, by=official_a)
    template = TableTemplate.objects.create(name="Kết quả", code="ket-qua", columns=[{"key": "ma", "label": "Mã"}])
    table = ReportTable.objects.create(report=report, template=template, title=f"Bảng {MARK}", rows=[["1.001"]])
    attachment = Attachment.objects.create(
        report=report,
        file=ContentFile(b"%PDF-1.4 minh chung", name="bien-ban.pdf"),
        name="bien-ban.pdf",
        uploaded_by=official_a,
    )
    generated = {
        label: GeneratedDocument.objects.create(
            object_type=label,
            object_id=str(obj.pk),
            kind="pdf",
            version="a" * 64,
            state="done",
            file=ContentFile(b"%PDF-1.4", name="van-ban.pdf"),
            created_by=official_a,
        )
        for label, obj in {"plans.plan": issued, "reports.report": sent}.items()
    }
    RegisterEntry.objects.create(
        unit=unit_a,
        year=2026,
        number=5,
        symbol="KH-SKHCN",
        doc_type="Kế hoạch",
        title=issued.title,
        issued_on=datetime.date(2026, 3, 2),
        object_type="plans.plan",
        object_id=str(issued.pk),
        numbered_by=official_a,
    )

    procedure = Procedure.objects.create(
        code="1.001653.000.00.00.H08", name=f"Đổi giấy xác nhận {MARK}", field="Bảo trợ xã hội", working_days=5
    )
    procedure.units.add(unit_a)
    dossier_import = DossierImport.objects.create(
        unit=unit_a,
        file_name="hoso.csv",
        state=DossierImport.State.CHECKED,
        file=ContentFile(b"ma_ho_so\n", name="hoso.csv"),
        by=official_a,
    )
    entries = {}
    for slug, register in REGISTERS.items():
        fields = {"document": f"Quyết định {MARK}"}
        if register.model is SystemProposal:
            fields = {"audience": "officials", "problem": f"Thiếu {MARK}", "proposal": "Bổ sung"}
        entries[slug] = register.model.objects.create(unit=unit_a, **fields)

    return SimpleNamespace(
        unit=unit_a,
        draft=plan_a,
        items=items,
        issued=issued,
        task=task,
        duty=duty,
        occurrence=occurrence,
        extension=extension,
        sent=sent,
        report=report,
        table=table,
        attachment=attachment,
        generated=generated,
        notification=Notification.objects.create(user=official_a, title=f"Nhắc hạn {MARK}", url="/ke-hoach/"),
        procedure=procedure,
        dossier_import=dossier_import,
        entries=entries,
        criterion=Criterion766.objects.filter(source="").first(),
        membership=official_a.memberships.get(),
    )


def test_it_sweeps_every_keyed_route():
    """A route that names an object is swept or set aside with a reason; nothing listed here is stale."""
    keyed = keyed_routes()
    assert {"portal:unit_detail", "reports:table_edit", "tthc:register_delete", "plans:ical_feed"} <= set(keyed)
    swept = {case.route for case in SWEEP}
    assert sorted(set(keyed) - swept - set(NOT_SWEPT)) == [], "sweep these routes or say in NOT_SWEPT why not"
    assert sorted((swept | set(NOT_SWEPT)) - set(keyed)) == [], "no longer keyed routes"
    assert not swept & set(NOT_SWEPT)
    assert all(reason.strip() for reason in NOT_SWEPT.values())


def _answer(client, method, case, world):
    url = case.url(world)
    response = client.get(url) if method == "get" else client.post(url, case.payload(world))
    if response.streaming:
        assert b"".join(response.streaming_content)  # read to the end, which closes the served file
    return response.status_code


@pytest.mark.parametrize("case", SWEEP, ids=str)
def test_it_answers_404_to_another_unit(case, world, client_for, official_b):
    client = client_for(official_b)
    before = snapshot()
    for method in ("get", "post"):
        status = _answer(client, method, case, world)
        if status == 405:
            # The method is refused before any object is read: the same answer as for an object that does not exist.
            missing = getattr(client, method)(case.missing_url(world))
            assert missing.status_code == 405, f"{method.upper()} {case}"
        else:
            assert status == 404, f"{method.upper()} {case}"
    assert snapshot() == before


@pytest.mark.parametrize("case", SWEEP, ids=str)
def test_it_lets_a_read_only_member_read_and_nothing_more(case, world, client_for, viewer_a):
    client = client_for(viewer_a)
    before = snapshot()
    if case.reads:
        assert _answer(client, "get", case, world) == 200
    else:
        assert _answer(client, "post", case, world) in (403, 404)
        assert _answer(client, "get", case, world) in (403, 404, 405)
    assert snapshot() == before


# Who may do each write, to show that the payloads posted above are ones that write when the role allows it.
OWNER = {
    "portal:unit_update": "admin_a",
    "portal:unit_create": "admin_a",
    "portal:member_create": "admin_a",
    "portal:member_delete": "admin_a",
    "portal:notification_read": "official_a",
    "portal:export_create": "official_a",
    "plans:occurrence_done": "official_a",
    "plans:extension_create": "official_a",
    "plans:extension_decide": "leader_a",
    "plans:plan_edit": "official_a",
    "plans:plan_issue": "leader_a",
    "plans:plan_revise": "official_a",
    "plans:plan_number": "clerk_a",
    "plans:plan_copy": "official_a",
    "plans:plan_import": "official_a",
    "plans:part_add": "official_a",
    "plans:part_edit": "official_a",
    "plans:part_delete": "official_a",
    "plans:part_move": "official_a",
    "reports:report_edit": "official_a",
    "reports:report_correct": "official_a",
    "reports:report_number": "clerk_a",
    "reports:report_fill_tthc": "official_a",
    "reports:report_action": "official_a",
    "reports:consolidation": "official_a",
    "reports:table_add": "official_a",
    "reports:attachment_add": "official_a",
    "reports:attachment_delete": "official_a",
    "reports:table_edit": "official_a",
    "tthc:manual_766": "official_a",
    "tthc:upload": "official_a",
    "tthc:procedure_import": "official_a",
    "tthc:upload_good_rows": "official_a",
    "tthc:register_create": "official_a",
    "tthc:register_update": "official_a",
    "tthc:register_delete": "official_a",
}


# Writes whose owner's POST above writes nothing, so they prove only the refusals: the state or the payload they
# would need is more than this sweep builds (the app's own tests cover those writes).
NO_OWNER_WRITE = {
    "plans:extension_create": "an extension is already pending for the deadline",
    "plans:plan_edit": "the whole document form",
    "plans:plan_import": "an edited export of the plan",
    "plans:part_add[task]": "formsets of units and deadlines",
    "plans:part_edit[task]": "formsets of units and deadlines",
    "plans:part_add[indicator]": "a formset of targets",
    "plans:part_edit[indicator]": "a formset of targets",
    "plans:part_add[duty]": "a formset of deadlines",
    "plans:part_edit[duty]": "a formset of deadlines",
    "reports:report_edit": "the whole editor's forms",
    "reports:report_number": "an approved report",
    "reports:report_fill_tthc": "TTHC figures to fill from",
    "tthc:upload": "a file of dossiers",
    "tthc:procedure_import": "a file of procedures",
    **{
        f"plans:part_move[{part}-{d}]": "a sibling to swap with"
        for part in PARTS
        if part != "section"
        for d in ("len", "xuong")
    },
    **{f"reports:report_action[{a}]": "a report in another state" for a in ACTIONS if a != "trinh"},
    **{
        f"tthc:register_{view}[{slug}]": "the register's own required fields"
        for slug in ("lien-thong", "bieu-mau-dien-tu", "phan-cap-uy-quyen")
        for view in ("create", "update")
    },
}


def test_it_sets_aside_only_writes_it_sweeps():
    assert set(NO_OWNER_WRITE) <= {str(case) for case in SWEEP if case.route in OWNER}


@pytest.mark.parametrize("case", [c for c in SWEEP if c.route in OWNER and str(c) not in NO_OWNER_WRITE], ids=str)
def test_it_writes_for_the_owner(case, world, client_for, request):
    client = client_for(request.getfixturevalue(OWNER[case.route]))
    before = snapshot()
    _answer(client, "post", case, world)
    assert snapshot() != before


@pytest.fixture
def own_b(unit_b, official_b):
    """A draft plan and a draft report of unit B: parents its official may edit, to hang A's items under."""
    plan = Plan.objects.create(unit=unit_b, title="Kế hoạch của Sở Tư pháp", start_year=2026, end_year=2026)
    report = report_services.report_create(unit=unit_b, by=official_b, kind="monthly", year=2026, number_in_year=5)
    return SimpleNamespace(plan=plan, report=report)


def _mixed():
    """Routes naming a parent and an item: B's own parent with A's item."""
    for part in PARTS:
        for route in ("plans:part_edit", "plans:part_delete"):
            yield Case(route, lambda w, p=part: {"pk": w.own.plan.pk, "part": p, "item": w.items[p].pk}, variant=part)
        keys = lambda w, p=part: {"pk": w.own.plan.pk, "part": p, "item": w.items[p].pk, "direction": "len"}  # noqa: E731
        yield Case("plans:part_move", keys, variant=part)
    yield Case("reports:attachment_download", lambda w: {"pk": w.own.report.pk, "attachment": w.attachment.pk})
    yield Case("reports:attachment_delete", lambda w: {"pk": w.own.report.pk, "attachment": w.attachment.pk})
    yield Case("reports:table_edit", lambda w: {"pk": w.own.report.pk, "table": w.table.pk}, data=SWEEP[-1].data)


@pytest.mark.parametrize("case", list(_mixed()), ids=str)
def test_it_answers_404_to_another_units_item_under_an_own_parent(case, world, own_b, client_for, official_b):
    world.own = own_b
    client = client_for(official_b)
    before = snapshot()
    assert _answer(client, "post", case, world) == 404
    assert _answer(client, "get", case, world) in (404, 405)
    assert snapshot() == before


def _text(response):
    """What a page or its Excel export shows."""
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
        return " ".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)
    return response.content.decode()


# List pages and the filters they read; each shows unit A's object named by `shown` to unit A's official. A
# search asks for part of the name only: pages repeat the query, and the repeat is no leak.
LISTS = [
    ("portal:unit_list", lambda w: {"q": "Khoa học"}, lambda w: w.unit.name),
    ("portal:unit_list", lambda w: {"q": "Khoa học", "format": "xlsx"}, lambda w: w.unit.name),
    ("portal:unit_list", lambda w: {"kind": "department", "page": "1"}, lambda w: w.unit.name),
    ("portal:register_list", lambda w: {"unit": w.unit.pk}, lambda w: MARK),
    ("portal:register_list", lambda w: {"q": "RIENG", "year": "2026"}, lambda w: MARK),
    ("portal:register_list", lambda w: {"unit": w.unit.pk, "format": "xlsx"}, lambda w: MARK),
    ("portal:notifications", lambda w: {"page": "1"}, lambda w: MARK),
    ("plans:plan_list", lambda w: {"unit": w.unit.pk, "q": "RIENG"}, lambda w: MARK),
    ("plans:plan_list", lambda w: {"year": "2026", "status": "issued", "page": "1"}, lambda w: MARK),
    ("plans:plan_list", lambda w: {"unit": w.unit.pk, "format": "xlsx"}, lambda w: MARK),
    ("plans:deadlines", lambda w: {"unit": w.occurrence.unit_id, "view": "month", "month": "2026-06"}, lambda w: MARK),
    ("reports:report_list", lambda w: {"hop": "di", "year": "2026", "page": "1"}, lambda w: MARK),
    ("reports:report_list", lambda w: {"hop": "den", "state": "sent"}, lambda w: MARK),
    ("reports:dashboard", lambda w: {"unit": w.unit.pk, "plan": w.issued.pk, "year": "2026"}, lambda w: MARK),
    ("tthc:procedure_list", lambda w: {"don_vi": w.unit.pk, "q": "RIENG"}, lambda w: MARK),
    ("tthc:procedure_list", lambda w: {"don_vi": w.unit.pk, "format": "xlsx"}, lambda w: MARK),
]


@pytest.mark.parametrize(
    ("route", "params", "shown"), LISTS, ids=[f"{route}-{i}" for i, (route, _p, _s) in enumerate(LISTS)]
)
def test_it_keeps_another_units_rows_out_of_lists(route, params, shown, world, client_for, official_a, official_b):
    url, query, name = reverse(route), params(world), shown(world)
    own = client_for(official_a).get(url, query)
    assert own.status_code == 200 and name in _text(own)
    other = client_for(official_b).get(url, query)
    assert other.status_code in (200, 404)
    assert name not in _text(other)
