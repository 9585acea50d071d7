"""The bottom layer every section builds on.

What belongs here: what two or more sections share and that knows no section itself — the
abstract `BasePage` with its body blocks, the `Contact` snippet that is every page's content owner,
the content-version cache, the Atom feed base, the page routes that are files (`.ics`, `.csv`),
the filter forms' 400 answer and the check of which pages a request may see. Nothing in core
imports a section; a section-specific model or helper belongs in its section.
"""
