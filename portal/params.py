"""Numbers read from a query string (?unit=, ?year=, ?nam=). Only plain ASCII digits make a number: "abc", "²"
or "٣" (which str.isdigit() accepts and int() refuses or reads) are ignored instead of failing with a 500."""

from .dates import FIRST_YEAR, LAST_YEAR


def int_param(params, name):
    """The parameter as an int (an id, a page of figures), or None."""
    text = params.get(name) or ""
    return int(text) if text.isascii() and text.isdigit() else None


def year_param(params, name="year"):
    """The parameter as a year of FIRST_YEAR..LAST_YEAR, or None."""
    year = int_param(params, name)
    return year if year is not None and FIRST_YEAR <= year <= LAST_YEAR else None
