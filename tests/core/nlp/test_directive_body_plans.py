"""A government body's own plan told in a brief item is its directive: 今年商务部将…, a list of bodies that
will act together (the list is the issuer), what a body puts in force from a date (记者从国铁集团获悉，…起，…),
a campaign or project it launches, what the money it allocates is to support, and a titled plan in force
whose targets follow. Not: a body's schedule (将于…发布), 党中央将…摆在…位置 (将 as 把, told), a foreign
government's intent, a place's 局部, and what was done under a plan (根据…部署，…全部完成)."""

from __future__ import annotations

import re

import pytest

from gui.core.tagging import Tagger


def found(tagger: Tagger, body: str) -> list[dict]:
    return [{"text": d.text, **d.attrs} for d in tagger.tag(body)[1]]


@pytest.mark.parametrize(
    ("body", "start", "issuer"),
    [
        (
            "今天，全国春季农资保供行动在郑州启动，今年农业农村部将继续组织开展农资打假专项治理。",
            "今年农业农村部将",
            "农业农村部",
        ),
        ("记者从交通运输部获悉，下一步交通运输部还将加快推进农村公路提档升级。", "下一步交通运输部还将", "交通运输部"),
        ("据介绍，市场监管总局将聚焦儿童用品，组织开展质量安全专项抽查。", "市场监管总局将", "市场监管总局"),
        ("从12月1日起，全国出入境管理部门将实施5项便民措施。", "全国出入境管理部门将", "全国出入境管理部门"),
    ],
)
def test_a_bodys_own_plan_in_a_report_is_its_directive(tagger: Tagger, body: str, start: str, issuer: str) -> None:
    (d,) = found(tagger, body)
    assert d["text"].startswith(start)
    assert (d["issuer"], d["issuer_label"], d["addressee"]) == (issuer, "ORG", "")


@pytest.mark.parametrize("kind", ["水利部门", "各级水利部门", "水利部门和气象部门"])
def test_the_plan_of_the_bodies_a_ministry_oversees_told_after_what_the_reporter_learned(
    tagger: Tagger, kind: str
) -> None:
    body = (
        "记者从水利部获悉，今天（7月1日）起我国全面进入主汛期。据预报，7月到8月，部分流域降雨将较常年偏多二到五成。"
        f"{kind}将加强主汛期监测预报预警，做好水库安全度汛等工作。"
    )
    (d,) = found(tagger, body)
    assert d["text"].startswith(f"{kind}将加强")
    assert (d["issuer"], d["addressee"]) == ("水利部", kind)


@pytest.mark.parametrize("back", ["该计划", "这一计划"])
def test_the_plan_a_body_launched_goes_on_as_its_plan(tagger: Tagger, back: str) -> None:
    body = f"近日，教育部启动全国县域普通高中头雁教师岗位计划。{back}将在全国范围设立头雁教师岗位，培养一批领军人才。"
    (d,) = found(tagger, body)
    assert d["text"].startswith(f"{back}将") and (d["issuer"], d["addressee"]) == ("教育部", "")


def test_bodies_that_plan_together_are_one_joint_issuer(tagger: Tagger) -> None:
    body = (
        "记者从全国妇联了解到，全国妇联、民政部、国家卫生健康委将在各地社区联合开展“家庭健康行”系列活动，"
        "组织动员志愿者参与。"
    )
    (d,) = found(tagger, body)
    assert d["issuer"] == "全国妇联、民政部、国家卫生健康委"
    assert d["issuers"] == ["全国妇联", "民政部", "国家卫生健康委"]
    assert d["strength"] == "要"  # 组织动员/引导 inside the plan does not make it an encouragement
    assert d["addressee"] == ""
    assert body[d["issuer_span"][0] : d["issuer_span"][1]] == d["issuer"]


def test_what_a_body_puts_in_force_from_a_time_is_its_directive(tagger: Tagger) -> None:
    body = "记者从国铁集团获悉，明天（7月1日）零时起，全国铁路实行新的旅客列车运行图，增开跨区域动车组列车。"
    (d,) = found(tagger, body)
    assert d["text"].startswith("明天（7月1日）零时起，全国铁路实行")
    assert (d["issuer"], d["issuer_label"]) == ("国铁集团", "ORG")


def test_what_allocated_money_is_to_support_is_encouraged_by_the_bodies(tagger: Tagger) -> None:
    body = "财政部、水利部今天下达2.5亿元水利救灾资金，重点支持三省做好水毁工程修复工作。"
    (d,) = found(tagger, body)
    assert d["text"] == "重点支持三省做好水毁工程修复工作。"
    assert (d["issuer"], d["strength"]) == ("财政部、水利部", "鼓励")


@pytest.mark.parametrize(
    "funding",
    [
        "交通运输部和财政部共同下达120亿元，支持",
        "中央财政继续安排专项资金，支持",
        "中央财政再次下达补助资金12亿元，支持",
        "中央财政近日紧急预拨资金5亿元，重点支持",
    ],
)
def test_bodies_that_fund_a_purpose_encourage_it_and_the_figures_after_are_told(tagger: Tagger, funding: str) -> None:
    body = f"今年，{funding}废弃电器电子产品回收处理。截至6月底，农村居民人均可支配收入增速继续高于城镇居民。"
    (d,) = found(tagger, body)  # the figures after it instruct nobody (可支配 is no permission)
    assert d["text"].endswith("支持废弃电器电子产品回收处理。")
    assert d["issuer"] == funding.split("继续")[0].split("再次")[0].split("近日")[0].split("共同")[0]
    assert d["strength"] == "鼓励"


def test_money_and_its_purpose_in_one_clause_or_over_a_period(tagger: Tagger) -> None:
    body = "黑龙江推出20条政策措施，省级财政安排4亿元专项资金支持项目前期工作。"
    assert [(d["text"], d["issuer"]) for d in found(tagger, body)] == [("支持项目前期工作。", "省级财政")]
    body = "记者从文化和旅游部了解到，“十四五”期间中央财政每年投入1.1亿元，支持地方戏曲剧种开展公益性演出。"
    assert [d["issuer"] for d in found(tagger, body)] == ["中央财政"]
    # What was funded, told: since a year, in a year, and a year's results one after another.
    for told in (
        "2013年以来中央财政投入资金3000亿元，支持农村危房改造。",
        "2023年，省级财政安排4亿元专项资金支持美丽乡村建设。",
    ):
        assert found(tagger, told) == [], told
    body = "2025年，我国依法处置非法社会组织930个，中央财政投入4493万元支持社会组织开展服务活动，项目受益超1400万人。"
    assert found(tagger, body) == []


def test_a_project_launched_sets_its_measures(tagger: Tagger) -> None:
    body = "近日，科技部、教育部联合启动实施青年科学家培育工程，重点支持建设一批青年科研平台，完善青年人才评价机制。"
    (d,) = found(tagger, body)
    assert d["text"].startswith("重点支持建设一批青年科研平台")
    assert d["issuer"] == "科技部、教育部"


def test_a_titled_plan_in_force_sets_its_targets(tagger: Tagger) -> None:
    body = (
        "《黄河鲤鱼保护行动方案（2026—2030年）》3月1日起实施，通过栖息地修复等8项行动，力争到2030年，"
        "黄河鲤鱼自然种群数量恢复至历史较好水平；到2035年，珍稀鱼类栖息地基本修复。此前，种群数量持续下降。"
    )
    first, second = found(tagger, body)
    assert first["text"].startswith("通过栖息地修复等8项行动，力争到2030年")
    assert second["text"] == "到2035年，珍稀鱼类栖息地基本修复。"  # its next target, after ；
    for d in (first, second):
        assert (d["issuer"], d["issuer_label"]) == ("《黄河鲤鱼保护行动方案（2026—2030年）》", "DOC")
        assert d["topic"] == "城乡建设、环境保护"


@pytest.mark.parametrize(
    "body",
    [
        "国家统计局将于下周一发布上半年国民经济运行数据。",
        "党的十八大以来，以习近平同志为核心的党中央将生态文明建设摆在全局工作的突出位置，作出一系列重大部署。",
        "印尼总统表示，新一届政府将致力于满足人民需求，努力消除贫困。",
        "明天，江南中部、华南北部局部将有大到暴雨，注意防范强降雨引发的次生灾害。",
        "根据党中央统一部署，二十届中央第五轮巡视反馈工作近日全部完成。",
        "随着基地交付使用，不久后，这家企业在中国最大的研发中心也将启动建设。",
        "有关部门将加强监管。",
    ],
)
def test_schedules_accounts_and_others_intents_are_not_directives(tagger: Tagger, body: str) -> None:
    assert found(tagger, body) == []


def test_a_leaders_list_goes_on_in_sentences_that_open_with_the_same_verb(tagger: Tagger) -> None:
    body = (
        "座谈会在京举行。李强强调，工程院和院士群体是国家科技事业的骨干力量。要带头攻克关键核心技术。"
        "带头培养青年工程科技人才，完善人才评价体系。带头开展高水平国际合作。"
    )
    assert [d["text"][:4] for d in found(tagger, body)] == ["要带头攻", "带头培养", "带头开展"]
    assert {d["issuer"] for d in found(tagger, body)} == {"李强"}


def test_the_next_item_after_a_semicolon_names_its_actor_without_a_modal(tagger: Tagger) -> None:
    body = (
        "巡视组组长强调，要压实整改责任，被巡视党组织书记负总责，所有问题都要有结果；"
        "纪检监察机关和组织部门加强日常监督，对敷衍整改的严肃问责。"
    )
    texts = [(d["text"][:6], d["addressee"]) for d in found(tagger, body)]
    assert texts[-1] == ("纪检监察机关", "纪检监察机关和组织部门")
    assert len(texts) == 2


def test_a_plans_targets_after_years_of_effort_are_set(tagger: Tagger) -> None:
    body = (
        "教育部等部门近日印发《关于加强乡村教师队伍建设的意见》。《意见》提出，经过3至5年努力，乡村教师队伍结构明显优化，"
        "待遇保障水平稳步提高。到2035年，乡村教师队伍整体素质全面提升。"
    )
    assert [d["text"][:8] for d in found(tagger, body)] == ["经过3至5年努力", "到2035年，乡"]


def test_where_in_all_of_society_opens_an_instruction_and_what_one_sets_out_to_do_does_not(tagger: Tagger) -> None:
    body = "习近平强调，要坚持绿色发展。同时，在全社会大力倡导绿色健康生活方式。"
    assert [d["text"][:5] for d in found(tagger, body)] == ["要坚持绿色", "同时，在全"]
    body = "老党员曾来说：“中国共产党要做的事情，就是让老百姓过上更加幸福的生活。”"
    assert found(tagger, body) == []


def test_a_plans_main_targets_and_its_proposal_run_on_into_a_year_are_set(tagger: Tagger) -> None:
    body = (
        "中共中央、国务院日前发布《关于加强基层医疗卫生服务的意见》。《意见》指出，要坚持以基层为重点。\n"
        "主要目标是：到2028年，基层医疗卫生服务网络基本健全；到2035年，服务能力全面提升。"
    )
    texts = [d["text"][:7] for d in found(tagger, body)]
    assert texts == ["要坚持以基层为", "到2028年，", "到2035年，"]
    body = (
        "工信部等八部门近日联合印发《推动智能网联汽车创新发展行动方案（2026—2028年）》。"
        "提出到2028年，产业创新能力持续增强。"
    )
    (d,) = found(tagger, body)
    assert d["text"] == "到2028年，产业创新能力持续增强。"
    assert d["issuer"] == "《推动智能网联汽车创新发展行动方案（2026—2028年）》"


def test_measures_bodies_put_out_without_a_title_are_theirs(tagger: Tagger) -> None:
    body = "国家发展改革委、国家能源局等四部门日前联合出台举措，加快构建新型电力系统。2026年，将加强电网调峰能力建设。"
    assert [(d["text"][:6], d["issuer"]) for d in found(tagger, body)] == [
        ("加快构建新型", "国家发展改革委、国家能源局等四部门"),
        ("将加强电网调", "国家发展改革委、国家能源局等四部门"),
    ]


def test_a_body_that_makes_its_standards_public_plans_nothing(tagger: Tagger) -> None:
    # 将 as 把 before a count: what the body did with them, not what it will do.
    assert found(tagger, "国家标准委将2万余项行业标准全文公开，并且可以免费下载。") == []


def test_a_features_heading_of_two_phrases_is_no_instruction(tagger: Tagger) -> None:
    body = "全会提出，要加快发展新质生产力。\n培育未来产业 苏州以创新驱动转型升级\n在苏州，一批未来产业项目加快落地。"
    assert [d["text"] for d in found(tagger, body)] == ["要加快发展新质生产力。"]


def test_high_quality_opens_a_plans_instruction(tagger: Tagger) -> None:
    body = "“十五五”规划纲要提出，高质量推进美丽乡村建设，开展人居环境整治。眼下，在安徽黟县，村庄整治正在进行。"
    (d,) = found(tagger, body)
    assert d["text"] == "高质量推进美丽乡村建设，开展人居环境整治。"


def test_a_plans_proposal_with_its_force_lists_items_to_the_stop(tagger: Tagger) -> None:
    body = (
        "“十五五”规划纲要提出要构建现代化水网体系，完善防洪减灾体系；基本建成国家骨干网；推进灌区现代化改造。"
        "紧扣目标，一系列行动正加快实施。"
    )
    assert [d["text"][:4] for d in found(tagger, body)] == ["要构建现", "基本建成", "推进灌区"]
    assert {d["issuer"] for d in found(tagger, body)} == {"“十五五”规划纲要"}


@pytest.mark.parametrize(
    ("body", "plans"),
    [
        # what the reporter learned from a body: the country's plan, then how, both the body's
        (
            "记者从工业和信息化部获悉，今年我国将从标准、技术、应用三方面推进工业互联网建设。"
            "通过完善标准体系，推广成熟解决方案，推动中小企业上云用数。",
            ["今年我国将", "通过完善标"],
        ),
        # statistics first, then the body's next step
        (
            "记者从国家林草局了解到，目前全国已建成国家森林步道25条，总里程超过3万公里。"
            "下一步，将加快编制步道建设标准，做到统一标识、可查询、可导航。",
            ["下一步，将"],
        ),
    ],
)
def test_what_the_reporter_learned_of_a_bodys_plan_is_the_bodys(tagger: Tagger, body: str, plans: list[str]) -> None:
    ds = found(tagger, body)
    assert [d["text"][:5] for d in ds] == plans
    source = re.match(r"记者从(.+?)(?:获悉|了解到)", body)
    assert source is not None
    assert {(d["issuer"], d["addressee"], d["strength"]) for d in ds} == {(source.group(1), "", "要")}


def test_what_was_opened_and_what_it_will_bring_is_told(tagger: Tagger) -> None:
    # The effect of what was done, after the reporter's source: no plan of the body.
    body = "记者从南宁海关获悉，龙邦口岸昨天通过国家验收正式对外开放。将进一步深化中越两国之间的经贸合作。"
    assert found(tagger, body) == []


@pytest.mark.parametrize(
    ("body", "issuer", "start"),
    [
        ("国务院通知指出，各地区、各有关部门要加强烈士纪念设施保护管理。", "国务院", "各地区、各有关部门要"),
        (
            "中央组织部、人力资源社会保障部等8部门近日印发《关于做好高层次人才服务工作的意见》，"
            "提出将高层次人才纳入重点服务范围，支持人才创办科技型企业。",
            "《关于做好高层次人才服务工作的意见》",
            "提出将高层次人才",
        ),
        (
            "五部门联合发布意见，明确到2027年，重点流域生态保护补偿机制基本建成；到2035年，机制全面覆盖重点流域。",
            "五部门",
            "到2027年，",
        ),
        (
            "《上海市历史风貌保护规划（2024—2035年）》日前正式向社会发布，将历史建筑、风貌街区等约9000个项目纳入保护。",
            "《上海市历史风貌保护规划（2024—2035年）》",
            "将历史建筑",
        ),
    ],
)
def test_untitled_notices_bodies_with_zu_zhi_and_documents_made_public_set_measures(
    tagger: Tagger, body: str, issuer: str, start: str
) -> None:
    d = found(tagger, body)[0]
    assert d["text"].startswith(start)
    assert d["issuer"] == issuer


@pytest.mark.parametrize(
    "headline",
    ["2.6亿元中央救灾资金紧急预拨河南山西两省", "提振消费专项行动正式启动"],
)
def test_a_brief_items_headline_ends_the_item_before_and_instructs_nobody(tagger: Tagger, headline: str) -> None:
    body = (
        "记者从应急管理部获悉，今天起我国进入主汛期。下一步，将加强监测预警。\n"
        f"{headline}\n"
        "今天，多地举办了相关活动，群众参与热情高涨。"
    )
    assert [d["text"] for d in found(tagger, body)] == ["下一步，将加强监测预警。"]


def test_what_a_titled_document_sets_told_after_gen_ju_is_the_documents(tagger: Tagger) -> None:
    body = (
        "根据《全球生物多样性框架》，到2030年，应有效保护全球至少30%的陆地和海洋。\n"
        "根据两部门联合发布的《文化和旅游与铁路融合发展行动方案》，各铁路局和车站将推出适老化服务。"
    )
    assert [(d["text"][:8], d["issuer"], d["addressee"]) for d in found(tagger, body)] == [
        ("到2030年，应", "《全球生物多样性框架》", ""),
        ("各铁路局和车站将", "《文化和旅游与铁路融合发展行动方案》", "各铁路局和车站"),
    ]


def test_a_document_named_in_a_leaders_words_does_not_take_them_over(tagger: Tagger) -> None:
    body = "李强在报告中指出，根据《关于制定发展规划的建议》，国务院编制了规划纲要草案，要确保目标如期实现。"
    assert {d["issuer"] for d in found(tagger, body)} == {"李强"}


def test_a_notices_next_measure_after_tong_shi_is_the_notices_too(tagger: Tagger) -> None:
    body = (
        "日前，财政部、民政部发布公告，明确自2026年1月1日起，对养老服务补贴免征个人所得税。"
        "同时，民政部门与税务部门建立信息共享机制，按规定为申领人员办理免税申报。\n当天，多地群众前往办理。"
    )
    assert [(d["text"][:4], d["issuer"]) for d in found(tagger, body)] == [
        ("自202", "财政部、民政部"),
        ("同时，民", "财政部、民政部"),
    ]


def test_a_pilot_a_body_starts_from_today_sets_measures(tagger: Tagger) -> None:
    body = "国家药监局即日起启动医疗器械分段生产试点工作，对部分临床急需的医疗器械进行分段生产试点。"
    (d,) = found(tagger, body)
    assert (d["issuer"], d["text"][:4]) == ("国家药监局", "对部分临")


def test_investment_arranged_with_its_purpose_is_the_bodys_support(tagger: Tagger) -> None:
    body = "针对甘肃多地发生洪涝灾害，国家发展改革委紧急安排中央预算内投资8000万元，支持甘肃省做好灾后恢复重建工作。"
    (d,) = found(tagger, body)
    assert (d["issuer"], d["strength"], d["addressee"]) == ("国家发展改革委", "鼓励", "甘肃省")


def test_a_campaign_a_body_starts_in_a_named_city_is_its_plan(tagger: Tagger) -> None:
    body = "今天，交通运输部在江苏南京启动秋季运输安全专项活动，将聚焦重点时段，开展系列安全检查。"
    (d,) = found(tagger, body)
    assert (d["issuer"], d["text"][:3]) == ("交通运输部", "将聚焦")


def test_a_campaigns_plan_after_its_launch_is_its_bodys(tagger: Tagger) -> None:
    body = (
        "今天，人力资源社会保障部启动百日千万招聘专项行动，在100天里集中为高校毕业生提供超千万就业岗位。"
        "专项行动将推出“就业局长访企入园拓岗活动”，并聚焦重点行业，举办专场招聘会。"
    )
    assert [(d["text"][:6], d["issuer"]) for d in found(tagger, body)] == [
        ("在100天里", "人力资源社会保障部"),
        ("专项行动将推", "人力资源社会保障部"),
    ]
    # How long it lasts, alone, is told; what it offers after that is the body's; so is 持续到…，将….
    body = "商务部今天启动消费促进活动。活动将持续至11月20日。活动结合企业和群众需求，推出系列促消费专场。"
    assert [(d["text"][:4], d["issuer"]) for d in found(tagger, body)] == [("活动结合", "商务部")]
    body = "人力资源社会保障部今天启动就业服务专项活动。活动持续到11月底，将聚焦前沿领域，举办系列专场招聘。"
    assert [d["text"][:6] for d in found(tagger, body)] == ["活动持续到1"]
    # An event's account is no plan, nor a campaign nobody launched just before.
    assert found(tagger, "国家体育总局今天启动全民健身活动。活动吸引了上万人参加。") == []
    assert found(tagger, "记者了解到，活动将持续到十月，其间将举办巡展。") == []
