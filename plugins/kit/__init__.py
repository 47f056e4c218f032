"""Kit: the shared library of the capabilities (not a plugin: nothing to register).

What several plugins need lives here once, instead of a copy per plugin:

- `i18n`: one translation system for templates, labels made in Python and editors' messages;
- `ical`: iCalendar files (events, waste collection dates, council meetings);
- `recurrence`: RRULE checking and expansion into dated occurrences;
- `holidays`: the public holidays of the town's Land and the town's own closing days;
- `opening_hours`: opening hours in OpenStreetMap syntax (offices, services, sights);
- `dates`: dates and date-times as editors write them, expiry by the build date;
- `urls`: the site's public address, languages and the URL of a folder in a language.
"""
