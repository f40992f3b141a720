"""The journey-map canvas: a QGraphicsScene projecting cxdesk.journey, and its view."""
