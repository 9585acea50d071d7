from django.apps import AppConfig


class RegionalStatisticsConfig(AppConfig):
    name = "regional_statistics"
    verbose_name = "Statistik"
