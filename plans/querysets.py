from django.db import models

from portal.access import scope_filter
from portal.text import search_terms


class PlanQuerySet(models.QuerySet):
    def for_user(self, user):
        """Plans of the user's units, and plans past their draft that give those units a task: a draft is
        its issuing unit's own until a leader issues it."""
        from .models import TaskUnit

        if user.is_superuser:
            return self.all()
        assigned = TaskUnit.objects.filter(scope_filter(user), task__plan=models.OuterRef("pk"))
        named = models.Q(models.Exists(assigned)) & ~models.Q(status=self.model.Status.DRAFT)
        return self.filter(scope_filter(user) | named)

    def in_year(self, year):
        return self.filter(start_year__lte=year, end_year__gte=year)

    def with_framework(self, code):
        return self.filter(indicators__component__framework__code=code).distinct()

    def search(self, query):
        for term in search_terms(query):
            self = self.filter(search_text__contains=term)
        return self


class OccurrenceQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(scope_filter(user) | scope_filter(user, field="plan__unit"))

    def open(self):
        return self.filter(done_on__isnull=True)

    def overdue(self, today):
        return self.open().filter(due_date__lt=today)

    def with_status(self, today):
        """Annotate `state` with the four-way status, computed in the database for counting."""
        conditions = status_conditions(today)
        return self.annotate(
            state=models.Case(
                *(models.When(condition, then=models.Value(state)) for state, condition in conditions.items()),
                output_field=models.CharField(),
            )
        )


def status_conditions(today):
    """The four states of an occurrence as exclusive conditions, for annotating or counting them side by side."""
    from .models import Occurrence

    S = Occurrence.Status
    return {
        S.DONE_ON_TIME: models.Q(done_on__isnull=False, done_on__lte=models.F("due_date")),
        S.DONE_LATE: models.Q(done_on__gt=models.F("due_date")),
        S.OPEN: models.Q(done_on__isnull=True, due_date__gte=today),
        S.OVERDUE: models.Q(done_on__isnull=True, due_date__lt=today),
    }
