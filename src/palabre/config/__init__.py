"""Settings of each feature, as mixins that :class:`palabre.settings.Settings` composes.

Each field needs a default and a ``description`` (its help text); environment variables
are ``PALABRE_`` plus the field name in capitals.
"""
