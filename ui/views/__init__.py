"""The registry of screens, in sidebar order: (name, module, class). Modules are imported only
when a view is first shown, so start-up stays fast."""

VIEWS: list[tuple[str, str, str]] = [
    ("overview", "ui.views.overview", "OverviewView"),
    ("engagement", "ui.views.setup", "SetupView"),
    ("map", "ui.views.maps", "MapsView"),
    ("checklists", "ui.views.checklists", "ChecklistsView"),
    ("checks", "ui.views.checks", "ChecksView"),
    ("assignments", "ui.views.assignments", "AssignmentsView"),
    ("coverage", "ui.views.coverage", "CoverageView"),
    ("comparison", "ui.views.comparison", "ComparisonView"),
    ("evidence", "ui.views.evidence", "EvidenceView"),
    ("findings", "ui.views.findings", "FindingsView"),
    ("feedback", "ui.views.feedback", "FeedbackView"),
    ("incidents", "ui.views.incidents", "IncidentsView"),
    ("employees", "ui.views.employees", "EmployeesView"),
    ("actions", "ui.views.actions", "ActionsView"),
    ("reports", "ui.views.reports", "ReportsView"),
    ("exchange", "ui.views.exchange", "ExchangeView"),
]

VIEW_NAMES = [name for name, _, _ in VIEWS]
