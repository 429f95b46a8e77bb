"""civex: figures in Chinese local newspaper pages as claim records.

>>> from civex import extract_text
>>> [c["value"] for c in extract_text("7月以来，该区共清理占道经营300余处。", doc="demo")]
[300.0]
"""
__version__ = "0.1.0"

from .api import extract_file, iter_claims, to_dataframe  # noqa: E402
from .extract import extract_text  # noqa: E402

__all__ = ["extract_text", "extract_file", "iter_claims", "to_dataframe", "__version__"]
