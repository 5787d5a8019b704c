"""Constants of the plans app."""

# The years a plan, a target or a deadline may name. A typo such as 20260 is refused before the calendar,
# which dates only years 1 to 9999, meets it on a page.
FIRST_YEAR, LAST_YEAR = 2000, 2100
