from django.db import models

from portal.access import scope_filter


class ReportQuerySet(models.QuerySet):
    def for_user(self, user):
        """Reports of the user's units, and reports sent to them (once sent)."""
        received = models.Q(scope_filter(user, field="recipient"), state__in=["sent", "received", "returned"])
        if user.is_authenticated and user.is_superuser:
            return self.all()
        return self.filter(scope_filter(user) | received)

    def sent_for(self, duty, year, number=None):
        """The reports sent (or received) for one period of a duty."""
        return self.filter(
            duty=duty, year=year, number_in_year=number, state__in=[self.model.State.SENT, self.model.State.RECEIVED]
        )
