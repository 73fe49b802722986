"""The clinical core: value types, scores, screening and the plan engine. Pure Python."""
