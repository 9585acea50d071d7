"""Where rendition files are stored (see core.private_files).

A module of its own, without Wagtail imports, because Wagtail's rendition model asks for its
storage while it is being defined.
"""

import os
import secrets

from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class RenditionStorage(FileSystemStorage):
    """Rendition files under MEDIA_ROOT with a random part in their names
    (`photo.width-1000.Xq3…f9.jpg`)."""

    def get_available_name(self, name, max_length=None):
        root, ext = os.path.splitext(name)
        return super().get_available_name(
            f"{root}.{secrets.token_urlsafe(12)}{ext}", max_length=max_length
        )
