"""First start: create a cooperative, open the demo, or open a file."""
