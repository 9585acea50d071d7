"""The portal's open data: a read-only API (Wagtail's API v2) under /api/v2/.

An app of its own because it reads every section (pages of all types, counties, forum members,
documents and images) and belongs to none of them; like search, it sits above the sections.
Only what the public site shows is served: live, public pages (Wagtail's own public-pages
queryset), documents and images outside restricted collections, published responsibilities of
publicly shown people, and published forum members. docs/api.md has examples.
"""
