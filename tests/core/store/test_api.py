"""`Store` is a `LibraryStore`: every operation of the protocol, with the same parameters."""

from __future__ import annotations

import inspect
from pathlib import Path

from gui.core.store import LibraryStore, Store


def _operations() -> dict[str, object]:
    """The protocol's methods and properties (its own, not typing's machinery)."""
    return {
        name: value
        for name, value in vars(LibraryStore).items()
        if (not name.startswith("_") or name in ("__enter__", "__exit__"))
        and (callable(value) or isinstance(value, property))
    }


def test_store_has_every_operation_of_the_protocol_with_its_parameters() -> None:
    operations = _operations()
    assert {"transaction", "article_ids", "lexicon", "export_annotations", "insight_scope"} <= set(operations)
    for name, declared in operations.items():
        implemented = inspect.getattr_static(Store, name, None)
        assert implemented is not None, f"Store lacks {name}"
        if isinstance(declared, property):
            assert isinstance(implemented, property), name
            continue
        wanted = list(inspect.signature(declared).parameters)  # type: ignore[arg-type]
        given = list(inspect.signature(implemented).parameters)
        assert given == wanted, f"{name}: {given} != {wanted}"


def test_the_protocol_names_the_attributes_an_open_store_has(tmp_path: Path) -> None:
    with Store(tmp_path / "lib.sqlite") as store:
        for name in LibraryStore.__annotations__:
            assert hasattr(store, name), name
        assert not hasattr(store, "conn") and not hasattr(store, "db")  # the connection is private
