"""Errors the domain raises, each naming where the problem is."""

from consult.domain.messages import Message, as_message
from consult.domain.text import escaped

# A field path names the field; one built from a hostile key is cut, not printed whole.
PATH_MAX = 120


class RulesError(Exception):
    """A rules file is missing, unreadable or holds a value the engine cannot use."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {problem}")


class DocumentError(Exception):
    """An assessment document is invalid; `path` names the field (`findings[2].count`).

    The message escapes what is not printable in both (a key or file name may come from
    the input); the values a problem quotes are cut where it is worded (`text.quoted`)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        # The code and parameters, for the window and the CLI to word.
        self.message: Message = as_message(problem)
        super().__init__(f"{escaped(path, PATH_MAX)}: {escaped(problem, None)}")


class PlanError(ValueError):
    """A plan edit the rules do not allow (an interval below the hard floor, say)."""

    def __init__(self, problem: str) -> None:
        self.message: Message = as_message(problem)
        super().__init__(problem)
