"""The Insight window: charts and tables over the library (computed by gui.core.insight), which
narrow the article list when clicked."""
