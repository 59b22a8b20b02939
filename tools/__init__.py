"""Build and maintenance tools of the site: the one place for custom build code."""
