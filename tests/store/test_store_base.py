"""closed_on_failure: the set-up of a new connection either succeeds or leaves it closed."""

from __future__ import annotations

import pytest

from eventwire.errors import StoreError
from eventwire.store.base import closed_on_failure


class _DriverError(Exception):
    pass


class _Connection:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def _set_up(conn: _Connection, failure: BaseException | None) -> None:
    with closed_on_failure(conn, "test.db", _DriverError, lambda error: f"described {error}"):
        if failure is not None:
            raise failure


def test_a_set_up_that_succeeds_leaves_the_connection_open() -> None:
    conn = _Connection()
    _set_up(conn, None)
    assert not conn.closed


@pytest.mark.parametrize(
    ("failure", "raised", "message"),
    [
        # a driver error is reported as the store's, in the driver's own words
        (_DriverError("disk I/O error"), StoreError, "cannot open store test.db: described disk I/O error"),
        # anything else (a schema too new, Ctrl-C) goes through as it is
        (StoreError("schema 9 is newer"), StoreError, "schema 9 is newer"),
        (KeyboardInterrupt(), KeyboardInterrupt, ""),
    ],
)
def test_a_set_up_that_fails_closes_the_connection(
    failure: BaseException, raised: type[BaseException], message: str
) -> None:
    conn = _Connection()
    with pytest.raises(raised) as caught:
        _set_up(conn, failure)
    assert str(caught.value) == message
    assert conn.closed
