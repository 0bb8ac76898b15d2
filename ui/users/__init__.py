"""The administrator's user management and everyone's own password."""

from .dialog import UsersDialog
from .password import ChangePasswordDialog

__all__ = ["ChangePasswordDialog", "UsersDialog"]
