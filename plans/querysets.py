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
