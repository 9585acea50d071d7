"""The editorial workflow: roles, approval routed to each page's content owner, notifications.

A separate app because the workflow spans every section of the portal (forum, regional work,
reports, news, snippets) and belongs to none of the content apps.
"""
