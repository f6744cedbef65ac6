"""Bodies named inside another's words or under a plan: a plenum that 作出系统部署 in a leader's
sentence is told about, not speaking (its 部署 once carried as a decision through the rest of the
story); 根据党中央部署，… is work done under a plan; an inspection team's feedback (反馈要求，…) and a
team named bare (督察组要求…) are the team's; a point of a speech under its dash (——坚守和平，…)
goes on with the speaker. Shapes of 新闻联播 2024–2025 (development)."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


def _found(tagger: Tagger, body: str) -> list[tuple[str, str]]:
    return [(d.text[:6], d.attrs["issuer"]) for d in tagger.tag(body)[1]]


@pytest.mark.parametrize("plenum", ["中国共产党二十届三中全会", "党的二十届三中全会", "中共二十届三中全会"])
def test_a_plenum_told_about_in_a_leaders_sentence_does_not_speak(tagger: Tagger, plenum: str) -> None:
    body = (
        f"习近平强调，{plenum}就进一步全面深化改革作出系统部署，必将为世界提供更多机遇。"
        "中国始终心系全球南方，支持更多国家加入金砖事业。\n"
        "俄罗斯总统普京主持会议。蔡奇、王毅等参加上述活动。"
    )
    assert _found(tagger, body) == []


def test_a_body_that_made_plans_and_asks_still_speaks(tagger: Tagger) -> None:
    body = (
        "近日，国家粮食和物资储备局对秋粮收购工作作出部署，要求做好粮食烘干和科学储粮；"
        "针对阴雨天气可能造成的影响，开展应急监测。"
    )
    assert [issuer for _, issuer in _found(tagger, body)] == ["国家粮食和物资储备局"] * 2


@pytest.mark.parametrize(("plan", "body"), [("党中央", "党中央"), ("国务院", "国务院")])
def test_work_under_a_bodys_plan_names_the_body_not_根据(tagger: Tagger, plan: str, body: str) -> None:
    found = _found(tagger, f"根据{plan}部署，各地要开展安全生产大检查。")
    assert [issuer for _, issuer in found] == [body]


def test_an_inspection_teams_feedback_is_the_teams(tagger: Tagger) -> None:
    body = (
        "近日，15个中央巡视组分别向22个中央和国家机关进行了反馈。各中央巡视组向被巡视党组织主要负责人通报了问题。\n"
        "反馈严肃指出了被巡视党组织存在的问题。有的履行职能责任有差距。\n"
        "反馈要求，被巡视党组织要深入学习贯彻党的二十大精神。要增强危机感，全面排查风险隐患。"
    )
    assert _found(tagger, body) == [("被巡视党组织", "中央巡视组"), ("要增强危机感", "中央巡视组")]


def test_a_team_named_bare_asks(tagger: Tagger) -> None:
    body = (
        "今天起，第三轮中央生态环境保护督察组陆续向五省反馈督察情况。"
        "督察组要求整改方案在45个工作日内报送党中央、国务院，整改情况要向社会公开。"
    )
    assert [issuer for _, issuer in _found(tagger, body)] == ["第三轮中央生态环境保护督察组"]


def test_a_point_of_a_speech_under_its_dash_goes_on_with_the_speaker(tagger: Tagger) -> None:
    body = (
        "习近平指出，全球南方群体性崛起，是世界大变局的鲜明标志。我们要展现集体智慧和力量。\n"
        "——坚守和平，实现共同安全。我们要做维护和平的稳定力量，加强全球安全治理。\n"
        "——重振发展，实现普遍繁荣。我们要做共同发展的中坚力量。\n"
        "俄罗斯总统普京主持会议。"
    )
    # A dash heading that opens with a verb is a numbered head of his (the guide: numbered heads are directives);
    # 重振发展 opens with no verb of an instruction.
    assert _found(tagger, body) == [
        ("我们要展现集", "习近平"),
        ("——坚守和平", "习近平"),
        ("我们要做维护", "习近平"),
        ("我们要做共同", "习近平"),
    ]
