"""Test support: what the tests share and the build must never import (pytest, pytest-codeblocks,
Playwright). Build and maintainer code lives in `tools/`."""
