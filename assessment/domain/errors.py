"""Errors a user can cause. Each carries a catalog key and parameters, turned into words at the edge."""

from __future__ import annotations


class UserError(Exception):
    """A fault in what a user typed or sent; ``key`` names its message in the catalog (``error.<key>``)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return f"{self.key} {self.params}" if self.params else self.key


class UnknownCode(UserError):
    def __init__(self, code: str) -> None:
        super().__init__("unknown_code", code=code)


class RoundNotOpen(UserError):
    def __init__(self, label: str, status: str) -> None:
        super().__init__("round_closed" if status == "closed" else "round_not_open", round=label)


class UnknownToken(UserError):
    def __init__(self) -> None:
        super().__init__("unknown_token")


class AlreadySubmitted(UserError):
    def __init__(self) -> None:
        super().__init__("already_submitted")


class TooManyAttempts(UserError):
    """Too many failed attempts: this one was not even looked at. ``seconds`` is the wait before the next;
    ``everywhere`` says whether every address waits (the global ceiling) or only this one."""

    def __init__(self, seconds: int, *, everywhere: bool = False) -> None:
        super().__init__("too_many_attempts_everywhere" if everywhere else "too_many_attempts", seconds=seconds)
        self.seconds = seconds
        self.everywhere = everywhere


class NotFound(UserError):
    def __init__(self, what: str, name: str) -> None:
        super().__init__(f"{what}_not_found", name=name)


class Invalid(UserError):
    """A value out of its allowed set or range: ``field`` names it, ``value`` is what was given."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"invalid_{field}", value=value)


class Duplicate(UserError):
    def __init__(self, what: str, name: str) -> None:
        super().__init__(f"duplicate_{what}", name=name)


class ImportRejected(UserError):
    """A responses file was refused whole; ``faults`` lists (row number, key, params) of every bad row.

    Row numbers count the header as row 1, as a spreadsheet shows them.
    """

    def __init__(self, faults: list[tuple[int, str, dict]]) -> None:
        super().__init__("import_rejected", count=len(faults))
        self.faults = faults


class FileTooLarge(UserError):
    """A file larger than an import or a restore reads (``size`` and ``max`` in MB, rounded up)."""

    def __init__(self, size: int, most: int) -> None:
        mb = 1024 * 1024
        super().__init__("file_too_large", size=-(-size // mb), max=most // mb)
