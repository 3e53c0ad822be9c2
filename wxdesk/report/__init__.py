"""The PDF handout a salesperson leaves with a client, drawn with Qt (no browser, offline)."""

from wxdesk.report.handout import ReportResult, write_report

__all__ = ["ReportResult", "write_report"]
