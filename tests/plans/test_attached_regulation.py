"""A regulation issued with a decision has no number of its own: its page and the plan list do not print
"Số: /" for it (the document prints its decision's number in the note under its title)."""

from django.urls import reverse


def test_its_page_names_no_number_of_its_own(client_for, official_a, plan_a, regulation_a):
    client = client_for(official_a)
    detail = client.get(regulation_a.get_absolute_url()).content.decode()
    assert (
        'data-testid="number"' not in detail
        and 'data-testid="number"' in client.get(plan_a.get_absolute_url()).content.decode()
    )
    listing = client.get(reverse("plans:plan_list")).content.decode()
    rows = listing.split("<tr>")[1:]
    regulation_row = next(row for row in rows if "Quy chế làm việc" in row)
    plan_row = next(row for row in rows if plan_a.title in row)
    assert "Ban hành kèm theo quyết định" in regulation_row and "Số:" not in regulation_row
    assert "/KH-SKHCN" in plan_row
