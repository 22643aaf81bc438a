"""A tiny observer list, so services can announce changes without knowing about Qt."""

from collections.abc import Callable
from typing import Generic, TypeVar

EventT = TypeVar("EventT")


class Listeners(Generic[EventT]):
    """Callbacks to run, in order, after a change has been committed."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[EventT], None]] = []

    def subscribe(self, callback: Callable[[EventT], None]) -> Callable[[], None]:
        """Add ``callback``; returns a function that removes it again."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback)

    def emit(self, event: EventT) -> None:
        for callback in list(self._callbacks):
            callback(event)
