"""A leader's signed article in foreign media (…发表题为《…》的署名文章。⏎title⏎中华人民共和国主席　习近平⏎…):
after the byline the article is his, so its numbered points and 我们要… are his directives; its account of
what the two countries did is not, nor a point that names a feature of a thing (第一，…的现代化)."""

from __future__ import annotations

from gui.core.tagging import Tagger

ARTICLE = (
    "央视网消息：5月8日，国家主席习近平在某国《民族报》发表题为《携手共创美好未来》的署名文章。文章全文如下：\n"
    "携手共创美好未来\n"
    "中华人民共和国主席　习近平\n"
    "金秋时节，我即将对贵国进行国事访问。\n"
    "我们相互支持、同舟共济，开辟了政治互信新高度。在面临洪水等灾难时互伸援手，始终做彼此可以信赖的坚强后盾。\n"
    "展望未来，两国合作大有可为。\n"
    "一是巩固政治互信。我们要传承好传统友谊，推动两国关系行稳致远。共同办好孔子学院，培养更多友好事业接班人。\n"
    "二是深化务实合作。双方要扩大贸易规模，提升口岸通关效率。"
)


def test_a_signed_articles_points_are_its_authors(tagger: Tagger) -> None:
    found = [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(ARTICLE)[1]]
    assert found == [
        ("一是巩固政治", "习近平"),
        ("我们要传承好", "习近平"),
        ("共同办好孔子", "习近平"),
        ("二是深化务实", "习近平"),
        ("双方要扩大贸", "习近平"),
    ]


def test_a_byline_of_no_office_makes_no_issuer(tagger: Tagger) -> None:
    article = ARTICLE.replace("中华人民共和国主席　习近平", "本报记者　王小明").replace(
        "国家主席习近平", "本报记者王小明"
    )
    assert [d.attrs["issuer"] for d in tagger.tag(article)[1]] == []


def test_a_numbered_feature_of_a_thing_is_no_instruction(tagger: Tagger) -> None:
    body = (
        "习近平在文章中指出，要深刻把握中国式现代化的特征。第一，人口规模巨大的现代化。第二，全体人民共同富裕的现代化。"
    )
    assert [d.text for d in tagger.tag(body)[1]] == ["要深刻把握中国式现代化的特征。"]


def test_a_review_of_the_past_year_instructs_nothing_until_it_looks_ahead() -> None:
    from gui.core.tagging import Tagger

    body = (
        "习近平在讲话中指出，一年来，我们坚持稳中求进工作总基调，推动经济回升向好。科技创新实现新突破。"
        "深入推进生态文明建设，不断巩固良好生态环境。新的一年，我们要坚持稳中求进。扎实推动高质量发展。"
    )
    texts = [d.text[:5] for d in Tagger().tag(body)[1]]
    # 深入推进… is what was done; after the first instruction, a bare verb instructs again.
    assert texts == ["新的一年，", "扎实推动高"]


def test_what_has_been_done_since_a_congress_is_told_and_applying_experience_instructs() -> None:
    from gui.core.tagging import Tagger

    body = (
        "习近平指出，围绕加快农业现代化，党的十八大以来，一项项政策举措接连出台，深化农村改革，农业现代化不断迈上新台阶。"
        "党的二十届三中全会提出，运用“千万工程”经验，健全推动乡村全面振兴长效机制。"
    )
    assert [d.text[:4] for d in Tagger().tag(body)[1]] == ["运用“千"]


def test_a_byline_of_two_posts_and_points_under_dashes() -> None:
    """中共中央总书记、中华人民共和国主席　习近平: two posts in the byline; ——保持战略沟通，… is his point,
    ——双方政治互信不断巩固 (what was achieved) is not; a lesson drawn from history is told, not asked."""
    article = (
        ARTICLE.replace("中华人民共和国主席　习近平", "中共中央总书记、中华人民共和国主席　习近平")
        .replace("一是巩固政治互信。", "——保持战略沟通，夯实两国关系政治基础。")
        .replace("二是深化务实合作。", "——双方政治互信不断巩固。")
        + "\n历史一再证明，一个国家要振兴，就必须在时代发展的潮流中发展。"
        + "\n历史证明，相互尊重是发展两国关系的宝贵经验，需要坚持和弘扬。"
    )
    found = [(d.text[:6], d.attrs["issuer"]) for d in Tagger().tag(article)[1]]
    assert ("——保持战略", "习近平") in found and ("双方要扩大贸", "习近平") in found
    assert not [start for start, _ in found if start.startswith(("——双方", "历史一再", "一个国家", "就必须"))]
    assert ("历史证明，相", "习近平") in found  # the instruction drawn from a lesson is one, its frame with it


def test_the_post_alone_holds_a_meeting_and_asks(tagger: Tagger) -> None:
    body = (
        "今年4月，习近平总书记出席主题教育工作会议并发表重要讲话。\n"
        "今年以来，总书记还先后主持召开中央审计委员会第一次会议，要求进一步推进审计工作高质量发展。"
    )
    assert [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(body)[1]] == [("要求进一步推", "习近平")]


def test_what_a_thing_depends_on_is_no_instruction(tagger: Tagger) -> None:
    article = (
        ARTICLE
        + "\n所有实际能力的获得都要靠实践。我们靠实干创造了辉煌的过去，还要靠实干开创更加美好的未来。"
        + "\n各级领导干部要靠前指挥。我们要靠改革创新来攻克发展难题。"
    )
    starts = [d.text[:6] for d in tagger.tag(article)[1]]
    assert not [s for s in starts if s.startswith(("所有实际", "我们靠实干", "还要靠实"))]
    assert "各级领导干部" in starts and "我们要靠改革" in starts


def test_the_post_alone_explains_and_asks(tagger: Tagger) -> None:
    body = "习近平总书记出席会议。\n4月，总书记在广东考察时阐释“以学铸魂”，要求坚定理想信念、铸牢对党忠诚。"
    assert [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(body)[1]] == [("要求坚定理想", "习近平")]
    body = "习近平总书记出席会议。\n5月，总书记在陕西解读“以学增智”，要求提升政治能力、思维能力。"
    assert [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(body)[1]] == [("要求提升政治", "习近平")]


def test_an_instruction_framed_by_a_lesson_stays_one(tagger: Tagger) -> None:
    """历史证明 frames a lesson only when a condition and what it takes follow (…要振兴，就必须…)."""
    for body in (
        "王强指出，历史一再证明，团结就是力量，我们要坚持大团结大联合，就一定能战胜各种困难。",
        "王强指出，事实证明，必须把稳就业摆在突出位置，就业稳则民心稳。",
    ):
        assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["王强"], body
    assert tagger.tag("王强指出，民心相通要靠人员往来。")[1] == []  # 往来 is no 来 of means


def test_a_reviews_points_under_dashes_are_told(tagger: Tagger) -> None:
    body = (
        "李强说，过去一年，我们主要做了以下工作。\n——着力扩大国内需求，推动经济稳定回升。\n"
        "——加快建设现代化产业体系，科技创新实现新突破。\n新的一年，要着力扩大内需。"
    )
    assert [d.text for d in tagger.tag(body)[1]] == ["新的一年，要着力扩大内需。"]
