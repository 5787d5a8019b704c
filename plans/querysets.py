from django.db import models

from portal.access import scope_filter
from portal.text import search_terms


class PlanQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(scope_filter(user))

    def in_year(self, year):
        return self.filter(start_year__lte=year, end_year__gte=year)

    def search(self, query):
        for term in search_terms(query):
            self = self.filter(search_text__contains=term)
        return self
