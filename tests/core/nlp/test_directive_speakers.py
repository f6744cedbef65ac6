"""Speakers and addressees found on 新闻联播 text of 2024–2026 (development): an office heard
without a name (各中央巡视组组长强调) speaks to bodies named by what they undergo (被巡视党组织), and a
preposition after a post (总书记向世界…) is no name, so 他 stays the leader."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


@pytest.mark.parametrize("office", ["中央巡视组组长", "各中央巡视组组长", "省委督查组组长"])
@pytest.mark.parametrize("body", ["被巡视党组织", "被督查单位"])
def test_an_office_without_a_name_tells_the_bodies_under_review(tagger: Tagger, office: str, body: str) -> None:
    text = f"{office}强调，这是推动全面从严治党的重要举措。{body}要提高政治站位，主动配合监督。"
    found = [(d.attrs["issuer"], d.attrs["issuer_label"], d.attrs["addressee"]) for d in tagger.tag(text)[1]]
    assert found == [(office, "POST", body)]


def test_a_quilt_is_no_body_under_review(tagger: Tagger) -> None:
    assert tagger.tag("王明说，被子要叠整齐。")[1] == []


def test_a_preposition_after_a_post_is_no_name(tagger: Tagger) -> None:
    body = "不久前，习近平总书记向世界数据组织成立致贺信。他指出，数据的作用日渐显现。要推动数智技术创新。"
    entities, directives = tagger.tag(body)
    assert "向世界" not in {e.text for e in entities if e.label == "PER"}
    assert [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in directives] == [("习近平", "PER")]
    entities, _ = tagger.tag("总书记向全国人民拜年。")
    assert not [e for e in entities if e.label == "PER"]
    # A name of that surname after a post is still one.
    entities, directives = tagger.tag("副市长向东升强调，要做好防汛工作。")
    assert ("PER", "向东升") in {(e.label, e.text) for e in entities}
    assert [d.attrs["issuer"] for d in directives] == ["向东升"]


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        # 要冲锋/要务实/要领会: verbs, not the nouns 要冲, 要务, 要领.
        ("丁薛祥强调，科技工作者是主力军，在新征程上，要冲锋在前、勇挑重担。", ["科技工作者"]),
        ("丁薛祥强调，要务实笃行。要领会精神实质。", ["要务实", "要领会"]),
        # 指出 right before a title: 指出要以《条例》出台为契机….
        ("会议审议通过《商事调解条例（草案）》，指出要以《条例》出台为契机依法规范商事调解活动。", ["要以《条"]),
        # A list of tasks goes on past an item opened by 忠诚履行.
        (
            "陈文清指出，要坚持以人民为中心；忠诚履行职责使命，全力以赴防风险；深化法治公安建设。",
            ["要坚持", "忠诚履行", "深化法治"],
        ),
        # 各方面 are told to act.
        ("李强指出，时间紧、任务重，各方面要密切协作、形成合力。", ["时间紧"]),
        # A rule for all of a kind: 凡是…的做法都要….
        ("李强指出，要抓好落实。凡是不利于实现这个目标的做法都要坚决改过来。", ["要抓好", "凡是不利"]),
        # When the words were said, between the speaker and the verb: 主持召开…会议时强调：“…”.
        (
            "2023年4月，习近平总书记主持召开二十届中央全面深化改革委员会第一次会议时强调：“实现目标任务，要把全面深化改革作为根本动力”。",
            ["“实现目标"],
        ),
        ("李强在江苏考察时指出，要加快发展新质生产力。", ["要加快"]),
        # What a leader put forward after hearing a report: …，提出要….
        (
            "习近平总书记十分关心新通道建设。在广西考察时，他重点听取了骨干工程建设汇报，提出要共建西部陆海新通道。",
            ["要共建"],
        ),
        # A meeting's list of tasks: verbs of manner (纵深推进, 系统应对, 有序化解, 稳步扩大).
        (
            "会议强调，要加快建设现代化产业体系。纵深推进全国统一大市场建设。系统应对外部冲击挑战。"
            "有序化解地方政府债务风险。稳步扩大制度型开放。",
            ["要加快", "纵深推进", "系统应对", "有序化解", "稳步扩大"],
        ),
        # The bodies a 中央政治局常委会 hears are told to act, however long their list.
        (
            "会议强调，今年是关键一年，全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组要以党的二十大精神为指导。"
            "会议强调，新的一年里，中央书记处要全面贯彻党的二十大精神。",
            ["今年是关", "新的一年"],
        ),
        # A time of day between the speaker and the verb: 习近平3日上午在参加…活动时强调.
        (
            "中共中央总书记习近平3日上午在参加首都义务植树活动时强调，植树造林是生态文明建设重要一环。"
            "各地区各部门要进一步行动起来，动员组织广大干部群众积极参与造林绿化。",
            ["各地区各"],
        ),
        # 各界人士 are told to act.
        ("习近平强调，人民政协各党派、各团体、各族各界各方面人士要围绕重大战略任务，深入调查研究。", ["人民政协"]),
        # A party's whole membership is told to act (全盟要…, 全省上下要…).
        ("会议强调，2026年是开局之年，全盟要提升服务大局实效。", ["2026年"]),
        ("省委书记林武强调，今年任务繁重，全省上下要真抓实干。", ["今年任务"]),
        # Where to act, then the verb: 在学生中弘扬….
        ("习近平强调，要全面加强学校美育。在学生中弘扬劳动精神，教育引导学生崇尚劳动。", ["要全面", "在学生中"]),
    ],
)
def test_instructions_the_news_of_2024_gave_in_these_shapes(tagger: Tagger, body: str, starts: list[str]) -> None:
    found = tagger.tag(body)[1]
    assert [d.text[: len(s)] for d, s in zip(found, starts, strict=False)] == starts and len(found) == len(starts)


@pytest.mark.parametrize(
    "body",
    [
        "这里是交通要冲，地位重要。",
        "掌握要领，注重要务。",
        "凡是来过这里的游客都要拍照留念。",  # nobody speaks
        "王明说，凡是来过的朋友都可以再来。",  # permission, not a rule
    ],
)
def test_the_nouns_stay_nouns(tagger: Tagger, body: str) -> None:
    assert tagger.tag(body)[1] == []


def test_a_post_heard_again_is_the_one_who_holds_it_not_the_last_person_named(tagger: Tagger) -> None:
    body = "习近平总书记来到医院看望医护人员。医生张伟介绍了病人情况。总书记嘱咐大家，要把人民群众生命安全放在第一位。"
    assert [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(body)[1]] == [("习近平", "PER")]


@pytest.mark.parametrize(
    "title",
    ["巴基斯坦人类命运共同体研究中心主任", "巴基斯坦驻华大使", "巴基斯坦和平研究所所长"],
)
def test_a_foreigner_named_in_full_then_by_surname_stays_foreign(tagger: Tagger, title: str) -> None:
    # 共同体, 和平: words, not 同/和 before a partner's name.
    body = (
        f"{title}哈立德·泰穆尔·阿克拉姆指出，中美元首会晤为改善两国关系带来希望。"
        "阿克拉姆认为，媒体应该发挥更具建设性的作用。"
    )
    assert tagger.tag(body)[1] == []


@pytest.mark.parametrize(
    "speaker",
    [
        "IMF亚太部主任斯里尼瓦桑",
        "联合国秘书长古特雷斯",
        # The country is in the first of two titles.
        "德国汽车经济学专家、波鸿汽车研究院院长费迪南德·杜登赫费尔",
    ],
)
def test_an_official_of_an_international_body_or_abroad_gives_no_instruction(tagger: Tagger, speaker: str) -> None:
    body = f"报告发布会上，{speaker}表示，全球经济面临挑战。他说，各经济体应加强合作，减少贸易壁垒。"
    assert tagger.tag(body)[1] == []


def test_a_chinese_official_with_two_titles_still_instructs(tagger: Tagger) -> None:
    body = "自治区党委副书记、自治区主席艾尔肯·吐尼亚孜表示，全区各级要加强合作，减少贸易壁垒。"
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["艾尔肯·吐尼亚孜"]


@pytest.mark.parametrize("report", ["党的十九大报告", "党的二十大报告", "十九届五中全会报告"])
def test_a_congress_report_speaks_not_the_congress(tagger: Tagger, report: str) -> None:
    body = f"社会救助是兜底性制度安排。{report}提出，统筹城乡社会救助体系，完善最低生活保障制度；完善社会福利制度。"
    found = [(d.text[:4], d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(body)[1]]
    assert found == [("统筹城乡", report, "DOC"), ("完善社会", report, "DOC")]
    # The congress itself still speaks where no report is named.
    congress = report.removesuffix("报告")
    found = [
        (d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(f"{congress}强调，要加快构建新发展格局。")[1]
    ]
    assert found == [(congress, "MEETING")]


@pytest.mark.parametrize(
    "title",
    ["中共中央政治局委员、全国人大常委会副委员长", "全国人大常委会副委员长", "中共中央政治局委员、中宣部部长"],
)
def test_a_state_leader_in_a_delegations_deliberation_instructs(tagger: Tagger, title: str) -> None:
    body = (
        f"{title}李鸿忠在参加甘肃团审议时说，在党中央坚强领导下，全面建设社会主义现代化国家迈出坚实步伐。"
        "要唱响中国经济光明论，提振发展信心。"
    )
    entities, directives = tagger.tag(body)
    # A statement of what was achieved is none; 全国人大常委会 holds no person 国人大.
    assert [(d.text[:4], d.attrs["issuer"]) for d in directives] == [("要唱响中", "李鸿忠")]
    assert "国人大" not in {e.text for e in entities if e.label == "PER"}


@pytest.mark.parametrize(
    "name",
    ["中国共产党第二十届中央委员会第四次全体会议", "中国共产党浙江省第十五届委员会第六次全体会议"],
)
def test_a_communiques_plenum_is_named_in_full_though_a_comma_follows_its_name(tagger: Tagger, name: str) -> None:
    body = (
        f"{name}，于2025年10月20日至23日在会场举行。\n全会听取和讨论了受委托作的工作报告。\n"
        "全会强调，必须坚持党的全面领导。全会号召，全党要紧密团结起来。"
    )
    found = [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in tagger.tag(body)[1]]
    assert found == [(name, "MEETING")] * 2


def test_a_meetings_decisions_listed_after_jue_ding_go_on_through_its_semicolons(tagger: Tagger) -> None:
    body = (
        "全国政协十四届常委会第九次会议今天在京闭幕。会议决定增补王明同志为全国政协委员；"
        "通过关于接受李华同志请辞的决定；追认关于撤销赵强委员资格的决定。\n会后，常委们进行了分组学习。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert found == [(start, "全国政协十四届常委会第九次会议") for start in ("增补王明", "通过关于", "追认关于")]


def test_the_body_a_decision_went_through_is_named_without_jing(tagger: Tagger) -> None:
    body = "根据巡视发现的问题线索，经党中央研究决定，由中央纪委国家监委对张某严重违纪违法问题立案审查调查。"
    assert {d.attrs["issuer"] for d in tagger.tag(body)[1]} == {"党中央"}


def test_a_decision_the_meeting_passed_is_its_own_not_the_meetings_it_plans(tagger: Tagger) -> None:
    body = (
        "政协第十四届全国委员会第三十次主席会议今天在京召开。\n会议决定10月底在北京召开全国政协十四届常委会第十次会议。\n"
        "会议审议通过关于免去张某全国政协委员会副主任职务，撤销其委员资格的决定，提请全国政协十四届常委会第十次会议追认。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    meeting = "政协第十四届全国委员会第三十次主席会议"
    assert found == [("10月底", meeting), ("审议通过", meeting)]


def test_a_passed_decision_ending_its_clause_is_the_meetings_and_its_proceedings_are_told(tagger: Tagger) -> None:
    body = (
        "政协第十四届全国委员会常务委员会第八次会议今天在京召开。会议听取了汇报。"
        "会议审议通过关于召开政协第十四届全国委员会第四次会议的决定；听取全国政协主席会议关于年度工作情况的报告。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert found == [("审议通过", "政协第十四届全国委员会常务委员会第八次会议")]


@pytest.mark.parametrize("anniversary", ["十八届三中全会召开10周年", "第一次全国代表大会召开一百周年"])
def test_a_meetings_anniversary_is_not_the_meeting_held(tagger: Tagger, anniversary: str) -> None:
    body = (
        "习近平主持召开二十届中央全面深化改革委员会第一次会议并发表重要讲话。"
        f"他强调，今年是开局之年，也是改革开放45周年和党的{anniversary}。\n"
        "会议指出，要坚持系统观念，推动形成企业为主体的创新体系。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert found == [("要坚持系", "二十届中央全面深化改革委员会第一次会议")]


def test_what_supporting_something_is_is_no_directive(tagger: Tagger) -> None:
    body = (
        "中央全面深化改革委员会第一次会议在京召开。会议指出，支持民营经济发展是党中央的一贯方针。"
        "促进民营经济发展壮大，要着力优化民营经济发展环境。鼓励民营企业加大研发投入。"
    )
    assert [d.text[:4] for d in tagger.tag(body)[1]] == ["促进民营", "鼓励民营"]


def test_a_surname_and_top_post_is_the_person_the_article_names_in_full(tagger: Tagger) -> None:
    body = (
        "中共中央总书记、国家主席、中央军委主席习近平出席解放军和武警部队代表团全体会议。"
        "习主席强调，要充分认清做好边防工作的重要意义。"
    )
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["习近平"]


@pytest.mark.parametrize("manner", ["亲切地", "动情地", "深情地"])
def test_a_leader_who_speaks_warmly_to_those_present_frames_his_words(tagger: Tagger, manner: str) -> None:
    body = (
        f"临别时，村民们高声欢呼。习近平{manner}对大家说，看到乡亲们过上了殷实的生活，我感到很欣慰。"
        "推进中国式现代化，必须全面推进乡村振兴。要坚持走共同富裕道路，加强对后富的帮扶。"
    )
    found = [(d.text[:4], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert found == [("推进中国", "习近平"), ("要坚持走", "习近平")]


def test_a_meetings_choice_of_a_person_is_its_decision(tagger: Tagger) -> None:
    body = (
        "政协第十三届全国委员会第八十五次主席会议今天在京举行。\n"
        "会议确定郭卫民担任全国政协十四届一次会议新闻发言人。会议听取了有关情况的汇报。"
    )
    found = [(d.text[:5], d.attrs["issuer"]) for d in tagger.tag(body)[1]]
    assert found == [("郭卫民担任", "政协第十三届全国委员会第八十五次主席会议")]


def test_a_numbered_meeting_is_named_by_the_body_that_held_it(tagger: Tagger) -> None:
    body = (
        "首都规划建设委员会7月3日在京召开第45次全体会议。首规委主任蔡奇出席会议并讲话。\n"
        "会议强调，要深入学习把握习近平总书记对北京重要讲话精神。"
    )
    assert [d.attrs["issuer"] for d in tagger.tag(body)[1]] == ["首都规划建设委员会第45次全体会议"]
