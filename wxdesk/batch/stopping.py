"""A batch told to stop (Ctrl+C): the flag its loop checks between rows, and its input's reads cut off by it.

The stop only raises a flag, so that the rows in hand are still written whole (wxdesk.batch.runner). A read of
standard input, though, goes on waiting after the signal (Python retries a read a handler interrupted): a
`wxdesk evaluate -` stopped while it waited for its input read on until the input ended, and then took what had
come of it for the whole input ("standard input holds no scenarios to evaluate", or half a JSON object as a
failed row "stdin is not valid JSON"). A read made through `waiting()` ends at once in InputCutError instead,
and one asked for after the stop is not made: what had come of the input is cut off, neither a row nor broken data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class InputCutError(Exception):
    """The batch was stopped while it waited for its input: what came of the input before is cut off."""


class StopRequest:
    """Set by Ctrl+C while a batch runs; a second Ctrl+C interrupts at once as usual."""

    def __init__(self) -> None:
        self.requested = False
        self.cut = False  # whether the stop cut an input off (InputCutError)
        self._waiting = False

    def __bool__(self) -> bool:
        return self.requested

    def request(self) -> None:
        """Stop: from the signal's handler. Raises InputCutError where the batch is waiting for its input."""
        self.requested = True
        if self._waiting:
            self._waiting = False
            self.cut = True
            raise InputCutError

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Around a read that may wait for its input: InputCutError at once where the stop was asked for, before or
        during the read."""
        if self.requested:
            self.cut = True
            raise InputCutError
        self._waiting = True
        try:
            yield
        finally:
            self._waiting = False


class TextReader(Protocol):
    def readline(self, size: int = -1, /) -> str: ...

    def read(self, size: int | None = -1, /) -> str: ...


class StoppableReader:
    """A text stream's readline() and read(), each cut off by the stop (StopRequest.waiting)."""

    def __init__(self, stream: TextReader, stop: StopRequest):
        self._stream = stream
        self._stop = stop

    def readline(self, size: int = -1, /) -> str:
        with self._stop.waiting():
            return self._stream.readline(size)

    def read(self, size: int | None = -1, /) -> str:
        with self._stop.waiting():
            return self._stream.read(size)
