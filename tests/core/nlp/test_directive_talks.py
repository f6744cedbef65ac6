"""Directives in talks and summit speeches: a leader's announced proposals, the sides addressed,
what continues a statement of intent, goals before a modal, and the area such directives take."""

from __future__ import annotations

from gui.core.nlp.directives import DirectiveDetector


def detect(body: str, title: str = "") -> list:
    return DirectiveDetector().detect(body, title=title)


def found(body: str) -> list[tuple[str, str, str]]:
    """(start of the directive, issuer, addressee) of each directive found."""
    return [(d.text[:5], d.attrs["issuer"], d.attrs["addressee"]) for d in detect(body)]


def test_announced_proposals_are_the_leaders_numbered_heads() -> None:
    body = (
        "王建国指出，中方愿同对方一道深化合作。\n王建国就此提出以下建议。\n"
        "第一，中巴要做互信的战略伙伴。双方要加强议会和地方交流。\n第二，中巴要做共同发展的伙伴。"
    )
    assert found(body) == [
        ("第一，中巴", "王建国", "中巴"),
        ("双方要加强", "王建国", "双方"),
        ("第二，中巴", "王建国", "中巴"),
    ]
    body = "李红表示，欢迎各方参与。\n李红提出三点主张：\n一是各国要坚持开放合作。二是要维护多边贸易体制。"
    assert [d.text[:4] for d in detect(body)] == ["一是各国", "二是要维"]
    # A bare 建议 announces nothing: what follows the report is no one's instruction.
    body = "赵平提出建议。\n第一，加强社区养老服务。"
    assert detect(body) == []


def test_the_sides_of_talks_are_addressees_and_we_is_nobody() -> None:
    body = "刘强指出，作为世界两大经济体，中欧应当进一步团结合作。各国要秉持开放包容。"
    assert [d.attrs["addressee"] for d in detect(body)] == ["中欧", "各国"]
    body = "陈明强调，中国和法国要共同维护多边主义，发达国家应给予发展中国家更多支持。"
    assert [d.attrs["addressee"] for d in detect(body)] == ["中国和法国", "发达国家"]
    # 我们要… names the speaker's own side, not who must act.
    body = "陈明强调，我们要坚持文明交流互鉴。我们应该把发展问题放在中心位置。"
    assert [(d.text[:4], d.attrs["addressee"]) for d in detect(body)] == [("我们要坚", ""), ("我们应该", "")]


def test_a_sentence_after_a_statement_of_intent_goes_on_with_it() -> None:
    body = "周亮指出，中方愿同对方扩大经贸合作。不断深化基础设施领域合作，支持对方工业化进程。双方要加强人员往来。"
    assert [d.text[:5] for d in detect(body)] == ["双方要加强"]
    # Without the intent before it, the bare verb is the speaker's instruction.
    body = "周亮指出，我们应该把发展问题放在中心位置。践行真正的多边主义，构建全球发展伙伴关系。"
    assert [d.text[:4] for d in detect(body)] == ["我们应该", "践行真正"]


def test_a_goal_before_a_modal_is_one_instruction_of_the_modals_force() -> None:
    body = "会议强调，要实现乡村全面振兴，必须加强农村基层组织建设。"
    assert [(d.text[:5], d.attrs["strength"]) for d in detect(body)] == [("要实现乡村", "必须")]
    body = "孙伟指出，要想把企业做强，就要在创新上下功夫。"
    assert [(d.text[:4], d.attrs["strength"]) for d in detect(body)] == [("要想把企", "要")]
    # 越是…越要: the modal stands, whatever the clause before it says.
    body = "孙伟表示，当前形势复杂多变，越是困难的时候，越要坚定发展信心。"
    assert [d.attrs["strength"] for d in detect(body)] == ["要"]


def test_what_something_is_for_and_a_described_group_are_no_instructions() -> None:
    body = "吴刚强调，发展中国家经历千辛万苦，所做的一切，就是要让人民过上幸福生活。"
    assert detect(body) == []
    body = "吴刚强调，以新兴市场国家为代表的发展中国家群体性崛起，正在改变世界格局。"
    assert detect(body) == []
    # 就是要 before a task is still what the task requires.
    body = "吴刚强调，抓党建，就是要做好基层组织建设。"
    assert [d.text[:4] for d in detect(body)] == ["抓党建，"]


def test_chinas_representative_speaks_a_foreign_one_does_not() -> None:
    body = "中方代表发言指出，必须解决好导致冲突的根源性问题。"
    assert [d.attrs["issuer"] for d in detect(body)] == ["中方代表"]
    body = "某国代表发言指出，必须立即停火。"
    assert detect(body) == []


def test_directives_in_talks_are_foreign_affairs_whatever_field_they_name() -> None:
    """The codebook's rule 2: a proposal to a foreign side is foreign affairs, climate and trade included."""
    body = (
        "钱涛同来访的外国总统举行会谈。\n钱涛指出，双方要深化双边合作，推动两国关系发展。"
        "双方要加强旅游合作，让合作成果惠及两国人民。"
        "双方要加强气候变化、绿色转型、生态环境保护、节能减排合作。"
    )
    topics = [d.attrs["topic"] for d in detect(body, title="钱涛同外国总统会谈")]
    assert topics == ["对外事务"] * 3
    # At home the same fields keep their areas: foreign trade asked of Chinese bodies is trade.
    body = "会议要求，各地要稳住外贸外资基本盘，扩大进口。要加强生态环境保护，推进节能减排。"
    topics = [d.attrs["topic"] for d in detect(body, title="省政府召开常务会议")]
    assert topics == ["商贸、海关、旅游", "城乡建设、环境保护"]
    body = "省委常委会议强调，要加强旅游合作，发展乡村旅游。"
    assert [d.attrs["topic"] for d in detect(body)] == ["商贸、海关、旅游"]


def test_a_group_described_first_is_who_must_act() -> None:
    body = "马林指出，中法都是多边主义的倡导者和受益者，应共同反对单边主义。"
    assert [d.attrs["addressee"] for d in detect(body)] == ["中法"]
    body = "马林指出，中国和意大利同为文明古国，要加强文化交流。"
    assert [d.attrs["addressee"] for d in detect(body)] == ["中国和意大利"]
    # A thing described first is no one who acts.
    body = "马林指出，发展是第一要务，要抓好重大项目建设。"
    assert [d.attrs["addressee"] for d in detect(body)] == [""]


def test_a_guest_who_supports_the_leaders_initiative_does_not_make_the_leader_foreign() -> None:
    # The Tagger finds the names; "西班牙积极支持习近平主席提出的…" is what the guest's country does.
    from gui.core.tagging import Tagger

    body = (
        "国家主席习近平会见西班牙首相桑切斯。\n习近平指出，双方要把握机遇，加强贸易、新能源等领域合作。\n"
        "桑切斯表示，西班牙积极支持习近平主席提出的全球发展倡议，愿同中方密切沟通协作。"
    )
    directives = Tagger().tag(body)[1]
    assert [(d.text[:6], d.attrs["issuer"]) for d in directives] == [("双方要把握机", "习近平")]


def test_a_foreign_party_leader_stays_foreign_whatever_his_titles_say() -> None:
    from gui.core.tagging import Tagger

    body = "越共中央总书记、国家主席苏林表示，越中两国要加强战略对接。"
    assert Tagger().tag(body)[1] == []


def test_a_guest_named_after_what_he_is_doing_is_foreign() -> None:
    from gui.core.tagging import Tagger

    body = (
        "国家主席习近平同来华进行国事访问的美国总统特朗普举行会谈。\n特朗普表示，两国应该深化相互理解，增进人民友好。"
    )
    assert Tagger().tag(body)[1] == []


def test_a_premier_citing_the_president_keeps_speaking_and_his_points_state_or_instruct() -> None:
    from gui.core.tagging import Tagger

    body = (
        "李强表示，正如习近平主席指出，这是一个充满挑战的时代。\n"
        "第一，市场已成稀缺资源，但又可以被不断创造。我们应当坚持开放精神，扩大自由贸易。\n"
        "第二，发展必然伴随竞争，但良性竞合可以带来互利共赢。"
    )
    assert [(d.text[:6], d.attrs["issuer"]) for d in Tagger().tag(body)[1]] == [("我们应当坚持", "李强")]


def test_a_name_spelt_in_transliteration_is_a_foreigners_without_a_title() -> None:
    from gui.core.tagging import Tagger

    body = "以色列总理办公室发表声明。内塔尼亚胡表示，以方必须继续推进军事行动。"
    assert Tagger().tag(body)[1] == []


def test_three_sides_are_addressed_like_two() -> None:
    from gui.core.tagging import Tagger

    body = "李强指出，双方要密切高层往来。中老泰铁路联通是三国人民的共同心愿，三方要共同打造好这一标志性项目。"
    found = [(d.text[:4], d.attrs["addressee"]) for d in Tagger().tag(body)[1]]
    assert found == [("双方要密", "双方"), ("中老泰铁", "三方")]


def test_a_run_of_intent_goes_on_until_a_modal_or_a_numbered_point() -> None:
    from gui.core.tagging import Tagger

    body = (
        "习近平强调，中方愿同塔方一道，推动两国关系持续发展。持续深化互联互通合作。深化矿产资源合作，提升农业合作水平。"
        "双方将在地区问题上继续加强沟通和协调。一是坚定相互支持，打造更高水平双边关系。中塔双方要加强执法安全合作。"
    )
    found = [d.text[:5] for d in Tagger().tag(body)[1]]
    assert found == ["一是坚定相", "中塔双方要"]


def test_members_speaking_in_a_session_suggest() -> None:
    from gui.core.tagging import Tagger

    body = (
        "全国政协常委会举行全体会议，王沪宁出席。马建堂常委发言提出，坚持和完善基本经济制度。"
        "南存辉常委代表全国工商联发言建议，民营企业要坚定信心。王沪宁强调，人民政协要凝聚共识。"
    )
    assert [(d.text[:5], d.attrs["issuer"]) for d in Tagger().tag(body)[1]] == [("人民政协要", "王沪宁")]


def test_chinas_commitments_are_intent_and_a_leaders_abandon_list_instructs() -> None:
    from gui.core.tagging import Tagger

    body = (
        "赵乐际强调，我们要摒弃冲突对抗，开创和平安宁的美好未来；摒弃封闭排他，开创合作共赢的美好未来。\n"
        "赵乐际指出，中国将着力推动高质量发展，扩大高水平对外开放。坚持扩大内需，不断释放超大规模市场红利；"
        "坚持创新发展，不断激发增长动能。"
    )
    assert [d.text[:4] for d in Tagger().tag(body)[1]] == ["我们要摒", "摒弃封闭"]


def test_directives_addressed_to_two_sides_are_foreign_affairs() -> None:
    # Once in a story about something else: the addressee, or two states acting in its words, decides.
    body = "李明在省里调研生态环境保护工作。李明指出，中欧双方要加强绿色低碳合作，推动节能减排。"
    assert [d.attrs["topic"] for d in detect(body)] == ["对外事务"]
    body = "李明在调研时强调，要办好中文教育项目，支持两国高校联合培养本土师资。"
    assert [d.attrs["topic"] for d in detect(body)] == ["对外事务"]
    # 中 opening a Chinese body or group is no pair of states.
    body = "会议要求，中小企业要加快数字化转型。中央企业要加大研发投入，加强关键核心技术攻关。"
    topics = [d.attrs["topic"] for d in detect(body)]
    assert "对外事务" not in topics and len(topics) == 2


def test_two_parties_at_home_are_no_foreign_sides() -> None:
    body = (
        "会议强调，要依法保障劳资双方合法权益，构建和谐劳动关系。要搭建供需双方对接平台，促进高校毕业生就业。"
        "要学习借鉴各国先进经验，加快建设现代化产业体系。"
    )
    topics = [d.attrs["topic"] for d in detect(body)]
    assert len(topics) == 3 and "对外事务" not in topics
