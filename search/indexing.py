"""Index the objects saved during a bulk operation in one batch per model, not one by one.

Wagtail indexes every object on each save (modelsearch's post_save handler). Building the demo
saves ~160 objects, most of them several times; with Whoosh each save is one commit, so the
demo took minutes. Inside `batched_indexing()` those handlers are off; what was saved is
collected and indexed at the end with one `add_bulk` per model, i.e. one commit each.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models, insert_or_update_object
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.search.backends import get_search_backends

_batch = ContextVar("search_index_batch", default=None)


def reindex(obj):
    """Index `obj` now, or with the batch when inside `batched_indexing()`."""
    batch = _batch.get()
    if batch is None:
        insert_or_update_object(obj)
    else:
        batch[type(obj)].add(obj.pk)


def auto_updated_models():
    return [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]


@contextmanager
def batched_indexing():
    saved = defaultdict(set)

    def collect(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    models = auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(collect, sender=model, weak=False)
    token = _batch.set(saved)
    try:
        yield
    finally:
        _batch.reset(token)
        for model in models:
            post_save.disconnect(collect, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    index_saved(saved)


def index_saved(saved):
    """Index the saved objects as their most specific type (a page saved as a plain `Page` is
    indexed as its own page type, as modelsearch's handler does), one batch per type."""
    by_type = defaultdict(list)
    for model, pks in saved.items():
        objects = model.get_indexed_objects().filter(pk__in=pks)
        if hasattr(objects, "specific"):
            objects = objects.specific()
        for obj in objects:
            by_type[type(obj)].append(obj)
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_type.items():
            backend.add_bulk(model, objects)
