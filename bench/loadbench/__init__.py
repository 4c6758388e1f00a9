"""Load benchmark of Palabre against Isso and nginx; run it with ``bench/run.py``."""
