"""osuva-admin subcommands, one module per area; each has register(parsers) (see app.cli)."""
