"""Serializers the read-only API (api/) shares across sections: plain DRF serializers, so the
models can name them in their `api_fields`."""

from rest_framework import serializers


class PageReferenceSerializer(serializers.Serializer):
    """A page another object names (a meeting's theme): its id at /api/v2/pages/<id>/."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
