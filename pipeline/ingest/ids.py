"""Document ids that are safe as a folder name on any system."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_UNSAFE = re.compile(r"[^\w.\-]+")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
MAX_ID_LENGTH = 100
#: What a run writes beside the document folders: an id of that name gets a leading ``_``.
RUN_FILES = frozenset({"index.html", "manifest.json", "errors.jsonl", "tables", "exports"})


def safe_id(raw: str) -> str:
    """Make ``raw`` safe as one path component: letters (any script), digits, ``_ . -`` only;
    no leading dot, no reserved device name, not the name of a file the run writes beside the
    documents (``index.html``, ``manifest.json`` ...), at most 100 characters.

    >>> safe_id("../../etc/passwd"), safe_id("新闻 2024/05"), safe_id("CON"), safe_id("Index.html")
    ('etc_passwd', '新闻_2024_05', '_CON', '_Index.html')
    """
    text = unicodedata.normalize("NFC", raw)
    cleaned = _UNSAFE.sub("_", text).strip("._-")
    cleaned = re.sub(r"_{2,}", "_", cleaned)
    if not cleaned:
        cleaned = "doc-" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if _RESERVED.match(cleaned) or cleaned.lower() in RUN_FILES:
        cleaned = "_" + cleaned
    if len(cleaned) > MAX_ID_LENGTH:
        digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()[:8]
        cleaned = cleaned[: MAX_ID_LENGTH - 9] + "-" + digest
    return cleaned
