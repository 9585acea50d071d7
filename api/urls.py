"""/api/v2/: pages, images, documents, counties (lan) and forum members (forumledamoter)."""

from wagtail.api.v2.router import WagtailAPIRouter

from api.views import (
    CountiesAPIViewSet,
    ForumMembersAPIViewSet,
    PortalPagesAPIViewSet,
    PublicDocumentsAPIViewSet,
    PublicImagesAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("lan", CountiesAPIViewSet)
api_router.register_endpoint("forumledamoter", ForumMembersAPIViewSet)
