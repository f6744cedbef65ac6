"""Page furniture: lines that sites and papers put around an article and that are not its text.

Update stamps (更新时间：2023-09-04T14:18:08.371Z, the last line of every 新闻联播
transcript), editor credits (责任编辑：…), and the correction, print, close and share
links of news sites (【纠错】 【打印】 分享到：). Only whole lines are furniture: the same
words inside a sentence are text.
"""

from __future__ import annotations

import re

# Words of the link rows of news sites, alone or several on one line, bracketed or not.
_LINK_WORDS = (
    r"纠错|打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|收藏|分享|分享到|返回顶部|返回首页|返回|"
    r"我要纠错|字号|字体|大|中|小|放大|缩小|默认|扫一扫在手机打开当前页|用手机看|手机看|微信|微博"
)
_LINK_ROW = re.compile(rf"^(?:[【\[［]\s*(?:{_LINK_WORDS})(?:[:：][^】\]］]{{0,12}})?\s*[】\]］]\s*)+$")
_BARE_LINKS = re.compile(r"^(?:(?:打印本页|关闭窗口|返回顶部|扫一扫在手机打开当前页|我要纠错)\s*)+$")
_SHARE = re.compile(r"^(?:分享到|分享至)\s*[:：]?.{0,40}$")
_STAMP = re.compile(
    r"^[（(【\[]?\s*(?:更新时间|最后更新|编辑时间)\s*[:：]\s*"
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?\s*[）)】\]]?$"
)
_CREDIT = re.compile(
    r"^[（(【\[]?\s*(?:责任编辑|责编|编辑|校对|美编|审核|监制|值班编辑|网络编辑|审校)\s*[:：]\s*"
    r"[^，。；！？,;!?（）()【】]{0,30}?\s*[）)】\]]?$"
)

# A newspaper page's editors and mailbox: 本版责编：马 涌, 一版责编：… 二版责编：…, 本版邮箱：….
_PAGE_CREDIT = re.compile(r"^(?:本版|[一二三四五六七八九十\d]{1,3}版)(?:责编|编辑|邮箱|图片编辑|美编)\s*[:：]")


def is_furniture(line: str) -> bool:
    """True for a whole line that is page furniture, not article text."""
    text = line.strip()
    if not text or len(text) > 80:
        return False
    return any(p.match(text) for p in (_STAMP, _CREDIT, _PAGE_CREDIT, _LINK_ROW, _BARE_LINKS, _SHARE))


# Site footers and copyright lines; related-link headings after which a page lists other articles.
_FOOTER = re.compile(
    r"^(?:版权所有|Copyright|©|（c）|\(c\)|主办单位|承办单位|运行维护单位|网站标识码|.{0,30}ICP备|.{0,20}公网安备"
    r"|未经.{0,30}(?:授权|许可|书面同意).{0,30}(?:转载|使用|复制|镜像))",
    re.I,
)
RELATED = re.compile(
    r"^[【\[]?\s*(?:相关(?:新闻|阅读|稿件|链接|报道|文章|推荐)|延伸阅读|推荐阅读|热点推荐|猜你喜欢)\s*[】\]]?\s*[:：]?$"
)


def is_page_footer(line: str) -> bool:
    """A web page's copyright or site-owner line (版权所有, ICP备…), never article text."""
    text = line.strip()
    return 0 < len(text) <= 200 and bool(_FOOTER.match(text))
