"""The reports of the example documents, for `manage.py load_demo`."""


def load_reports():
    """Create or update the demo reports; running it again changes nothing."""
    return []
