"""Problems found in content: collected from every file, reported together, never as tracebacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, with the line an editor should look at and how to fix it."""

    path: str
    line: int
    what: str
    fix: str = ""
    warning: bool = False

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.what}"
        if self.fix:
            text += f" — {self.fix}"
        return text


class ContentError(Exception):
    """Raised once at the end of reading when any problem was found; carries all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):  # pickled whole: a forked build process hands it to the parent
        return (ContentError, (self.problems,))


@dataclass
class Problems:
    """A collector that every stage of the build adds to."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str | Path, line: int, what: str, fix: str = "") -> None:
        self.items.append(Problem(str(path), max(line, 1), what, fix))

    def warn(self, path: str | Path, line: int, what: str, fix: str = "") -> None:
        self.items.append(Problem(str(path), max(line, 1), what, fix, warning=True))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ContentError(self.errors)
