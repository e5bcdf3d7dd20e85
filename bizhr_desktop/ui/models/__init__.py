"""Qt table models over the services: thin adapters with column constants and custom roles."""
