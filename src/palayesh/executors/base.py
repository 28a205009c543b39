"""What an executor is: something that maps a function over tasks, anywhere.

The stage loop (:func:`palayesh.runner.execute`) is written once; an executor only runs
``fn(task)`` for each task and yields ``(task, result)`` as tasks finish, in any order. It may
retry a task whose worker died; when a task fails for good it raises :class:`TaskFailed`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any


class TaskFailed(Exception):
    """A task raised, or its worker died on every try; ``task`` is the task, ``details`` the
    worker's traceback if there is one."""

    def __init__(self, task, message: str, details: str = ""):
        super().__init__(message)
        self.task, self.details = task, details


class ExecutorError(RuntimeError):
    """The executor cannot run at all (a missing package, a cluster that cannot be reached): the
    run cannot start."""


class Executor:
    """Base of executors. Subclasses implement :meth:`map`; :meth:`close` frees their workers.

    ``fn`` may take keywords ``progress`` (called with the documents and bytes it has done, for a
    live count) and ``on_input`` (called with the name of each input before it is read, so that a
    dead worker's input can be named): an executor passes them when ``fn.reports_progress`` is
    true and it can use them; ``progress`` given to :meth:`map` then hears the totals of the tasks
    running. Tasks may offer ``without(input)`` (the same task leaving out an input that killed its
    worker twice) and ``describe()`` (for messages).
    """

    name = "executor"
    #: its workers are forked from this process at the first :meth:`map`: what this process loads
    #: before then (:meth:`palayesh.pipeline.Step.warm`) they inherit, loaded once for all of them
    forks = False

    def map(self, fn: Callable[[Any], Any], tasks: Iterable, *,
            progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[Any, Any]]:
        raise NotImplementedError

    def close(self) -> None:
        """Stop the workers (after the last map, or after a failure)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def describe(task) -> str:
    return task.describe() if hasattr(task, "describe") else repr(task)
