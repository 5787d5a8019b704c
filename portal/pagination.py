"""Paging shared by the apps' lists."""


class NearestPageMixin:
    """For ListView: a page number that does not read, or lies past the end, shows the nearest page instead
    of a 404 (a link kept from a longer list, a filter that shortened it)."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
