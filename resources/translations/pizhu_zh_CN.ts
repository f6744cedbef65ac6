<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="22"/>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="27"/>
        <source>seeds/: a page of 山西日报 (Shanxi Daily), 25 March 2022, bundled as sample text for trying pizhu.</source>
        <translation>seeds/：《山西日报》2022 年 3 月 25 日的一个版面，随附作为试用 pizhu 的示例文本。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="35"/>
        <source>pizhu — MIT licence</source>
        <translation>pizhu — MIT 许可证</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="35"/>
        <source>Runs on:</source>
        <translation>所用组件：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="47"/>
        <source>About pizhu</source>
        <translation>关于 pizhu</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="55"/>
        <source>A reader and annotator for Chinese government news.</source>
        <translation>中文政务新闻的阅读与标注工具。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="57"/>
        <source>Library: {path}</source>
        <translation>资料库：{path}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="59"/>
        <source>Log: {path}</source>
        <translation>日志：{path}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="59"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/aboutdialog.py" line="71"/>
        <source>Licences of pizhu, its components and its bundled data:</source>
        <translation>pizhu、所用组件及随附数据的许可证：</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../../gui/window/activitylog.py" line="43"/>
        <source>Activity Log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../gui/window/activitylog.py" line="49"/>
        <source>Nothing has happened yet in this session.</source>
        <translation>本次会话中尚无活动。</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="40"/>
        <source>nominal</source>
        <translation>定类</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="41"/>
        <source>ordinal</source>
        <translation>定序</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="42"/>
        <source>interval</source>
        <translation>定距</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="43"/>
        <source>multi (MASI)</source>
        <translation>多选（MASI）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="46"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="59"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="47"/>
        <source>Level</source>
        <translation>测量层次</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="48"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="63"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="68"/>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="49"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="67"/>
        <source>Coders</source>
        <translation>编码员数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="50"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="60"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="70"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="51"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="52"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="61"/>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="53"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="62"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen&apos;s kappa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="54"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; kappa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="57"/>
        <source>Coder A</source>
        <translation>编码员 A</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="58"/>
        <source>Coder B</source>
        <translation>编码员 B</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="66"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="69"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="174"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="201"/>
        <source>Entities, all labels</source>
        <translation>实体（全部标签）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="183"/>
        <source>Directives found</source>
        <translation>指令识别</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="186"/>
        <location filename="../../gui/dialogs/agreementtables.py" line="192"/>
        <source>Directives: {attribute}</source>
        <translation>指令：{attribute}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementtables.py" line="202"/>
        <source>Entities: {label}</source>
        <translation>实体：{label}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="71"/>
        <source>Intercoder Agreement</source>
        <translation>编码员间信度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="83"/>
        <source>C&amp;oders</source>
        <translation>编码员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="83"/>
        <source>&amp;Variables</source>
        <translation>变量(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="108"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="109"/>
        <source>Coder Pairs</source>
        <translation>编码员两两比较</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="124"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="126"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="166"/>
        <source>alpha ≥ {reliable:.3f}: reliable</source>
        <translation>alpha ≥ {reliable:.3f}：可靠</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="167"/>
        <source>{tentative:.3f} ≤ alpha &lt; {reliable:.3f}: tentative conclusions only</source>
        <translation>{tentative:.3f} ≤ alpha &lt; {reliable:.3f}：仅可作初步结论</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="168"/>
        <source>alpha &lt; {tentative:.3f}: not reliable</source>
        <translation>alpha &lt; {tentative:.3f}：不可靠</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="176"/>
        <source>(Krippendorff&apos;s thresholds; the dashed lines in the chart)</source>
        <translation>（Krippendorff 的阈值，即图中虚线）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="197"/>
        <source>Check two or more coders to compare.</source>
        <translation>请勾选两位或更多编码员进行比较。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="200"/>
        <source>Check one or more variables.</source>
        <translation>请勾选一个或多个变量。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="208"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="266"/>
        <source>Entities and Directives</source>
        <translation>实体与指令</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="273"/>
        <source>{coders} coders, up to {units} units coded by two or more; 95% intervals from 1,000 bootstrap draws</source>
        <translation>{coders} 位编码员，最多 {units} 个单位由两位或更多编码员编码；95% 区间来自 1,000 次自助抽样</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="285"/>
        <source>Export Agreement</source>
        <translation>导出信度报告</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="285"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/agreementdialog.py" line="294"/>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>AlphaChart</name>
    <message>
        <location filename="../../gui/dialogs/agreementchart.py" line="141"/>
        <source>alpha {alpha} (95% interval: {interval})</source>
        <translation>alpha {alpha}（95% 区间：{interval}）</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../gui/reader/annotator.py" line="247"/>
        <source>Select some text first, then press a label key</source>
        <translation>请先选中文本，再按标签键</translation>
    </message>
    <message>
        <location filename="../../gui/reader/annotator.py" line="252"/>
        <source>Nothing selected: Tab goes to the next suggestion</source>
        <translation>未选中任何标注：按 Tab 转到下一条建议</translation>
    </message>
    <message>
        <location filename="../../gui/reader/annotator.py" line="273"/>
        <source>No suggestions left in this article</source>
        <translation>本文已没有待处理的建议</translation>
    </message>
    <message>
        <location filename="../../gui/reader/annotator.py" line="306"/>
        <source>Edit directive</source>
        <translation>编辑指令</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="51"/>
        <source>Cannot open the library.</source>
        <translation>无法打开资料库。</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="68"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="69"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="71"/>
        <location filename="../../gui/window/articlemodel.py" line="80"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="72"/>
        <source>Directives</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="76"/>
        <source>Ent.</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="77"/>
        <source>Dir.</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/window/articlemodel.py" line="81"/>
        <source>Directives: accepted/proposed</source>
        <translation>指令：已接受/建议</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <location filename="../../gui/window/jobs.py" line="65"/>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="71"/>
        <source>Import a folder of articles</source>
        <translation>导入文章所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="81"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="89"/>
        <location filename="../../gui/window/jobs.py" line="108"/>
        <source>{summary} (View → Activity Log)</source>
        <translation>{summary}（视图 → 活动日志）</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="92"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="94"/>
        <source>Some files or records could not be imported; see the details.</source>
        <translation>部分文件或记录未能导入，请查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../gui/window/jobs.py" line="110"/>
        <source>Re-tagging</source>
        <translation>正在重新标注</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../gui/insight/rankcharts.py" line="30"/>
        <source>No issuers under these filters</source>
        <translation>当前筛选条件下没有发布者</translation>
    </message>
    <message>
        <location filename="../../gui/insight/rankcharts.py" line="67"/>
        <source>No entities of this label under these filters</source>
        <translation>当前筛选条件下没有该标签的实体</translation>
    </message>
    <message>
        <location filename="../../gui/insight/rankcharts.py" line="72"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/rankcharts.py" line="73"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../../gui/insight/rankcharts.py" line="82"/>
        <source>{text}: {articles} articles, {mentions} mentions</source>
        <translation>{text}：{articles} 篇文章，提及 {mentions} 次</translation>
    </message>
    <message>
        <location filename="../../gui/insight/timechart.py" line="82"/>
        <source>No directives under these filters</source>
        <translation>当前筛选条件下没有指令</translation>
    </message>
</context>
<context>
    <name>CitingModel</name>
    <message>
        <location filename="../../gui/window/documents.py" line="102"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="102"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="102"/>
        <source>Role</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="114"/>
        <source>the document itself</source>
        <translation>文件本身</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="114"/>
        <source>cites it</source>
        <translation>引用该文件</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="57"/>
        <location filename="../../gui/dialogs/codebookdialog.py" line="197"/>
        <location filename="../../gui/dialogs/codebookdialog.py" line="265"/>
        <location filename="../../gui/dialogs/codebookdialog.py" line="386"/>
        <source>Codebook</source>
        <translation>编码表</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="71"/>
        <source>e.g. 1.0</source>
        <translation>如 1.0</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="78"/>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="103"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="104"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="105"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="106"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="181"/>
        <source>Library version {n}</source>
        <translation>文库中第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="181"/>
        <source>Not saved in this library yet</source>
        <translation>尚未保存到本文库</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="206"/>
        <source>{problem} (and {n} more problems)</source>
        <translation>{problem}（另有 {n} 个问题）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="224"/>
        <source>Key {key} of {variable} = {code} is the key of the label {label}: in the reader it tags, it will not code</source>
        <translation>{variable} = {code} 的按键 {key} 也是标签“{label}”的按键：在阅读区按它会标注实体，不会编码</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="238"/>
        <source>The library is open read-only: the codebook cannot be changed</source>
        <translation>文库以只读方式打开：不能修改编码表</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="240"/>
        <location filename="../../gui/dialogs/codebookdialog.py" line="271"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="242"/>
        <source>Fix the problem above to save</source>
        <translation>先解决上面的问题才能保存</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="244"/>
        <source>No changes to save</source>
        <translation>没有要保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="250"/>
        <source>Save as a new version (Ctrl+S)</source>
        <translation>保存为新版本（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="300"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="309"/>
        <source>{variable}: {n} codes</source>
        <translation>{variable}：{n} 条编码</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="329"/>
        <source>Codes would be deleted</source>
        <translation>将删除编码</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="315"/>
        <source>The changed codebook no longer accepts {n} codes already made:</source>
        <translation>修改后的编码表不再接受已有的 {n} 条编码：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="319"/>
        <source>Delete those codes and save, or cancel and keep editing?</source>
        <translation>删除这些编码并保存，还是取消并继续编辑？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="329"/>
        <source>Delete Those Codes and Save</source>
        <translation>删除这些编码并保存</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="327"/>
        <source>Not saved: the codes are kept</source>
        <translation>未保存：编码保持不变</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="81"/>
        <source>&amp;Codebook name</source>
        <translation>编码表名称(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="355"/>
        <source>Import Codebook</source>
        <translation>导入编码表</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="355"/>
        <source>Codebooks (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>编码表 (*.json *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="369"/>
        <source>Read {n} variables from {file}; Save makes them the library&apos;s codebook</source>
        <translation>已从 {file} 读入 {n} 个变量；保存后成为本文库的编码表</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="381"/>
        <source>Export Codebook</source>
        <translation>导出编码表</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="381"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="390"/>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="403"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="404"/>
        <source>The codebook has changes that are not saved.</source>
        <translation>编码表有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/codebookdialog.py" line="405"/>
        <source>Discard Changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>CoderSupport</name>
    <message>
        <location filename="../../gui/window/coders.py" line="41"/>
        <source>Coder: {name}</source>
        <translation>编码员：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="41"/>
        <source>Working alone</source>
        <translation>独立工作</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="53"/>
        <source>Merge coders&apos; assignment files</source>
        <translation>合并编码员的任务文件</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="55"/>
        <source>Assignment files (*.pizhu);;All files (*)</source>
        <translation>任务文件 (*.pizhu);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="68"/>
        <source>{coder}: {articles} articles ({changed} changed), {codes} codes</source>
        <translation>{coder}：{articles} 篇文章（{changed} 篇有变化），{codes} 个编码</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="75"/>
        <source>Nothing merged</source>
        <translation>没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="76"/>
        <source>{summary} (View → Activity Log)</source>
        <translation>{summary}（视图 → 活动日志）</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="79"/>
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
</context>
<context>
    <name>Coders</name>
    <message>
        <location filename="../../gui/window/coders.py" line="85"/>
        <source>Your name as a coder</source>
        <translation>您的编码员名称</translation>
    </message>
    <message>
        <location filename="../../gui/window/coders.py" line="87"/>
        <source>Your name, if you code with a team (your work is recorded under it).
Leave empty when you work alone. Settings changes it.</source>
        <translation>如果您与团队一起编码，请输入您的名称（您的工作将记录在此名下）。
独立工作时请留空。可在“设置”中更改。</translation>
    </message>
</context>
<context>
    <name>CodesPanel</name>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="197"/>
        <source>No codes of this variable under these filters</source>
        <translation>当前筛选条件下这个变量没有编码</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="218"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="237"/>
        <source>(not coded)</source>
        <translation>（未编码）</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="237"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="268"/>
        <source>Rows: a variable of the codebook</source>
        <translation>行：编码表中的一个变量</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="270"/>
        <source>Columns: another variable, or the first one over time</source>
        <translation>列：另一个变量，或第一个变量随时间的变化</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="273"/>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="273"/>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="273"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="275"/>
        <source>Count units not coded</source>
        <translation>统计未编码的单位</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="279"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="279"/>
        <source>by</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="282"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="282"/>
        <location filename="../../gui/insight/crosstab.py" line="335"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="301"/>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="348"/>
        <source>This library has no codebook yet. Make one with Tools → Codebook… (or pizhu codebook import FILE), code articles in the side panel, and cross-tabulate the codes here.</source>
        <translation>这个文库还没有编码表。请用“工具 → 编码表…”建立一个（或运行 pizhu codebook import FILE），在侧栏中为文章编码，然后在这里对编码做交叉表。</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="352"/>
        <source>The codebook has no variables with values (nominal, multiple choice, ordinal) to cross.</source>
        <translation>编码表中没有带取值的变量（单选、多选、定序），无法做交叉表。</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="354"/>
        <source>Nothing is coded yet with the codebook “{name}”. Code articles and directives in the side panel (a key per value); their crosstab shows here.</source>
        <translation>编码表“{name}”还没有任何编码。请在侧栏中为文章和指令编码（每个取值一个按键），交叉表会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="359"/>
        <source>articles</source>
        <translation>篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="359"/>
        <source>directives</source>
        <translation>条指令</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="360"/>
        <source>{n} {what} · cells: count and percentage of the row · click a cell to list its articles</source>
        <translation>{n} {what} · 单元格：数量和行百分比 · 点击单元格列出其文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="363"/>
        <source>a multiple-choice unit counts under each value chosen</source>
        <translation>多选的单位在所选的每个取值下各计一次</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="366"/>
        <source>χ² = {chi2}, df = {dof}, p = {p}, Cramér&apos;s V = {v}</source>
        <translation>χ² = {chi2}，自由度 = {dof}，p = {p}，Cramér&apos;s V = {v}</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="370"/>
        <source>(some expected counts are under 5: read p with care)</source>
        <translation>（部分期望频数小于 5：p 值仅供参考）</translation>
    </message>
</context>
<context>
    <name>CodingMixin</name>
    <message>
        <location filename="../../gui/reader/coding.py" line="118"/>
        <source>Nothing suggested here that is not coded yet</source>
        <translation>这里没有尚未编码的建议</translation>
    </message>
    <message>
        <location filename="../../gui/reader/coding.py" line="120"/>
        <source>Confirm suggested codes</source>
        <translation>确认建议的编码</translation>
    </message>
    <message>
        <location filename="../../gui/reader/coding.py" line="135"/>
        <source>No directives in this article</source>
        <translation>本文没有指示</translation>
    </message>
    <message>
        <location filename="../../gui/reader/coding.py" line="171"/>
        <source>{variable} takes a number</source>
        <translation>{variable}需填数字</translation>
    </message>
    <message>
        <location filename="../../gui/reader/coding.py" line="183"/>
        <source>Accept and code the directive</source>
        <translation>接受并编码该指示</translation>
    </message>
</context>
<context>
    <name>CodingPanel</name>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="105"/>
        <source>My note on this article</source>
        <translation>我对本文的备注</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="103"/>
        <source>My note on this article: a doubt, a borderline decision … (Ctrl+Shift+N; saved as you type)</source>
        <translation>我对本文的备注：疑问、难以判断之处……（Ctrl+Shift+N；输入即保存）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="166"/>
        <source>Article codes</source>
        <translation>文章编码</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="168"/>
        <source>Directive codes</source>
        <translation>指示编码</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="200"/>
        <source>suggested · Shift+Enter</source>
        <translation>建议 · Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="206"/>
        <source>&lt;br&gt;Required: the article cannot be marked done without it</source>
        <translation>&lt;br&gt;必填：未编码则文章不能标记为完成</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="222"/>
        <source>Suggested: {why}</source>
        <translation>建议：{why}</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="229"/>
        <source>a number, Enter saves</source>
        <translation>填数字，回车保存</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="229"/>
        <source>Enter saves</source>
        <translation>回车保存</translation>
    </message>
    <message>
        <location filename="../../gui/reader/codingpanel.py" line="248"/>
        <source>The key {key} belongs to a label of the current label set: click to code</source>
        <translation>键 {key} 已属于当前标签集的标签：请点击编码</translation>
    </message>
</context>
<context>
    <name>CooccurrencePanel</name>
    <message>
        <location filename="../../gui/insight/panels.py" line="258"/>
        <source>Person or meeting</source>
        <translation>人物或会议</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="258"/>
        <source>Appears with</source>
        <translation>共同出现</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="258"/>
        <source>Shared articles</source>
        <translation>共同文章数</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="274"/>
        <source>circle: articles, line: articles in common; click to list them</source>
        <translation>圆圈：文章数；连线：共同文章数；点击可列出相关文章</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core/messages.py" line="26"/>
        <source>{path}, line {line}</source>
        <translation>{path} 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="27"/>
        <source>{path}, item {item}</source>
        <translation>{path} 第 {item} 项</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="28"/>
        <source>{where}, annotation {n}</source>
        <translation>{where} 第 {n} 个标注</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="29"/>
        <source>{where}, span {n}</source>
        <translation>{where} 第 {n} 个片段</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="30"/>
        <source>{problem}, skipped</source>
        <translation>{problem}，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="32"/>
        <source>{path}: empty file</source>
        <translation>{path}：空文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="33"/>
        <source>{path}: starts with a {encoding} byte-order mark but is not {encoding} ({reason} at byte {byte})</source>
        <translation>{path}：以 {encoding} 字节顺序标记开头，但内容不是 {encoding}（第 {byte} 字节：{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="37"/>
        <source>{path}: binary file (contains NUL bytes), not text</source>
        <translation>{path}：二进制文件（含 NUL 字节），不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="38"/>
        <source>{path}: cannot tell the text encoding (binary or damaged file)</source>
        <translation>{path}：无法判断文本编码（二进制文件或文件已损坏）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="41"/>
        <source>{path}: binary file (control characters), not text</source>
        <translation>{path}：二进制文件（含控制字符），不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="42"/>
        <source>{path}: file not found (was it moved or deleted?)</source>
        <translation>{path}：找不到文件（是否已被移动或删除？）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="43"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}：是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="44"/>
        <source>{path}: permission denied</source>
        <translation>{path}：没有读取权限</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="45"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="46"/>
        <source>{path}: is {kind}, not a regular file</source>
        <translation>{path}：是{kind}，不是普通文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="47"/>
        <source>a FIFO (named pipe)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="48"/>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="49"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="50"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="51"/>
        <source>something else</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="52"/>
        <source>{path}: {size} MB is too big to import (limit {limit} MB); split it into smaller files</source>
        <translation>{path}：{size} MB，过大，无法导入（上限 {limit} MB）；请拆分为较小的文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="55"/>
        <source>{path}: no article text found</source>
        <translation>{path}：没有找到文章正文</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="56"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="57"/>
        <source>{path}: cannot open folder ({reason})</source>
        <translation>{path}：无法打开文件夹（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="58"/>
        <source>{path}: cannot list folder ({reason})</source>
        <translation>{path}：无法列出文件夹内容（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="60"/>
        <source>{path}: the web archive holds no HTML page</source>
        <translation>{path}：网页存档中没有 HTML 页面</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="61"/>
        <source>{path}: not a web page that can be read</source>
        <translation>{path}：不是可读取的网页</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="62"/>
        <source>{path}: not an article ({reason})</source>
        <translation>{path}：不是文章（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="63"/>
        <source>a page of links, such as a list or an index</source>
        <translation>链接页面，如列表页或索引页</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="64"/>
        <source>a login page</source>
        <translation>登录页面</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="65"/>
        <source>{path}: the PDF is password-protected; save an unprotected copy and import that</source>
        <translation>{path}：PDF 有密码保护；请另存一份不加密的副本再导入</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="68"/>
        <source>{path}: not a readable PDF ({reason})</source>
        <translation>{path}：不是可读取的 PDF（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="69"/>
        <source>{path}: the PDF has no text layer (a scan); run OCR on it first (e.g. ocrmypdf -l chi_sim) and import the result</source>
        <translation>{path}：PDF 没有文字层（扫描件）；请先做 OCR（如 ocrmypdf -l chi_sim），再导入结果</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="74"/>
        <source>{path}: not a Word document ({reason})</source>
        <translation>{path}：不是 Word 文档（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="75"/>
        <source>{path}: a legacy Word .doc needs antiword or LibreOffice to read (apt install antiword), or save it as .docx in Word or WPS and import that</source>
        <translation>{path}：旧版 Word .doc 需要 antiword 或 LibreOffice 才能读取（apt install antiword），或在 Word/WPS 中另存为 .docx 再导入</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="80"/>
        <source>{path}: the .doc could not be converted ({reason})</source>
        <translation>{path}：无法转换该 .doc（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="82"/>
        <source>{path}: label {label!r} is not one of pizhu&apos;s labels; kept (add it in Settings to give it a colour and a key)</source>
        <translation>{path}：标签 {label!r} 不是 pizhu 的标签；已保留（可在设置中添加，为它指定颜色和按键）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="86"/>
        <source>{where}: an annotation must be an object</source>
        <translation>{where}：标注必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="87"/>
        <source>{where}: annotation start/end must be whole numbers, not {start}/{end}</source>
        <translation>{where}：标注的起止位置必须是整数，而不是 {start}/{end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="90"/>
        <source>{where}: annotation offsets {start}-{end} are outside the body (length {length})</source>
        <translation>{where}：标注位置 {start}-{end} 超出正文范围（正文长度 {length}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="93"/>
        <source>{where}: annotation text {text!r} does not match the body at {start}-{end} ({found!r})</source>
        <translation>{where}：标注文字 {text!r} 与正文 {start}-{end} 处的文字（{found!r}）不符</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="96"/>
        <source>{where}: unknown annotation kind {kind!r}</source>
        <translation>{where}：未知的标注类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="97"/>
        <source>{where}: unknown origin/status {origin!r}/{status!r}</source>
        <translation>{where}：未知的来源/状态 {origin!r}/{status!r}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="100"/>
        <source>{where}: annotation without a label</source>
        <translation>{where}：标注缺少标签</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="101"/>
        <source>{where}: annotation attrs must be an object</source>
        <translation>{where}：标注的 attrs 必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="102"/>
        <source>{where}: an annotation&apos;s coder must be a text</source>
        <translation>{where}：标注的编码员必须是文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="103"/>
        <source>{where}: no body text (expected a body, content or text field)</source>
        <translation>{where}：没有正文（应有 body、content 或 text 字段）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="106"/>
        <source>{where}: unreadable date {date!r}, left empty</source>
        <translation>{where}：无法识别的日期 {date!r}，已留空</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="107"/>
        <source>{where}: unknown status {status!r}, set to new</source>
        <translation>{where}：未知的状态 {status!r}，已设为未开始</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="108"/>
        <source>{where}: annotations must be a list</source>
        <translation>{where}：annotations 必须是列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="109"/>
        <source>{where}: text holds U+{code}, half of a surrogate pair and not a character</source>
        <translation>{where}：文本含有 U+{code}，这是半个代理对，不是字符</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="112"/>
        <source>{where}: nested too deeply to read, skipped</source>
        <translation>{where}：嵌套过深，无法读取，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="113"/>
        <source>{where}: cannot be read ({error}), skipped</source>
        <translation>{where}：无法读取（{error}），已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="114"/>
        <source>{where}: bytes that are not valid in the file&apos;s encoding, skipped</source>
        <translation>{where}：含有不符合文件编码的字节，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="117"/>
        <source>{where}: expected a JSON object, skipped</source>
        <translation>{where}：应为 JSON 对象，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="118"/>
        <source>{where}: expected an object, skipped</source>
        <translation>{where}：应为对象，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="119"/>
        <source>{where}: {reason}, skipped</source>
        <translation>{where}：{reason}，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="120"/>
        <source>{where}: expected [start, end, label] or start_offset/end_offset/label, skipped</source>
        <translation>{where}：应为 [start, end, label] 或 start_offset/end_offset/label，已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="123"/>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="124"/>
        <source>not valid JSON (nested too deeply)</source>
        <translation>不是有效的 JSON（嵌套过深）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="125"/>
        <source>not valid JSON (a number of more than {digits} digits)</source>
        <translation>不是有效的 JSON（数字超过 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="126"/>
        <source>{path}: not valid JSON ({reason} at line {line})</source>
        <translation>{path}：不是有效的 JSON（第 {line} 行：{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="127"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="128"/>
        <source>{path}: expected a list of articles</source>
        <translation>{path}：应为文章列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="129"/>
        <source>{path}: a pizhu entities/directives export (one annotation a line) holds no articles; to move a library, export its articles as JSONL and import that file</source>
        <translation>{path}：这是 pizhu 导出的实体/指令文件（每行一个标注），其中没有文章；要迁移资料库，请将文章导出为 JSONL 后再导入该文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="134"/>
        <source>{path}: not a readable CSV header ({reason})</source>
        <translation>{path}：无法读取 CSV 表头（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="135"/>
        <source>{path}: CSV has no body column (expected one of: {columns})</source>
        <translation>{path}：CSV 没有正文列（应为以下之一：{columns}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="136"/>
        <source>{where}: more cells than columns, extra cells ignored</source>
        <translation>{where}：单元格多于列数，多出的已忽略</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="137"/>
        <source>{path}, line {line}: broken CSV ({reason}), the rest of the file is skipped</source>
        <translation>{path} 第 {line} 行：CSV 格式损坏（{reason}），文件其余部分已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="140"/>
        <source>{path}: cannot read the library ({reason})</source>
        <translation>{path}：无法读取资料库（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="142"/>
        <source>Someone else changed “{text}” meanwhile (now {label}, {status}); nothing was changed — here is its current state</source>
        <translation>另一位编码员刚刚修改了“{text}”（现为 {label}，{status}）；未作任何更改——这是它的当前状态</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="147"/>
        <source>Someone else deleted “{text}” meanwhile; nothing was changed — here is the article as it is now</source>
        <translation>另一位编码员刚刚删除了“{text}”；未作任何更改——这是文章的当前状态</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="151"/>
        <source>{path}: the library is busy in another pizhu process; nothing was changed, try again in a moment</source>
        <translation>{path}：资料库正被另一个 pizhu 进程使用；未做任何更改，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="155"/>
        <source>{path}: the library is read-only; nothing was changed</source>
        <translation>{path}：资料库是只读的；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="156"/>
        <source>{path}: the disk is full; nothing was changed, free some space and try again</source>
        <translation>{path}：磁盘已满；未做任何更改，请腾出空间后再试</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="159"/>
        <source>{path}: not a pizhu library, or the file is damaged</source>
        <translation>{path}：不是 pizhu 资料库，或文件已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="160"/>
        <source>{path}: cannot open the library file (check the folder exists and is writable)</source>
        <translation>{path}：无法打开资料库文件（请检查文件夹是否存在且可写）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="163"/>
        <source>{path}: the library file cannot be read or written ({reason}); nothing was changed</source>
        <translation>{path}：无法读写资料库文件（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="166"/>
        <source>{path}: library error: {reason}</source>
        <translation>{path}：资料库错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="167"/>
        <source>{path}: the library is damaged ({what}); nothing was written to it. To recover, {restore}save what is left: {command}</source>
        <translation>{path}：资料库已损坏（{what}）；未写入任何内容。恢复方法：{restore}保存尚存的内容：{command}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="172"/>
        <source>copy back the backup {backup} (made before an upgrade), or </source>
        <translation>复制回升级前所做的备份 {backup}，或</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="175"/>
        <source>{path}: cannot open the library ({reason})</source>
        <translation>{path}：无法打开资料库（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="176"/>
        <source>{path}: a folder, not a library file</source>
        <translation>{path}：是文件夹，不是资料库文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="177"/>
        <source>{path}: not a library file (a device, pipe or socket)</source>
        <translation>{path}：不是资料库文件（是设备、管道或套接字）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="178"/>
        <source>{path}: an empty file, not a pizhu library</source>
        <translation>{path}：空文件，不是 pizhu 资料库</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="179"/>
        <source>{path}: no such library</source>
        <translation>{path}：没有这个资料库</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="180"/>
        <source>{path}: no such library (and no folder {folder})</source>
        <translation>{path}：没有这个资料库（也没有文件夹 {folder}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="181"/>
        <source>{path}: made by a newer pizhu (library version {version}, this pizhu reads up to {supported}); update pizhu to open it</source>
        <translation>{path}：由较新版本的 pizhu 创建（资料库版本 {version}，本版本最高可读 {supported}）；请更新 pizhu 后再打开</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="186"/>
        <source>{path}: an SQLite file that is not a pizhu library</source>
        <translation>{path}：是 SQLite 文件，但不是 pizhu 资料库</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="187"/>
        <source>{path}: a read-only library from an older pizhu; copy it to a writable folder to upgrade it</source>
        <translation>{path}：旧版本 pizhu 的只读资料库；请复制到可写的文件夹中再升级</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="190"/>
        <source>{path}: the library was not closed cleanly and its folder is read-only; copy it with its {wal} file to a writable folder to open it</source>
        <translation>{path}：资料库未正常关闭且所在文件夹只读；请将它连同 {wal} 文件复制到可写的文件夹后再打开</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="195"/>
        <source>{path}: cannot reach the library&apos;s server ({reason}); nothing was changed</source>
        <translation>{path}：无法连接文库服务器（{reason}），未做任何改动</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="198"/>
        <source>{path}: a database that is not a pizhu library (it has other tables); give an empty one</source>
        <translation>{path}：该数据库不是批注文库（含有其他表），请提供一个空数据库</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="201"/>
        <source>{path}: the database is empty, not a pizhu library yet (pizhu server init makes one)</source>
        <translation>{path}：数据库为空，还不是批注文库（可用 pizhu server init 创建）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="204"/>
        <source>{path}: not allowed for your role on the server ({reason}); nothing was changed</source>
        <translation>{path}：你在服务器上的角色无权执行此操作（{reason}），未做任何改动</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="207"/>
        <source>{name}: a coder&apos;s name on a server is lower-case letters, digits and _ (it is their login name)</source>
        <translation>{name}：服务器上的编码员名称只能由小写字母、数字和 _ 组成（它也是登录名）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="211"/>
        <source>{name}: --password-stdin found no password on standard input; nobody was added</source>
        <translation>{name}：--password-stdin 未在标准输入中读到密码；未添加任何人</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="214"/>
        <source>--coder/PIZHU_CODER {coder!r}: on a server your work is your login&apos;s ({login}); log in as that coder instead. Nothing was changed</source>
        <translation>--coder/PIZHU_CODER {coder!r}：在服务器上，你的工作记在你的登录名（{login}）之下；请改以该编码员的身份登录。未做任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="219"/>
        <source>{path}: pizhu server needs a PostgreSQL database (--db postgresql://owner@host/dbname)</source>
        <translation>{path}：pizhu server 需要一个 PostgreSQL 数据库（--db postgresql://owner@host/dbname）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="222"/>
        <source>{path}: a library cannot be copied onto itself</source>
        <translation>{path}：文库不能复制到它自身</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="223"/>
        <source>{path}: the library to copy into is not empty; give a new file or an empty database</source>
        <translation>{path}：要复制到的文库不是空的；请给出一个新文件或空数据库</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="226"/>
        <source>{value}: PostgreSQL libraries are not supported yet; give the path of a library file</source>
        <translation>{value}：暂不支持 PostgreSQL 资料库；请给出资料库文件的路径</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="229"/>
        <source>{value}: a {scheme}:// URL, not a path; give the path of a library file</source>
        <translation>{value}：这是 {scheme}:// 网址，不是路径；请给出资料库文件的路径</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="232"/>
        <source>{value}: no user called {user!r} on this system, so {home} is no folder</source>
        <translation>{value}：本系统没有名为 {user!r} 的用户，因此 {home} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="235"/>
        <source>{problem}; skipped</source>
        <translation>{problem}；已跳过</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="237"/>
        <source>no document&apos;s title or number contains {text!r}</source>
        <translation>没有标题或文号包含 {text!r} 的文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="239"/>
        <source>cannot export {what!r} (choose {choices})</source>
        <translation>无法导出 {what!r}（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="240"/>
        <source>{what} cannot be exported as {format} (choose {choices})</source>
        <translation>{what} 不能导出为 {format}（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="241"/>
        <source>the Excel option applies to CSV only</source>
        <translation>Excel 选项只适用于 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="242"/>
        <source>unknown article status {status!r} (choose {choices})</source>
        <translation>未知的文章状态 {status!r}（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="243"/>
        <source>{day!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{day!r} 不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="244"/>
        <source>the first day {start} is after the last day {end}</source>
        <translation>起始日期 {start} 晚于截止日期 {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="245"/>
        <source>a label filter applies to entity exports only</source>
        <translation>标签筛选只适用于实体导出</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="246"/>
        <source>an annotation status filter applies to entity and directive exports; an articles export keeps every annotation</source>
        <translation>标注状态筛选只适用于实体和指令导出；文章导出保留全部标注</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="251"/>
        <source>unknown annotation status {status!r} (choose {choices})</source>
        <translation>未知的标注状态 {status!r}（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="254"/>
        <source>{path}: is a folder; give a file name to export to</source>
        <translation>{path}：是文件夹；请给出要导出到的文件名</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="255"/>
        <source>{format} is a binary file for a statistics package: give a file to write it to</source>
        <translation>{format} 是统计软件使用的二进制文件：请指定要写入的文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="258"/>
        <source>{path}: no such folder</source>
        <translation>{path}：没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="259"/>
        <source>{path}: that is the library itself; choose another file</source>
        <translation>{path}：这是资料库本身；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="260"/>
        <source>{path}: cannot write the export ({reason}); nothing was written</source>
        <translation>{path}：无法写入导出文件（{reason}）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="264"/>
        <source>{path}, variable {name!r}</source>
        <translation>{path}，变量 {name!r}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="265"/>
        <source>{path}, row {row}</source>
        <translation>{path}，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="266"/>
        <source>{path}: cannot read the codebook ({reason})</source>
        <translation>{path}：无法读取编码表（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="267"/>
        <source>{path}: a codebook is a .json file or a .csv or .xlsx spreadsheet</source>
        <translation>{path}：编码表须为 .json 文件，或 .csv、.xlsx 表格</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="270"/>
        <source>{path}: a codebook is a JSON object with &quot;name&quot; and a list of &quot;variables&quot;</source>
        <translation>{path}：编码表须为含 &quot;name&quot; 和 &quot;variables&quot; 列表的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="273"/>
        <source>{path}: the codebook needs a &quot;name&quot;</source>
        <translation>{path}：编码表需要 &quot;name&quot;（名称）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="274"/>
        <source>{path}: the codebook has no variables</source>
        <translation>{path}：编码表中没有变量</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="275"/>
        <source>{path}: a codebook spreadsheet needs the columns {columns} (one row per value)</source>
        <translation>{path}：编码表表格需要这些列：{columns}（每个取值一行）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="278"/>
        <source>{where}: a variable must be an object</source>
        <translation>{where}：变量须为对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="279"/>
        <source>{where}: variable name {name!r} must start with a letter and hold only letters, digits and _ (at most 64; put Chinese in label_zh)</source>
        <translation>{where}：变量名 {name!r} 须以字母开头，只含字母、数字和 _（最多 64 个；中文名称请写在 label_zh）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="284"/>
        <source>{where}: variable {name!r} is defined twice</source>
        <translation>{where}：变量 {name!r} 重复定义</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="285"/>
        <source>{where}: variable {name!r} has an unknown unit {unit!r} (choose {choices})</source>
        <translation>{where}：变量 {name!r} 的编码单位 {unit!r} 未知（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="288"/>
        <source>{where}: variable {name!r} has an unknown type {type!r} (choose {choices})</source>
        <translation>{where}：变量 {name!r} 的类型 {type!r} 未知（可选：{choices}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="291"/>
        <source>{where}: variable {name!r}: &quot;values&quot; must be a list</source>
        <translation>{where}：变量 {name!r}：&quot;values&quot; 须为列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="294"/>
        <source>{where}: variable {name!r} is {type} and needs values to choose from</source>
        <translation>{where}：变量 {name!r} 为 {type} 类型，需要可供选择的取值</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="297"/>
        <source>{where}: variable {name!r} is {type} and takes no values (remove them, or change its type)</source>
        <translation>{where}：变量 {name!r} 为 {type} 类型，不设取值（请删去取值，或改变类型）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="300"/>
        <source>{where}: variable {name!r}: a value must be an object with a code</source>
        <translation>{where}：变量 {name!r}：取值须为含 code 的对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="303"/>
        <source>{where}: variable {name!r}: a value without a code</source>
        <translation>{where}：变量 {name!r}：有取值缺少代码</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="304"/>
        <source>{where}: variable {name!r}: the code {code!r} is given twice</source>
        <translation>{where}：变量 {name!r}：代码 {code!r} 重复</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="307"/>
        <source>{where}: variable {name!r}: the key {key!r} is given to two values</source>
        <translation>{where}：变量 {name!r}：按键 {key!r} 分给了两个取值</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="310"/>
        <source>{where}: variable {name!r}: the key {key!r} must be one letter or digit</source>
        <translation>{where}：变量 {name!r}：按键 {key!r} 须为一个字母或数字</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="313"/>
        <source>{where}: variable {name!r}: the key {key!r} is one of the reader&apos;s keys ({reserved})</source>
        <translation>{where}：变量 {name!r}：按键 {key!r} 已被阅读区占用（{reserved}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="316"/>
        <source>{where}: variable {name!r}: {field} must be {kind}</source>
        <translation>{where}：变量 {name!r}：{field} 须为 {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="317"/>
        <source>{path}: the library has no codebook (import one with pizhu codebook import)</source>
        <translation>{path}：文库还没有编码表（用 pizhu codebook import 导入）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="320"/>
        <source>{path}: the library&apos;s codebook is damaged ({reason})</source>
        <translation>{path}：文库的编码表已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="323"/>
        <source>the new codebook would invalidate {count} codes ({details}); nothing was changed</source>
        <translation>新编码表会使 {count} 条编码失效（{details}）；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="326"/>
        <source>codebook version {version}: {kept} codes kept</source>
        <translation>编码表第 {version} 版：保留 {kept} 条编码</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="327"/>
        <source>{changed}, {count} invalid codes deleted ({details})</source>
        <translation>{changed}，删除 {count} 条失效编码（{details}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="330"/>
        <source>{where}: variable {variable!r} is not in the library&apos;s codebook; import the codebook first</source>
        <translation>{where}：变量 {variable!r} 不在文库的编码表中；请先导入编码表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="333"/>
        <source>{where}: codes for variable {variable!r}, but the library has no codebook; import the codebook first</source>
        <translation>{where}：有变量 {variable!r} 的编码，但文库还没有编码表；请先导入编码表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="337"/>
        <source>{where}: variable {variable!r} codes a {unit}, not a {other}</source>
        <translation>{where}：变量 {variable!r} 的编码单位是 {unit}，不是 {other}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="341"/>
        <source>issued by {issuer}: {level}</source>
        <translation>发布主体{issuer}：{level}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="342"/>
        <source>the directive&apos;s topic: {topic}</source>
        <translation>指令的主题：{topic}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="343"/>
        <source>the directive&apos;s strength: {strength}</source>
        <translation>指令的强度：{strength}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="344"/>
        <source>what {n} of its directives suggest</source>
        <translation>其 {n} 条指令所示</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="345"/>
        <source>the article&apos;s topic: {topic}</source>
        <translation>文章的主题：{topic}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="346"/>
        <source>{where}: {value} is not a value of variable {variable!r} ({type})</source>
        <translation>{where}：{value} 不是变量 {variable!r} 的取值（{type}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="349"/>
        <source>{where}: a code must be an object with &quot;variable&quot;, &quot;value&quot; and &quot;coder&quot;</source>
        <translation>{where}：编码须为含 &quot;variable&quot;、&quot;value&quot; 和 &quot;coder&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="352"/>
        <source>{where}: &quot;codes&quot; must be a list</source>
        <translation>{where}：&quot;codes&quot; 须为列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="353"/>
        <source>{path}: no {unit} with id {unit_id}</source>
        <translation>{path}：没有编号为 {unit_id} 的 {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="354"/>
        <source>{where}: &quot;notes&quot; must be a list of {{&quot;coder&quot;: …, &quot;text&quot;: …}} objects</source>
        <translation>{where}：&quot;notes&quot; 须为 {{&quot;coder&quot;: …, &quot;text&quot;: …}} 对象的列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="358"/>
        <source>{path}: the codebook has no variable {variable!r} (it has {known})</source>
        <translation>{path}：编码表中没有变量 {variable!r}（现有变量：{known}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="361"/>
        <source>{variable!r} is a text variable; agreement is computed for nominal, multi, ordinal and interval variables</source>
        <translation>{variable!r} 是文本变量；一致性只对名义、多选、定序和定距变量计算</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="365"/>
        <source>{path}: no codes by coder {coder!r} (coders with codes: {known})</source>
        <translation>{path}：编码员 {coder!r} 没有任何编码（有编码的编码员：{known}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="368"/>
        <source>{path}: agreement needs the codes of two or more coders; found {count}: {known}</source>
        <translation>{path}：计算一致性需要两位或以上编码员的编码；现有 {count} 位：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="372"/>
        <source>name the coders, e.g. --coders wang,li</source>
        <translation>请列出编码员，例如 --coders wang,li</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="373"/>
        <source>{coder!r}: a coder&apos;s name must be usable as a file name (no / \ : * ? &quot; &lt; &gt; |)</source>
        <translation>{coder!r}：编码员名称须可用作文件名（不能含 / \ : * ? &quot; &lt; &gt; |）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="376"/>
        <source>overlap {value}: give a share from 0 to 1, e.g. 0.2</source>
        <translation>重叠比例 {value}：请给出 0 到 1 之间的比例，例如 0.2</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="377"/>
        <source>sample {value}: give a number of articles above 0</source>
        <translation>抽样 {value}：请给出大于 0 的文章数</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="378"/>
        <source>{path}: no articles match, nothing assigned</source>
        <translation>{path}：没有符合条件的文章，未分配任何任务</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="379"/>
        <source>{path}: already exists; write the assignment to another folder or remove it</source>
        <translation>{path}：已存在；请将任务写入其他文件夹或删除该文件</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="382"/>
        <source>{path}: not an assignment file (pizhu assign writes them), not merged</source>
        <translation>{path}：不是任务文件（由 pizhu assign 生成），未合并</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="385"/>
        <source>{path}: an assignment of another project (not from this library), not merged</source>
        <translation>{path}：属于另一个项目的任务（并非来自本文库），未合并</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="388"/>
        <source>{path}: this is the library itself, not merged</source>
        <translation>{path}：这是文库本身，未合并</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="390"/>
        <source>article {article}: no item {item} to decide</source>
        <translation>文章 {article}：没有待裁定的条目 {item}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="391"/>
        <source>{action!r}: decide with take, none or edit</source>
        <translation>{action!r}：请用 take（采用）、none（都不要）或 edit（编辑）裁定</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="392"/>
        <source>{coder!r}: not one of the coders of {item}</source>
        <translation>{coder!r}：不是 {item} 的编码员之一</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="393"/>
        <source>{variable}: decide the directive first (its code goes on the final layer&apos;s directive)</source>
        <translation>{variable}：请先裁定这条指令（其编码记在最终层的指令上）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="396"/>
        <source>layer {layer!r}: give final, all or a coder&apos;s name ({known})</source>
        <translation>层 {layer!r}：请给出 final、all 或编码员的名字（{known}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="399"/>
        <source>an articles export keeps every layer (each annotation with its coder); choose no layer</source>
        <translation>文章导出保留所有层（每条标注附其编码员）；请不要选择层</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="402"/>
        <source>BIO has no place for a coder: export one layer (final or a coder&apos;s), or doccano for all</source>
        <translation>BIO 格式无法记录编码员：请导出一个层（最终层或某位编码员的层），或用 doccano 导出所有层</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="406"/>
        <source>{path}: cannot read topics: {reason}</source>
        <translation>{path}：无法读取议题：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="407"/>
        <source>{where}: expected a list of {{&apos;name&apos;, &apos;keywords&apos;}} objects</source>
        <translation>{where}：应为 {{&apos;name&apos;, &apos;keywords&apos;}} 对象的列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="408"/>
        <source>{where}: topic {n} needs a non-empty &quot;name&quot;</source>
        <translation>{where}：第 {n} 个议题需要非空的 &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/core/messages.py" line="409"/>
        <source>{where}: topic {name!r} needs &quot;keywords&quot; as a list of strings</source>
        <translation>{where}：议题 {name!r} 的 &quot;keywords&quot; 必须是字符串列表</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="26"/>
        <source>pizhu: unexpected error</source>
        <translation>pizhu：意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="27"/>
        <source>Something went wrong: {error}</source>
        <translation>出现问题：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="28"/>
        <source>Details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="29"/>
        <source>No log could be written.</source>
        <translation>无法写入日志。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/crash.py" line="30"/>
        <source>{where}
Your work is saved; you can go on.</source>
        <translation>{where}
您的工作已保存，可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../../gui/reader/curation.py" line="45"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="313"/>
        <source>Adjudicate</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="68"/>
        <source>N / P: next / previous disagreement · 1…9: take coder #k&apos;s · 0: none · E: edit</source>
        <translation>N / P：下一处 / 上一处分歧 · 1…9：采用第 k 位编码员的 · 0：都不要 · E：编辑</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="84"/>
        <source>This article has fewer than two coders: nothing to adjudicate.</source>
        <translation>本文的编码员不足两位：无需裁定。</translation>
    </message>
    <message>
        <source>(0: none; solid: final layer)</source>
        <translation type="vanished">（0：都不要；实线：最终层）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="96"/>
        <source>(0: none; dashed: a coder&apos;s layer; solid: the final layer)</source>
        <translation>（0：都不要；虚线：编码员的层；实线：最终层）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="109"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="110"/>
        <source>Directive</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="111"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="222"/>
        <source>{left} disagreements left · {agreed} agreed</source>
        <translation>剩余 {left} 处分歧 · {agreed} 处一致</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="283"/>
        <source>No disagreements left in the articles listed</source>
        <translation>列表中的文章已没有分歧</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="298"/>
        <source>No item chosen: N goes to the next disagreement</source>
        <translation>未选中条目：按 N 转到下一处分歧</translation>
    </message>
    <message>
        <location filename="../../gui/reader/curation.py" line="304"/>
        <source>That coder has no version of this item</source>
        <translation>这位编码员没有此条目的版本</translation>
    </message>
</context>
<context>
    <name>DirectiveEditor</name>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="42"/>
        <source>Directive</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="49"/>
        <source>who must act; empty if unstated</source>
        <translation>须落实的主体；未写明则留空</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="60"/>
        <source>Accept (Enter)</source>
        <translation>接受（Enter）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="61"/>
        <source>Reject (X)</source>
        <translation>拒绝（X）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">显示</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="67"/>
        <source>Show where the text names the issuer</source>
        <translation>在正文中显示发布者出自何处</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="75"/>
        <source>Issuer</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="76"/>
        <source>Addressee</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="77"/>
        <source>Strength</source>
        <translation>力度</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="78"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
</context>
<context>
    <name>DirectiveTableModel</name>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="108"/>
        <source>Directive</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="109"/>
        <source>Issuer</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="110"/>
        <source>Strength</source>
        <translation>力度</translation>
    </message>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="111"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../gui/window/documents.py" line="69"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="69"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="69"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="69"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="69"/>
        <source>Cited by</source>
        <translation>被引用</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../gui/window/documents.py" line="135"/>
        <source>Documents — {name}</source>
        <translation>文件记录 — {name}</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="142"/>
        <source>Find a title, number or issuer</source>
        <translation>查找标题、文号或发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="171"/>
        <source>Articles that cite the document</source>
        <translation>引用该文件的文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="212"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="242"/>
        <source>{n} documents</source>
        <translation>{n} 份文件</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="244"/>
        <source>{shown} of {n} documents</source>
        <translation>{n} 份文件中的 {shown} 份</translation>
    </message>
    <message>
        <location filename="../../gui/window/documents.py" line="268"/>
        <source>Articles of {title}</source>
        <translation>{title} 的相关文章</translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../gui/insight/panels.py" line="233"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="233"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="233"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
</context>
<context>
    <name>EntityGroupModel</name>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="80"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/reader/panelmodels.py" line="80"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="50"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="51"/>
        <source>Directives</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="52"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="55"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="56"/>
        <source>JSONL (pizhu, scripts)</source>
        <translation>JSONL（pizhu、脚本）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="57"/>
        <source>BIO, a character a line (CoNLL, for training)</source>
        <translation>BIO，每行一字（CoNLL，用于训练）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="58"/>
        <source>doccano JSONL (text and spans)</source>
        <translation>doccano JSONL（文本与标注区间）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="61"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="62"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines 文件 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="63"/>
        <source>BIO text (*.txt *.bio)</source>
        <translation>BIO 文本 (*.txt *.bio)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="91"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="149"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="162"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="282"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="297"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="324"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="98"/>
        <source>For Excel (UTF-8 with BOM, CRLF line ends)</source>
        <translation>用于 Excel（带 BOM 的 UTF-8，CRLF 换行）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="103"/>
        <source>Final layer (adjudicated)</source>
        <translation>最终层（已裁定）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="105"/>
        <source>Coder: {name}</source>
        <translation>编码员：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="106"/>
        <source>All coders (long format, with a coder column)</source>
        <translation>所有编码员（长格式，附编码员列）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="107"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="110"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="113"/>
        <source>Leave out summaries of the day&apos;s headlines (新闻摘要)</source>
        <translation>不含当天标题的摘要（新闻摘要）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="115"/>
        <location filename="../../gui/dialogs/exportdialog.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="120"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="123"/>
        <source>all, or article ids: 1, 2, 3</source>
        <translation>全部，或文章编号：1, 2, 3</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="125"/>
        <source>all, or labels: PER, ORG</source>
        <translation>全部，或标签：PER, ORG</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="131"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="133"/>
        <source>Article status</source>
        <translation>文章状态</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="135"/>
        <source>Published from</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="136"/>
        <source>Article ids</source>
        <translation>文章编号</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="137"/>
        <source>Entity labels</source>
        <translation>实体标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="138"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="142"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="150"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="156"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="206"/>
        <source>An articles export keeps every layer, each annotation with its coder</source>
        <translation>文章导出保留所有层，每条标注附其编码员</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="233"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="235"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="246"/>
        <source>choose at least one annotation status to export</source>
        <translation>请至少选择一种要导出的标注状态</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="254"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="255"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="277"/>
        <source>choose a file to export to</source>
        <translation>请选择导出的目标文件</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="282"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="302"/>
        <source>Exporting {what}…</source>
        <translation>正在导出{what}…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="308"/>
        <source>Exporting {what}: {done} of {total}</source>
        <translation>正在导出{what}：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="319"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="330"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="341"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="364"/>
        <source>{name} date {text!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{name}日期 {text!r} 不是有效日期（请使用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/exportdialog.py" line="375"/>
        <source>article ids {text!r}: expected numbers like 1, 2, 3</source>
        <translation>文章编号 {text!r}：应为数字，如 1, 2, 3</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/window/filterbar.py" line="30"/>
        <source>Search the library (Ctrl+K): 住房 林武 …</source>
        <translation>搜索资料库（Ctrl+K）：住房 林武 …</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="35"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="36"/>
        <source>New</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="37"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="38"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="45"/>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="46"/>
        <source>Articles only</source>
        <translation>仅文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="47"/>
        <source>Summaries only</source>
        <translation>仅摘要</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="50"/>
        <source>Summaries (新闻摘要) only list the day&apos;s headlines</source>
        <translation>摘要（新闻摘要）只列出当天的标题</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="55"/>
        <location filename="../../gui/window/filterbar.py" line="148"/>
        <source>Any code</source>
        <translation>任意编码</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="56"/>
        <source>Articles coded with this value, on the article or on one of its directives</source>
        <translation>文章本身或其某条指令被编为此值的文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="63"/>
        <source>from YYYY-MM-DD</source>
        <translation>起始 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="63"/>
        <source>to YYYY-MM-DD</source>
        <translation>截止 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="72"/>
        <location filename="../../gui/window/filterbar.py" line="79"/>
        <source>Click to show all articles again</source>
        <translation>点击以重新显示全部文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="83"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="84"/>
        <source>Show all articles</source>
        <translation>显示全部文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="137"/>
        <source>Any label</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="138"/>
        <source>Any issuer</source>
        <translation>全部发布者</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="139"/>
        <source>Any topic</source>
        <translation>全部议题</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="177"/>
        <source>{what}: {n} articles  ✕</source>
        <translation>{what}：{n} 篇文章  ✕</translation>
    </message>
    <message>
        <location filename="../../gui/window/filterbar.py" line="185"/>
        <source>Document {title}  ✕</source>
        <translation>文件 {title}  ✕</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gui/reader/findbar.py" line="22"/>
        <source>Find in article (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>在文章中查找（Enter：下一个，Shift+Enter：上一个，Esc：关闭）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/findbar.py" line="53"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../gui/insight/graph.py" line="110"/>
        <source>No people or meetings appear together under these filters</source>
        <translation>当前筛选条件下没有共同出现的人物或会议</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="160"/>
        <source>{n} articles</source>
        <translation>{n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="160"/>
        <source>{n} directives</source>
        <translation>{n} 条指令</translation>
    </message>
    <message>
        <location filename="../../gui/insight/crosstab.py" line="163"/>
        <source>{p}% of the row</source>
        <translation>占该行 {p}%</translation>
    </message>
</context>
<context>
    <name>InsightWindow</name>
    <message>
        <location filename="../../gui/insight/window.py" line="88"/>
        <source>Insight — {name}</source>
        <translation>洞察 — {name}</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="106"/>
        <source>Directives over time</source>
        <translation>指令随时间变化</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="107"/>
        <source>Issuers</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="108"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="109"/>
        <source>Who appears with whom</source>
        <translation>共现关系</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="110"/>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="111"/>
        <source>Issuing network</source>
        <translation>发文网络</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="187"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="213"/>
        <source>Could not compute: {message}</source>
        <translation>无法计算：{message}</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="226"/>
        <source>{articles} articles, {directives} directives</source>
        <translation>{articles} 篇文章，{directives} 条指令</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="232"/>
        <source>search “{q}”</source>
        <translation>搜索“{q}”</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="234"/>
        <source>status {s}</source>
        <translation>状态：{s}</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="241"/>
        <source>{n} chosen articles</source>
        <translation>选定的 {n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="242"/>
        <source>filtered: {parts}</source>
        <translation>已筛选：{parts}</translation>
    </message>
    <message>
        <location filename="../../gui/insight/window.py" line="242"/>
        <source>whole library</source>
        <translation>整个资料库</translation>
    </message>
</context>
<context>
    <name>IssuersPanel</name>
    <message>
        <location filename="../../gui/insight/panels.py" line="189"/>
        <source>Issuer</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="189"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="189"/>
        <source>Directives</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="189"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="189"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="194"/>
        <source>People and meetings</source>
        <translation>人物和会议</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="195"/>
        <source>All issuers</source>
        <translation>全部发布者</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="196"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/reader/legend.py" line="45"/>
        <source>Apply {label} to the selected text (key {key})</source>
        <translation>将所选文本标注为 {label}（按键 {key}）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/legend.py" line="57"/>
        <source>〰 directive (D)</source>
        <translation>〰 指令（D）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/legend.py" line="63"/>
        <source>Directive sentences are tinted; D marks or unmarks the sentence at the cursor</source>
        <translation>指令句以底色标出；按 D 标记或取消标记光标所在的句子</translation>
    </message>
</context>
<context>
    <name>LibrarySwitching</name>
    <message>
        <location filename="../../gui/window/libraries.py" line="35"/>
        <source>Open a library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../../gui/window/libraries.py" line="51"/>
        <source>New library</source>
        <translation>新建资料库</translation>
    </message>
    <message>
        <location filename="../../gui/window/libraries.py" line="62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/window/libraries.py" line="69"/>
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window/jobs.py" line="25"/>
        <source>Articles (*.txt *.md *.markdown *.jsonl *.ndjson *.json *.csv);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/libraries.py" line="17"/>
        <source>pizhu libraries (*.sqlite *.db);;All files (*)</source>
        <translation>pizhu 资料库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="61"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="270"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="108"/>
        <source>Library: {path}</source>
        <translation>资料库：{path}</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="114"/>
        <source>No font with Chinese characters was found: install fonts-noto-cjk (or any CJK font)</source>
        <translation>未找到含中文字形的字体：请安装 fonts-noto-cjk（或任意 CJK 字体）</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="176"/>
        <source>Not done: code {variables} first</source>
        <translation>未完成：请先编码{variables}</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="184"/>
        <source>All articles in the list are done</source>
        <translation>列表中的文章已全部完成</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="223"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="234"/>
        <source>{n} articles</source>
        <translation>共 {n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="236"/>
        <source>{shown} of {n} articles</source>
        <translation>显示 {shown} 篇，共 {n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/mainwindow.py" line="269"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../gui/insight/network.py" line="25"/>
        <source>issue together</source>
        <translation>联合发文</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="26"/>
        <source>issues</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="27"/>
        <source>cites</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="39"/>
        <source>No documents or joint issuers under these filters</source>
        <translation>当前筛选条件下没有文件或联合发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="40"/>
        <source>From</source>
        <translation>一方</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="40"/>
        <source>Link</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="40"/>
        <source>To</source>
        <translation>另一方</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="40"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="56"/>
        <source>issuing body</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="56"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/insight/network.py" line="59"/>
        <source>line: issued together, issues or cites; click to list the articles</source>
        <translation>连线：联合发文、发布或引用；点击列出相关文章</translation>
    </message>
</context>
<context>
    <name>OriginalDialog</name>
    <message>
        <location filename="../../gui/reader/original.py" line="44"/>
        <source>Original: %1</source>
        <translation>原件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="59"/>
        <source>Open &amp;File</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="63"/>
        <source>Open &amp;Web Address</source>
        <translation>打开网址(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="72"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="76"/>
        <source>Pages: %1</source>
        <translation>页码：%1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="78"/>
        <source>Web address: %1</source>
        <translation>网址：%1</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="80"/>
        <source>The file is no longer there (moved or deleted).</source>
        <translation>文件已不在原处（已移动或删除）。</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="82"/>
        <source>The file has changed since it was imported.</source>
        <translation>文件自导入后已被修改。</translation>
    </message>
    <message>
        <location filename="../../gui/reader/original.py" line="116"/>
        <source>This article was imported from text: there is no original document to show</source>
        <translation>这篇文章由文本导入，没有可显示的原件</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../gui/insight/panels.py" line="63"/>
        <location filename="../../gui/insight/panels.py" line="134"/>
        <location filename="../../gui/insight/panels.py" line="141"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="66"/>
        <source>Chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="67"/>
        <source>Chart as SVG…</source>
        <translation>图表另存为 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="68"/>
        <source>Numbers as CSV…</source>
        <translation>数据另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="141"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../gui/reader/readerview.py" line="116"/>
        <source>Select an article in the list, or import pages with File → Import…</source>
        <translation>请在列表中选择一篇文章，或通过“文件 → 导入”导入版面</translation>
    </message>
    <message>
        <location filename="../../gui/reader/readerview.py" line="236"/>
        <source>Directive · {status}: {strength} · issuer {issuer} · topic {topic}</source>
        <translation>指令 · {status}：{strength} · 发布者 {issuer} · 议题 {topic}</translation>
    </message>
    <message>
        <location filename="../../gui/reader/readerview.py" line="244"/>
        <source>coder {name}</source>
        <translation>编码员 {name}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="30"/>
        <source>Open a library on a server</source>
        <translation>打开服务器上的库</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="40"/>
        <source>Prefer TLS (when the server offers it)</source>
        <translation>优先使用 TLS（服务器支持时）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="40"/>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="40"/>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="48"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="49"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="50"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="51"/>
        <source>User (your login):</source>
        <translation>用户（你的登录名）：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="52"/>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/serverdialog.py" line="55"/>
        <source>pizhu never stores a password. PostgreSQL&apos;s own client reads it from ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows), a service file or the PGPASSWORD environment variable; ask your lead for your login.</source>
        <translation>pizhu 从不保存密码。PostgreSQL 自己的客户端从 ~/.pgpass（Windows 上为 %APPDATA%\postgresql\pgpass.conf）、服务文件或 PGPASSWORD 环境变量读取密码；登录名请向负责人索取。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="58"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="58"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="58"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="58"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="58"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="64"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="66"/>
        <source>Remove label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="74"/>
        <source>Double-click a colour to change it. Keys are single characters.</source>
        <translation>双击颜色可进行修改。按键为单个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="76"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="82"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="82"/>
        <source>Keywords (separated by commas)</source>
        <translation>关键词（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="86"/>
        <source>Weak keywords (count only where no topic's keyword occurs)</source>
        <translation>弱关键词（仅当文中没有任何议题的关键词时才计入）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="88"/>
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="90"/>
        <source>Remove topic</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="97"/>
        <source>Topics belong to the library; Tools → Apply my corrections re-tags with them.</source>
        <translation>议题保存在资料库中；“工具 → 将我的修正应用到所有文章”会按这些议题重新标注。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="99"/>
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="109"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="110"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="113"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="116"/>
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="120"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="121"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="122"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="126"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="129"/>
        <source>Leave empty when you work alone</source>
        <translation>独立工作时请留空</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="130"/>
        <source>Your annotations and codes are recorded under this name (team coding)</source>
        <translation>您的标注和编码将记录在此名称下（团队编码）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="131"/>
        <source>Your name as a coder</source>
        <translation>您的编码员名称</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="132"/>
        <source>Reading and appearance</source>
        <translation>阅读与外观</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="138"/>
        <source>Codebook…</source>
        <translation>编码表…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="191"/>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="231"/>
        <source>Keep at least one label.</source>
        <translation>请至少保留一个标签。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="234"/>
        <source>Label code {code!r}: use capital letters, digits and _ (e.g. PER).</source>
        <translation>标签代码 {code!r}：请使用大写字母、数字和 _（如 PER）。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="238"/>
        <source>Label {code}: the key must be one character.</source>
        <translation>标签 {code}：按键必须是单个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="240"/>
        <source>Label {code}: {color} is not a colour.</source>
        <translation>标签 {code}：{color} 不是有效的颜色。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="242"/>
        <source>Two labels have the same code.</source>
        <translation>有两个标签的代码相同。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="244"/>
        <source>Two labels have the same key.</source>
        <translation>有两个标签的按键相同。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="248"/>
        <source>Key {key} is taken by another command (J, K, X, D).</source>
        <translation>按键 {key} 已被其他命令占用（J、K、X、D）。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settingsdialog.py" line="251"/>
        <source>Two topics have the same name.</source>
        <translation>有两个议题名称相同。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="36"/>
        <source>Next article (↓ in the list)</source>
        <translation>下一篇文章（相当于列表中的 ↓）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="37"/>
        <source>Previous article (↑ in the list)</source>
        <translation>上一篇文章（相当于列表中的 ↑）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="38"/>
        <source>Mark the article done and go to the next one not done</source>
        <translation>将文章标记为已完成，并转到下一篇未完成的文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="39"/>
        <source>Search the library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="40"/>
        <source>Find in the article (Enter: next match, selects it)</source>
        <translation>在文章中查找（Enter：转到并选中下一处匹配）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="42"/>
        <source>Shift+arrows</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="43"/>
        <source>Select text in the article with the keyboard</source>
        <translation>用键盘选择文章中的文本</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="46"/>
        <source>Tag the selection as {label}, or relabel the current entity</source>
        <translation>将所选文本标注为 {label}，或把当前实体改为该标签</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="48"/>
        <source>Next / previous suggestion in the article</source>
        <translation>文章中的下一条/上一条建议</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="49"/>
        <source>Accept the current suggestion (and go to the next)</source>
        <translation>接受当前建议（并转到下一条）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="50"/>
        <source>Reject the current suggestion (and go to the next)</source>
        <translation>拒绝当前建议（并转到下一条）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="51"/>
        <source>Reject a suggestion, or delete an accepted annotation</source>
        <translation>拒绝建议，或删除已接受的标注</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="52"/>
        <source>Mark the sentence at the cursor as a directive, or unmark it</source>
        <translation>将光标所在的句子标记为指令，或取消标记</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="53"/>
        <source>Clear the selection</source>
        <translation>取消选择</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="55"/>
        <source>a value&apos;s key</source>
        <translation>取值的按键</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="56"/>
        <source>Code the current directive (else the article) with that value of the codebook</source>
        <translation>用编码表中的该取值为当前指示（否则为文章）编码</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="60"/>
        <source>Confirm the suggested codes (the directive&apos;s, else the article&apos;s)</source>
        <translation>确认建议的编码（当前指示的，否则为文章的）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="62"/>
        <source>Next / previous directive, to code it</source>
        <translation>下一条/上一条指示，以便编码</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="63"/>
        <source>Write a note on the article (Esc: back to the text)</source>
        <translation>为文章写备注（Esc：回到正文）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="64"/>
        <source>Undo / redo any edit</source>
        <translation>撤销/重做任意编辑</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="65"/>
        <source>Larger / smaller text</source>
        <translation>放大/缩小文字</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="66"/>
        <source>Show or hide the side panel</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="67"/>
        <source>Activity log: what imports and re-tags reported</source>
        <translation>活动日志：导入和重新标注的报告</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="68"/>
        <source>Documents: the library&apos;s document records and who cites them</source>
        <translation>文件：文库中的文件记录及引用它们的文章</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="69"/>
        <source>Original document: the article&apos;s PDF pages, saved page or file</source>
        <translation>原件：文章所在的 PDF 页面、保存的网页或文件</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="70"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="71"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="76"/>
        <source>Curation mode on or off: adjudicate the coders&apos; disagreements (lead)</source>
        <translation>开启或关闭审校模式：裁定编码员之间的分歧（负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="77"/>
        <source>Curation: next / previous disagreement (then the next article&apos;s)</source>
        <translation>审校：下一处 / 上一处分歧（之后转到下一篇文章的分歧）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="78"/>
        <source>Curation: take coder #k&apos;s version (numbered in the legend)</source>
        <translation>审校：采用第 k 位编码员的版本（编号见图例）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="79"/>
        <source>Curation: take none (the item is not in the final layer)</source>
        <translation>审校：都不采用（该项不进入最终层）</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="80"/>
        <source>Curation: edit (a copy in the final layer, for the editing keys)</source>
        <translation>审校：编辑（在最终层生成副本，用编辑键修改）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="104"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/window/shortcuts.py" line="104"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="193"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/reader/sidepanel.py" line="229"/>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <location filename="../../gui/shared/summaries.py" line="25"/>
        <source>new</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="26"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="27"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="31"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="32"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="33"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="37"/>
        <source>{n} entities</source>
        <translation>{n} 个实体</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="38"/>
        <source>{n} directives</source>
        <translation>{n} 条指令</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="39"/>
        <source>{n} articles</source>
        <translation>{n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="53"/>
        <source>{text} (cancelled)</source>
        <translation>{text}（已取消）</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="71"/>
        <source>{n} article imported</source>
        <translation>已导入 {n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="72"/>
        <source>{n} articles imported</source>
        <translation>已导入 {n} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="76"/>
        <source>{n} already in the library</source>
        <translation>{n} 篇已在资料库中</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="81"/>
        <source>{n} problem</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="81"/>
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="86"/>
        <source>{parts} from {n} file</source>
        <translation>共 {n} 个文件：{parts}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="87"/>
        <source>{parts} from {n} files</source>
        <translation>共 {n} 个文件：{parts}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="88"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="96"/>
        <source>{n} article re-tagged, {suggestions} suggestions</source>
        <translation>已重新标注 {n} 篇文章，共 {suggestions} 条建议</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="97"/>
        <source>{n} articles re-tagged, {suggestions} suggestions</source>
        <translation>已重新标注 {n} 篇文章，共 {suggestions} 条建议</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="111"/>
        <source>entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="112"/>
        <source>directives</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="113"/>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="125"/>
        <source>{rows} from {n} article</source>
        <translation>{n} 篇文章中的 {rows}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="126"/>
        <source>{rows} from {n} articles</source>
        <translation>{n} 篇文章中的 {rows}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="129"/>
        <source>export cancelled after {text}; nothing was written</source>
        <translation>导出已取消（已处理 {text}），未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="133"/>
        <source>{text} written to {path}</source>
        <translation>已将 {text}写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="134"/>
        <source>{text} written</source>
        <translation>已写入 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="141"/>
        <source>Clear {variable}</source>
        <translation>清除编码 {variable}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="142"/>
        <source>Code {variable}</source>
        <translation>编码 {variable}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="145"/>
        <source>Mark {status}</source>
        <translation>标记为{status}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="149"/>
        <source>Add {label} {text}</source>
        <translation>添加 {label} {text}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="151"/>
        <source>Delete {text}</source>
        <translation>删除 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/summaries.py" line="153"/>
        <source>Change {text}</source>
        <translation>修改 {text}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../gui/shared/workers.py" line="30"/>
        <source>unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/shared/workers.py" line="31"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <location filename="../../gui/insight/panels.py" line="152"/>
        <location filename="../../gui/insight/panels.py" line="170"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="152"/>
        <location filename="../../gui/insight/panels.py" line="171"/>
        <source>Directives</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="152"/>
        <location filename="../../gui/insight/panels.py" line="171"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="154"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="154"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="154"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="157"/>
        <source>Stacked by topic</source>
        <translation>按议题堆叠</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="157"/>
        <source>Stacked by strength</source>
        <translation>按力度堆叠</translation>
    </message>
    <message>
        <location filename="../../gui/insight/panels.py" line="170"/>
        <source>Strength</source>
        <translation>力度</translation>
    </message>
</context>
<context>
    <name>VariableEditor</name>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="40"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="41"/>
        <source>Directive</source>
        <translation>指示</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="44"/>
        <source>One choice (nominal)</source>
        <translation>单选（定类）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="45"/>
        <source>Several choices (multi)</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="46"/>
        <source>One choice, ordered (ordinal)</source>
        <translation>单选，有序（定序）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="47"/>
        <source>Number (interval)</source>
        <translation>数值（定距）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="48"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="89"/>
        <source>letters, digits and _, e.g. instrument</source>
        <translation>字母、数字和 _，如 instrument</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="102"/>
        <source>Required: the unit is not done until this is coded</source>
        <translation>必填：未编码前不能标为完成</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="107"/>
        <source>The coding instruction the coder sees</source>
        <translation>编码员看到的编码说明</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="113"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="113"/>
        <location filename="../../gui/dialogs/variableeditor.py" line="137"/>
        <source>Chinese label</source>
        <translation>中文标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="113"/>
        <location filename="../../gui/dialogs/variableeditor.py" line="138"/>
        <source>English label</source>
        <translation>英文标签</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="113"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="128"/>
        <source>Add &amp;value</source>
        <translation>添加取值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="129"/>
        <source>Remove value</source>
        <translation>删除取值</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="130"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="131"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="132"/>
        <source>A number or a text variable has no values: the coder types it.</source>
        <translation>数值或文本变量没有取值：由编码员直接输入。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="136"/>
        <source>&amp;Name</source>
        <translation>变量名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="139"/>
        <source>Codes each</source>
        <translation>编码单位</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="140"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="142"/>
        <source>Instruction</source>
        <translation>编码说明</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variableeditor.py" line="150"/>
        <source>Values (a key codes its value in the reader)</source>
        <translation>取值（在阅读区按对应按键即可编码）</translation>
    </message>
</context>
<context>
    <name>VariableList</name>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="46"/>
        <source>&amp;Add variable</source>
        <translation>添加变量(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="47"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="48"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="49"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="50"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="53"/>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/variablelist.py" line="88"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/window/menus.py" line="61"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="62"/>
        <source>&amp;New Library…</source>
        <translation>新建资料库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="63"/>
        <source>Open &amp;Library…</source>
        <translation>打开资料库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="64"/>
        <source>Open Library on a &amp;Server…</source>
        <translation>打开服务器上的库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="65"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="69"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="71"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="72"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="74"/>
        <source>&amp;Merge Coders&apos; Work…</source>
        <translation>合并编码员的工作(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="78"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="90"/>
        <source>&amp;Find in Article</source>
        <translation>在文章中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="92"/>
        <source>&amp;Search Library</source>
        <translation>搜索资料库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="94"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="96"/>
        <source>Mark &amp;Done and Go to Next</source>
        <translation>标记完成并转到下一篇(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="100"/>
        <source>Mark &amp;In Progress</source>
        <translation>标记为进行中(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="102"/>
        <source>Mark &amp;New</source>
        <translation>标记为未开始(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="104"/>
        <source>Write a &amp;Note on the Article</source>
        <translation>为文章写备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="107"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="108"/>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="111"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="113"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="117"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="120"/>
        <source>Show &amp;Entities</source>
        <translation>显示实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="121"/>
        <source>Show &amp;Directives</source>
        <translation>显示指令(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="124"/>
        <source>Show Side &amp;Panel</source>
        <translation>显示侧边栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="128"/>
        <source>All &amp;Coders&apos; Work</source>
        <translation>所有编码员的工作(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="133"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="135"/>
        <source>&amp;Insight</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="139"/>
        <source>&amp;Documents</source>
        <translation>文件记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="141"/>
        <source>Activity &amp;Log</source>
        <translation>活动日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="144"/>
        <source>&amp;Original Document</source>
        <translation>原件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="147"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="148"/>
        <source>&amp;Apply My Corrections to All Articles</source>
        <translation>将我的修正应用到所有文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="150"/>
        <source>&amp;Codebook…</source>
        <translation>编码表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="152"/>
        <source>Intercoder &amp;Agreement…</source>
        <translation>编码员间信度(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="155"/>
        <source>A&amp;djudicate (Curation Mode)</source>
        <translation>裁定（审校模式）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="160"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="163"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="164"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="165"/>
        <source>&amp;About pizhu</source>
        <translation>关于 pizhu(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="169"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="172"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="173"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="236"/>
        <source>Tag as</source>
        <translation>标注为</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="236"/>
        <source>Change label to</source>
        <translation>更改标签为</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="241"/>
        <source>Accept	Enter</source>
        <translation>接受	Enter</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="242"/>
        <source>Reject	X</source>
        <translation>拒绝	X</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="243"/>
        <source>Delete	Del</source>
        <translation>删除	Del</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="245"/>
        <source>Mark / Unmark Directive	D</source>
        <translation>标记/取消标记指令	D</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="247"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="293"/>
        <source>The new language is used from the next start of pizhu</source>
        <translation>新的界面语言将在下次启动 pizhu 时生效</translation>
    </message>
</context>
</TS>
