"""zh-news-pipeline: read, annotate and mine Chinese news text.

The command line is ``python -m pipeline``; the Python API is ``pipeline.api``.
"""
