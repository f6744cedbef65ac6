"""The Qt-free core: data model, ingest, NLP, store and export.

Nothing under this package may import Qt; the GUI and the command line both
call into it.
"""
