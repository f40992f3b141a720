"""Field exchange bundles (``.cxb``): kits out to shoppers, results back to the consultant."""

from cxdesk.bundles.conflicts import Conflict, list_conflicts, resolve_conflict
from cxdesk.bundles.export import export_bundle
from cxdesk.bundles.format import BundleError, Manifest
from cxdesk.bundles.merge import ImportSummary, import_bundle
from cxdesk.bundles.validate import validate_file

__all__ = ["BundleError", "Conflict", "ImportSummary", "Manifest", "export_bundle",
           "import_bundle", "list_conflicts", "resolve_conflict", "validate_file"]
