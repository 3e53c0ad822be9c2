"""Who presents the answer: the sales person's name, company, contact and optional QR image.

Kept with the settings (Edit ▸ Preferences ▸ Presenter, stored by wxdesk.settings) and
printed on the handout's cover and footer and at the foot of the long image. A plain
value with no imports, so that the settings, the report, the image and the window can
all use it without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Presenter:
    name: str = ""
    company: str = ""
    contact: str = ""
    qr_image: str = ""  # path to a PNG or JPEG the presenter chose (their WeChat contact card)

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.company or self.contact)

    def line(self, separator: str = " · ") -> str:
        """Name, company and contact on one line, leaving out what is not set."""
        return separator.join(part for part in (self.name, self.company, self.contact) if part)

    def qr_path(self) -> Path | None:
        """The QR image when it is set and still a readable file, else None."""
        if not self.qr_image:
            return None
        path = Path(self.qr_image)
        return path if path.is_file() else None
