"""Requests the portal refuses, answered with a way on instead of a dead end: a form sent from a page that has
expired (CSRF), an action's address opened in the browser (405), and logging out by a plain link."""

from urllib.parse import urlsplit

from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import Resolver404, get_script_prefix, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme


def return_page(request):
    """Where a refused request leads back to: the same-site page it was sent from, else the nearest address above
    its own that is a page ("/ke-hoach/viec-den-han/" for "/ke-hoach/viec-den-han/27/hoan-thanh/"), else home."""
    referer = request.headers.get("Referer", "")
    if _same_site(request, referer):
        parts = urlsplit(referer)
        if not _skipped(request, parts.path):
            return parts.path + (f"?{parts.query}" if parts.query else "")
    path = request.path_info
    while path.strip("/"):
        path = path.rstrip("/").rpartition("/")[0] + "/"
        full = get_script_prefix() + path.lstrip("/")
        if path != "/" and not _skipped(request, full) and _is_page(path):
            return full
    return reverse("portal:home")


def _same_site(request, url):
    return url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())


def _skipped(request, path):
    # The address refused to a GET would refuse again; the login page means nothing to someone logged in.
    return (request.method == "GET" and path == request.path) or (
        path == reverse("login") and request.user.is_authenticated
    )


def _is_page(path):
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: most often a page left open while its user logged in or out in another tab."""
    logged_in = request.path == reverse("login") and request.user.is_authenticated
    if logged_in:
        back = request.POST.get("next", "")
        if not _same_site(request, back):
            back = reverse("portal:home")
    else:
        back = return_page(request)
    return render(request, "403_csrf.html", {"back": back, "logged_in": logged_in}, status=403)


class LogoutView(auth_views.LogoutView):
    """Logging out stays a POST (Django 5); a GET, from an old bookmark or link, asks for the click instead of a 405."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("login")
        return render(request, "registration/logout_confirm.html")
