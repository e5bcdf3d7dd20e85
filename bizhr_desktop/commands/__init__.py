"""The sub-commands of ``bizhr``, one module per area; ``_common`` holds what they share.

Each module listed here has ``register(subparsers, command)``; its handlers take the parsed
arguments and return an exit code. Add a module by appending its name.
"""

MODULES: tuple[str, ...] = ("vault", "meetings", "people", "export", "demo", "travel")
