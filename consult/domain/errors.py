"""Errors the domain raises, each naming where the problem is."""


class RulesError(Exception):
    """A rules file is missing, unreadable or holds a value the engine cannot use."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {problem}")


class DocumentError(Exception):
    """An assessment document is invalid; `path` names the field (`findings[2].count`)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class PlanError(ValueError):
    """A plan edit the rules do not allow (an interval below the hard floor, say)."""
