"""The application shell: start-up (``app.py``), the main window, the controller that owns the
open session and the lock (idle, desktop, panic, a fault), settings, and the page list."""
