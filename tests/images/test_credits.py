"""Credits aggregated for the "Bildnachweis" page."""

from plugins.images.credits import CreditEntry, CreditUse, PageRef, collect_credits


def test_credits_grouped_sorted_and_deduplicated():
    uses = [
        CreditUse("Foto: Stadt Musterstadt", "Rathaus", "/rathaus/"),
        CreditUse("Ölmühle e. V.", "Mühlentag", "/events/muehlentag/"),
        CreditUse("Foto:  Stadt Musterstadt ", "Bürgerbüro", "/buergerbuero/"),
        CreditUse("Foto: Stadt Musterstadt", "Rathaus", "/rathaus/"),  # second image, same page
        CreditUse("Anna Muster, CC BY 4.0", "Altstadt", "/altstadt/"),
        CreditUse("  ", "Ohne Nachweis", "/ohne/"),
    ]

    assert collect_credits(uses) == [
        CreditEntry("Anna Muster, CC BY 4.0", (PageRef("Altstadt", "/altstadt/"),)),
        CreditEntry(
            "Foto: Stadt Musterstadt",
            (PageRef("Bürgerbüro", "/buergerbuero/"), PageRef("Rathaus", "/rathaus/")),
        ),
        CreditEntry("Ölmühle e. V.", (PageRef("Mühlentag", "/events/muehlentag/"),)),
    ]


def test_no_credits_gives_an_empty_list():
    assert collect_credits([]) == []
