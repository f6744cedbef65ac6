"""Imported text is only ever text: a library whose every field is HTML, walked through every
label, tooltip, item model and chart label of the real main window and Insight window.

Qt takes a tooltip, a message box or an AutoText label as rich text when its first line holds a
known tag (Qt::mightBeRichText), and Qt Charts renders its labels as HTML always: an article
titled `<img src=file:///…>` then makes the window read that file (issue 21). The image here is a
real, tiny PNG, so a string that would load it shows an image in its document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QHeaderView,
    QLabel,
    QToolTip,
    QWidget,
)

from gui.core.library import Library
from gui.core.model import Annotation, Article
from gui.insight.graph import GraphView
from gui.shared.fonts import apply_cjk_font
from gui.window.mainwindow import MainWindow

might_be_rich = QtGui.Qt.mightBeRichText  # Qt's guess, made for tooltips, message boxes, AutoText labels


@pytest.fixture()
def image(tmp_path: Path) -> str:
    png = tmp_path / "pixel.png"
    picture = QImage(4, 4, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.red)
    assert picture.save(str(png))
    return f'<img src="{png.as_uri()}">'


def hostile_article(n: int, img: str) -> Article:
    """Every field HTML; a directive sentence and a document title as the tagger would find them."""
    person = f"{img}林武"
    meeting = "<b>省委</b>常委会"
    directive = f"{meeting}指出，要加强{img}工作{img}。"
    document = f"《{img}实施意见》"
    body = (
        f"本报讯 {person}主持会议。{directive}{document}印发。\n"
        f'<a href="http://example.org">点我</a> &amp; <i>完</i> &lt;b&gt;'
    )

    def span(text: str, label: str, kind: str = "entity", **attrs: object) -> Annotation:
        start = body.index(text)
        return Annotation(kind, label, start, start + len(text), text, attrs=dict(attrs))

    return Article(
        title=f"<h1>标题{n}</h1>{img}",
        pre_title=f"<b>引题</b>{img}",
        subtitles=[f"<i>副题</i>{img}", '<a href="http://example.org">链接</a>'],
        byline=f"<u>记者</u>{img}",
        dateline=f"<b>电</b>{img}",
        published=f"2022-03-2{n}",
        source=f"<b>来源{n}</b>.txt",
        body=body,
        pretagged=True,
        annotations=[
            span(person, "PER"),
            span(meeting, "MEETING"),
            span(document, "DOC"),
            span(
                directive,
                "DIRECTIVE",
                "directive",
                issuer=meeting,
                issuer_label="MEETING",
                strength="要",
                topic=f"<i>巡视</i>{img}",
                addressee="<u>各地</u>",
            ),
        ],
    )


def interpreted(document: QTextDocument) -> list[str]:
    """What in a document shows HTML at work: images, links, bold or italic text, headings."""
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(f"heading in {block.text()!r}")
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            if fmt.isAnchor() or fmt.fontWeight() > 500 or fmt.fontItalic() or fmt.fontUnderline():
                found.append(f"formatted {fragment.text()!r}")
            it += 1
        block = block.next()
    return found


def rendered(text: str, rich: bool) -> tuple[str, list[str]]:
    """The text a widget shows for `text` (zero-width spaces are not seen), and any HTML at work in it."""
    if not rich:
        return text.replace("\u200b", ""), []
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u200b", ""), interpreted(document)


def check_shown(text: str, where: str, problems: list[str], rich: bool | None = None) -> str:
    """Check one string shown where Qt guesses the format (tooltips, message boxes, AutoText labels)."""
    if not text:
        return ""
    shown, html_at_work = rendered(text, might_be_rich(text) if rich is None else rich)
    problems += [f"{where}: {found} from {text[:120]!r}" for found in html_at_work]
    if "&lt;" in shown or "&amp;" in shown:
        problems.append(f"{where}: escaped twice, shows {shown[:120]!r}")
    return shown


def walk_widgets(top: QWidget, problems: list[str]) -> None:
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        check_shown(widget.toolTip(), f"tooltip of {name}", problems)
        check_shown(widget.windowTitle(), f"window title of {name}", problems, rich=False)
        if isinstance(widget, QLabel):
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and might_be_rich(widget.text()))
            check_shown(widget.text(), f"text of {name}", problems, rich=rich)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            walk_model(widget.model(), name, problems)
    for action in top.findChildren(QAction):
        check_shown(action.toolTip(), f"tooltip of action {action.text()!r}", problems)


def walk_model(model: QAbstractItemModel, name: str, problems: list[str], parent: QModelIndex | None = None) -> None:
    parent = QModelIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                check_shown(tip, f"tooltip of {name} row {row} column {column}", problems)
            if column == 0 and model.rowCount(index):
                walk_model(model, name, problems, index)


def chart_strings(view: QChartView) -> list[tuple[str, str]]:
    """Every string Qt Charts renders as HTML: title, axis labels, bar set and legend labels."""
    chart = view.chart()
    strings = [("chart title", chart.title())]
    for axis in chart.axes():
        if isinstance(axis, QBarCategoryAxis):
            strings += [("axis category", c) for c in axis.categories()]
        elif isinstance(axis, QCategoryAxis):
            strings += [("axis category", c) for c in axis.categoriesLabels()]
    for series in chart.series():
        strings += [("bar set", s.label()) for s in series.barSets()]
    strings += [("legend entry", m.label()) for m in chart.legend().markers()]
    return strings


def chart_texts(view: QChartView) -> list[tuple[str, list[str]]]:
    """What the text items Qt Charts draws (axis labels, legend, title) show, and any HTML at work."""
    shown = []
    text_type = QGraphicsTextItem().type()
    for item in view.scene().items():
        if item.type() == text_type and item.isVisible():
            text_item = item.toGraphicsObject()  # read while this wrapper lives: its document's goes with it
            assert isinstance(text_item, QGraphicsTextItem)
            document = text_item.document()
            shown.append((document.toPlainText(), interpreted(document)))
    return shown


def hover(widget: QWidget, point: QPoint) -> str:
    """The tooltip a widget shows when the mouse rests at `point`."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text()


@pytest.fixture()
def window(qtbot, qapp, library: Library, settings, image: str) -> Iterator[MainWindow]:
    library.import_articles([hostile_article(1, image), hostile_article(2, image)])
    win = MainWindow(library, apply_cjk_font(qapp), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QToolTip.hideText()


def test_html_in_every_imported_field_is_shown_as_text(qtbot, window: MainWindow, image: str) -> None:
    article = hostile_article(1, image)
    directive = next(a for a in article.annotations if a.kind == "directive")
    problems: list[str] = []
    for row in range(window.model.rowCount()):
        window.select_row(row)
        QApplication.processEvents()
        walk_widgets(window, problems)
    # The list's title tooltip and the directive table's tooltip show the imported text itself.
    model = window.model
    titles = {rendered(model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole), True)[0] for r in range(2)}
    assert titles == {f"<h1>标题{n}</h1>{image}" for n in (1, 2)}
    directives = window.panel.directive_model
    tip = directives.data(directives.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert check_shown(tip, "directive table", problems) == directive.text
    # Resting the mouse on the directive in the text names its issuer and topic, literally.
    body = window.reader.body_view
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.offsets.to_qt(directive.start + 2))
    tip = hover(body.viewport(), body.cursorRect(cursor).center())
    shown = check_shown(tip, "reader tooltip", problems)
    assert directive.attrs["issuer"] in shown and directive.attrs["topic"][:40] in shown  # a long name is cut
    # An edit is named by the text it labels, in the Edit menu and the toolbar's Undo tooltip.
    start = article.body.index(f"加强{image}") + 2
    cursor.setPosition(body.offsets.to_qt(start))
    cursor.setPosition(body.offsets.to_qt(start + len(image)), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.annotator.apply_label("LOC")
    assert image in window.undo_action.text()
    assert image in check_shown(window.undo_action.toolTip(), "undo tooltip", problems)
    walk_widgets(window, problems)
    assert not problems, "\n".join(problems)


def test_html_in_imported_text_is_shown_as_text_in_insight(qtbot, window: MainWindow, image: str) -> None:
    article = hostile_article(1, image)
    by_label = {a.label: a.text for a in article.annotations}
    insight = window.open_insight()
    qtbot.addWidget(insight)
    qtbot.waitUntil(lambda: insight.view is not None, timeout=20000)
    problems: list[str] = []
    literal: set[str] = set()  # what the charts' own text items show

    def walk_insight() -> None:
        walk_widgets(insight, problems)
        views = []
        for tab in range(insight.tabs.count()):  # a chart lays out its labels when it is shown
            insight.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            for view in insight.tabs.currentWidget().findChildren(QChartView):
                view.grab()
                views.append(view)
        for view in views:
            for kind, text in chart_strings(view):
                shown = check_shown(text, kind, problems, rich=True)
                literal.add(shown)
            for text, html_at_work in chart_texts(view):
                problems.extend(f"chart text {text!r}: {found}" for found in html_at_work)
                literal.add(text)
            for series in view.chart().series():
                for bar_set in series.barSets():
                    bar_set.hovered.emit(True, 0)
                    check_shown(QToolTip.text(), f"hover over {bar_set.label()!r}", problems)
        for graph in insight.findChildren(GraphView):
            for item in [*graph.nodes, *graph.edges]:
                literal.add(check_shown(item.toolTip(), "graph tooltip", problems))

    walk_insight()
    entities = insight.entities_panel
    entities.label.setCurrentIndex(entities.label.findData("DOC"))
    with qtbot.waitSignal(insight.refreshed, timeout=20000):
        entities.optionsChanged.emit()
    walk_insight()
    assert not problems, "\n".join(problems)
    # The names came through, literally: the issuer on its axis, the topic in the legend, the document.
    directive = next(a for a in article.annotations if a.kind == "directive")
    assert by_label["MEETING"] in literal
    assert by_label["DOC"] in literal
    assert any(text.startswith(directive.attrs["topic"]) for text in literal)
    assert any(by_label["PER"] in text for text in literal)
