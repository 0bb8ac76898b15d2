"""Work tab."""
