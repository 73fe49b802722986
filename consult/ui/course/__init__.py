"""The treatment course's record views: sessions, test patches, adverse events."""
