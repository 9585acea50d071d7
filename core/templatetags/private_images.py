"""`{% private_image_url image "width-1000" as src %}`: see core.private_files."""

from django import template

from core.private_files import private_image_url as url_for

register = template.Library()


@register.simple_tag
def private_image_url(image, filter_spec):
    return url_for(image, filter_spec)
