"""Specific, friendly errors of the core. Each message names what is wrong and where."""

from __future__ import annotations


class CxDeskError(Exception):
    """Base of every expected failure: the CLI prints it and exits 1, the GUI shows it."""


class WorkspaceError(CxDeskError):
    """A workspace file cannot be used."""


class WorkspaceNotFound(WorkspaceError):
    pass


class NotAWorkspace(WorkspaceError):
    """Not SQLite, or another application's SQLite database."""


class CorruptWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    """Written by a newer version of CX Desk than this one."""


class NotFound(CxDeskError):
    """An id that names nothing in the workspace."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"no {kind} with id {ident!r} in this workspace")
        self.kind = kind
        self.ident = ident


class InvalidValue(CxDeskError):
    """A value a user gave that the domain refuses (an empty name, a latitude of 200…)."""
