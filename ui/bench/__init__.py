"""The Qt side of `osuva-admin bench`: measurements run in a child process (see app.bench)."""
