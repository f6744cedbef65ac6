"""A foreign state's organs, international bodies and armed groups give no directive: what they ask or
decide (以色列国防军要求居民撤离, 北约将国防开支提高至…, 俄国防部要求…) is reported news. China's own
bodies, and a Chinese leader's words to foreign guests, stay directives."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


@pytest.mark.parametrize(
    "body",
    [
        "以色列国防军27日发布通知，要求当地部分地区居民撤离。",
        "北约峰会25日闭幕。北约成员国领导人同意，在2035年前将年度国防开支提高至国内生产总值的5%。",
        "俄国防部当天发表声明，要求乌方归还俄运输机坠毁事件中乌方死者的遗体。",
        "欧洲央行12日宣布，继续将三大关键利率维持不变。",
        "哈马斯发表声明说，要继续在加沙地带打击以军人员和车辆。",
        "以军发言人当天在社交媒体上表示，要求加沙民众不要返回北部地区。",
    ],
)
def test_a_foreign_or_international_body_gives_no_directive(tagger: Tagger, body: str) -> None:
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == []


def test_chinas_own_bodies_next_to_foreign_news_still_give_directives(tagger: Tagger) -> None:
    body = "外交部发言人表示，中方敦促各方保持克制。商务部要求各地做好稳外贸工作，支持企业开拓多元市场。"
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["商务部"]
