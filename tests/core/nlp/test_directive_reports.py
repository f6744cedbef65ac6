"""Directives in policy news told without a speaker (brief items, reported notices and
campaigns), requests inside a narrative, and the reports that stay reports."""

from __future__ import annotations

from gui.core.nlp.directives import DirectiveDetector


def detect(body: str) -> list:
    return DirectiveDetector().detect(body)


def found(body: str) -> list[tuple[str, str]]:
    """(start of the directive, issuer) of each directive found."""
    return [(d.text[:5], d.attrs["issuer"]) for d in detect(body)]


def test_a_reported_notice_sets_its_measures_without_a_modal() -> None:
    body = "民政部、财政部近日联合印发通知，今年冬季在全国范围内开展困难群众走访慰问。"
    assert found(body) == [("今年冬季在", "民政部、财政部")]
    body = "水利部等四部门日前印发通知，明确鼓励各地利用闲置水库发展生态旅游。"
    assert [(d.text[:6], d.attrs["strength"], d.attrs["addressee"]) for d in detect(body)] == [
        ("鼓励各地利用", "鼓励", "各地")
    ]
    # A titled document speaks for itself, and its targets are its measures.
    body = "日前，教育部等六部门联合印发《职业教育质量提升行动方案》，提出到2027年，建成200所高水平职业院校。"
    assert found(body) == [("到2027", "《职业教育质量提升行动方案》")]


def test_a_policy_a_campaign_and_a_deployment_are_the_bodys() -> None:
    body = "根据交通运输部最新通知，下月1日起，恢复省际客运班线售票。"
    assert found(body) == [("下月1日起", "交通运输部")]
    body = "生态环境部今天启动长江入河排污口专项整治行动，将严厉打击偷排漏排等违法行为。"
    assert found(body) == [("将严厉打击", "生态环境部")]
    body = "国家林草局部署各地林业部门加强春季森林防火巡查，严防火灾发生。"
    assert [(d.text[:4], d.attrs["issuer"]) for d in detect(body)] == [("部署各地", "国家林草局")]
    body = "记者从民航局获悉，民航局将加密国内主要城市间航班，保障暑运出行。"
    assert found(body) == [("民航局将加", "民航局")]


def test_a_reported_notice_sets_nothing_in_the_sentences_after_it() -> None:
    body = (
        "商务部等三部门印发通知，在全国开展家电以旧换新活动。"
        "首批试点城市包括杭州、成都等10个城市。当天，多家商场排起长队。"
    )
    assert found(body) == [("在全国开展", "商务部等三部门")]
    # A document summed up is no measure; a report or statistics sets nothing.
    assert found("某省人民政府印发《耕地保护办法》，自7月1日起施行。") == []
    assert found("国家统计局今天发布《2023年农民工监测报告》，全年农民工总量增长0.6%。") == []
    assert found("某市文旅局开展非遗展演活动，市民们观看表演，感受传统文化魅力。") == []


def test_a_brief_items_headline_ends_the_item_before() -> None:
    body = (
        "央视网消息（新闻联播）：\n"
        "三部门发布联合公告 简化货物通关手续\n"
        "近日，海关总署、财政部、商务部发布联合公告，决定自下月起对跨境电商零售进口商品实施无纸化通关。\n"
        "我国成功发射遥感卫星\n"
        "今天，我国在酒泉卫星发射中心成功将一颗遥感卫星送入预定轨道。\n"
    )
    assert found(body) == [("自下月起对", "海关总署、财政部、商务部")]
    # A numbered heading of a document is a part of it, not the end of its provisions.
    body = (
        "《关于做好防汛工作的通知》\n为做好防汛工作，现就有关事项通知如下：\n"
        "一、压实责任\n各地要落实防汛责任。\n二、物资储备\n对受灾群众给予救助。"
    )
    assert [d.text for d in detect(body)] == ["各地要落实防汛责任。", "对受灾群众给予救助。"]


def test_requests_to_those_present_and_to_the_whole_party() -> None:
    body = "省委书记王海来到敬老院看望老人。冬季气温低，书记嘱咐当地要做好老人取暖保障。"
    assert [(d.text, d.attrs["issuer"]) for d in detect(body)] == [("嘱咐当地要做好老人取暖保障。", "王海")]
    body = "省委书记王海指出，全面从严治党永远在路上，要求全省党员干部坚守廉洁底线。"
    assert [(d.text[:4], d.attrs["issuer"], d.attrs["addressee"]) for d in detect(body)] == [
        ("要求全省", "王海", "全省党员干部")
    ]
    body = "省委书记王海强调“作风建设关系人心向背”，要求全党把作风建设抓在日常。"
    assert [(d.attrs["addressee"]) for d in detect(body)] == ["全党"]
    # 向书记问好: the post is an object there, and 问好 is no one's name.
    body = "村民们纷纷向书记问好。王海说，要把村里的道路修好。"
    assert {d.attrs["issuer"] for d in detect(body)} == {"王海"}


def test_a_quantified_group_and_a_task_defined_are_instructions() -> None:
    body = "王海在全省组织工作会议上强调，新形势下，各级组织部门要把好选人用人关。培养干部，就是要在实践中锤炼。"
    assert [(d.text[:6], d.attrs["addressee"]) for d in detect(body)] == [
        ("新形势下，各", "各级组织部门"),
        ("培养干部，就", ""),
    ]
    # An official's plan for his ministry after a year's time.
    body = "工业和信息化部相关负责人表示，去年制造业增加值稳步增长。今年，工业和信息化部将加快培育先进制造业集群。"
    assert found(body) == [("今年，工业", "工业和信息化部相关负责人")]


def test_reports_and_information_stay_reports() -> None:
    # An event's ordinal is no enumerator; information for travellers is no instruction.
    body = "记者从商务部获悉，第十五届中国国际进口博览会将于11月在上海举行。"
    assert found(body) == []
    assert found("记者从国家铁路局获悉，今年前5个月全国铁路旅客发送量同比增长68%。") == []
    body = "根据海关总署最新公告，今天起，入境旅客不再需要提前申报。此前，旅客不再需要排队等候。"
    assert [d.text for d in detect(body)][1:] == []


def test_a_congress_or_government_report_speaks_as_a_document() -> None:
    body = "党的二十大报告指出：“加快建设体育强国，广泛开展全民健身活动。”"
    assert [(d.attrs["issuer"], d.attrs["issuer_label"]) for d in detect(body)] == [("党的二十大报告", "DOC")]
    body = "今年的政府工作报告提出，要稳定粮食播种面积。去年的政府工作报告显示，粮食产量稳定增长。"
    assert found(body) == [("要稳定粮食", "政府工作报告")]


def test_a_deputy_or_a_worker_quoted_at_length_issues_nothing() -> None:
    # Their 我们要… is a pledge, even after they recall what a leader stressed.
    body = (
        "省委书记王海来到工厂考察，强调要发展实体经济。"
        "省人大代表、某机械厂车间技术员李明说：“王海书记来厂里考察，强调发展实体经济。我们要加油干，多出好产品。”"
    )
    assert [(d.text[:4], d.attrs["issuer"]) for d in detect(body)] == [("要发展实", "王海")]


def test_a_statute_binds_any_subject_and_assigns_tasks() -> None:
    body = (
        "第三条　县级人民政府负责本行政区域内的河道管理工作。\n"
        "第四条　港口、码头以及船舶修造厂等涉水场所的经营者、管理者，负责本场所的防污工作。\n"
        "第五条　渔业协会、农民专业合作社和村民委员会应当协助做好禁渔宣传。\n"
        "第六条　被检查的单位和个人应当予以配合；\n"
        "第七条　含有剧毒成分的农药、兽药和清洗剂不得在水源保护区内销售。\n"
        "第八条　本条例所称河道，是指城市以外的天然河流。"
    )
    got = [d.text.split("\u3000")[-1][:6] for d in DirectiveDetector().detect(body, title="某省河道管理条例")]
    assert got == ["县级人民政府", "港口、码头以", "渔业协会、农", "被检查的单位", "含有剧毒成分"]
    # In news, who is responsible for what is a report, not a task set.
    assert found("村里成立了护河队，张大伯负责每天巡查河道。护河队员们应当说都很尽责。") == []


def test_a_leaders_proposals_in_talks_address_both_sides() -> None:
    body = (
        "国家主席习近平同来访的某国总统举行会谈。习近平指出，双方要深化务实合作，拓展农业和能源合作。"
        "中方愿同某方加强发展战略对接。双方还要在多边平台加强协调。增进人民友好，积极开展青年交流。"
        "当今世界，各国比以往任何时候都更需要团结合作。"
    )
    got = [(d.text[:4], d.attrs["addressee"], d.attrs["topic"]) for d in detect(body)]
    assert got == [
        ("双方要深", "双方", "对外事务"),
        ("双方还要", "双方", "对外事务"),
        ("增进人民", "", "对外事务"),
        # The sides told they need to act more than ever: a directive, like 各国要… (the settled convention).
        ("当今世界", "各国", "对外事务"),
    ]


def test_a_quote_before_its_frame_is_the_speakers() -> None:
    body = "“要把耕地保护作为头等大事，守住耕地红线”，去年10月，省委书记王海在调研时强调。"
    assert [(d.text, d.attrs["issuer"]) for d in detect(body)] == [("“要把耕地保护作为头等大事，守住耕地红线”", "王海")]
    # A resident's quote stays opinion, and the speaker of a quote speaks for the quote only.
    body = "“要多种树，少建房”，村民老张说。会议指出，形势依然严峻。"
    assert detect(body) == []


def test_a_body_that_makes_a_rule_clear_sets_it() -> None:
    body = "前不久，国家医保局明确，此次集采将遵循稳临床、保质量的原则。业内人士认为，此举意义重大。"
    assert found(body) == [("此次集采将", "国家医保局")]
