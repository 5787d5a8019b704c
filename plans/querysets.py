from django.db import models

from portal.access import scope_filter
from portal.text import search_terms


class PlanQuerySet(models.QuerySet):
    def for_user(self, user):
        """Plans issued in the user's units, and plans that give those units a task."""
        from .models import TaskUnit

        if user.is_superuser:
            return self.all()
        assigned = TaskUnit.objects.filter(scope_filter(user), task__plan=models.OuterRef("pk"))
        return self.filter(scope_filter(user) | models.Q(models.Exists(assigned)))

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
        from .models import Occurrence

        S = Occurrence.Status
        return self.annotate(
            state=models.Case(
                models.When(
                    done_on__isnull=False, done_on__lte=models.F("due_date"), then=models.Value(S.DONE_ON_TIME)
                ),
                models.When(done_on__isnull=False, then=models.Value(S.DONE_LATE)),
                models.When(due_date__gte=today, then=models.Value(S.OPEN)),
                default=models.Value(S.OVERDUE),
                output_field=models.CharField(),
            )
        )
