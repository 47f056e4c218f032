"""schema.org pieces that several content types share (offices, sights, event locations)."""

from __future__ import annotations


def government_organization(name: str, public_url: str) -> dict:
    """The town as publisher or operator: a schema.org GovernmentOrganization."""
    return {"@type": "GovernmentOrganization", "name": name, "url": public_url + "/"}


def postal_address(address: dict | None) -> dict | None:
    """A front-matter `address` ({street, postal_code, city}) as a schema.org PostalAddress."""
    if not address:
        return None
    return {
        "@type": "PostalAddress",
        "streetAddress": address["street"],
        "postalCode": address["postal_code"],
        "addressLocality": address["city"],
        "addressCountry": "DE",
    }
