"""Web page and JSON API over a policylens store (FastAPI + Jinja2; nothing fetched at run time)."""
from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
