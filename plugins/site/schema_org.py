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


def breadcrumb_list(trail: list[tuple[str, str]]) -> dict:
    """The breadcrumb trail a page shows, [(name, absolute URL), …] from the start page down to
    the page itself, as a schema.org BreadcrumbList (Google: position, name and item each)."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def with_image(data: dict, images: list[str]) -> dict:
    """`data` (one JSON-LD object, or {"@graph": [...]}) with `image` on its main objects,
    where they have none of their own.

    The images plugin runs after the content plugins built their JSON-LD, so the page's image
    URLs are added when the page is rendered."""
    if not images or not data:
        return data
    image = images[0] if len(images) == 1 else images
    if "@graph" in data:
        return {**data, "@graph": [{"image": image, **node} for node in data["@graph"]]}
    return {"image": image, **data}


def image_urls(item, public_url: str) -> list[str]:
    """Absolute URLs of an item's own image (from the images plugin): the largest derivative
    and the 1200×630 crop; [] for an item without one."""
    image = item.data.get("image") if item is not None else None
    if not image:
        return []
    urls = [image["url"], item.data.get("og_image")]
    absolute = [url if "://" in url else public_url + url for url in urls if url]
    return list(dict.fromkeys(absolute))
