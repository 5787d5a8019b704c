from django.db import models
from django.db.models import Case, Count, F, Q, Value, When

from portal.access import scope_filter
from portal.text import search_terms


class ProcedureQuerySet(models.QuerySet):
    def search(self, query):
        """Every folded word must appear: "dang ky khai sinh" finds "Đăng ký khai sinh"."""
        for term in search_terms(query):
            self = self.filter(search_text__contains=term)
        return self

    def with_units_outside(self, unit):
        """`units_outside`: how many units applying each procedure lie outside `unit`'s subtree."""
        outside = Count("units", filter=~Q(units__path__startswith=unit.path))
        return self.annotate(units_outside=outside)


class ImportSourceQuerySet(models.QuerySet):
    def for_unit(self, unit):
        """The mappings offered to `unit`: its own, its superiors', the admin's; the nearest first, so that a
        name its superior also saved means the unit's own."""
        mine = Q(unit__in=[*unit.ancestor_ids(), unit.pk]) | Q(unit=None)
        return self.filter(mine).order_by(F("unit__depth").desc(nulls_last=True), "name")

    def names_for_unit(self, unit):
        """The names `for_unit` offers, each once, in alphabetical order."""
        return sorted(set(self.for_unit(unit).values_list("name", flat=True)))


class DossierQuerySet(models.QuerySet):
    def in_subtree(self, unit):
        return self.filter(unit__path__startswith=unit.path)

    def with_status(self, on):
        """`status` as of the end of day `on`: the stored result once resolved by then, else within due or
        overdue. An annotation, not a column: an open dossier turns overdue without anything being written."""
        resolved = Q(completed_on__isnull=False, completed_on__lte=on)
        return self.annotate(
            status=Case(
                When(resolved, then="result"),
                When(due_on__lt=on, then=Value("overdue")),
                default=Value("within"),
                output_field=models.CharField(),
            )
        )

    def late_or_overdue(self, start, end):
        """Resolved late within [start, end], or still open and past due at `end`."""
        late = Q(result="late", completed_on__range=(start, end))
        overdue = Q(due_on__lt=end, received_on__lte=end) & (Q(completed_on__isnull=True) | Q(completed_on__gt=end))
        return self.filter(late | overdue)

    def apology_counts(self):
        """How many, and how many without an apology letter: the late list's two filters show both."""
        return self.aggregate(total=Count("pk"), without_apology=Count("pk", filter=Q(apology=False)))


class RegisterQuerySet(models.QuerySet):
    """Lines of the registers of seed 001 (simplifications, delegations, proposals…), each kept by a unit."""

    def for_user(self, user):
        return self.filter(scope_filter(user))

    def in_subtree(self, unit):
        return self.filter(unit__path__startswith=unit.path)


class SystemProposalQuerySet(RegisterQuerySet):
    def in_report_order(self):
        """Grouped by audience in the order the report numbers them (I, II, III), then as each unit keeps them:
        a proposal added later joins its group instead of opening a new one."""
        rank = Case(
            *(When(audience=value, then=Value(i)) for i, value in enumerate(self.model.Audience.values)),
            output_field=models.IntegerField(),
        )
        return self.order_by(rank, "unit__path", "order", "pk")
