"""The writer's voice and the leader's in study articles and features (kinds of dev-ho4, invented cases):
reported speech named inside the writer's paragraph ends with that paragraph unless the next one goes on
with a modal; the writer's headings and topic sentences are no one's directives; a one-sentence summary
(…作出批示，强调要…。) ends the speech with its sentence."""

from __future__ import annotations

from gui.core.nlp.directives import DirectiveDetector


def detect(body: str, title: str = "") -> list:
    return DirectiveDetector().detect(body, title=title)


def texts(body: str) -> list[str]:
    return [d.text for d in detect(body)]


def test_reported_speech_inside_the_writers_paragraph_ends_with_it() -> None:
    body = (
        "教育关系千家万户。习近平总书记指出，要办好人民满意的教育，促进教育公平。\n"
        "落实立德树人根本任务。学校是育人的主阵地，承担着重要职责。\n"
        "二、坚持改革创新，推动教育高质量发展\n"
        "（一）着力深化评价改革。评价是指挥棒。习近平总书记强调，要坚决克服唯分数的顽瘴痼疾。\n"
        "健全教师队伍建设体系。教师是立教之本。"
    )
    found = texts(body)
    assert found == ["要办好人民满意的教育，促进教育公平。", "要坚决克服唯分数的顽瘴痼疾。"]
    assert {d.attrs["issuer"] for d in detect(body)} == {"习近平"}


def test_reported_speech_goes_on_into_a_paragraph_opening_with_a_modal() -> None:
    body = (
        "区委召开十三届五次全会。全会听取了工作报告。指出，要把生态保护放在首位。\n"
        "要加快补齐污水处理短板。\n"
        "一是抓好河湖长制落实。\n"
        "会议由区委书记主持。加强值班值守。"
    )
    found = detect(body)
    assert [d.text[:5] for d in found] == ["要把生态保", "要加快补齐", "一是抓好河"]
    assert len({d.attrs["issuer"] for d in found}) == 1 and found[0].attrs["issuer_label"] == "MEETING"


def test_a_frame_closing_a_paragraph_with_a_colon_goes_on_into_the_next() -> None:
    body = "市长李卫东在会上强调：\n要确保群众温暖过冬。\n供热企业要提前检修管网。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["李卫东", "李卫东"]


def test_a_one_sentence_summary_of_an_instruction_ends_with_its_sentence() -> None:
    body = (
        "2023年3月，习近平总书记对粮食安全工作作出重要批示，强调要牢牢守住耕地保护红线。"
        "目前，我们正处于推进农业现代化的关键时期，要加快建设高标准农田；推进种业振兴。\n"
        "李强在会上强调，要稳定粮食播种面积。要提高种粮农民收益。"
    )
    found = texts(body)
    assert found[0] == "要牢牢守住耕地保护红线。"
    assert not any("高标准农田" in t or "种业振兴" in t for t in found)
    # With a comma the words go on: both sentences are 李强's.
    assert [d.attrs["issuer"] for d in detect(body)][-2:] == ["李强", "李强"]


def test_the_writers_comment_on_the_words_ends_them() -> None:
    body = (
        "习近平总书记指出，要把基层治理抓实抓细。这深刻揭示了基层治理的重要地位。"
        "社区是城市的细胞。做好社区工作必须坚持党建引领，要用好网格化管理。\n"
        "市委书记王建国强调，要加强社区工作者队伍建设。王建国的讲话充分体现了对基层的重视。"
        "社区工作者要提升服务本领。"
    )
    found = texts(body)
    assert found == ["要把基层治理抓实抓细。", "要加强社区工作者队伍建设。"]
    # Without the comment the sentences go on with the leader's words.
    body = "习近平总书记指出，要把基层治理抓实抓细。社区是城市的细胞。做好社区工作必须坚持党建引领。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["习近平", "习近平"]


def test_a_features_paragraph_of_quotations_is_the_leaders_it_named() -> None:
    body = (
        "2024年6月，习近平总书记在宁夏考察时，察看黄河治理情况。\n"
        "治水兴水，利在千秋。\n"
        "守护母亲河，“要坚持生态优先、绿色发展”；\n"
        "着眼长远，“必须把水资源作为最大的刚性约束”；\n"
        "…………\n"
        "一系列部署为黄河流域发展指明方向。"
    )
    found = detect(body)
    assert [d.attrs["issuer"] for d in found] == ["习近平", "习近平"]
    assert [d.attrs["strength"] for d in found] == ["要", "必须"]
    # Quotations of others (网民's suggestions told with their source) or with no leader named are no one's.
    body = "习近平总书记对规划编制作出指示。\n“优化公交线路”“增加停车位”……征求意见活动中，广大网民踊跃参与。"
    assert detect(body) == []
    assert detect("治水兴水，利在千秋。\n守护母亲河，“要坚持生态优先、绿色发展”；") == []


def test_a_quotation_named_after_it_and_quotations_run_together() -> None:
    body = (
        "五年来，各地持续推进乡村振兴。\n"
        "“农业强国是社会主义现代化强国的根基”“我们必须把粮食安全放在首位，全面加强耕地保护”。"
        "2022年12月，习近平总书记在中央农村工作会议上深刻指出。\n"
        "“要一张蓝图绘到底，久久为功。”习近平总书记语重心长。\n"
        "“农民的日子越过越红火。”村民李大山笑着说。"
    )
    found = detect(body)
    assert [d.text for d in found] == [
        "“我们必须把粮食安全放在首位，全面加强耕地保护”。",
        "“要一张蓝图绘到底，久久为功。”",
    ]
    assert {d.attrs["issuer"] for d in found} == {"习近平"}


def test_a_leaders_quoted_request_and_a_quotation_opening_with_its_setting() -> None:
    body = (
        "2022年8月，习近平总书记在辽宁考察时谆谆嘱托：“既不能急于求成，也不能消极等待，要扎扎实实推进。”"
        "随后，总书记在座谈会上强调“立足资源禀赋，发挥比较优势，科学谋划好振兴路径”，为当地指明方向。"
    )
    found = detect(body)
    assert [d.attrs["issuer"] for d in found] == ["习近平", "习近平"]
    assert found[1].text.startswith("立足资源禀赋")
    # A quoted statement after the same verb is no instruction.
    body = "习近平总书记强调“东北振兴是关系国家发展大局的战略”，为当地指明方向。"
    assert detect(body) == []


def test_an_adverb_after_a_post_is_no_name() -> None:
    body = "2023年4月，总书记专题调研长江保护：“要共抓大保护，不搞大开发。”"
    assert all(d.attrs["issuer"] not in ("专题", "专题调研") for d in detect(body))


def test_the_more_the_more_instructs_and_a_condition_with_a_stated_consequence_does_not() -> None:
    body = "省长陈立强调，形势愈是复杂愈要保持定力。任务越重越需要担当。"
    assert [d.text for d in detect(body)] == ["形势愈是复杂愈要保持定力。", "任务越重越需要担当。"]
    body = "省长陈立指出，如果不能让群众得到实惠，不能解决实际困难，政策就失去意义。"
    assert detect(body) == []
    # A consequence that instructs keeps the condition: 如果…，就要….
    body = "省长陈立指出，如果不能按期完工，就要及时向群众说明情况。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["陈立"]


def test_a_meeting_named_by_when_or_by_whom_it_was_held() -> None:
    body = (
        "2023年6月，李明省长主持的省政府常务会议明确提出要“加快建设全域旅游示范区”。"
        "此后，11月3日召开的省委常委会议提出新阶段发展的要求：“必须坚持生态优先”“坚持创新驱动”。"
    )
    found = detect(body)
    assert [d.attrs["issuer"] for d in found] == ["省政府常务会议", "省委常委会议"]
    assert {d.attrs["issuer_label"] for d in found} == {"MEETING"}
    assert found[1].text.startswith("“必须坚持生态优先")


def test_a_subject_before_the_leaders_quoted_words_is_the_addressee() -> None:
    body = "2023年，习近平总书记在湖南考察。\n乡村振兴，关键在人。\n面向新征程，各级政府“要把农业农村放在首位”；"
    found = detect(body)
    assert [(d.attrs["issuer"], d.attrs["addressee"]) for d in found] == [("习近平", "各级政府")]
