"""The site's configuration as MkDocs loads it, and Markdown read as the build reads it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import markdown
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from tools.paths import MKDOCS_YML


@cache
def load(config_file: Path = MKDOCS_YML) -> MkDocsConfig:
    """`mkdocs.yml` loaded and validated by MkDocs' own loader (cached per file)."""
    return load_config(str(config_file))


def snippets_options(config_file: Path = MKDOCS_YML) -> dict:
    """The options of `pymdownx.snippets` exactly as `mkdocs.yml` sets them.

    Relative ``base_path`` entries are made absolute against the config file's folder, as MkDocs
    runs from there.
    """
    config = load(config_file)
    if "pymdownx.snippets" not in config.markdown_extensions:
        raise LookupError(f"{config_file}: pymdownx.snippets is not configured")
    options = dict(config.mdx_configs.get("pymdownx.snippets") or {})
    base = options.get("base_path", ["."])
    base = [base] if isinstance(base, str) else base
    options["base_path"] = [str((config_file.parent / b).resolve()) for b in base]
    return options


def resolve_includes(text: str, config_file: Path = MKDOCS_YML) -> str:
    """Expand the ``--8<--`` includes of a page with `pymdownx.snippets`, as the build does.

    Raises
    ------
    pymdownx.snippets.SnippetMissingError
        When an included file or section does not exist (``check_paths: true``).
    """
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": snippets_options(config_file)},
    )
    return "\n".join(md.preprocessors["snippet"].run(text.split("\n")))


def markdown_converter(config_file: Path = MKDOCS_YML) -> markdown.Markdown:
    """A Python-Markdown converter with the extensions and options of `mkdocs.yml`."""
    config = load(config_file)
    return markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )
