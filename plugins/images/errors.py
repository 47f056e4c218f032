"""The error object every image problem becomes: what went wrong and how to fix it."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ImageError:
    """One problem with one image; the build prefixes it with `file:line:`."""

    source: Path | str
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.what} — {self.fix}"


class ImagePathError(ValueError):
    """Raised by `resolve_image_path`; carries the same `ImageError` the pipeline returns."""

    def __init__(self, error: ImageError):
        super().__init__(str(error))
        self.error = error
