"""The Organisations page (``page.OrganisationsPage``)."""
