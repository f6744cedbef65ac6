"""The main window: the article list and its filters, the menus and toolbar, library switching and
the background jobs it starts (import, re-tag), the activity log and the shortcuts help."""
