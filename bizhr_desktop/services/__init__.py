"""Use cases composed from the vault, the formats and the core rules."""
