"""The demo site: `manage.py load_demo_content` builds it from the texts in `demo.content`.

It is an app of its own because it depends on every section (it creates their pages and
snippets) while nothing depends on it: kept apart, no section has to import the others to build
the demo, and a production site can leave the app out without losing anything it serves.
"""
