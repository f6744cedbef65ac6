"""Joint issuers: the bodies one issuer name lists (中办国办联合印发, 中共中央 国务院, 五部门)."""

from __future__ import annotations

import re

from gui.core.nlp import directive_lexicon as lex

# Short names of the bodies that issue jointly (中办国办联合印发).
_SHORT_NAMES = {
    "中办": "中共中央办公厅",
    "国办": "国务院办公厅",
    "中共中央办公厅国务院办公厅": "中共中央办公厅、国务院办公厅",
    "两办": "中共中央办公厅、国务院办公厅",
}
_JOINT_SPLIT = re.compile(r"[、，,\s\u3000]+|(?<=[" + lex.HAN + r"])(?:和|与|及|同)(?=[" + lex.HAN + r"])")
_ORG_NAME = re.compile(r"^[" + lex.HAN + r"]{2,30}?" + lex.ORG_END + r"$")
_SEVERAL = re.compile(r"等?[0-9０-９一二三四五六七八九十两]+(?:个)?(?:部门|单位|部委|机构)$")


def joint_issuers(name: str) -> list[str]:
    """The bodies a joint issuer names, in order: 中办国办 → [中共中央办公厅, 国务院办公厅];
    "中共中央 国务院" → [中共中央, 国务院]; "国家发展改革委等五部门" → [国家发展改革委]; else [name]."""
    if not name:
        return []
    text = name
    for short, full in _SHORT_NAMES.items():
        if text == short:
            text = full
    # 中办国办: two short names run together.
    if re.fullmatch(r"(?:中办|国办)+", text) and len(text) > 2:
        text = "、".join(_SHORT_NAMES[text[i : i + 2]] for i in range(0, len(text), 2))
    text = _SEVERAL.sub("", text) or text
    parts = [p for p in _JOINT_SPLIT.split(text) if p]
    if len(parts) > 1 and all(_ORG_NAME.match(p) or p in ("中共中央", "国务院", "中央军委") for p in parts):
        return parts
    return [text]
