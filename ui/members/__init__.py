"""Members tab: the member and share register."""
