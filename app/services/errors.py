"""Errors a service raises for the user to correct; codes are translated by the UI."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked for cannot be done; nothing was saved.

    `code` names the reason for the UI to word in the user's language.
    """

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class ValidationError(ServiceError):
    """Field-level problems: {field name: problem code}, e.g. {"iban": "checksum"}."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(
            ", ".join(f"{field}: {code}" for field, code in problems.items()), code="invalid"
        )
        self.problems = problems


class NotFoundError(ServiceError):
    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key} not found", code="not_found")
        self.entity = entity
        self.key = key


class PermissionDeniedError(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(f"not allowed: {what}", code="not_allowed")
        self.what = what


class ConflictError(ServiceError):
    """Someone else changed the same data at the same time; nothing was saved."""

    def __init__(self, message: str = "conflict", *, code: str = "conflict") -> None:
        super().__init__(message, code=code)


class StaleError(ConflictError):
    """The record changed since the form was opened; `current` is what is stored now."""

    def __init__(self, entity: str, record_id: int, current: object = None) -> None:
        super().__init__(f"{entity} {record_id} changed meanwhile", code="stale")
        self.entity = entity
        self.record_id = record_id
        self.current = current
