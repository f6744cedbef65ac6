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
        "欧盟委员会要求成员国加强监管。",
        "北约峰会25日闭幕。北约成员国领导人同意，在2035年前将年度国防开支提高至国内生产总值的5%。",
        "俄国防部当天发表声明，要求乌方归还俄运输机坠毁事件中乌方死者的遗体。",
        "欧洲央行12日宣布，继续将三大关键利率维持不变。",
        "哈马斯发表声明说，要继续在加沙地带打击以军人员和车辆。",
        "以军发言人当天在社交媒体上表示，要求加沙民众不要返回北部地区。",
        # An office no Chinese official holds, after the name.
        "习近平同巴西总统举行会谈。刚才卢拉总统为我举行了隆重欢迎仪式。卢拉表示，双方工作组要加紧推进基础设施合作。",
        # A member of a foreign party.
        "18日华盛顿市长、民主党人鲍泽宣布，当地进入紧急状态，他要求联邦政府协助应对。",
        # A country's one-character short form and an office.
        "俄总统普京24日表示，美国提出的计划原则上可以成为最终和平方案的基础。",
        # A side, and an adverb after it, are no one's name.
        "报道称，以方目前同意部分撤军，但仍要求控制加沙地带约三分之一土地。",
        "欧方表示，建交50年来，欧中各自取得巨大发展。欧方还指出，美国必须赔偿造成的损失。",
    ],
)
def test_a_foreign_body_official_or_side_gives_no_directive(tagger: Tagger, body: str) -> None:
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == []


def test_chinas_own_bodies_next_to_foreign_news_still_give_directives(tagger: Tagger) -> None:
    body = "外交部发言人表示，中方敦促各方保持克制。商务部要求各地做好稳外贸工作，支持企业开拓多元市场。"
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["商务部"]


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        # A real name ending like a thing, a surname and 方, a communist: people, and China's.
        ("市长许晓书强调，要加快推进城市更新。", "许晓书"),
        ("县委书记王方强调，要做好防汛工作。", "王方"),
        ("优秀共产党人、省委书记王强强调，要办好教育。", "王强"),
        # Two people of one surname: 李总理 is not guessed.
        ("国务院总理李强出席。中央纪委书记李希出席。李总理强调，要稳增长。", "李总理"),
        # Meetings with 贯彻/落实 inside their name.
        (
            "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议强调，要加强组织领导。",
            "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议",
        ),
        ("全省贯彻落实中央八项规定精神推进会议指出，要持续纠治四风。", "全省贯彻落实中央八项规定精神推进会议"),
    ],
)
def test_chinese_speakers_are_not_taken_for_foreign_or_for_fragments(tagger: Tagger, body: str, issuer: str) -> None:
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == [issuer]


@pytest.mark.parametrize("verb", ["希望", "呼吁", "推动"])
def test_the_verb_before_the_parties_is_not_their_name(tagger: Tagger, verb: str) -> None:
    body = f"习近平指出，{verb}各方要共同努力，推动局势缓和。"
    assert all(not d.attrs["addressee"].startswith(verb) for d in tagger.tag(body)[1])


@pytest.mark.parametrize(
    "body",
    [
        "国际残奥委会主席表示，要加强残疾人体育交流。国际残奥委会要求各成员加强合作。",
        "习近平同志曾指出，要把人民群众的小事当作自己的大事。",
        "会议强调，有关部门负责同志要靠前指挥。",
        "大会通过了宣言。宣言指出，各国要加强合作。",
    ],
)
def test_no_issuer_is_an_international_body_or_a_verb_read_as_a_name(tagger: Tagger, body: str) -> None:
    bad = ("国际残奥委会", "曾指出", "门负责", "宣言")
    assert not any(d.attrs["issuer"] in bad for d in tagger.tag(body)[1])
