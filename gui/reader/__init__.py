"""Reading and annotating one article: the reader (body text, highlights, find bar, legend), the
side panel with its models, and the annotator that turns clicks and keys into undoable edits."""
