"""Checks on ids from the query string or a form, before they reach the database."""

MAX_ID_DIGITS = 18  # stays below 2**63, the largest id a 64-bit column stores


def is_database_id(value):
    """ASCII digits that fit a 64-bit column. str.isdigit() alone accepts '²', which int()
    refuses, and the database answers an error, not "no row", for a number beyond 64 bits."""
    return value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS
