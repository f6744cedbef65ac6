"""The article list as a lazy table model, and how its rows are drawn.

The model holds only the ids of the articles shown, in display order (one SQL
query, cheap even for 100,000 articles); the visible rows are fetched a page at
a time when the view asks for them and kept in a small cache.

The title gets most of the list's width: the status is a mark before the title (its
column is hidden), dates and counts are as narrow as their numbers. Articles that
share a title (a daily 新闻摘要, 国内联播快讯) show the opening words of their body
after it, in a lighter colour.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from gui.core.library import Library
from gui.core.model import ArticleFilter, ArticleRow
from gui.shared.i18n import QT_TRANSLATE_NOOP
from gui.shared.plaintext import tooltip
from gui.shared.summaries import article_status

_Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHE_PAGES = 20
OPENING_CHARS = 40  # of the body shown after a title that other rows share
OPENINGS_KEPT = 2000
# A dateline or lead-in that many articles share ("央视网消息（新闻联播）：", "本期节目主要内容："),
# and a list number ("1."): the words after them tell articles apart.
_LEAD_IN = re.compile(r"^[^\n：:。]{1,16}[：:]\s*")
_NUMBER = re.compile(r"^[（(]?\d{1,2}[.．、)）]\s*")


def opening(body: str, limit: int = OPENING_CHARS) -> str:
    """The first words of an article that tell it from others of the same title, on one line."""
    text = body.strip()
    text = _LEAD_IN.sub("", text, count=1)
    text = _NUMBER.sub("", text, count=1)
    return " ".join(text[: limit * 2].split())[:limit]


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Date"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Status"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Entities"),
        QT_TRANSLATE_NOOP("ArticleTableModel", "Directives"),
    )
    # What the headers of the number columns say: as narrow as the numbers (the full name is the tooltip).
    SHORT = {
        3: QT_TRANSLATE_NOOP("ArticleTableModel", "Ent."),
        4: QT_TRANSLATE_NOOP("ArticleTableModel", "Dir."),
    }
    HEADER_TIPS = {
        3: QT_TRANSLATE_NOOP("ArticleTableModel", "Entities"),
        4: QT_TRANSLATE_NOOP("ArticleTableModel", "Directives: accepted/proposed"),
    }
    TITLE, DATE, STATUS, ENTITIES, DIRECTIVES = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1
    OpeningRole = Qt.ItemDataRole.UserRole + 2  # the body's first words if other rows share the title, or ""
    StatusRole = Qt.ItemDataRole.UserRole + 3  # the article's status code (new, in_progress, done)
    KindRole = Qt.ItemDataRole.UserRole + 4  # "article", or "summary" for a list of the day's headlines

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self.filter = ArticleFilter()
        self.sort_key = "published"
        # Titles seen on more than one row of a loaded page, and the openings read for them.
        self._shared_titles: set[str] = set()
        self._openings: OrderedDict[int, str] = OrderedDict()
        self._detached = False  # the library is closing: the list is empty from now on

    @property
    def detached(self) -> bool:
        return self._detached

    def detach(self) -> None:
        """Empty the list for good before its library closes: a view painted later (a window torn
        down after its library) finds no rows to read."""
        self.beginResetModel()
        self._detached = True
        self._ids = []
        self._pages.clear()
        self._openings.clear()
        self.endResetModel()

    # -- loading -----------------------------------------------------------

    def reload(self) -> None:
        """Re-run the query (after an import, a filter change or another process's edit)."""
        if self._detached:
            return
        self.beginResetModel()
        self._ids = self._library.article_ids(self.filter, self.sort_key)
        self._pages.clear()
        self._shared_titles.clear()
        self._openings.clear()
        self.endResetModel()

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def invalidate_rows(self, article_ids: set[int]) -> None:
        """Drop cached rows of changed articles and tell the views."""
        for number, rows in list(self._pages.items()):
            if any(r.id in article_ids for r in rows):
                del self._pages[number]
        for row, article_id in enumerate(self._ids):
            if article_id in article_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _row(self, row: int) -> ArticleRow | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            page = self._library.article_rows(ids)
            self._pages[number] = page
            counts = Counter(r.title for r in page)
            self._shared_titles.update(title for title, n in counts.items() if n > 1)
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    # -- queries -----------------------------------------------------------

    def row_at(self, row: int) -> ArticleRow | None:
        """The list row shown at this position (read with its page), or None."""
        return self._row(row) if 0 <= row < len(self._ids) else None

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def next_row(self, after: int, wanted: Callable[[ArticleRow], bool]) -> int:
        """The first row after `after` (wrapping around) whose article is wanted, or -1."""
        count = len(self._ids)
        for step in range(1, count + 1):
            row = (after + step) % count
            found = self._row(row)
            if found is not None and wanted(found):
                return row
        return -1

    def opening_of(self, row: ArticleRow) -> str:
        """The opening words of a row whose title other rows share (the row carries the body's head)."""
        if row.title not in self._shared_titles:
            return ""
        found = self._openings.get(row.id)
        if found is None:
            found = self._openings[row.id] = opening(row.head)
            while len(self._openings) > OPENINGS_KEPT:
                self._openings.popitem(last=False)
        return found

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.SHORT.get(section, self.COLUMNS[section]))
        if role == Qt.ItemDataRole.ToolTipRole and section in self.HEADER_TIPS:
            return self.tr(self.HEADER_TIPS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting the list asks every cell for a dozen roles: the ones not answered leave first.
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < len(self._ids) or not index.isValid():
            return None
        if role == self.IdRole:
            return self._ids[number]
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if column in _NUMBER_COLUMNS else None
        row = self._row(number)
        if row is None:
            return None
        if role == self.KindRole:
            return row.kind
        if role == self.StatusRole:
            return row.status
        if role == self.OpeningRole:
            return self.opening_of(row)
        if column == self.TITLE:
            return tooltip(row.title) if role == _TOOLTIP else row.title
        if role == _TOOLTIP:
            return None
        if column == self.DATE:
            return row.published or ""
        if column == self.STATUS:
            return article_status(row.status)
        if column == self.ENTITIES:
            return row.n_entities
        if column == self.DIRECTIVES:
            # accepted / proposed (suggested and accepted)
            return f"{row.n_directives_accepted}/{row.n_directives}" if row.n_directives else "0"
        return None


# The roles the model answers, as plain ints (an enum's comparisons cost a call each).
_DISPLAY, _TOOLTIP, _ALIGN = (
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.TextAlignmentRole),
)
_ROLES = frozenset(
    {
        _DISPLAY,
        _TOOLTIP,
        _ALIGN,
        ArticleTableModel.IdRole,
        ArticleTableModel.OpeningRole,
        ArticleTableModel.StatusRole,
        ArticleTableModel.KindRole,
    }
)
_NUMBER_COLUMNS = frozenset({ArticleTableModel.DATE, ArticleTableModel.ENTITIES, ArticleTableModel.DIRECTIVES})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


STATUS_MARKS = {"new": None, "in_progress": QColor("#e0a100"), "done": QColor("#3a9a55")}


class ArticleDelegate(QStyledItemDelegate):
    """Draws a title cell: the status mark, the title, and the opening of a shared title, lighter."""

    MARK = 9  # the status mark's diameter, px

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._marks: dict[tuple[str, int, float], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        ink = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        title_ink = ink
        # The row itself rather than three more trips through data(): this runs for every row shown.
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, ArticleTableModel) else None
        if row is not None and row.kind == "summary" and not selected:
            # A list of the day's headlines: there to find, not to code; drawn lighter.
            title_ink = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.save()
        # The mark's box is at (left + 2, middle - MARK / 2 + 1); its picture starts a pixel and a half before.
        status = row.status if row is not None else "new"  # a row whose page could not be read: no mark
        painter.drawPixmap(rect.left() + 1, rect.center().y() - 5, self._mark_picture(status, ink, painter))
        left = rect.left() + self.MARK + 8
        metrics = opt.fontMetrics
        width = rect.right() - left
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.setFont(opt.font)
        painter.setPen(title_ink)
        painter.drawText(QRect(left, rect.top(), width, rect.height()), align, shown)
        words = model.opening_of(row) if row is not None and isinstance(model, ArticleTableModel) else ""
        if words and shown == title:
            x = left + metrics.horizontalAdvance(title + "  ")
            room = rect.right() - x
            if room > metrics.horizontalAdvance("中中…"):
                lighter = QColor(ink) if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
                if selected:
                    lighter.setAlphaF(0.75)
                painter.setPen(lighter)
                painter.drawText(
                    QRect(x, rect.top(), room, rect.height()),
                    align,
                    metrics.elidedText(words, Qt.TextElideMode.ElideRight, room),
                )
        painter.restore()

    def _mark_picture(self, status: str, ink: QColor, painter: QPainter) -> QPixmap:
        """The status mark, drawn once for each status, ink and pixel ratio (antialiased circles
        are most of a title cell's drawing)."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (status, ink.rgba(), ratio)
        picture = self._marks.get(key)
        if picture is None:
            side = self.MARK + 3
            picture = QPixmap(round(side * ratio), round(side * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            with QPainter(picture) as mark_painter:
                mark_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._mark(mark_painter, QRectF(1, 1.5, self.MARK, self.MARK), status, ink)
            self._marks[key] = picture
        return picture

    @staticmethod
    def _mark(painter: QPainter, box: QRectF, status: str | None, ink: QColor) -> None:
        """New: a faint ring; in progress: a half-filled amber disc; done: a green disc."""
        color = STATUS_MARKS.get(status or "new")
        if color is None:
            faint = QColor(ink)
            faint.setAlphaF(0.35)
            painter.setPen(QPen(faint, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
            return
        painter.setPen(QPen(color, 1.2))
        if status == "done":
            painter.setBrush(color)
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setBrush(color)
            painter.drawPie(box.adjusted(0.5, 0.5, -0.5, -0.5), 90 * 16, 180 * 16)  # the left half

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: _Index
    ) -> bool:  # noqa: N802
        # Resting on the status mark names the status; elsewhere on the title, the title's tooltip.
        if (
            event.type() == QEvent.Type.ToolTip
            and index.column() == ArticleTableModel.TITLE
            and event.pos().x() < option.rect.left() + self.MARK + 10
        ):
            QToolTip.showText(
                event.globalPos(), article_status(index.data(ArticleTableModel.StatusRole) or "new"), view
            )
            return True
        return super().helpEvent(event, view, option, index)


def size_columns(view: QTableView) -> None:
    """The title stretches; dates and counts get, once, the width of the widest number they show
    (their headers are short, the full names are tooltips); the status is a mark in the title cell.

    (ResizeToContents would ask the model for rows at every reload, and for every row
    of a list shorter than a few thousand: 30,000 calls and 100 ms after a filter.)
    """
    model: QAbstractItemModel = view.model()
    header = view.horizontalHeader()
    cells, titles = view.fontMetrics(), header.fontMetrics()
    samples = {
        ArticleTableModel.DATE: "2022-12-31",
        ArticleTableModel.ENTITIES: "9999",
        ArticleTableModel.DIRECTIVES: "999/999",
    }
    # The title's cells only: the others are Qt's own delegate's (no Python call per cell painted).
    view.setItemDelegateForColumn(ArticleTableModel.TITLE, ArticleDelegate(view))
    # Titles, dates and counts are Chinese and digits, which need no OpenType shaping: without
    # it (only kerning and ligatures of Latin text are lost) the list paints a tenth faster.
    # Only the strategy is set: family and size still follow the application's font.
    plain = QFont()
    plain.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    view.setFont(plain)
    header.setSectionResizeMode(ArticleTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionHidden(ArticleTableModel.STATUS, True)
    for column, text in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(cells.horizontalAdvance(text), titles.horizontalAdvance(title)) + 12
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
