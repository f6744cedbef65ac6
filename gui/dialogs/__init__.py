"""The dialogs opened from the main window (settings, export, about) and the crash dialog."""
