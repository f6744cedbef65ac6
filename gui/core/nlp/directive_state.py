"""What the directive reader keeps while it reads an article: who speaks and how (`State`), and the
clauses one issuer speaks within a sentence (`Group`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.core.nlp.directive_issuers import Issuer
from gui.core.nlp.sentences import Segment


@dataclass(slots=True)
class State:
    speaker: Issuer | None = None
    active: bool = False
    # The speaker is listing a decision (会议决定，…) or a document's provisions (通知如下：).
    decision: bool = False
    # …the list of a sentence whose items end with "；" (决定给予…处分；…；…。): it ends with the "。".
    decision_to_stop: bool = False
    # …a list announced with "：" or "如下": it runs on over the paragraphs after (一、…⏎二、…); any
    # other decision (会议决定，…) ends with its paragraph unless the next one is numbered.
    decision_across: bool = False
    # Clauses read so far and the speakers they named, newest last: a bare 指出
    # or a request looks back through them for its subject.
    history: list[Segment | Issuer] = field(default_factory=list)
    # After "；" a sentence continues the previous one: "要坚持…；坚持…；" instructs,
    # "我们从…入手，实现…转变；坚持…，实现…转变；" narrates.
    after_semicolon: bool = False
    previous_instructed: bool = False
    # The sentence before, in this paragraph, told results (…取得显著成效。): the bare verbs after it list
    # what was done, not what is to be done.
    previous_results: bool = False
    # The paragraph reviews the past (一年来，…) and has instructed nothing since.
    looking_back: bool = False
    # "中方愿同埃塞…合作。不断深化…": a sentence with no subject after a statement of intent goes on with it.
    previous_intent: bool = False
    # The document the article is (its title names it): it speaks wherever nobody else does.
    document: Issuer | None = None
    # The speaker's words are a quotation still open by this many marks (None: indirect speech).
    quoting: int | None = None
    # The speaker was named after the writer's own sentences in the paragraph (…。习近平总书记指出，…):
    # reported speech inside the writer's paragraph, which ends with it.
    reported: bool = False
    # The opening clause of the paragraph's last sentence when no frame opened it (国家防总…启动…): a sentence
    # that opens with 要求… asks in the name of the body there, read only then.
    previous_opening: Segment | None = None
    paragraph_start: int = 0

    def __post_init__(self) -> None:
        self.quiet()

    def quiet(self) -> None:
        """Nobody else speaks: the article's own document does, or no one."""
        self.speaker, self.active, self.decision = self.document, self.document is not None, False
        self.decision_to_stop = False
        self.decision_across = False
        self.quoting = None
        self.reported = False


@dataclass(slots=True)
class Group:
    """Clauses spoken by one issuer (None: nobody is speaking)."""

    issuer: Issuer | None
    clauses: list[Segment] = field(default_factory=list)
    decision: bool = False
    # A meeting's decisions and a document's provisions run on into the next sentences; a
    # body's notice told in a report (…印发通知，…) sets the measures of its own sentence only.
    carries: bool = True
    # The frame speaks for its own sentence only (《…》发布，…).
    once: bool = False
    # It carries only to the end of a list whose items end with "；".
    to_stop: bool = False
    # It carries over the paragraphs after (a list announced with "：", provisions).
    across: bool = False
