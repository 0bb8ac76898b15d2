"""Use cases: each public function is one user action, run in one unit of work."""
