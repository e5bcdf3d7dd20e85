"""Names vulture cannot see used: it reads this file as code that uses them.

Checked in `make lint`:  vulture bizhr_desktop tests benchmarks packaging/vulture-whitelist.py
Qt calls the overridden virtual methods (ignore_names in pyproject's [tool.vulture]); the rest
is listed here, each with why it is used.
"""

# ruff: noqa: B018 (each line is an attribute use vulture reads, nothing more)
from types import SimpleNamespace

_ = SimpleNamespace()

# Set for libraries that read them: fpdf's cell margin, zipfile's member metadata,
# openpyxl's document properties, configparser's key folding.
_.c_margin
_.compress_type
_.external_attr
_.modified
_.optionxform

# Dataclass fields filled through the constructor and kept as part of a public result.
_.known_organisations  # services/bundles.MergePlan: shown in the merge summary
_.series_name  # core/policy.ListLabels: the name of a badge series a coordinator asked for
_.pending_rekey  # vault/vault.VaultInfo
_.KEPT  # ui/people/duplicates_dialog: a column index beside the ones used by name

# D-Bus signals connected to these slots by name (ui/shell/session_watch.py).
_._screen_saver
_._sleep
