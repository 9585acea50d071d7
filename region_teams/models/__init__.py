"""The strategic regional work: counties, teams, and the staff-only dialogues."""

from region_teams.models.dialogues import (
    ActionStatus,
    DialogueIssue,
    DialogueParticipant,
    DialoguePhase,
    FollowUpAction,
    ParticipantKind,
    RegionDialoguePage,
    StaffAreaPage,
    dialogues_visible_to,
)
from region_teams.models.pages import (
    RegionTeamIndexPage,
    RegionTeamPage,
    counties_by_team,
    county_context,
    county_index_page,
    county_page_urls,
)
from region_teams.models.snippets import (
    County,
    CountyResponsibility,
    RoleDescription,
    Team,
    TeamRole,
)

__all__ = [
    "ActionStatus",
    "County",
    "CountyResponsibility",
    "DialogueIssue",
    "DialogueParticipant",
    "DialoguePhase",
    "FollowUpAction",
    "ParticipantKind",
    "RegionDialoguePage",
    "RegionTeamIndexPage",
    "RegionTeamPage",
    "RoleDescription",
    "StaffAreaPage",
    "Team",
    "TeamRole",
    "counties_by_team",
    "county_context",
    "county_index_page",
    "county_page_urls",
    "dialogues_visible_to",
]
