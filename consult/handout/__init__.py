"""Printed documents: the patient handout and its companions."""
