"""Writers of what the pipeline produces: JSON files (more formats register here)."""
