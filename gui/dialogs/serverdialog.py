"""File → Open Server Library…: where a team's PostgreSQL library is (host, port, database, user,
TLS), made into the libpq URL pizhu opens. No password field: pizhu never keeps one; libpq reads
it from ~/.pgpass, a service file or PGPASSWORD, as the dialog says."""

from __future__ import annotations

import getpass
from urllib.parse import parse_qs, quote, urlsplit

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

TLS_MODES = ("prefer", "require", "disable")


class ServerDialog(QDialog):
    """The fields of a server library's URL; `url()` once accepted."""

    def __init__(self, parent: QWidget | None = None, last: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a library on a server"))
        self.setObjectName("server_dialog")
        was = urlsplit(last) if last.startswith(("postgresql://", "postgres://")) else None
        self.host = QLineEdit(was.hostname or "" if was else "localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue((was.port or 5432) if was else 5432)
        self.database = QLineEdit(was.path.lstrip("/") if was else "pizhu")
        self.user = QLineEdit((was.username or "") if was else getpass.getuser())
        self.tls = QComboBox()
        tls = (self.tr("Prefer TLS (when the server offers it)"), self.tr("Require TLS"), self.tr("No TLS"))
        self.tls.addItems(list(tls))
        mode = parse_qs(was.query).get("sslmode", ["prefer"])[0] if was else "prefer"
        self.tls.setCurrentIndex(TLS_MODES.index(mode) if mode in TLS_MODES else 0)
        named = {"host": self.host, "port": self.port, "database": self.database, "user": self.user}
        for name, widget in named.items():
            widget.setObjectName(name)
        form = QFormLayout()
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User (your login):"), self.user)
        form.addRow(self.tr("Encryption:"), self.tls)
        note = QLabel(
            self.tr(
                "pizhu never stores a password. PostgreSQL's own client reads it from ~/.pgpass"
                " (%APPDATA%\\postgresql\\pgpass.conf on Windows), a service file or the PGPASSWORD"
                " environment variable; ask your lead for your login."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._check()

    def _check(self) -> None:
        self.open_button.setEnabled(all(f.text().strip() for f in (self.host, self.database, self.user)))

    def url(self) -> str:
        """postgresql://user@host:port/database?sslmode=… (no password, ever)."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        host = f"[{host}]" if ":" in host else host  # an IPv6 address
        database = quote(self.database.text().strip(), safe="")
        mode = TLS_MODES[self.tls.currentIndex()]
        return f"postgresql://{user}@{host}:{self.port.value()}/{database}?sslmode={mode}"
