"""Vietnamese first, and no dead ends: the portal speaks Vietnamese unless the user picks another language,
and answers a browser's GET of a POST-only address with a page that leads back."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.shortcuts import render, resolve_url

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


class HtmxSessionEndedMiddleware:
    """An htmx request (an autosave, a part of the plan editor) whose session has ended gets a 401 that says so.

    Otherwise the login page it is redirected to would be swapped into a corner of the page, and leaving the
    page to sign in would lose what was typed on it: the user signs in again in another tab and retries.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            "HX-Request" in request.headers
            and response.status_code == 302
            and urlsplit(response["Location"]).path == resolve_url(settings.LOGIN_URL)
        ):
            return render(request, "401_htmx.html", status=401)
        return response
