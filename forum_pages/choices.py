"""The forum's fixed vocabularies: forum kinds, political sides, report kinds."""

from django.db import models


class ForumKind(models.TextChoices):
    POLITICIANS = "politicians", "Politikerforum"
    OFFICIALS = "officials", "Tjänstemannaforum"


class PoliticalSide(models.TextChoices):
    MAJORITY = "majority", "Majoritet"
    OPPOSITION = "opposition", "Opposition"


class ReportKind(models.TextChoices):
    FOLLOW_UP = "follow_up", "Uppföljning"
    TRENDS = "trends", "Tillstånd och trender"
    STRATEGY = "strategy", "Strategi"
    OTHER = "other", "Övrigt"


class ParticipantGroup(models.TextChoices):
    GOVERNMENT = "government", "Regeringen"
    AGENCY = "agency", "Myndighet"
