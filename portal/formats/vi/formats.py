"""Vietnamese number grouping, which Django's own vi formats leave out (NUMBER_GROUPING 0): where a page asks
for grouping (intcomma), 1500 reads "1.500" as Vietnamese write it. Every other vi format stays Django's."""

NUMBER_GROUPING = 3
