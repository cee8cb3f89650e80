"""Columns that share a table's width by what their rows show: a column that needs less than
an even share gets its need, the others split the rest evenly, none below its heading (unless
even the headings do not fit: then a heading is cut too);
when everything fits the last of them takes what is left. A text too long for its share
wraps (a view with word wrap: the row grows) or ends in "…"; the model's tooltip holds it
whole. Shared again when the table is resized or its
rows change, so at 1366x768 with large text no column runs off to the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

PADDING = 12  # a cell's margins (the delegate's 4 a side) and the grid, beside its text
HEADING_PADDING = 16  # a heading's (the style's 6 a side) and its border


def shares(needs: Sequence[int], minimums: Sequence[int], room: int) -> list[int]:
    """The widths: each column's need when they fit together (the last one gets the rest),
    else even shares of what is left, a column needing less than a share getting its need
    and one that may not be narrower than a share getting its minimum."""
    if sum(needs) <= room:
        return [*needs[:-1], needs[-1] + room - sum(needs)] if needs else []
    widths = list(needs)
    left, open_columns = room, list(range(len(needs)))
    while open_columns:
        share = left // len(open_columns)
        settled = [c for c in open_columns if needs[c] <= share or minimums[c] >= share]
        if not settled:
            for column in open_columns:
                widths[column] = share
            break
        for column in settled:
            widths[column] = needs[column] if needs[column] <= share else minimums[column]
            left -= widths[column]
            open_columns.remove(column)
    return widths


class OneLine(QStyledItemDelegate):
    """A column that stays one line in a view that wraps (a long detail ends in "…" rather
    than make its row five lines high)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class ColumnShare(QObject):
    """Keeps ``columns`` of ``view`` sharing the room the other (visible) columns leave."""

    def __init__(
        self,
        view: QTableView,
        columns: Sequence[int],
        whole_words: Sequence[int] = (),
        one_line: Sequence[int] = (),
    ) -> None:
        """``whole_words``: columns never narrower than their longest word (labels that
        wrap); the others may cut a word ("digid_aanv…", its tooltip whole). ``one_line``:
        columns that do not wrap in a view that does."""
        super().__init__(view)
        self.view = view
        self.columns = tuple(columns)
        self.whole_words = tuple(whole_words)
        self.one_line = OneLine(self)
        for column in one_line:
            view.setItemDelegateForColumn(column, self.one_line)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(self.later)

    def later(self, *_args: object) -> None:
        # once the contents-sized columns are laid out; not at all once the view is gone
        QTimer.singleShot(0, self, self.share)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def share(self) -> None:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        cells, heads = view.fontMetrics(), header.fontMetrics()
        shown = [c for c in self.columns if not view.isColumnHidden(c)]
        others = sum(
            header.sectionSize(c)
            for c in range(model.columnCount())
            if c not in shown and not view.isColumnHidden(c)
        )
        room = view.viewport().width() - others
        even = room // max(1, len(shown))  # a heading wider than an even share is cut ("…")
        minimums, needs = [], []
        for column in shown:
            texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            heading = heads.horizontalAdvance(title) + HEADING_PADDING
            minimum = min(heading, even)
            if view.wordWrap() and column in self.whole_words:  # a label wraps between words
                words = (word for text in texts for word in text.split())
                minimum = max([minimum, *(cells.horizontalAdvance(w) + PADDING for w in words)])
            minimums.append(minimum)
            widest = max((cells.horizontalAdvance(t) for t in texts), default=0)
            needs.append(
                max(minimum, widest + PADDING, heads.horizontalAdvance(title) + HEADING_PADDING)
            )
        for column, width in zip(shown, shares(needs, minimums, room), strict=True):
            header.resizeSection(column, width)
        if view.wordWrap():  # a cut text goes on on the next line of its row
            view.resizeRowsToContents()
