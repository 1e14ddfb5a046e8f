"""AI Logo Studio: logo design, rendering, storage and the job pipeline."""

__version__ = "0.1.0"
