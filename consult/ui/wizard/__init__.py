"""The consultation wizard: one module per page, all working on one `ConsultationSession`."""
