"""Regeringens forum för regionerna: forum, meetings, members, strategy themes and reports."""

from forum_pages.choices import ForumKind, ParticipantGroup, PoliticalSide, ReportKind
from forum_pages.models.pages import (
    ForumIndexPage,
    ForumMeetingBriefing,
    ForumMeetingDocument,
    ForumMeetingPage,
    ForumMeetingParticipant,
    ReportIndexPage,
    ReportPage,
    StrategyThemeIndexPage,
    StrategyThemePage,
)
from forum_pages.models.snippets import ForumMember, ForumMemberQuerySet

__all__ = [
    "ForumIndexPage",
    "ForumKind",
    "ForumMeetingBriefing",
    "ForumMeetingDocument",
    "ForumMeetingPage",
    "ForumMeetingParticipant",
    "ForumMember",
    "ForumMemberQuerySet",
    "ParticipantGroup",
    "PoliticalSide",
    "ReportIndexPage",
    "ReportKind",
    "ReportPage",
    "StrategyThemeIndexPage",
    "StrategyThemePage",
]
