"""The codebook and codes as library operations (a part of `Library`, kept in its own module).

A code is checked against the library's codebook before it is written: its variable, the
unit that variable codes, the value and that the unit exists. Codes that arrive with
imported articles (the articles JSONL's `codes`) are checked the same way, and an article
whose codes cannot be stored is left out whole, with one line naming the variable."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from gui.core import corrections
from gui.core.codebook import Codebook, CodebookChange, Variable, codebook_from_json, still_valid
from gui.core.corrections import CodeEdit
from gui.core.errors import InputError, LibraryError
from gui.core.messages import message_of, msg
from gui.core.model import Article
from gui.core.store import CodeRow, LibraryStore


class Coding:
    """The codebook operations of a Library."""

    store: LibraryStore
    coder: str  # who is coding (Library.coder): the default for codes and notes

    def _writable(self) -> None:
        if self.store.read_only:
            raise LibraryError(msg("library.read_only", path=self.store.path))

    def codebook(self) -> Codebook | None:
        """The library's codebook, or None when none was imported."""
        stored = self.store.codebook_json()
        if stored is None:
            return None
        try:
            return codebook_from_json(stored[0], str(self.store.path))
        except (ValueError, InputError) as exc:
            raise LibraryError(msg("codebook.stored_invalid", path=self.store.path, reason=message_of(exc))) from None

    def require_codebook(self) -> Codebook:
        """The library's codebook; a LibraryError says there is none."""
        codebook = self.codebook()
        if codebook is None:
            raise LibraryError(msg("codebook.none", path=self.store.path))
        return codebook

    def codebook_version(self) -> int:
        """Goes up at every change of the codebook (0: none yet)."""
        stored = self.store.codebook_json()
        return stored[1] if stored else 0

    def set_codebook(self, codebook: Codebook, force: bool = False) -> CodebookChange:
        """Make `codebook` the library's. Codes it still accepts stay; when it would invalidate
        some (a variable gone, its unit or values changed), nothing changes unless `force`,
        which deletes them. The report names the affected variables and counts either way."""
        self._writable()
        change = CodebookChange()
        with self.store.transaction():
            invalid: list[CodeRow] = []
            for row in self.store.iter_codes():
                if still_valid(codebook, row.unit, row.variable, row.value):
                    change.kept += 1
                else:
                    invalid.append(row)
                    change.invalid[row.variable] = change.invalid.get(row.variable, 0) + 1
            if invalid and not force:
                change.version = self.codebook_version()
                return change
            for row in invalid:
                self.store.set_code(row.unit, row.unit_id, row.variable, None, row.coder)
            change.version = self.store.set_codebook_json(codebook.to_json())
            change.applied = True
        return change

    def _variable_for(self, codebook: Codebook | None, unit: str, variable: str, where: str) -> Variable:
        if codebook is None:
            raise InputError(msg("code.no_codebook", where=where, variable=variable))
        found = codebook.variable(variable)
        if found is None:
            raise InputError(msg("code.unknown_variable", where=where, variable=variable))
        if found.unit != unit:
            raise InputError(msg("code.wrong_unit", where=where, variable=variable, unit=found.unit, other=unit))
        return found

    def set_code(self, unit: str, unit_id: int, variable: str, value: Any, coder: str | None = None) -> CodeEdit:
        """Code a unit (an article, or a directive by its annotation id) on a variable; value None
        clears the code. Written at once; the returned edit undoes it (`apply(edit, False)`).
        A value the codebook does not accept, or a unit that does not exist, is an InputError
        and nothing changes. The code is `coder`'s (default: the library's current coder)."""
        self._writable()
        coder = self.coder if coder is None else coder
        where = str(self.store.path)
        found = self._variable_for(self.codebook(), unit, variable, where)
        if value is not None:
            value = found.normalised(value)
            if not found.check(value):
                shown = json.dumps(value, ensure_ascii=False)
                raise InputError(msg("code.bad_value", where=where, value=shown, variable=variable, type=found.type))
        if not self.store.unit_exists(unit, unit_id):
            raise InputError(msg("code.no_unit", path=self.store.path, unit=unit, unit_id=unit_id))
        if unit == "article":
            article_id = unit_id
        else:
            annotation = self.store.annotation(unit_id)
            assert annotation is not None and annotation.article_id is not None  # unit_exists said so
            article_id = annotation.article_id
        before = self.store.code(unit, unit_id, variable, coder)
        description = f"Code {variable}" if value is not None else f"Clear {variable}"
        edit = CodeEdit(article_id, unit, unit_id, variable, coder, before, value, description)
        corrections.apply(self.store, edit)
        return edit

    def codes_of(self, unit: str, unit_ids: Sequence[int]) -> list[CodeRow]:
        return self.store.codes(unit, unit_ids)

    def label_set(self) -> list[dict[str, str]] | None:
        """The entity label set the library carries as records (the one its lead last saved in
        Settings; an assignment file's from its lead), or None: the window then uses the user's."""
        stored = self.store.setting("labels")
        return stored if isinstance(stored, list) else None

    def set_label_set(self, records: list[dict[str, str]]) -> None:
        """Keep the window's label set with the library, so `pizhu assign` hands it to the coders."""
        if not self.store.read_only:
            self.store.set_setting("labels", records)

    def note(self, article_id: int, coder: str | None = None) -> str:
        """A coder's note on an article ("" when none; default: the current coder's)."""
        return self.store.note(article_id, self.coder if coder is None else coder)

    def set_note(self, article_id: int, text: str, coder: str | None = None) -> None:
        """Write a coder's note on an article at once (a blank text removes it). Not an undoable
        edit: the note's field keeps its own undo while it is typed."""
        self._writable()
        if not self.store.unit_exists("article", article_id):
            raise InputError(msg("code.no_unit", path=self.store.path, unit="article", unit_id=article_id))
        self.store.set_note(article_id, text, self.coder if coder is None else coder)

    def missing_required(self, article_id: int, coder: str | None = None) -> list[str]:
        """The required variables still without a code (of this coder) for the article or for
        one of its directives that is not rejected: an article is not done while one is empty."""
        codebook = self.codebook()
        if codebook is None:
            return []
        coder = self.coder if coder is None else coder
        missing: list[str] = []
        coded = {(r.variable, r.coder) for r in self.store.codes("article", [article_id])}
        for variable in codebook.of_unit("article"):
            if variable.required and (variable.name, coder) not in coded:
                missing.append(variable.name)
        directives = [a.id for a in self.store.annotations(article_id, "directive") if a.status != "rejected"]
        ids = [i for i in directives if i is not None]
        if ids:
            by_unit = {(r.unit_id, r.variable) for r in self.store.codes("directive", ids) if r.coder == coder}
            for variable in codebook.of_unit("directive"):
                if variable.required and any((i, variable.name) not in by_unit for i in ids):
                    missing.append(variable.name)
        return missing

    def _code_problem(self, codebook: Codebook | None, article: Article) -> str | None:
        """Why the codes that came with an article cannot be stored, or None."""
        where = article.where or str(self.store.path)
        for code in article.codes:
            unit = "article" if code.annotation is None else "directive"
            try:
                variable = self._variable_for(codebook, unit, code.variable, where)
                if code.annotation is not None and article.annotations[code.annotation].kind != "directive":
                    kind = article.annotations[code.annotation].kind
                    return msg("code.wrong_unit", where=where, variable=code.variable, unit=unit, other=kind)
            except InputError as exc:
                return message_of(exc)
            if not variable.check(variable.normalised(code.value)):
                shown = json.dumps(code.value, ensure_ascii=False)[:60]
                return msg("code.bad_value", where=where, value=shown, variable=code.variable, type=variable.type)
        return None

    def _store_codes(self, article: Article, article_id: int) -> None:
        codebook = self.codebook()
        assert codebook is not None  # _code_problem found the variables there
        # Annotations are stored in the article's order, so their ids follow it.
        ids = sorted(a.id for a in self.store.annotations(article_id) if a.id is not None)
        for code in article.codes:
            variable = codebook.variable(code.variable)
            assert variable is not None
            value = variable.normalised(code.value)
            if code.annotation is None:
                self.store.set_code("article", article_id, code.variable, value, code.coder)
            else:
                self.store.set_code("directive", ids[code.annotation], code.variable, value, code.coder)
