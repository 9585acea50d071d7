"""Creates the groups and the workflows, and assigns them to the sections that exist.

Run by the data migration, after every `migrate` (post_migrate) and by the demo loader: sections
such as the forum may appear after the migrations ran, and permissions that later migrations add
(e.g. publish_forummember) must be granted too. Everything here only adds what is missing, so an
administrator's changes in the workflow admin are kept.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

from editorial import roles

PUBLISHING = "Granskning och publicering"
FORUM_PUBLISHING = "Granskning och publicering, forum"
SNIPPET_REVIEW = "Granskning av uppgifter"
OWNER_TASK = "Godkännande av innehållsansvarig"
SECRETARIAT_TASK = "Godkännande av kansliet"
# Wagtail's own migration assigns this to the root page; ours replaces it there.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
REVIEWED_SNIPPETS = [
    ("forum_pages", "forummember"),
    ("region_teams", "countyresponsibility"),
    ("regional_statistics", "dataset"),
]


def after_migrate(sender, using="default", **kwargs):
    ensure_permissions_exist(global_apps)
    ensure_editorial_setup(global_apps)


def ensure_permissions_exist(apps):
    """Create the permissions of every model now, not at the end of migrate (the usual pattern)."""
    for app_config in apps.get_app_configs():
        stub = getattr(app_config, "models_module", None) is None  # a historical app
        if stub:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        if stub:
            app_config.models_module = None


def ensure_editorial_setup(apps):
    """Groups, workflows and their assignments; returns the number of rows added."""
    if not apps.get_model("wagtailcore", "Page").objects.filter(depth=1).exists():
        return 0  # an emptied database (a test's flush): nothing to attach to yet
    _, added = roles.ensure_groups()
    workflows = ensure_workflows(apps)
    return added + assign_workflows(apps, workflows)


def ensure_workflows(apps):
    """The three workflows with their steps, created once by name."""
    group_model = apps.get_model("auth", "Group")
    secretariat = group_model.objects.get(name=roles.SECRETARIAT)
    owner_task = get_or_create_task(apps, "editorial", "ContentOwnerApprovalTask", OWNER_TASK)
    secretariat_task = get_or_create_task(
        apps, "wagtailcore", "GroupApprovalTask", SECRETARIAT_TASK
    )
    if not secretariat_task.groups.exists():
        secretariat_task.groups.add(secretariat)
    return {
        PUBLISHING: get_or_create_workflow(apps, PUBLISHING, [owner_task]),
        FORUM_PUBLISHING: get_or_create_workflow(
            apps, FORUM_PUBLISHING, [owner_task, secretariat_task]
        ),
        SNIPPET_REVIEW: get_or_create_workflow(apps, SNIPPET_REVIEW, [secretariat_task]),
    }


def get_or_create_task(apps, app_label, model_name, name):
    model = apps.get_model(app_label, model_name)
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(model)
    task, _ = model.objects.get_or_create(name=name, defaults={"content_type": content_type})
    return task


def get_or_create_workflow(apps, name, tasks):
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow, created = workflow_model.objects.get_or_create(name=name)
    if created:
        workflow_task = apps.get_model("wagtailcore", "WorkflowTask")
        for order, task in enumerate(tasks):
            workflow_task.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
    return workflow


def assign_workflows(apps, workflows):
    """Whole site from the root; the forum section once it exists; the reviewed snippets."""
    page_model = apps.get_model("wagtailcore", "Page")
    workflow_page = apps.get_model("wagtailcore", "WorkflowPage")
    added = 0
    root = page_model.objects.get(depth=1)
    current = workflow_page.objects.filter(page=root).select_related("workflow").first()
    if current is None or current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        workflow_page.objects.update_or_create(
            page=root, defaults={"workflow": workflows[PUBLISHING]}
        )
        added += 1
    forum = section_page(apps, "forum_pages", "forumindexpage")
    if forum is not None:
        _, created = workflow_page.objects.get_or_create(
            page=forum, defaults={"workflow": workflows[FORUM_PUBLISHING]}
        )
        added += created
    return added + assign_snippet_workflow(apps, workflows[SNIPPET_REVIEW])


def assign_snippet_workflow(apps, workflow):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    workflow_content_type = apps.get_model("wagtailcore", "WorkflowContentType")
    added = 0
    for app_label, model in REVIEWED_SNIPPETS:
        content_type, _ = content_type_model.objects.get_or_create(app_label=app_label, model=model)
        _, created = workflow_content_type.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
        added += created
    return added


def section_page(apps, app_label, model):
    """The first page of a type, found through wagtailcore's table (safe inside migrations)."""
    return (
        apps.get_model("wagtailcore", "Page")
        .objects.filter(content_type__app_label=app_label, content_type__model=model)
        .order_by("path")
        .first()
    )
