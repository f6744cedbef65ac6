"""The evidence `name_spotter` weighs: words and characters around and inside a name,
and the score each kind adds.

These are the tables tuned on the evaluation pages (benchmarks/eval_entities.py); the
spotter's code reads them and does not repeat them. A stretch of text is a name when
its shape score plus its left and right context scores reach `ACCEPT`.
"""

from __future__ import annotations

from gui.core.nlp.names import ACTION_WORDS, REPORTER_WORDS
from gui.core.nlp.tokens import word_set

# Words right after a name that mark it as one (besides the action words and posts).
AFTER_NAME = ACTION_WORDS | word_set(
    "等人 同志 先生 女士 夫人 小姐 教授 博士 院士 老师 医生 大夫 烈士 主演 报道 一行 及其 本人 父子 夫妇 "
    "说道 笑着说 坦言 回忆 解释 感慨 补充 承认 强调指出 当选 出任 担任 任 兼任 获得 荣获 夺得 率领 带领 "
    "来到 走进 会见 会谈 看望 参加 出席 主持 访问 抵达 离开 去世 逝世 诞辰 生前 曾 也 还 则 却 便 又 都 已 "
    "建议 提议 访华 访美 执导 撰文 回答 补充说"
)
# Of those, the ones that say little by themselves (也, 还, 在: also after places and things).
WEAK_AFTER = word_set("在 也 还 则 却 便 又 都 已 曾 等 任 兼 作 答 称 代表 委员 说明 要求 希望 总结 检查 一行")

# Words right before a name that mark it as one (besides posts and reporters).
BEFORE_NAME = REPORTER_WORDS | word_set(
    "委员 代表 会见 会晤 看望 慰问 陪同 邀请 接见 拜会 宴请 致电 致信 祝贺 感谢 告诉 问 叫 名叫 名为 "
    "作者 选手 球员 教练 主教练 队长 名将 老将 新秀 外援 前锋 后卫 门将 棋手 作家 诗人 画家 演员 歌手 导演 "
    "编剧 艺术家 学者 专家 院士 教授 博士 老师 医生 农民 工人 职工 村民 居民 战士 烈士 同学 同志 先生 女士 "
    "丈夫 妻子 儿子 女儿 父亲 母亲 老伴"
)
# Words before a name that say little by themselves.
WEAK_BEFORE = word_set("和 与 同 及 以及 跟 对 向 由 请 为 是 被 让 给 把 将 据 和平 像 找 见到")

# Characters that end place and organisation names, never a person's as written in the news.
NOT_NAME_ENDINGS = frozenset(
    "县村镇乡区市省州路街巷寺庙站厂店队团部局处科组系室所校馆院杯赛港湾楼桥门台报社业型性式率量证岛湖"
)
# Last characters of rivers and mountains, also of given names (白龙江, 孙洪山): not without a context.
PLACE_LIKE = frozenset("江河海山峰岭")
# Given-name characters that make a two-character name implausible (万人, 胡老, 叶裂).
NOT_SHORT_GIVEN = frozenset("老总某氏家姓族类型转等群众方军队省市县区乡镇村里头部外内前后上下中")

# Scores: the shape of a stretch, then what its context adds.
ACCEPT = 2.0
SHAPE_SCORES = {
    "new2": 2.0,  # surname + two characters, a new word to jieba
    "new1": 0.5,  # surname + one character, a new word to jieba
    "new_common": 0.5,  # ... whose given name is an everyday word (党 + 永葆)
    "dict_rare": 2.0,  # a person word of jieba's dictionary, seen rarely
    "dict_known": 2.0,  # ... seen often (江泽民, 叶利钦)
    "dict_common": 0.5,  # ... made of everyday words (雷 + 阵雨, 安全 + 性)
    "dict1": 0.5,  # ... of a surname and one character (彭真; also 师生, 高峰)
    "dict_odd": 0.5,  # ... tagged otherwise (金正日: nz)
    "pieces2": 0.5,  # a surname and pieces of other words
    "pieces1": 0.0,  # a surname and a piece of one character
    "compound": 1.5,  # a compound surname (欧阳, 上官) and one or two characters
    "named": 2.0,  # a known name opening a word (邓小平理论)
    "foreign_dot": 2.0,  # transliteration parts joined by · or - (约翰·梅杰)
    "foreign_known3": 1.5,  # a foreign name of jieba's, three characters or more (克林顿)
    "foreign_known2": 0.5,
    "foreign_new3": 1.5,  # a new word of transliteration characters
    "foreign_new2": 0.5,
    "foreign_place": 0.5,  # jieba's places, and some people (普京)
    "foreign_pieces3": 0.5,  # several words of transliteration characters (萨莫/拉诺)
    "foreign_pieces2": 0.0,
}
LEFT_SCORES = {
    "start": 0.0,
    "post": 1.5,
    "before": 1.5,
    "list": 0.0,
    "and": 0.0,
    "weak": 0.0,
    "locorg": -0.5,
    "de": 0.0,
    "punct": 0.0,
    "other": 0.0,
}
RIGHT_SCORES = {
    "place": -1.5,
    "char": -1.0,
    "end": 0.0,
    "post": 1.5,
    "verb": 1.5,
    "weak_verb": 0.5,
    "list": 0.0,
    "and": 0.0,
    "de": 0.0,
    "punct": 0.0,
    "other": 0.0,
}
LIST_CONTEXT = 1.5  # 、 or 和 between the stretch and an accepted name
SUBJECT_BONUS = 0.5  # the stretch opens a clause and a verb of speaking or attending follows

AND = word_set("和 与 及 以及")
# Endings of words that name a post or a role (国务卿, 戏剧家, 运动员).
POST_ENDINGS = ("国务卿", "大臣", "首相", "议员", "家", "员", "长", "手", "将")
ET_CETERA = word_set("等 等等")
# Words after a place's name, never after a person's.
PLACE_AFTER = word_set(
    "省 市 县 区 州 镇 乡 村 地区 一带 方向 附近 境内 郊区 港 机场 油田 水电站 大坝 河 湖 山 岛 遗址 景区 公园 "
    "大桥 大街 路 街 战役 会战 前线"
)
PEOPLE_NOUNS = word_set("人 同志 领导 领导同志 人员 干部 代表 委员 专家 学者 老同志 一行")
PLACE_NOUNS = word_set("地 国 省 市 县 区 城市 地区 国家 省份 地方 方面 方向 领域 行业 企业 单位 部门")
# Last characters of foreign places, not people (毛伊岛, 卢浮宫).
FOREIGN_PLACE_ENDINGS = frozenset("岛湖河江山港湾城堡州省市县镇村区宫寺庙馆园路街峰岭洲社")
# Second characters of a place named after a family (凌家滩, 黄家湖).
FAMILY_PLACE_ENDINGS = frozenset("滩湾岭湖河沟庄村寨坪堡坡塘嘴山屯桥渡集店营圩坝岗台洲")
# Endings of jieba words that open with a person's name (邓小平理论, 克林顿政府).
NAMED_AFTER = ("理论", "思想", "主义", "政府", "同志", "时代")
SHORT_SHAPES = frozenset(
    ("new1", "dict1", "pieces1", "foreign_known2", "foreign_new2", "foreign_pieces2", "foreign_place")
)
# Characters between two names of a list.
LIST_JOINERS = frozenset("、和与及")
NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数")
HYPHENS = frozenset("-－‐")
NAME_DOTS = frozenset("·•・") | HYPHENS
# Verbs and conjunctions jieba's HMM glues to the end of a name it does not know (赵华说, 雷斯及).
GLUED_VERBS = frozenset("说称等")
GLUED_ADVERBS = frozenset("均都也亦则还已曾将")
GLUED = GLUED_VERBS | GLUED_ADVERBS | frozenset("和及与")
# Prepositions and conjunctions jieba's HMM glues to the start of a foreign name (同别|尔德穆哈梅多夫).
GLUED_LEFT = frozenset("同和与及对向在给跟被")
# Characters never in a given name that jieba cut as one word (龚育之 and 陈和生 may hold 之 and 和),
# and in one made of pieces of words.
NOT_IN_GIVEN_WORD = frozenset(
    "愿各的了在是为对将把被也都还就又向从到以其这那们要不没我你他她它会省市县区过着人老总地得所而但却已曾让使给往朝按据因于称"
)
NOT_IN_GIVEN = frozenset(
    "的了在是和与及等说为对将把被也都还就又向从到以之其这那们要不没我你他她它会省市县区过着人老总地得所而但却已曾让使给往朝按据因于称"
)
# Compound surnames that are everyday words or places (东方, 西门, 百里, 濮阳).
COMMON_COMPOUNDS = frozenset(("东方", "西门", "南门", "东宫", "百里", "司空", "即墨", "濮阳", "公门", "东里", "南荣"))
# One-character names of countries and unions before 方 or 军 (a side in talks, an army: 欧方, 斯方, 乌军).
SIDE_ABBREVIATIONS = frozenset(
    "乌韩印蒙巴越叙柬朝俄美日英法德意加澳马泰菲以伊埃土沙中欧斯洪哈吉塔老缅新南墨智秘古委哥尼肯坦赞安刚苏希葡西荷比瑞挪丹芬"
    "波捷匈罗保塞克白格亚约黎卡科阿"
)
