"""Sub-commands of ``bizhr`` beyond the vault ones, one module each.

Each module listed here has ``register(subparsers)``; its handlers take the parsed arguments
and return an exit code. Add a module by appending its name.
"""

MODULES: tuple[str, ...] = ("meetings", "people", "export", "demo", "travel")
