"""The portal's groups and what each may do in the admin (docs/publishing.md).

`ensure_groups()` only adds what is missing and never takes away what an administrator has
granted since, so it is safe to run on every deploy and from the demo loader. It runs from
editorial's data migration and after every migrate (editorial.setup), so it looks pages up through
wagtailcore's table and skips permissions that a later migration has yet to create.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    PAGE_PERMISSION_TYPES,
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

EDITOR = "Redaktör"
SECRETARIAT = "Kansli"
CONTENT_OWNER = "Innehållsansvarig"
WEB_ADMIN = "Webbadministratör"
STAFF = "Medarbetare"
# Deletes pages that were ever published and purges revisions (editorial.archive); give it to
# a Webbadministratör, who has the page permissions.
ARCHIVIST = "Arkivarie"
GROUPS = [EDITOR, SECRETARIAT, CONTENT_OWNER, WEB_ADMIN, STAFF, ARCHIVIST]

ADMIN_ACCESS = "wagtailadmin.access_admin"
ALL_ACTIONS = ("add", "change", "delete", "view")


def model_permissions(label, actions=ALL_ACTIONS):
    """["app.add_model", ...] for a model label such as "core.Contact"."""
    app_label, model = label.lower().split(".")
    return [f"{app_label}.{action}_{model}" for action in actions]


SNIPPET_MODELS = [
    "core.Contact",
    "region_teams.County",
    "region_teams.CountyResponsibility",
    "region_teams.RoleDescription",
    "forum_pages.ForumMember",
    "regional_statistics.Dataset",
]
# Webbadministratör may do everything, so also settings, users, sites and redirects.
WEB_ADMIN_MODELS = [
    *SNIPPET_MODELS,
    "region_teams.DialoguePhase",
    "home.PortalSettings",
    "auth.User",
    "auth.Group",
    "wagtailcore.Site",
    "wagtailcore.Collection",
    "wagtailredirects.Redirect",
    "wagtailcore.Workflow",
    "wagtailcore.Task",
    "search.SearchSynonym",
    "wagtailsearchpromotions.SearchPromotion",
]
# Draft → approval → live snippets: publishing them skips the workflow.
PUBLISH_SNIPPETS = [
    "forum_pages.ForumMember",
    "region_teams.CountyResponsibility",
    "regional_statistics.Dataset",
]
# Subscribers are personal data: the secretariat sees, exports, changes topics on request and
# erases (delete); nobody adds one by hand (consent comes through the public form only).
SUBSCRIPTION_PERMISSIONS = [
    *model_permissions("subscriptions.Subscriber", ("view", "change", "delete")),
    *model_permissions("subscriptions.Notice", ("view",)),
]

MODEL_PERMISSIONS = {
    # Editors draft forum members and county responsibilities; Kansli approves them.
    EDITOR: [
        ADMIN_ACCESS,
        *model_permissions("forum_pages.ForumMember", ("add", "change")),
        *model_permissions("region_teams.CountyResponsibility", ("add", "change")),
        *model_permissions("regional_statistics.Dataset", ("add", "change")),
    ],
    SECRETARIAT: [
        ADMIN_ACCESS,
        *model_permissions("core.Contact", ("add", "change", "delete")),
        *model_permissions("forum_pages.ForumMember", ("add", "change", "delete", "publish")),
        *model_permissions("region_teams.CountyResponsibility", ("add", "change", "publish")),
        *SUBSCRIPTION_PERMISSIONS,
        *model_permissions("regional_statistics.Dataset", ("add", "change", "delete", "publish")),
    ],
    CONTENT_OWNER: [ADMIN_ACCESS],
    WEB_ADMIN: [
        ADMIN_ACCESS,
        *(p for m in WEB_ADMIN_MODELS for p in model_permissions(m)),
        *(p for m in PUBLISH_SNIPPETS for p in model_permissions(m, ("publish",))),
        *SUBSCRIPTION_PERMISSIONS,
        # See and lift blocked logins (editorial.login); django-axes writes the rows.
        *model_permissions("axes.AccessAttempt", ("view", "delete")),
    ],
    STAFF: [],
    ARCHIVIST: [ADMIN_ACCESS],
}

ALL_PAGE_PERMISSIONS = [f"{codename}_page" for codename, *_ in PAGE_PERMISSION_TYPES]
# group -> {"home" | "forum": page permission codenames}; a permission on a page covers its
# subtree.
PAGE_PERMISSIONS = {
    EDITOR: {"home": ["add_page", "change_page"]},
    SECRETARIAT: {"home": ["add_page", "change_page"], "forum": ["publish_page"]},
    # Owners approve through the workflow (editorial.ContentOwnerApprovalTask), which publishes;
    # they may edit, but their own edits then need another approver (four-eyes).
    CONTENT_OWNER: {"home": ["change_page"]},
    WEB_ADMIN: {"home": ALL_PAGE_PERMISSIONS},
}
# Granted by the foundation before the workflow existed; taken away once by editorial's migration.
REVOKED_PAGE_PERMISSIONS = {CONTENT_OWNER: {"home": ["publish_page"]}}

MEDIA_PERMISSIONS = [
    *model_permissions("wagtaildocs.Document", ("add", "change", "choose")),
    *model_permissions("wagtailimages.Image", ("add", "change", "choose")),
]
ALL_MEDIA_PERMISSIONS = [
    *model_permissions("wagtaildocs.Document", ("add", "change", "choose", "delete")),
    *model_permissions("wagtailimages.Image", ("add", "change", "choose", "delete")),
]
# Documents and images are permitted per collection; these apply to the root collection.
COLLECTION_PERMISSIONS = {
    EDITOR: MEDIA_PERMISSIONS,
    SECRETARIAT: MEDIA_PERMISSIONS,
    WEB_ADMIN: ALL_MEDIA_PERMISSIONS,
}


def ensure_groups():
    """Create the groups and their permissions; return (groups by name, number of rows added)."""
    groups = {}
    added = 0
    for name in GROUPS:
        groups[name], created = Group.objects.get_or_create(name=name)
        added += created
    added += grant_model_permissions(groups)
    added += grant_page_permissions(groups)
    added += grant_collection_permissions(groups)
    return groups, added


def get_permission(dotted_name):
    """The permission, or None while the migration that creates its model has yet to run."""
    app_label, codename = dotted_name.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def existing_permissions(dotted_names):
    return [p for p in map(get_permission, dotted_names) if p is not None]


def section_pages():
    """{"home": page, "forum": page}, None where the section does not exist yet."""
    labels = {"home": ("home", "homepage"), "forum": ("forum_pages", "forumindexpage")}
    return {
        key: Page.objects.filter(content_type__app_label=app, content_type__model=model)
        .order_by("path")
        .first()
        for key, (app, model) in labels.items()
    }


def grant_model_permissions(groups):
    added = 0
    for name, dotted_names in MODEL_PERMISSIONS.items():
        group = groups[name]
        for permission in existing_permissions(dotted_names):
            if not group.permissions.filter(pk=permission.pk).exists():
                group.permissions.add(permission)
                added += 1
    return added


def grant_page_permissions(groups):
    """Permissions on the home page and the forum; skipped while those pages do not exist."""
    pages = section_pages()
    added = 0
    for name, rules in PAGE_PERMISSIONS.items():
        for page_key, codenames in rules.items():
            if pages[page_key] is None:
                continue
            for codename in codenames:
                _, created = GroupPagePermission.objects.get_or_create(
                    group=groups[name],
                    page=pages[page_key],
                    permission=get_permission(f"wagtailcore.{codename}"),
                )
                added += created
    return added


def revoke_page_permissions():
    """Take away REVOKED_PAGE_PERMISSIONS (run once, by editorial's data migration)."""
    pages = section_pages()
    removed = 0
    for name, rules in REVOKED_PAGE_PERMISSIONS.items():
        for page_key, codenames in rules.items():
            removed += GroupPagePermission.objects.filter(
                group__name=name, page=pages[page_key], permission__codename__in=codenames
            ).delete()[0]
    return removed


def grant_collection_permissions(groups):
    root = Collection.get_first_root_node()
    if root is None:
        return 0
    added = 0
    for name, dotted_names in COLLECTION_PERMISSIONS.items():
        for permission in existing_permissions(dotted_names):
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root, permission=permission
            )
            added += created
    return added
