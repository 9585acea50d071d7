from django.apps import AppConfig


class RegionTeamsConfig(AppConfig):
    name = "region_teams"
    verbose_name = "Strategiskt regionarbete"
