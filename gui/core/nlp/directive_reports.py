"""Policy news told without a speaker: notices, campaigns and plans a body sets.

Brief items (国内联播快讯) and policy reports state what a body's notice, plan or
campaign sets without a speech verb: 三部门日前联合印发通知，明确鼓励各地…;
根据X最新政策，今天零时起，全面恢复…; X启动…专项执法行动，将强化…; 记者从X获悉，X将…;
X从今年6月起至12月，开展…行动. `report_frame` reads such a clause as the frame of
the body (or of the titled document) whose measures follow, so a measure needs no
modal — like 会议决定，…. Reports stay reports: a body that publishes statistics,
a report or a white paper (发布《…年度报告》) sets nothing, and what follows is told.

A brief item opens with its own headline line (白鹤滩水电站外送特高压输电通道全部建成投运,
no stop): `is_headline` says so, and the speaker of the item before ends there.
"""

from __future__ import annotations

import re

from gui.core.nlp import directive_lexicon as lex
from gui.core.nlp.directive_frames import Frame
from gui.core.nlp.directive_issuers import PLACE_NAME, Issuer

_HAN = lex.HAN
# A body, or several joined by 、 (自然资源部、国家林草局、国家能源局等三部门), or a province.
_JOINED = r"(?:(?:等[多一二两三四五六七八九十0-9]*|[一二两三四五六七八九十0-9]+)个?(?:部门|部委|单位))?"
# No verb inside a body's name: 引导政协委员围绕中共中央部署的… and 联动各级妇联开展… name no body.
_ORG = r"(?:" + lex.NOT_IN_BODY_NAME + r"[" + _HAN + r"、]){0,40}?" + r"(?:" + lex.ORG_END + r"|海关|机制)"
# 中央财政 funds and plans as a body does (中央财政继续安排专项资金，支持…; 中央财政将对…给予补助).
_FUNDER = r"(?:中央财政|(?:省|市|县)级财政|" + _ORG + ")"
_ORG_BODY = r"(?P<who>" + _FUNDER + _JOINED + ")"
# A place issues plans too (重庆近日发布…行动方案), but what it launches is an event, not a campaign.
# …or only how many (七部门近日联合印发通知).
_COUNTED = r"[一二两三四五六七八九十0-9]+个?(?:部门|部委)"
_BODY = r"(?P<who>(?:" + _FUNDER + "|" + PLACE_NAME.pattern + ")" + _JOINED + "|" + _COUNTED + ")"
_WHEN = r"(?:近日|日前|近期|今天|今日|昨天|当天|即日起|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:[（(][^）)]{1,12}[）)])?"
# Documents that set something; a report, a white paper or statistics set nothing.
_SETTING_DOC = (
    r"(?:通知|意见|办法|方案|规划|纲要|措施|举措|规定|细则|指南|指引|导则|计划|条例|决定|清单|公告|通告|要点)"
)
_ISSUED = re.compile(
    # 我国出台《…行动方案》: the country, of a titled document only (its title names the issuer).
    r"(?:"
    + _BODY
    + r"|我国(?="
    + _WHEN
    + r"(?:印发|出台|发布|制定)了?《))"
    + _WHEN
    + r"(?:首次|正式|再次|联合)?(?:印发|发出|下发|出台|发布|公布|制定)了?(?:关于[^，。；《》]{1,30}的)?"
    r"(?P<what>(?:联合)?(?:通知|公告|通告|举措|措施|意见|方案)|[^，。；《》]{2,40}?"
    + _SETTING_DOC
    + r"|《[^《》]{1,80}?"
    + _SETTING_DOC
    + lex.TITLE_YEARS
    + r"》)"
    r"(?:[（(]以下简称[^）)]{1,20}[）)])?"
)
# 《关于…的通知》发布，制定…; 今年初，《…实施方案》印发，…: a titled document put out, whose measures follow.
_PUBLISHED = re.compile(
    r"(?P<what>《[^《》]{1,80}?"
    + _SETTING_DOC
    + lex.TITLE_YEARS
    + r"》)"
    + _WHEN
    + r"(?:(?:正式|联合)?(?:向社会)?(?:印发|发布|出台|公布|下发)"
    + r"|(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?起(?:正式)?(?:实施|施行))"
)
# 根据国务院联防联控机制最新政策，…; 按照文化和旅游部相关通知，….
_ACCORDING = re.compile(
    r"(?:根据|按照|依据)(?P<who>(?:党中央|中共中央)(?:、国务院)?|"
    + _ORG
    + _JOINED
    + r")(?:最新|相关|有关|新)?(?:政策|通知|规定|要求|部署|公告|决定)"
)
# 根据《巴黎协定》，…应…; 根据两部门联合发布的《…行动方案》，…将…: what the document sets, told.
_ACCORDING_DOC = re.compile(
    r"(?:根据|依据|按照)(?:[^，。；《》]{0,30}的)?(?P<what>《[^《》]{2,60}》)(?:的?(?:规定|要求|部署|安排))?"
)
# 农业农村部今天启动…专项执法行动; 应急管理部启动…检查督导工作: a campaign and its measures.
_LAUNCHED = re.compile(
    _ORG_BODY
    + _WHEN
    # …在全国范围内启动…, …在河北石家庄启动…: where it starts.
    + r"(?:在[^，。；]{1,12}?(?:范围内|内|开始)?)?(?:联合|正式)?(?:启动|开展|部署开展|组织开展)[^，。；]{2,40}?"
    + r"(?:行动|工作|检查|调查|治理|活动|活动周|活动月|监测|整治|计划|工程)"
)
# 市场监管总局从今年6月起至12月，开展…: the body, then when; its measures follow.
_BODY_WHEN = re.compile(
    _ORG_BODY
    + r"(?:从[^，。；]{1,12}起(?:至[^，。；]{1,8})?|自[^，。；至]{1,12}(?:起)?至[^，。；]{1,10}"
    + r"|今年|近期|下一步|今后|年内)"
)
# 记者从海关总署获悉，中国海关将…; …获悉，今年我国将…; …。下一步，将…: the body's plan, told after what the
# reporter learned — a time or a subject before 将 (a bare 将 after what was done tells its effect).
_PLAN_AHEAD = (
    r"(?:(?:今年|明年|下一步|今后|接下来|下阶段)，?(?:"
    + _ORG
    + r"|我国|全国)?|(?:"
    + _ORG
    + r"|我国|全国))(?:还|也|今年|明年)?将"
)
_BODY_PLAN = re.compile(_PLAN_AHEAD)
_LEARNED = re.compile(r"记者" + _WHEN + r"从" + _ORG_BODY + r"(?:获悉|了解到)")
# 记者从今天（4月10日）举行的国务院政策例行吹风会上了解到: a briefing or a press conference, then its plans.
_LEARNED_AT = re.compile(
    r"记者"
    + _WHEN
    + r"从(?:[^，。；]{0,24}?(?:举行|召开)的)?(?P<who>["
    + _HAN
    + r"]{2,24}?(?:吹风会|发布会))上?(?:获悉|了解到)"
)
_SINCE = re.compile(r"([^，。；]{2,24}?起)，")
# 今年商务部将继续组织开展…: a government body states its own plan (not a date it will publish or hold something).
_BODY_WILL = re.compile(
    r"(?:今年|明年|今后|下一步|近期|下阶段|年内|接下来|[0-9]{4}年)?"
    # …or the departments of a kind across the country (全国公安交管部门), not 有关部门.
    + r"(?:"
    + _ORG_BODY
    + r"|(?P<kind>全国["
    + _HAN
    + r"]{2,8}部门))"
    + r"(?:还|也|今年|明年|下一步)?将(?!于|在[^，。；]{1,12}(?:举行|召开|举办|发布))"
    + r"(?!迎来|出现|达到|发布|公布|举行|召开|举办|开幕|闭幕|基本|初步|全面建成|建成|形成|成为)"
)
# 财政部、应急管理部紧急预拨1.4亿元…资金，重点支持两省做好…: what the money is to support.
_FUNDED = re.compile(
    # “十四五”期间中央财政每年投入…: over what time.
    r"(?:[^，。；]{1,12}?(?:期间|年内))?"
    + _ORG_BODY
    + _WHEN
    + r"(?:紧急|近日|日前|每年)?(?:共同|联合)?(?:继续|再次|还|将)?(?:预拨|下达|拨付|下拨|安排|投入)了?"
    # …安排中央预算内投资5000万元: the sum after the money's kind; 共同下达120亿元: the sum alone.
    + r"(?:[^，。；]{0,30}?(?:资金|补助|经费|投资)(?:[0-9０-９.]+(?:万|亿)*元)?|[0-9０-９.]+(?:万|亿)*元)"
)
# …，重点支持…: what the money is for.
_FUNDS_PURPOSE = re.compile(r"(?:重点|用于)?支持")
_BENEFITED = re.compile(r"受益|惠及|累计|覆盖")
# A sentence that opens with a year, 近年来, 去年 or 过去 tells what was done.
_PAST_OPENING = re.compile(r"(?:[0-9]{4}年|近年来|近几年|去年|过去|此前|[0-9一二三四五六七八九十]+年来)")


def _told_of_the_past(body: str, start: int) -> bool:
    begin = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
    return _PAST_OPENING.match(body, begin) is not None


# Not a government body stating its plan: 新一届政府 (a foreign one), 这家车企在…的…中心, 研究院, and not
# 党中央将科技创新摆在…位置 (将 as 把, told of the past).
_NOT_PLANNER = re.compile(r"^(?:这|该|那|其|新一届)|[的在]|政府$|党中央|研究院$|研究所$|学院$|医院$|大学$|公司$")
_DISPOSAL = re.compile(
    r"将(?:[^，。；]{1,24}?(?:摆在|放在|置于|摆到|放到|视为|看作)|[0-9０-９一二三四五六七八九十百千万]+[余多]?[项个件条家])"
)


def _plans_itself(who: str, text: str) -> bool:
    return not _NOT_PLANNER.search(who) and not _DISPOSAL.search(text)


_COUNTED_TASKS = re.compile(
    r"部署[0-9０-９一二三四五六七八九十]+[项条个方面]{1,2}[^，。；]{0,8}(?:工作|任务|举措|措施)$"
)
_DONE = re.compile(r"[^。；]*?(?:全部|全面|顺利|圆满|已经?|基本)完成[^。；，]{0,8}[。；]")


_STOP = re.compile(r"[。；！？]")
# …or the bodies of a kind it oversees (水利部门将…; 各级主管部门和服务机构将…).
# (外资机构将…, 评级机构将… are no such kind: a bare 机构 needs 各级/有关/相关/主管 before it.)
_KIND = r"(?:(?:各级|各地|全国|有关|相关|主管)[" + _HAN + r"]{0,6}?(?:部门|机构)|[" + _HAN + r"]{2,6}?部门)"
_KIND_AHEAD = _KIND + r"(?:和" + _KIND + r")?将"
_NEXT_PLAN = re.compile(r"[。；！？](?:" + _PLAN_AHEAD + "|" + _KIND_AHEAD + r")(?!于)")


def _paragraph_end(body: str, at: int) -> int:
    end = body.find("\n", at)
    return end if end >= 0 else len(body)


def _sentence_end(body: str, at: int) -> int:
    stop = _STOP.search(body, at)
    return stop.end() if stop else len(body)


_COUNTRY_PLAN = re.compile(r"(?:我国|中国|国家)将")
_EVENT = re.compile(r"(?:活动|调查|监测)$")
# A report stops being one: a report, a white paper, statistics.
_NOT_SETTING = re.compile(r"报告|白皮书|公报|年鉴|统计|名录|数据|榜单")
# Provinces that start an emergency response (广东、广西已分别启动防风Ⅲ级应急响应和防台Ⅳ级应急响应).
_PLACES_RESPOND = re.compile(
    r"(?P<who>(?:" + PLACE_NAME.pattern + r")(?:、(?:" + PLACE_NAME.pattern + r"))*)"
    r"(?:已经?|分别|均|同时|立即|紧急|及时|迅速|先后)*(?:启动|升级|提升|发布)[^，。；]{0,40}?(?:响应|预警)"
)


# A word every pattern of report_frame needs (its verb, 根据, 从…起, 今年…): a clause without
# one (most clauses) is no report, found by one search instead of seven matches.
_CUE = re.compile(
    r"印发|发出|下发|出台|发布|制定|公布|部署|指导各地|督促各地|获悉|了解到|根据|按照|依据|启动|开展|起|今年|近期|下一步|今后|年内|将|资金|补助|经费|投资"
    r"|下达|预拨|拨付|下拨|投入|推出|结合|持续"
)


def report_frame(body: str, start: int, end: int) -> Frame | None:
    """The body (or titled document) whose measures the rest of the sentence states, if the
    clause body[start:end] is a report of its notice, campaign or plan."""
    if not _CUE.search(body, start, end):
        return None
    text = body[start:end]
    m = _ISSUED.fullmatch(text)
    if m:
        what = m.group("what")
        if what.startswith("《"):
            # A titled document speaks for itself (guidelines: the document's full title).
            at = start + m.start("what")
            return Frame(Issuer(what, "DOC", (at, at + len(what))), None, decision=True)
        return Frame(_body_issuer(m, start), None, decision=True)
    m = _PUBLISHED.fullmatch(text)
    if m:
        return Frame(Issuer(m.group("what"), "DOC", (start, start + m.end("what"))), None, decision=True, once=True)
    m = _ACCORDING_DOC.fullmatch(text)
    if m and not _NOT_SETTING.search(m.group("what")):
        at = start + m.start("what")
        # Only where nobody speaks: 李强指出，根据《建议》，国务院编制了… is his account.
        return Frame(Issuer(m.group("what"), "DOC", (at, at + len(m.group("what")))), None, own_plan=True)
    m = _DEPLOYS.match(text)
    if m and len(text) > m.end() + 4:
        if _COUNTED_TASKS.match(text, m.end()):
            return Frame(_body_issuer(m, start), None, once=True)  # 部署49项重点工作，加速…: the tasks follow
        if text.startswith("部署", m.end()):
            return Frame(_body_issuer(m, start), start + m.end())
        # 商务部指导各地加强…: what the ministry asks of 各地, from 各地 on.
        return Frame(_body_issuer(m, start), start + m.end() + 2, asks=True)
    m = _LEARNED.fullmatch(text)
    if m and _BODY_PLAN.match(body, end + 1):
        # "记者从海关总署获悉，中国海关将…": the body's own plan; what else the reporter learned is told.
        return Frame(_body_issuer(m, start), None)
    if m and (since := _SINCE.match(body, end + 1)) and is_time(since.group(1)):
        # "记者从国铁集团获悉，今天18时起，全国铁路实行…": what the body puts in force from then.
        return Frame(_body_issuer(m, start), None, decision=True)
    if m and _NEXT_PLAN.search(body, end, _paragraph_end(body, end)):
        # "记者从生态环境部了解到，目前…完成整治。下一步，将…": told, then the body's plan (not the
        # effect of what was done: …正式对外开放。将进一步深化…合作).
        return Frame(_body_issuer(m, start), None)
    m = _LEARNED_AT.fullmatch(text)
    if m and _COUNTRY_PLAN.match(body, end + 1):
        # "记者从今天举行的国务院政策例行吹风会上了解到，我国将…": the briefing's account of the plan.
        at = start + m.start("who")
        return Frame(Issuer(m.group("who"), "MEETING", (at, at + len(m.group("who")))), None)
    m = _PLACES_RESPOND.fullmatch(text)
    if m and body.startswith("要求", end + 1):
        # 广东、广西已分别启动防风Ⅲ级应急响应…，要求相关渔港渔船…: the provinces ask, as governments.
        return Frame(_body_issuer(m, start), None, once=True)
    m = _FUNDED.fullmatch(text) or _FUNDED.match(text)
    if m and _told_of_the_past(body, start):
        m = None  # 2023年，省级财政安排…支持…; 近年来，…: what was funded, told
    if m and m.end() == len(text) and _FUNDS_PURPOSE.match(body, end + 1):
        return Frame(_body_issuer(m, start), None)
    if m and _FUNDS_PURPOSE.match(text, m.end()) and not _BENEFITED.search(body, end, _sentence_end(body, end)):
        # 省级财政安排4亿元专项资金支持…: in one clause (not a year's result: …支持…，项目受益超1400万人).
        return Frame(_body_issuer(m, start), start + m.end())
    m = _BODY_WILL.match(text)
    planner = ("who" if m.group("who") else "kind") if m else ""
    if m and m.start(planner) <= 4 and _plans_itself(m.group(planner), text) and not _NOT_SETTING.search(text):
        return Frame(_body_issuer(m, start, planner), start, own_plan=True)
    m = _CAMPAIGN_GOES_ON.match(text)
    # 活动将持续至11月20日。: how long it lasts, alone, is told.
    lasts = m is not None and _LASTS.match(text, m.end()) is not None and body.startswith("。", end)
    if m and not lasts and (launched := _launched_before(body, start)) is not None:
        # …启动…专项行动，…。专项行动将推出…; 活动结合…需求，推出…: the campaign's plan is its body's.
        return Frame(launched, start, decision=True, own_plan=True)
    for pattern in (_ACCORDING, _LAUNCHED, _BODY_WHEN):
        m = pattern.fullmatch(text)
        if m and not _NOT_SETTING.search(text):
            # An enforcement campaign's measures need no modal; an event (活动) or a survey
            # (调查, 监测) only names its body, whose plans (各地将…) may follow.
            setting = pattern is _ACCORDING or (pattern is _LAUNCHED and not _EVENT.search(text))
            # 根据党中央部署，…反馈工作近日全部完成: what was done under the plan, told.
            setting = setting and not _DONE.match(body, end + 1, _sentence_end(body, end))
            return Frame(_body_issuer(m, start), None, decision=setting)
    return None


_LASTS = re.compile(r"将?持续(?:至|到)")
_LEADING_WHEN = re.compile(r"(?:今天|近日|日前|昨天|当天)(?:[（(][^）)]{1,12}[）)])?，")
# 专项行动将推出…, 活动将持续到…，其间，将…, 活动结合…需求，推出…: the campaign launched just before, as subject.
_CAMPAIGN_GOES_ON = re.compile(
    r"(?:此次|本次|该|这次)?(?:专项)?(?:行动|活动)(?:期间)?(?:还|也)?(?=将|结合|推出|聚焦|持续(?:至|到))"
)


def _launched_before(body: str, start: int) -> Issuer | None:
    """The body that launched a campaign in the sentence before `start` (or the one before that, when it
    told of the campaign too: 活动将持续至11月20日。活动结合…), if it did."""
    end = body.rfind("。", 0, start)
    if end < 0 or body[end + 1 : start].strip("\n "):
        return None  # the campaign's sentence must follow in the same paragraph
    for _ in range(2):
        sentence = max(body.rfind("。", 0, end), body.rfind("\n", 0, end)) + 1
        when = _LEADING_WHEN.match(body, sentence, end)
        begin = when.end() if when else sentence
        m = _LAUNCHED.fullmatch(re.split(r"[，,；;]", body[begin:end], maxsplit=1)[0])
        if m is not None:
            return _body_issuer(m, begin)
        if sentence == 0 or not _CAMPAIGN_GOES_ON.match(body, begin, end) or body[sentence - 1] != "。":
            return None
        end = sentence - 1
    return None


def _body_issuer(m: re.Match[str], start: int, group: str = "who") -> Issuer:
    return Issuer(m.group(group), "ORG", (start + m.start(group), start + m.end(group)))


# 国家移民管理局部署深圳各口岸边检机关开足查验通道: the body asks; the words begin at 部署.
_DEPLOYS = re.compile(
    _ORG_BODY + _WHEN + r"(?:开始|已|正|正在|还|并|同时)?(?:在(?:全国|全省|全市|全系统))?(?=部署|指导各地|督促各地)"
)
# A clause that only says when: 今年, 到2025年, 4月至11月间, “十四五”期间, 今天（2月6日）零时起.
_TIME = re.compile(
    r"(?:今后|下一步|近期|年内|(?:展望|面向|放眼)?未来|(?:到|至|从|自)?(?:今年|去年|明年|[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?"
    r"(?:[0-9０-９]{1,2}日)?(?:[（(][^）)]{1,12}[）)])?(?:零时|[上下]午)?(?:至[^，。；]{1,8})?"
    r"(?:底|初|前|起|以来|期间|间|年底)?|(?:从|自)?(?:今天|今日|明天)(?:[（(][^）)]{1,12}[）)])?(?:零时|[0-9０-９]{1,2}时)?起(?:[到至][^，。；]{1,8})?|“[^”]{2,8}”期间)"
)


def is_time(text: str) -> bool:
    return len(text) >= 2 and bool(_TIME.fullmatch(text))


# 自6月1日起施行, 提出20条具体举措, 对…作出部署: a document summed up, not one of its measures.
_SUMMARY = re.compile(
    r"(?:提出|作出|明确|包括|涵盖|出台|推出|部署|[0-9０-９一二三四五六七八九十]+(?:条|项|个|方面|大|类))[^，。；]{0,20}"
    r"(?:措施|举措|部署|任务|要求|意见|条|项)$|施行$|起实施$"
)


def is_summary(text: str) -> bool:
    """What a document is or how many tasks it sets (提出20条具体举措, 自6月1日起施行) — not the tasks it
    names (加强…调查、提高…水平等8方面重点任务)."""
    if "、" in text and lex.IMPERATIVE.match(text):
        return False
    return bool(_SUMMARY.search(text))


def is_org(text: str) -> bool:
    """A government body or several by name (国务院安委会; 海关总署、商务部), not a place."""
    return bool(re.fullmatch(_ORG + _JOINED, text))


def is_body(text: str) -> bool:
    """A government body or several (海关总署、商务部; 中国海关), as the subject of a plan."""
    return bool(re.fullmatch(_BODY, text))


# 二、增加电煤储备; （三）…; 第二章 总则: a part of a document, not a brief item's headline.
_PART = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．](?![0-9])|第[一二三四五六七八九十百]+[章节条部分]"
)
_STOPS = tuple("。！？!?；;：:…”」』")


def is_headline(text: str) -> bool:
    """A brief item's own headline line: short, unpunctuated, no stop at its end — and neither a
    speech frame (会议强调) nor an instruction (要加强…) of a text that has lost its punctuation."""
    text = text.strip()
    return (
        0 < len(text) <= 40
        and not text.endswith(_STOPS)
        and not re.search(r"[，,。；;]", text)
        and not lex.SPEECH_END.search(text)
        and not lex.MARKER_RE.match(text)
        and not _PART.match(text)
        # 拓展未来产业赛道 上海以创新驱动高质量发展: a feature's heading of two phrases, whatever its verb.
        # 优化消费环境三年行动正式启动: what happened, however it opens.
        and (not lex.IMPERATIVE.match(text) or bool(_TWO_PHRASES.search(text)) or bool(_HAPPENED.search(text)))
    )


_HAPPENED = re.compile(r"(?:正式)?(?:启动|开幕|闭幕|举行|召开|上线|开通|建成|投运|落幕|揭晓)$")
_TWO_PHRASES = re.compile("[" + _HAN + "][ \u3000]+[" + _HAN + "]")
