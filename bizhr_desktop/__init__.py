"""BizHR Desktop: offline, encrypted records for the Business Network's coordinators."""

__version__ = "0.1.0"
