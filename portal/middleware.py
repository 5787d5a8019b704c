"""Vietnamese first, and no dead ends: the portal speaks Vietnamese unless the user picks another language,
and answers a browser's GET of a POST-only address with a page that leads back."""

from django.http import HttpResponseNotAllowed
from django.shortcuts import render

from .views_errors import return_page


class IgnoreBrowserLanguageMiddleware:
    """Drop Accept-Language so that LocaleMiddleware only follows the language cookie.

    Office computers often run English-language browsers; their users still expect Vietnamese.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)


class MethodNotAllowedPageMiddleware:
    """A browser that opens an action's address (POST only) gets a page that leads back, not a blank 405.

    It happens when a session ends before a button is clicked: the login page sends the user on to the
    action's address, now by GET. htmx requests and non-HTML clients keep the bare 405.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            isinstance(response, HttpResponseNotAllowed)
            and request.method == "GET"
            and "HX-Request" not in request.headers
            and request.accepts("text/html")
        ):
            page = render(request, "405.html", {"back": return_page(request)}, status=405)
            page["Allow"] = response["Allow"]
            return page
        return response
