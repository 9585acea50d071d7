"""Search backends for the portal (see `search.backends.whoosh`)."""
