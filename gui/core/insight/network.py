"""Insight's issuing network: the document records' graph (gui.core.document_records.Network) as
nodes and edges the co-occurrence graph draws — issuing bodies (ORG) and documents (DOC) as
nodes; bodies that issue together, a body and the document it issues, a document that cites
another as edges — each with the articles behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.core.document_records import Network
from gui.core.insight.entities import Cooccurrence, EntityRow, PairRow
from gui.core.insight.selectors import Selector
from gui.core.store import DocumentRow

JOINT, ISSUES, CITES = "joint", "issues", "cites"  # the kinds of edge


@dataclass(slots=True)
class NetworkEdge:
    kind: str  # JOINT, ISSUES or CITES
    a: str
    b: str
    weight: int  # documents or directives issued together; 1 for the others
    selector: Selector


@dataclass(slots=True)
class NetworkGraph:
    graph: Cooccurrence
    edges: list[NetworkEdge] = field(default_factory=list)  # the table: joint issuing first, heaviest first


def document_name(row: DocumentRow) -> str:
    return row.title or row.number or f"#{row.id}"


def network_graph(net: Network, max_nodes: int = 40) -> NetworkGraph:
    """The network's busiest part (at most `max_nodes` nodes) as a graph and a table of its edges."""

    def selector(description: str, articles: set[int]) -> Selector:
        # A node or edge with no article under the filter selects nothing rather than everything.
        return Selector(description, articles=tuple(sorted(articles)) or (-1,))

    body_rows = {
        name: EntityRow(
            "ORG", name, count, len(net.body_articles.get(name, ())), selector(name, net.body_articles.get(name, set()))
        )
        for name, count in net.bodies.items()
    }
    doc_rows = {
        doc_id: EntityRow(
            "DOC",
            document_name(row),
            row.articles,
            len(net.document_articles.get(doc_id, ())),
            selector(document_name(row), net.document_articles.get(doc_id, set())),
        )
        for doc_id, row in net.documents.items()
    }
    edges: list[tuple[str, EntityRow, EntityRow, int, set[int]]] = []
    for (first, second), n in net.joint.items():
        edges.append((JOINT, body_rows[first], body_rows[second], n, net.joint_articles.get((first, second), set())))
    for body, doc_id in net.issues:
        edges.append((ISSUES, body_rows[body], doc_rows[doc_id], 1, net.document_articles.get(doc_id, set())))
    for citing, cited in net.cites:
        row = net.documents[citing]
        edges.append((CITES, doc_rows[citing], doc_rows[cited], 1, {row.article_id} if row.article_id else set()))
    order = {JOINT: 0, CITES: 1, ISSUES: 2}
    edges.sort(key=lambda e: (order[e[0]], -e[3], e[1].text, e[2].text))
    # Nodes on edges only, the most connected first, up to max_nodes.
    degree: dict[int, int] = {}
    for edge in edges:
        for node in (edge[1], edge[2]):
            degree[id(node)] = degree.get(id(node), 0) + edge[3]
    rows = sorted({id(r): r for e in edges for r in (e[1], e[2])}.values(), key=lambda r: (-degree[id(r)], r.text))
    kept = rows[:max_nodes]
    keep = {id(r) for r in kept}
    shown = [e for e in edges if id(e[1]) in keep and id(e[2]) in keep]
    pairs = [PairRow(a, b, n, selector(f"{a.text} — {b.text}", arts)) for _k, a, b, n, arts in shown]
    table = [NetworkEdge(k, a.text, b.text, n, p.selector) for (k, a, b, n, _arts), p in zip(shown, pairs, strict=True)]
    return NetworkGraph(Cooccurrence(kept, pairs), table)
