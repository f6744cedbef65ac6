"""Measures told in the writer's sentences are still their body's: a 要求… that opens a sentence after a
body's report, a plan's 提出建设…, a launched programme's measures, a body's words on a given day
(今天（…）表示), a leader's 作出重要指示强调. Not: what a thing can do (可为…提供), a report of what was done."""

from __future__ import annotations

import pytest

from gui.core.tagging import Tagger


def found(tagger: Tagger, body: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.attrs["issuer"], d.attrs["strength"]) for d in tagger.tag(body)[1]]


def test_a_request_opening_the_sentence_after_a_bodys_report_is_that_bodys(tagger: Tagger) -> None:
    body = (
        "国家防总昨天（6月2日）针对浙江、福建两省启动防汛四级应急响应，并派出工作组赴一线。"
        "要求各地加强值班值守，提前转移危险区域群众。"
    )
    assert found(tagger, body) == [("要求各地加强值班值守，提前转移危险区域群众。", "国家防总", "要")]


def test_a_request_opening_a_paragraph_has_no_body_to_ask_for_it(tagger: Tagger) -> None:
    # The body named in the paragraph before does not carry into the next one.
    body = "国家防总昨天启动防汛四级应急响应。\n要求立即撤离的群众有的还在犹豫。"
    assert found(tagger, body) == []


def test_a_bare_head_word_is_no_organisation(tagger: Tagger) -> None:
    entities, _ = tagger.tag("气象部门要求加强联合会商研判，及时发布预警。")
    assert [(e.text, e.label) for e in entities if e.label == "ORG"] == []


def test_a_leaders_instruction_runs_on_after_its_opening_assessment(tagger: Tagger) -> None:
    body = (
        "习近平总书记日前对防汛工作作出重要指示强调，当前各地进入主汛期，防汛形势严峻复杂。"
        "各级党委和政府必须压实责任，全力保障人民群众生命财产安全。"
    )
    assert found(tagger, body) == [
        ("各级党委和政府必须压实责任，全力保障人民群众生命财产安全。", "习近平", "必须"),
    ]


@pytest.mark.parametrize("when", ["今天（3月5日）", "昨天", "日前"])
def test_a_bodys_plan_stated_on_a_given_day_is_its_directive(tagger: Tagger, when: str) -> None:
    body = f"工业和信息化部{when}表示，我国将在中西部布局一批算力枢纽节点，推动算力资源高效调度。"
    assert found(tagger, body) == [
        ("我国将在中西部布局一批算力枢纽节点，推动算力资源高效调度。", "工业和信息化部", "要"),
    ]


def test_a_plans_proposal_in_a_feature_sentence_is_the_plans(tagger: Tagger) -> None:
    body = (
        "五年来，全省冷链物流快速发展。《规划》提出建设覆盖城乡的冷链物流网络，补齐县乡短板。如今，冷库已经遍布各县。"
    )
    assert found(tagger, body) == [("建设覆盖城乡的冷链物流网络，补齐县乡短板。", "《规划》", "要")]


def test_a_plan_that_was_built_is_told_not_proposed(tagger: Tagger) -> None:
    body = "《规划》提出的冷链物流网络已经建成，冷库遍布各县。"
    assert found(tagger, body) == []


def test_a_launched_programmes_measures_are_the_launching_bodys(tagger: Tagger) -> None:
    body = (
        "科技部近日启动青年科学家培育计划，支持高校建设青年科学家工作室，遴选100个重点团队。"
        "同时，建立青年科研人员长期稳定支持机制。"
    )
    assert [(text[:8], issuer) for text, issuer, _ in found(tagger, body)] == [
        ("支持高校建设青年", "科技部"),
        ("同时，建立青年科", "科技部"),
    ]


def test_a_grasped_proposition_is_no_assessment(tagger: Tagger) -> None:
    body = (
        "王明指出，做好新时代统战工作，要牢牢把握大团结大联合的主题；"
        "牢牢把握人心是最大的政治这一要求，广泛凝聚共识；牢牢把握正确方向，守正创新。"
    )
    starts = [text[:8] for text, _, _ in found(tagger, body)]
    assert starts == ["做好新时代统战工", "牢牢把握人心是最", "牢牢把握正确方向"]


def test_what_a_thing_can_serve_is_no_permission(tagger: Tagger) -> None:
    body = "国家航天局今天宣布，新一代中继卫星在轨运行正常，可为后续深空探测任务提供通信服务。"
    assert found(tagger, body) == []


def test_bodies_that_ask_together_are_one_joint_issuer(tagger: Tagger) -> None:
    body = "水利部、国家林草局要求各地加强水土流失综合治理，及时修复受损梯田。"
    (directive,) = tagger.tag(body)[1]
    assert directive.text == "要求各地加强水土流失综合治理，及时修复受损梯田。"
    assert directive.attrs["issuer"] == "水利部、国家林草局"
    assert directive.attrs["issuers"] == ["水利部", "国家林草局"]


def test_counted_bodies_that_issue_a_notice_permit_what_it_permits(tagger: Tagger) -> None:
    body = "商务部、国家药监局两部门联合发布通知，允许外商投资企业在试点地区开展医疗器械研发。"
    assert found(tagger, body) == [
        ("允许外商投资企业在试点地区开展医疗器械研发。", "商务部、国家药监局两部门", "可"),
    ]


def test_a_body_that_deploys_what_to_set_up_asks_for_it(tagger: Tagger) -> None:
    body = "近日，人力资源社会保障部、教育部部署在全国建立高校毕业生就业帮扶台账，要求逐一联系未就业毕业生。"
    assert [(text[:6], issuer) for text, issuer, _ in found(tagger, body)] == [
        ("部署在全国建", "人力资源社会保障部、教育部"),
    ]


def test_a_bodys_decision_told_in_one_clause_is_its_directive(tagger: Tagger) -> None:
    body = "中国人民银行决定下调金融机构存款准备金率0.5个百分点，支持实体经济发展。"
    assert found(tagger, body) == [
        ("下调金融机构存款准备金率0.5个百分点，支持实体经济发展。", "中国人民银行", "要"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "立陶宛政府决定从18日起暂时关闭两处边境过境点。",  # a foreign government's decision
        "主席团会议决定提请大会全体会议决定任命。",  # the plenary is asked to decide, it has not
        "会议明确提出加快建设金融强国的目标。",  # a goal named, no measure set
    ],
)
def test_what_is_no_bodys_measure_stays_untold(tagger: Tagger, body: str) -> None:
    assert [text for text, _, _ in found(tagger, body) if not text.startswith("提请")] == []


def test_a_plenums_proposal_in_a_feature_is_the_plenums(tagger: Tagger) -> None:
    body = "近年来，各地科技投入持续增长。党的二十届三中全会提出构建支持全面创新体制机制。"
    assert found(tagger, body) == [("构建支持全面创新体制机制。", "党的二十届三中全会", "要")]


def test_a_meetings_decision_ends_with_its_paragraph(tagger: Tagger) -> None:
    body = (
        "全国人大常委会会议今天上午举行全体会议，经过表决，决定任命王某为某部部长。\n"
        "会议应出席委员170人，出席162人，出席人数符合法定人数。\n"
        "王某起身向委员们鞠躬致意，全场响起热烈掌声。"
    )
    texts = [text for text, _, _ in found(tagger, body)]
    assert not any("出席" in t or "掌声" in t for t in texts)


def test_a_decision_announced_with_a_colon_runs_over_its_numbered_paragraphs(tagger: Tagger) -> None:
    body = "会议决定：\n一、延长小微企业缓税期限至年底。\n二、增加中央储备粮收储规模。"
    assert [text[:4] for text, _, _ in found(tagger, body)] == ["一、延长", "二、增加"]


def test_a_congress_reports_proposal_in_a_feature_is_the_reports(tagger: Tagger) -> None:
    body = "党的二十大报告提出加快建设农业强国，扎实推动乡村产业振兴。这几年，村里的合作社越办越红火。"
    assert found(tagger, body) == [("加快建设农业强国，扎实推动乡村产业振兴。", "党的二十大报告", "要")]


def test_the_first_point_in_the_announcing_sentence_is_a_directive(tagger: Tagger) -> None:
    body = "王明出席论坛并致辞。他提出3点建议：一是加快建设数字基础设施，提升互联互通水平。二是深化绿色能源合作。"
    assert [(text[:4], issuer) for text, issuer, _ in found(tagger, body)] == [
        ("一是加快", "王明"),
        ("二是深化", "王明"),
    ]


def test_a_plan_put_out_before_sets_its_targets(tagger: Tagger) -> None:
    body = "近日发布的《渔业发展“十五五”规划》提出，到2030年，水产品总产量达到7500万吨左右。"
    assert found(tagger, body) == [("到2030年，水产品总产量达到7500万吨左右。", "《渔业发展“十五五”规划》", "要")]


def test_a_plans_targets_in_its_own_sentences_are_its(tagger: Tagger) -> None:
    body = (
        "《实施方案》要求，要坚持问题导向。\n"
        "到2026年，试点地区基本完成改革任务，营商环境明显改善。到2028年，形成一批可复制推广的经验。"
    )
    assert [text[:6] for text, _, _ in found(tagger, body)] == ["要坚持问题导", "到2026年", "到2028年"]


def test_a_plans_count_of_tasks_is_no_task(tagger: Tagger) -> None:
    body = "《推进计划》印发，部署完善制度、强化保护、提高服务效能等七方面重点任务。"
    assert found(tagger, body) == []


def test_a_leaders_stress_run_into_a_narrative_clause_is_his(tagger: Tagger) -> None:
    body = "在村党群服务中心，王明强调以钉钉子精神抓好惠民政策落实，不断增强群众获得感。"
    assert found(tagger, body) == [("以钉钉子精神抓好惠民政策落实，不断增强群众获得感。", "王明", "要")]


def test_what_a_feature_says_a_leader_stressed_many_times_is_told(tagger: Tagger) -> None:
    body = "今年以来，王明在多次调研中反复强调树立正确政绩观，为干部指明方向。"
    assert found(tagger, body) == []


@pytest.mark.parametrize("bodies", ["中国人民银行等三部门", "证监会", "全国总工会"])
def test_banks_regulators_and_mass_bodies_issue_notices_too(tagger: Tagger, bodies: str) -> None:
    body = f"{bodies}近日印发通知，将符合条件的小微企业纳入支持范围，进一步减轻企业负担。"
    assert found(tagger, body) == [("将符合条件的小微企业纳入支持范围，进一步减轻企业负担。", bodies, "要")]


def test_a_leaders_article_instructs_without_a_modal(tagger: Tagger) -> None:
    body = "习近平指出，要提高政治能力。钻研党的创新理论，吃透党中央大政方针。敢于斗争、善于斗争，及时消除风险隐患。"
    assert [text[:4] for text, _, _ in found(tagger, body)] == ["要提高政", "钻研党的", "敢于斗争"]


def test_a_published_notice_and_a_nationwide_campaign_set_measures(tagger: Tagger) -> None:
    body = (
        "民政部等十部门今天公布《关于加强困境老人关爱服务的通知》，将建立困境老人定期探访制度。\n"
        "公安部近日在全国范围内启动为期3个月的夏季治安打击整治专项行动，集中整治盗窃、诈骗等突出违法犯罪。"
    )
    assert [(text[:6], issuer) for text, issuer, _ in found(tagger, body)] == [
        ("将建立困境老", "《关于加强困境老人关爱服务的通知》"),
        ("集中整治盗窃", "公安部"),
    ]


def test_a_notice_naming_its_tasks_sets_them_but_a_count_does_not(tagger: Tagger) -> None:
    named = "七部门近日联合印发《遗产保护通知》，明确提出加强遗产资源调查、提高遗产保护水平等8方面重点任务。"
    counted = "七部门近日联合印发《遗产保护通知》，提出20条具体举措。"
    assert [text[:6] for text, _, _ in found(tagger, named)] == ["加强遗产资源"]
    assert found(tagger, counted) == []


def test_a_plan_that_guides_places_sets_a_measure(tagger: Tagger) -> None:
    body = (
        "商务部等9部门日前联合出台《家政兴农行动工作方案》，扩大家政服务供给。"
        "同时指导地方将进城家政服务员纳入保障范围。"
    )
    assert [text[:6] for text, _, _ in found(tagger, body)] == ["扩大家政服务", "同时指导地方"]


def test_great_promise_is_no_permission(tagger: Tagger) -> None:
    assert found(tagger, "李强指出，展望未来，两国合作大有可为。") == []


def test_a_years_results_listed_after_they_are_told_are_no_instructions(tagger: Tagger) -> None:
    told = (
        "王明指出，过去一年，省委深入推进全面从严治党，取得显著成效。"
        "强化政治监督，深化政治巡察；保持反腐败高压态势，推进风腐同查同治。"
    )
    aimed = "王明指出，要努力在以学促干方面取得实实在在的成效。具体要达到凝心铸魂的目标。"
    assert found(tagger, told) == []
    assert [text[:5] for text, _, _ in found(tagger, aimed)] == ["要努力在以", "具体要达到"]


def test_an_occasion_before_the_post_that_stands_for_the_leader(tagger: Tagger) -> None:
    body = "习近平总书记指出，要坚持对外开放。今年全国两会上总书记强调，要扩大高水平对外开放。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["习近平", "习近平"]


def test_what_a_body_works_with_names_no_body(tagger: Tagger) -> None:
    body = "全国妇联启动家庭教育宣传周活动，联动各级妇联开展家风故事宣讲，推动学校、家庭、社会协同育人。"
    assert all(issuer == "全国妇联" for _, issuer, _ in found(tagger, body))
    assert not any("联动" in issuer for _, issuer, _ in found(tagger, body))


@pytest.mark.parametrize("after", ["一次次走进校园", "要站在全局高度", "重点抓好调研"])
def test_what_follows_a_post_is_no_name_unless_it_looks_like_one(tagger: Tagger, after: str) -> None:
    body = f"党的十八大以来，习近平总书记{after}。总书记强调，要推动教育公平。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["习近平"]


@pytest.mark.parametrize("word", ["包括", "尤其"])
def test_an_everyday_word_opening_with_a_surname_is_no_ones_name(tagger: Tagger, word: str) -> None:
    body = f"陕西出台支持高校毕业生就业创业六项举措，{word}要求政府投资开发的创业载体安排30%左右的场地。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["陕西"]


@pytest.mark.parametrize(
    ("body", "issuers"),
    [
        # 他 is the last person named — not a tea garden jieba calls a person.
        ("李希来到坝派自然村和极边乌龙茶种植基地考察。他强调，要巩固拓展脱贫攻坚成果。", ["李希"]),
        # 同志 follows its name: what comes after it is no name.
        ("习近平同志曾多次到义乌调研。2005年11月，他要求省有关部门派出调查组。", ["习近平"]),
        # A white paper or a congratulatory message is nobody's name.
        ("国务院新闻办公室今天发布白皮书。白皮书指出，要维护国家安全。", []),
        ("中国残疾人联合会向大会致贺词。贺词指出，群团组织要坚持党的全面领导。", []),
    ],
)
def test_a_speaker_is_a_person_never_a_thing_or_an_adverb(tagger: Tagger, body: str, issuers: list[str]) -> None:
    assert [issuer for _, issuer, _ in found(tagger, body)] == issuers


@pytest.mark.parametrize(
    "body",
    [
        "党的二十大提出了一系列重大改革举措，这是党中央作出的重大战略部署。",
        "思想上，要坚持不懈强化理论武装，准确把握党中央的部署要求，确保思想统一、方向一致。",
        "不久前中共中央办公厅印发通知，开展国家勋章评选颁授，隆重表彰一批杰出人士。",
        "国务院提出的计划安排，符合中央经济工作会议部署，符合规划纲要目标要求。",
    ],
)
def test_no_issuer_opens_with_a_copula_a_time_or_a_verb(tagger: Tagger, body: str) -> None:
    # Each once gave its directive to 这是党中央, 准确把握党中央, 不久前中共中央办公厅, 符合中央经济工作会议; none
    # instructs (要坚持… is the writer's, in a commentary without a speaker).
    assert found(tagger, body) == []


def test_a_body_that_leads_another_is_not_one_name_of_both(tagger: Tagger) -> None:
    body = "习主席发表重要讲话指出，党中央领导人民军队以前所未有的决心深化政治整训。强调要立起从严监管硬规矩。"
    # (The bare 强调 should go on with 习主席's speech; it is read as the body named last — noted, not mended.)
    issuers = [issuer for _, issuer, _ in found(tagger, body)]
    assert len(issuers) == 1 and "领导人民" not in issuers[0]


def test_bodies_that_deploy_activities_are_named_never_the_verb(tagger: Tagger) -> None:
    body = (
        "同时，司法部、教育部、生态环境部等也结合各领域特点，部署开展了专项答题、网络公开课、专题科普等活动，"
        "提升全民国家安全意识和素养。"
    )
    assert all("部署" not in issuer for _, issuer, _ in found(tagger, body))


def test_a_body_named_inside_an_instruction_does_not_speak(tagger: Tagger) -> None:
    body = "王明强调，主题教育只剩下一个多月时间，各级党组织要落实党中央部署，善始善终、务求实效。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["王明"]


def test_rules_told_with_a_bare_stipulates_are_the_regulations(tagger: Tagger) -> None:
    body = (
        "国务院总理日前签署国务院令，公布《矿产资源管理条例》（以下简称《条例》）。《条例》主要规定了以下内容。\n"
        "一是加强资源保护。明确矿产资源属于国家所有，任何组织和个人不得侵占或者破坏矿产资源。\n"
        "二是促进产业发展。规定矿产企业应当遵守节能环保、安全生产的法律法规。"
    )
    issuers = [issuer for _, issuer, _ in found(tagger, body)]
    assert len(issuers) >= 2 and set(issuers) == {"《矿产资源管理条例》"}


def test_a_leaders_speech_at_a_plenum_frames_his_words(tagger: Tagger) -> None:
    body = "习近平总书记在二十届中央纪委五次全会上发表重要讲话强调，要坚持和加强党的全面领导。"
    assert found(tagger, body) == [("要坚持和加强党的全面领导。", "习近平", "要")]


def test_a_bare_stress_after_a_convened_meeting_is_its_conveners(tagger: Tagger) -> None:
    body = "省委主题教育领导小组近日召开部分市县工作座谈会。强调要把理论武装作为重中之重，推动主题教育走深走实。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["省委主题教育领导小组"]


def test_exchanges_and_work_plans_issue_too(tagger: Tagger) -> None:
    body = "经中国证监会批准，上交所、深交所发布通知，将融资保证金最低比例由100%降低至80%。"
    assert [issuer for _, issuer, _ in found(tagger, body)] == ["上交所、深交所"]


def test_a_leaders_numbered_wishes_are_no_directives(tagger: Tagger) -> None:
    body = (
        "王明对各民主党派和无党派人士提出3点希望。一是深入学习贯彻全会精神，把决策部署转化为自觉行动。"
        "二是持续巩固共同思想政治基础。"
    )
    assert found(tagger, body) == []


def test_what_the_news_caused_is_no_decision(tagger: Tagger) -> None:
    body = "中共中央政治局召开会议，决定今年7月召开全会。消息一经发布，引发国内外高度关注。"
    assert [text for text, _, _ in found(tagger, body)] == ["今年7月召开全会。"]


def test_a_briefings_account_of_the_countrys_plan_is_the_briefings(tagger: Tagger) -> None:
    body = "记者从今天（5月8日）举行的国务院政策例行吹风会上了解到，我国将扩大普惠金融覆盖面，降低小微企业融资成本。"
    assert found(tagger, body) == [("我国将扩大普惠金融覆盖面，降低小微企业融资成本。", "国务院政策例行吹风会", "要")]


def test_what_a_reporter_learned_at_a_briefing_of_the_past_is_told(tagger: Tagger) -> None:
    body = "记者从今天举行的国务院政策例行吹风会上了解到，一季度普惠小微贷款余额同比增长20%。"
    assert found(tagger, body) == []
