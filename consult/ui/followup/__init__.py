"""The follow-up room: a shorter assessment during the course, compared with the consultation,
and the plan revision it may lead to."""
