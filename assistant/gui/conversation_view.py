"""The conversation as a list of bubbles (a model/view list, so a long history scrolls smoothly): the
person on the right, the assistant on the left, the reply streaming in, a small time stamp, and the
skills' results as compact cards (a timer counting down with Cancel, a calculation with its
expression, a conversion, a saved note with Undo, a dictionary entry). Right-click copies a message
or the whole conversation, or clears the view."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyle, QStyledItemDelegate

from assistant.gui.theme import is_dark

PAD = 10           # inside a bubble
GAP = 6            # between bubbles
MAX_SHARE = 0.78   # a bubble's widest, as a share of the view
BUTTON_W, BUTTON_H = 72, 26


@dataclass
class Message:
    who: str                      # "user" | "assistant" | "card"
    text: str
    at: datetime = field(default_factory=datetime.now)
    card: dict | None = None      # {"kind": "timer" | "calc" | "convert" | "note" | "define", ...}


def card_for(name: str, result) -> dict | None:
    """A card for a skill's result, or None (the spoken answer says it all)."""
    if not isinstance(result, (dict, list)) or isinstance(result, dict) and "error" in result:
        return None
    if name == "timer_start":
        return {"kind": "timer", "name": result["name"], "seconds": result["seconds"],
                "ends": time.monotonic() + result["seconds"], "state": "running"}
    if name == "calculator":
        return {"kind": "calc", "title": str(result.get("expression", "")), "value": _number(result.get("value"))}
    if name == "convert_units":
        return {"kind": "convert", "title": f"Conversion · {_number(result['value'])} {result['from']}",
                "value": f"= {_number(result['result'])} {result['to']}"}
    if name == "note_remember":
        return {"kind": "note", "title": "Note saved", "value": result["saved"], "state": "saved"}
    if name == "define":
        return {"kind": "define", "title": f"{result['word']} ({result.get('pos', '')})",
                "value": result["definition"]}
    return None


def _number(value) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def countdown(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ConversationModel(QAbstractListModel):
    """The messages. The delegate reads them from `messages` by row: a Python object carried through
    QVariant (a custom role) upset PySide 6's reference counts on Python 3.11 (the interpreter aborted
    at exit, "deallocating None"), so only strings go through data()."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messages: list[Message] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.messages)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        m = self.messages[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            return plain(m)
        return None

    def append(self, message: Message) -> int:
        row = len(self.messages)
        self.beginInsertRows(QModelIndex(), row, row)
        self.messages.append(message)
        self.endInsertRows()
        return row

    def changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def clear(self) -> None:
        self.beginResetModel()
        self.messages.clear()
        self.endResetModel()


def plain(m: Message) -> str:
    if m.card is None:
        return f"{'You' if m.who == 'user' else 'Assistant'}: {m.text}"
    c = m.card
    if c["kind"] == "timer":
        return f"Timer {c['name']}: {c['state']}"
    return f"{c.get('title', '')}: {c.get('value', '')}"


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def _message(self, index) -> Message | None:
        messages = self.view.model_.messages
        return messages[index.row()] if index.isValid() and index.row() < len(messages) else None

    # -- geometry ---------------------------------------------------------------------------------------
    def _fonts(self):
        base = QFont(self.view.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 1.35)
        big.setBold(True)
        return base, small, big

    def _max_width(self) -> int:
        return max(160, int(self.view.viewport().width() * MAX_SHARE))

    def _layout(self, m: Message, width: int) -> dict:
        """Where each part of the message goes, relative to the item's top-left corner."""
        base, small, big = self._fonts()
        fm, fs, fb = QFontMetrics(base), QFontMetrics(small), QFontMetrics(big)
        inner = self._max_width() - 2 * PAD
        stamp_h = fs.height()
        if m.card is None:
            text = fm.boundingRect(QRect(0, 0, inner, 100000), Qt.TextWordWrap, m.text or " ")
            w = max(text.width(), fs.horizontalAdvance("00:00")) + 2 * PAD
            h = text.height() + 2 * PAD
            x = width - w - PAD if m.who == "user" else PAD
            return {"bubble": QRect(x, GAP // 2, w, h), "text": QRect(x + PAD, GAP // 2 + PAD, w - 2 * PAD, text.height()),
                    "stamp": QRect(x, GAP // 2 + h + 1, w, stamp_h), "height": h + stamp_h + GAP}
        c = m.card
        title, value = self._card_text(c)
        t = fs.boundingRect(QRect(0, 0, inner, 10000), Qt.TextWordWrap, title)
        v = (fb if c["kind"] in ("timer", "calc", "convert") else fm).boundingRect(
            QRect(0, 0, inner - BUTTON_W - PAD, 10000), Qt.TextWordWrap, value)
        w = self._max_width()
        h = PAD + t.height() + 4 + max(v.height(), BUTTON_H) + PAD
        box = QRect(PAD, GAP // 2, w, h)
        return {"bubble": box, "title": QRect(box.x() + PAD, box.y() + PAD, inner, t.height()),
                "value": QRect(box.x() + PAD, box.y() + PAD + t.height() + 4, inner - BUTTON_W - PAD, v.height()),
                "button": QRect(box.right() - PAD - BUTTON_W, box.bottom() - PAD - BUTTON_H, BUTTON_W, BUTTON_H),
                "stamp": QRect(box.x(), box.bottom() + 2, w, stamp_h), "height": h + stamp_h + GAP}

    @staticmethod
    def _card_text(c: dict) -> tuple[str, str]:
        if c["kind"] == "timer":
            label = f"Timer · {c['name']}" if c["name"] != "timer" else "Timer"
            if c["state"] == "running":
                return label, countdown(c["ends"] - time.monotonic())
            return label, {"cancelled": "Cancelled", "done": "Done"}.get(c["state"], c["state"])
        return c.get("title", ""), c.get("value", "")

    @staticmethod
    def button_label(c: dict) -> str:
        if c["kind"] == "timer" and c["state"] == "running":
            return "Cancel"
        if c["kind"] == "note" and c["state"] == "saved":
            return "Undo"
        return ""

    def sizeHint(self, option, index) -> QSize:
        m = self._message(index)
        return QSize(self.view.viewport().width(), self._layout(m, self.view.viewport().width())["height"])

    # -- painting ---------------------------------------------------------------------------------------
    def paint(self, p: QPainter, option, index) -> None:
        m: Message = self._message(index)
        dark = is_dark(self.view)
        parts = self._layout(m, option.rect.width())
        p.save()
        p.setRenderHint(QPainter.Antialiasing)
        p.translate(option.rect.topLeft())
        base, small, big = self._fonts()
        palette = self.view.palette()
        if m.card is None:
            mine = m.who == "user"
            fill = QColor("#1a73e8") if mine else QColor("#303134" if dark else "#f1f3f4")
            ink = QColor("white") if mine else palette.text().color()
        else:
            fill = QColor("#263238" if dark else "#e8f0fe")
            ink = palette.text().color()
        selected = bool(option.state & QStyle.State_Selected)
        p.setPen(Qt.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(parts["bubble"]), 14, 14)
        if selected:
            p.setPen(palette.highlight().color())
            p.setBrush(Qt.NoBrush)
            p.drawRoundedRect(QRectF(parts["bubble"]).adjusted(1, 1, -1, -1), 14, 14)
        p.setPen(ink)
        if m.card is None:
            p.setFont(base)
            p.drawText(parts["text"], Qt.TextWordWrap, m.text)
        else:
            title, value = self._card_text(m.card)
            p.setFont(small)
            p.drawText(parts["title"], Qt.TextWordWrap, title)
            p.setFont(big if m.card["kind"] in ("timer", "calc", "convert") else base)
            p.drawText(parts["value"], Qt.TextWordWrap, value)
            label = self.button_label(m.card)
            if label:
                p.setFont(base)
                p.setPen(QColor("#8ab4f8" if dark else "#1a73e8"))
                p.setBrush(Qt.NoBrush)
                p.drawRoundedRect(QRectF(parts["button"]), 13, 13)
                p.drawText(parts["button"], Qt.AlignCenter, label)
        p.setFont(small)
        p.setPen(palette.placeholderText().color())
        align = Qt.AlignRight if m.who == "user" else Qt.AlignLeft
        p.drawText(parts["stamp"], align | Qt.AlignTop, m.at.strftime("%H:%M"))
        p.restore()

    def button_at(self, index, pos) -> bool:
        m: Message = self._message(index)
        if m is None or m.card is None or not self.button_label(m.card):
            return False
        rect = self.view.visualRect(index)
        return self._layout(m, rect.width())["button"].translated(rect.topLeft()).contains(pos)


class ConversationView(QListView):
    """The list of bubbles and cards. `card_action(row)`: the button of the card in that row was pressed
    (a row, not the card: a dict sent through a signal arrives as a copy)."""
    card_action = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model_ = ConversationModel(self)
        self.setModel(self.model_)
        self.delegate = BubbleDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.setFrameShape(QListView.NoFrame)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        QShortcut(QKeySequence.Copy, self, activated=self.copy_selected, context=Qt.WidgetShortcut)
        self._streaming: int | None = None   # the row of the reply being streamed
        self._tick = QTimer(self, interval=1000)   # runs only while a timer card counts down
        self._tick.timeout.connect(self._count_down)
        # A timer of the view's own (not QTimer.singleShot with a bound method: with PySide 6 that left a
        # reference fault that aborted the interpreter at exit after a long conversation had scrolled).
        self._scroll = QTimer(self, singleShot=True, interval=0)
        self._scroll.timeout.connect(self.scrollToBottom)

    # -- what the window adds -----------------------------------------------------------------------------
    def add(self, who: str, text: str) -> int:
        row = self.model_.append(Message(who, text))
        self._streaming = None
        self._follow()
        return row

    def stream(self, delta: str) -> None:
        """Add to the reply being written (a new assistant bubble on its first words)."""
        if self._streaming is None:
            self._streaming = self.model_.append(Message("assistant", ""))
        m = self.model_.messages[self._streaming]
        m.text += delta
        self.model_.changed(self._streaming)
        self.scheduleDelayedItemsLayout()
        self._follow()

    def end_reply(self) -> None:
        self._streaming = None

    def add_card(self, card: dict) -> int:
        row = self.model_.append(Message("card", "", card=card))
        if card["kind"] == "timer":
            self._tick.start()
        self._follow()
        return row

    def card(self, row: int) -> dict | None:
        return self.model_.messages[row].card if 0 <= row < len(self.model_.messages) else None

    def cards(self, kind: str | None = None) -> list[dict]:
        return [m.card for m in self.model_.messages if m.card and (kind is None or m.card["kind"] == kind)]

    def timer_ended(self, name: str, state: str = "done") -> None:
        for card in self.cards("timer"):
            if card["name"] == name and card["state"] == "running":
                card["state"] = state
        self.viewport().update()

    def refresh(self) -> None:
        self.viewport().update()

    def toPlainText(self) -> str:
        return "\n".join(plain(m) for m in self.model_.messages)

    def clear(self) -> None:
        self._streaming = None
        self._tick.stop()
        self.model_.clear()

    # -- behaviour ------------------------------------------------------------------------------------------
    def _follow(self) -> None:
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() - 40:   # only when the person is not reading further up
            self._scroll.start()

    def _count_down(self) -> None:
        running = False
        for card in self.cards("timer"):
            if card["state"] == "running":
                if card["ends"] <= time.monotonic():
                    card["state"] = "done"
                else:
                    running = True
        if not running:
            self._tick.stop()
        self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.LeftButton and index.isValid() and self.delegate.button_at(index, event.position().toPoint()):
            self.card_action.emit(index.row())
            self.viewport().update()
        super().mouseReleaseEvent(event)   # always: the view must see the release of every press it saw

    def mouseMoveEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        over = index.isValid() and self.delegate.button_at(index, event.position().toPoint())
        self.viewport().setCursor(Qt.PointingHandCursor if over else Qt.ArrowCursor)
        super().mouseMoveEvent(event)

    def copy_selected(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            m = self.delegate._message(index)
            QGuiApplication.clipboard().setText(m.text if m.card is None else plain(m))

    def _menu(self, pos) -> None:
        index = self.indexAt(pos)
        menu = QMenu(self)
        if index.isValid():
            self.setCurrentIndex(index)
            menu.addAction("Copy", self.copy_selected)
        menu.addAction("Copy conversation", lambda: QGuiApplication.clipboard().setText(self.toPlainText()))
        menu.addSeparator()
        menu.addAction("Clear view", self.clear)
        menu.popup(self.viewport().mapToGlobal(pos))
