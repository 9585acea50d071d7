"""Regional statistics: datasets (values per county and year) and the pages that chart them.

Its own app because datasets and their pages are neither forum content (`forum_pages`) nor the
regional teams' content (`region_teams`): a dataset is reference data imported from Statistics
Sweden's table service, reused by any statistics page and by every county page. The name is not
`statistics`, which would shadow Python's standard library module of that name.
"""
