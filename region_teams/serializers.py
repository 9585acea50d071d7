"""How counties, contacts and responsibilities appear in the read-only API (api/): plain DRF
serializers, so the models can name them in their `api_fields` without importing back."""

from rest_framework import serializers


class CountyReferenceSerializer(serializers.Serializer):
    """A county as other objects name it: enough to find it at /api/v2/lan/<id>/."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    letter_code = serializers.CharField()


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    title = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()


class ResponsibilitySerializer(serializers.Serializer):
    """A published responsibility of a publicly shown person."""

    role = serializers.CharField()
    role_label = serializers.CharField(source="get_role_display")
    subject = serializers.CharField()
    contact = ContactSerializer()


class PublicContactField(serializers.Field):
    """A contact, or null for one not shown publicly (as on the pages)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, contact):
        return ContactSerializer(contact).data if contact.is_public else None
