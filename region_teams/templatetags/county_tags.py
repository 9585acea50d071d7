"""`{% county_url county as url %}`: the address of a county's page, for pages that link to it
without the county index in their context (e.g. a region dialogue)."""

from django import template

from region_teams.models import county_index_page

register = template.Library()


@register.simple_tag
def county_url(county):
    index_page = county_index_page()
    return index_page.county_url(county) if index_page else ""
