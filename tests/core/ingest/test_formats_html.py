"""Saved web pages of news and government sites (../shared/data/formats/html): the article, not the site."""

from __future__ import annotations

import email.generator
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from helpers import SHARED_DATA

from gui.core.errors import InputError
from gui.core.ingest import parse_file
from gui.core.ingest.furniture import is_furniture, is_page_footer
from gui.core.ingest.webpage import cut_site_suffix, read_webpage
from gui.core.library import Library

HTML = SHARED_DATA / "formats" / "html"
needs_samples = pytest.mark.skipif(not HTML.is_dir(), reason=f"the sample pages are not at {HTML}")

# file: (title, published, a sentence of the body, byline, dateline)
PAGES = {
    "xinhuanet_france_strike.html": (
        "法国全国大罢工再次严重影响交通",
        "2019-12-10",
        "巴黎大众运输公司说，全巴黎16条地铁线路有10条停运，公交车发车频次仅为平日的一半。",
        "新华社巴黎12月9日电（记者唐霁）",
        "12月9日",
    ),
    "xinhuanet_wuhan_c_1125597921.html": (
        "武汉的声音：有英勇的你，才有英雄的城！",
        "2020-02-19",
        "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）",
        "",
        "",
    ),
    "banyuetan_yiyang.html": (
        "益阳：“数字”是优长",
        "2020-01-02",
        "益水之阳，是名益阳。",
        "半月谈记者 史卫燕",
        "",
    ),
    "chinadaily_sino_us.html": (
        "外国专家：中美合作共赢符合国际社会利益",
        "2023-11-17",
        "美方需要作出更令人放心的承诺，并采取更多令人安心的行动。",
        "中国日报网",
        "",
    ),
    "govcn_gongbao_2007_23.html": (
        "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议",
        "2007-08-20",
        "会议决定：批准发行15500亿元特别国债购买外汇，批准2007年末国债余额限额调整为53365.53亿元。",
        "",
        "",
    ),
    "shanxi_gov_20190918.html": (
        "山西品牌丝路行（南美站）正式启动",
        "2019-09-18",
        "巴西华人协会会长张伟表示，圣保罗有20多万华商。",
        "山西日报",
        "",
    ),
    "zj_deqing_fgw_20161122.html": (
        "1-10月德清县固定资产投资结构趋稳趋优",
        "2016-11-22",
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%，位列三县两区第一。",
        "省发改委",
        "",
    ),
    "cmse_gov_20120624.html": (
        "天宫一号与神舟九号载人交会对接任务第二场新闻发布会",
        "2012-06-24",
        "很高兴又一次和大家见面。",
        "",
        "",
    ),
    "cjn_wuhan_20201004.html": (
        "外媒眼中的武汉长假：蓬勃发展，欢声笑语",
        "2020-10-04",
        "国庆中秋长假过半，但外媒关注武汉的热情不减，“中国”“武汉”依然频频出现在各大主流媒体的新闻报道中。",
        "长江网",
        "10月4日",
    ),
    "sxmu_jianchafa_20180517.html": (
        "中华人民共和国监察法",
        "2018-05-17",
        "第六十九条　本法自公布之日起施行。《中华人民共和国行政监察法》同时废止。",
        "",
        "",
    ),
}
# Words of the sites around the articles, never in a body.
SITE_WORDS = ("责任编辑", "【纠错】", "版权所有", "分享到", "扫一扫", "ICP备", "主办单位", "相关新闻", "热帖", "打印")


@needs_samples
@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_sample_page_gives_its_article(name: str) -> None:
    title, published, sentence, byline, dateline = PAGES[name]
    parsed = parse_file(HTML / name)
    assert len(parsed.articles) == 1
    article = parsed.articles[0]
    assert article.title == title
    assert article.published == published
    assert sentence in article.body
    assert article.byline == byline
    assert article.dateline == dateline
    assert article.source_path == str((HTML / name).resolve())
    assert len(article.source_hash) == 64


@needs_samples
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_page_furniture_is_left_in_a_body(name: str) -> None:
    article = parse_file(HTML / name).articles[0]
    lines = article.body.split("\n")
    assert not [line for line in lines if is_furniture(line) or is_page_footer(line)]
    assert not [word for word in SITE_WORDS if word in article.body]
    # The title is the headline, not the body's first line; no line is empty.
    assert lines[0] != article.title and all(line.strip() for line in lines)


def test_the_site_name_leaves_the_title_but_a_hyphen_between_numbers_stays() -> None:
    assert cut_site_suffix("法国全国大罢工再次严重影响交通-新华网") == "法国全国大罢工再次严重影响交通"
    assert cut_site_suffix("外媒眼中的武汉长假_首页武汉_新闻中心_长江网_cjn.cn") == "外媒眼中的武汉长假"
    assert cut_site_suffix("1-10月德清县固定资产投资结构趋稳趋优") == "1-10月德清县固定资产投资结构趋稳趋优"
    assert cut_site_suffix("两会代表热议高质量发展 | 人民网") == "两会代表热议高质量发展"
    assert cut_site_suffix("奋进新征程——记某某 - 人民网") == "奋进新征程——记某某"  # a dash of the title stays


@needs_samples
def test_a_law_on_a_page_keeps_its_chapters_as_lines_and_its_issuer() -> None:
    law = parse_file(HTML / "sxmu_jianchafa_20180517.html").articles[0]
    lines = law.body.split("\n")
    assert "第一章　总　则" in lines and "第九章　附　则" in lines
    resolution = parse_file(HTML / "govcn_gongbao_2007_23.html").articles[0]
    assert resolution.issuer == "全国人民代表大会常务委员会"
    assert resolution.body.startswith("（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）")


def _page(body: str, charset: str = "utf-8", title: str = "测试页") -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}</title>'
    return f"<html><head>{head}</head><body>{body}</body></html>"


ARTICLE = (
    "<div id='zoom'><p>新华社北京11月17日电 国务院办公厅日前印发通知，"
    "要求各地做好冬季供暖保障工作，确保群众温暖过冬。</p>"
    "<p>通知指出，各地要加强煤炭和天然气供应，完善应急预案。</p><p>【纠错】 【打印】</p><p>（责任编辑：张三）</p></div>"
)


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("utf-8", "gb2312"), ("gbk", "utf-8"), ("gb18030", "gb2312"), ("utf-8", "utf-8")],
)
def test_the_real_encoding_wins_over_the_declared_one(tmp_path: Path, encoding: str, declared: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_page(ARTICLE, declared, "冬季供暖保障-中国政府网").encode(encoding))
    article = parse_file(path).articles[0]
    assert article.title == "冬季供暖保障"
    assert article.body.startswith("新华社北京11月17日电 国务院办公厅日前印发通知")
    assert article.dateline == "11月17日"
    assert "纠错" not in article.body and "责任编辑" not in article.body


POLICY = """<div class="pages_content" id="UCAP-CONTENT"><table>
<tr><td>索 引 号：</td><td>000014349/2020-00001</td><td>主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2020年01月07日</td></tr>
<tr><td>标　　题：</td><td>国务院办公厅关于印发某某方案的通知</td></tr>
<tr><td>发文字号：</td><td>国办发〔2020〕1号</td><td>发布日期：</td><td>2020年01月10日</td></tr></table>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>经国务院同意，现将《某某方案》印发给你们，请认真贯彻执行。</p>
<p>国务院办公厅</p><p>2020年1月7日</p></div>"""


def test_a_policy_pages_header_block_becomes_metadata(tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text(_page(POLICY, title="国务院办公厅关于印发某某方案的通知_政府信息公开专栏"), encoding="utf-8")
    article = parse_file(path).articles[0]
    assert article.doc_number == "国办发〔2020〕1号"
    assert article.issuer == "国务院办公厅"
    assert article.published == "2020-01-10"
    assert article.title == "国务院办公厅关于印发某某方案的通知"
    assert article.body.startswith("各省、自治区、直辖市人民政府")
    assert "发文字号" not in article.body and "索" not in article.body.split("\n")[0]


LIST_PAGE = (
    "<ul>"
    + "".join(f"<li><a href='/a{i}.html'>第{i}条新闻标题</a> 2024-01-{i:02d}</li>" for i in range(1, 29))
    + "</ul>"
)
NEWS_LIST = (
    "<div id='zoom'>"
    + "".join(
        f"<p><a href='/n{i}.html'>第{i}号新闻</a></p>"
        f"<p>各地认真贯彻落实会议精神，推动第{i}项工作取得实效。</p><p>2024-02-{i:02d}</p>"
        for i in range(1, 13)
    )
    + "</div>"
)
LOGIN_PAGE = "<form><p>用户登录</p><input name='u'><input type='password' name='p'><button>登录</button></form>"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (LIST_PAGE, "a page of links, such as a list or an index"),
        (NEWS_LIST, "a page of links, such as a list or an index"),
        (LOGIN_PAGE, "a login page"),
    ],
)
def test_a_page_that_is_no_article_is_refused_with_its_reason(tmp_path: Path, body: str, reason: str) -> None:
    path = tmp_path / "index.html"
    path.write_text(_page(body), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert str(caught.value) == f"{path}: not an article ({reason})"


def test_a_batch_goes_on_past_bad_pages_and_stores_nothing_of_them(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a_list.html").write_text(_page(LIST_PAGE), encoding="utf-8")
    (folder / "b_login.htm").write_text(_page(LOGIN_PAGE), encoding="utf-8")
    (folder / "c_article.html").write_text(_page(ARTICLE, title="供暖"), encoding="utf-8")
    (folder / "c_article_files").mkdir()  # a browser's folder of the saved page's scripts
    (folder / "c_article_files" / "frame.html").write_text(_page(ARTICLE, title="框架"), encoding="utf-8")
    (folder / "d_binary.html").write_bytes(b"\x00\x01\x02" * 100)
    before = library.store.count_articles()
    report = library.import_paths([folder])
    assert report.added == 1 and library.store.count_articles() == before + 1
    assert len(report.problems) == 3
    assert all(problem.startswith(str(folder)) and problem.count("\n") == 0 for problem in report.problems)


def test_a_web_archive_gives_its_page_and_address(tmp_path: Path) -> None:
    message = EmailMessage(policy=email.policy.default)
    message["Snapshot-Content-Location"] = "https://www.gov.cn/zhengce/content/2020-01/10/content_1.htm"
    message.set_content(_page(ARTICLE, title="冬季供暖保障-中国政府网"), subtype="html", charset="utf-8")
    out = io.BytesIO()
    email.generator.BytesGenerator(out, policy=email.policy.default).flatten(message)
    path = tmp_path / "page.mhtml"
    path.write_bytes(out.getvalue())
    article = parse_file(path).articles[0]
    assert article.url == "https://www.gov.cn/zhengce/content/2020-01/10/content_1.htm"
    assert article.title == "冬季供暖保障"
    assert "各地要加强煤炭和天然气供应" in article.body


def test_the_saved_from_address_is_kept() -> None:
    page = "<!-- saved from url=(0040)http://www.news.cn/2024-01/01/c_1.htm -->\n" + _page(ARTICLE)
    assert read_webpage(page.encode(), "x.html")[0].url == "http://www.news.cn/2024-01/01/c_1.htm"
