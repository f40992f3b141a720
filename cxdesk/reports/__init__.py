"""Reports of an engagement: the consultant's Excel workbook and the client's PDF, in Russian and
English. ``queries`` is the read side both share."""
