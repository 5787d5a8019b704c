"""Vietnamese first: the portal speaks Vietnamese unless the user picks another language."""


class IgnoreBrowserLanguageMiddleware:
    """Drop Accept-Language so that LocaleMiddleware only follows the language cookie.

    Office computers often run English-language browsers; their users still expect Vietnamese.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
