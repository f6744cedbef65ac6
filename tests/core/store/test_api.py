"""`Store` is a `LibraryStore`: every operation of the protocol, with the same parameters."""

from __future__ import annotations

import inspect

import pytest
from helpers.backends import Backend

from gui.core.store import LibraryStore, Store
from gui.core.store.pg import PgStore


def _operations() -> dict[str, object]:
    """The protocol's methods and properties (its own, not typing's machinery)."""
    return {
        name: value
        for name, value in vars(LibraryStore).items()
        if (not name.startswith("_") or name in ("__enter__", "__exit__"))
        and (callable(value) or isinstance(value, property))
    }


@pytest.mark.parametrize("store", [Store, PgStore], ids=["sqlite", "postgresql"])
def test_store_has_every_operation_of_the_protocol_with_its_parameters(store: type) -> None:
    Store = store  # noqa: N806 - the implementation under test
    operations = _operations()
    assert {"transaction", "article_ids", "lexicon", "export_annotations", "insight_scope"} <= set(operations)
    for name, declared in operations.items():
        if name == "path":  # read-only in the protocol, an attribute of an open store (below)
            continue
        implemented = inspect.getattr_static(Store, name, None)
        assert implemented is not None, f"Store lacks {name}"
        if isinstance(declared, property):
            assert isinstance(implemented, property), name
            continue
        wanted = list(inspect.signature(declared).parameters)  # type: ignore[arg-type]
        given = list(inspect.signature(implemented).parameters)
        assert given == wanted, f"{name}: {given} != {wanted}"


def test_the_protocol_names_the_attributes_an_open_store_has(store_backend: Backend) -> None:
    with store_backend.open() as store:
        for name in [*LibraryStore.__annotations__, "path"]:
            assert hasattr(store, name), name
        assert not hasattr(store, "conn") and not hasattr(store, "db")  # the connection is private
