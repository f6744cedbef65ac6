"""The document operations of a Library: records kept up to date, listed, found, and the issuing network.

The store marks an article whenever its text, its document metadata or its DOC entities change
(migration v15); `refresh_documents` reads the marked articles again with gui.core.documents, a
batch at a time, and forgets documents no article names any more. Every read of documents
refreshes first when this session may write them, so an older library builds its records on first
use and a read-only one shows what it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from gui.core import documents
from gui.core.errors import PizhuError
from gui.core.messages import msg
from gui.core.model import ArticleFilter
from gui.core.store import DocumentRow, LibraryStore
from gui.core.store.location import ServerPath

__all__ = ["DocumentRecords", "DocumentRow", "Network"]  # DocumentRow for the Qt layer, which never imports the store

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
_BATCH = 200


@dataclass(slots=True)
class Network:
    """The issuing network under a filter: documents and bodies as nodes; bodies that issue together
    (a document's or a directive's joint issuers), bodies that issue a document, documents that cite
    documents as edges."""

    documents: dict[int, DocumentRow] = field(default_factory=dict)
    bodies: dict[str, int] = field(default_factory=dict)  # a body and how many documents or directives it issues
    joint: dict[tuple[str, str], int] = field(default_factory=dict)  # (body, body) sorted: how often together
    issues: list[tuple[str, int]] = field(default_factory=list)  # (body, document id)
    cites: list[tuple[int, int]] = field(default_factory=list)  # (citing document, cited document)
    # The articles behind each: a document's (citing it or being it), a body's, a joint pair's.
    document_articles: dict[int, set[int]] = field(default_factory=dict)
    body_articles: dict[str, set[int]] = field(default_factory=dict)
    joint_articles: dict[tuple[str, str], set[int]] = field(default_factory=dict)


class DocumentRecords:
    """The document operations of a Library."""

    store: LibraryStore
    coder: str
    login: tuple[str, bool] | None  # on a team's server library: (the session's role, is a lead)

    def refresh_documents(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> int:
        """Read again the articles whose documents may have changed; how many were read. None when
        this session may not write the records: a read-only file, or a coder on a server library
        (the server grants that to leads; a coder reads the records as a lead last refreshed them)."""
        if self.store.read_only or (self.login is not None and not self.login[1]):
            return 0
        total, done = self.store.count_stale_documents(), 0
        while ids := self.store.stale_document_articles(_BATCH):
            with self.store.transaction():
                for article_id in ids:
                    article = self.store.get_article(article_id)
                    if article is None:
                        continue
                    mine = ("", self.coder)
                    entities = [a for a in self.store.annotations(article_id, "entity") if a.coder in mine]
                    found = documents.extract(article, entities)
                    self.store.save_article_documents(article_id, found.own, found.mentions)
            done += len(ids)
            if progress:
                progress(done, max(total, done), "documents")
            if cancelled and cancelled():
                break
        if done:
            self.store.prune_documents()
        return done

    def share_documents(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> int:
        """After an import into a team's server library, its document records at once, while a
        lead or the owner imports: coders may not write them and read them as last refreshed, so
        left for later their Documents and issuing network would lag until a lead read documents.
        A file library reads them when first asked (one user, who may)."""
        if not isinstance(self.store.path, ServerPath):
            return 0
        return self.refresh_documents(progress, cancelled)

    def documents(self, flt: ArticleFilter | None = None) -> list[DocumentRow]:
        """The documents named by (or being) the articles under the filter, most cited first."""
        self.refresh_documents()
        return self.store.documents(flt)

    def document(self, document_id: int) -> DocumentRow | None:
        self.refresh_documents()
        return self.store.document(document_id)

    def find_documents(self, text: str) -> tuple[int, ...]:
        """The documents `pizhu list --document` means: an id (a number), else those whose title or
        number contains the text; none is a PizhuError naming it."""
        self.refresh_documents()
        text = text.strip()
        if text.isdigit() and self.store.document(int(text)) is not None:
            return (int(text),)
        found = self.store.find_documents(text) or self.store.find_documents(documents.number_key(text) or text)
        if not found:
            raise PizhuError(msg("documents.none_match", text=text))
        return tuple(found)

    def document_network(self, flt: ArticleFilter) -> Network:
        """The issuing network of the documents under a filter (see Network)."""
        net = Network()
        self.refresh_documents()
        for document_id, article_id in self.store.document_articles(flt):
            net.document_articles.setdefault(document_id, set()).add(article_id)
        for row in self.documents(flt):
            net.documents[row.id] = row
            articles = net.document_articles.get(row.id, set())
            for body in row.issuers:
                net.bodies[body] = net.bodies.get(body, 0) + 1
                net.body_articles.setdefault(body, set()).update(articles)
                net.issues.append((body, row.id))
            for pair in combinations(sorted(set(row.issuers)), 2):
                net.joint[pair] = net.joint.get(pair, 0) + 1
                net.joint_articles.setdefault(pair, set()).update(articles)
        for bodies, article_id, n in self.store.directive_issuer_lists(flt):
            names = sorted({str(b) for b in bodies if b})
            for body in names:
                net.bodies[body] = net.bodies.get(body, 0) + n
                net.body_articles.setdefault(body, set()).add(article_id)
            for pair in combinations(names, 2):
                net.joint[pair] = net.joint.get(pair, 0) + n
                net.joint_articles.setdefault(pair, set()).add(article_id)
        net.cites = [(a, b) for a, b in self.store.document_citations(flt) if a in net.documents and b in net.documents]
        return net
