"""Where enrichment settings come from: the command line, the environment, a config file.

The config file is TOML, ``BLINAREFS_CONFIG`` or ``config.toml`` in the user's config
folder::

    [enrich]
    mailto = "you@example.org"        # Crossref's polite pool, NCBI's email parameter
    locked = ["title", "container-title"]   # fields enrichment never changes, in any entry
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from ..errors import UsageError


def config_path() -> Path:
    env = os.environ.get("BLINAREFS_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("blinarefs", appauthor=False)) / "config.toml"


def load_enrich_config() -> dict[str, Any]:
    path = config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the config file ({exc})") from None
    section = data.get("enrich", {})
    return section if isinstance(section, dict) else {}


def resolve_mailto(given: str | None, config: dict[str, Any]) -> tuple[str | None, str]:
    """The contact address and where it came from ("--mailto", "BLINAREFS_MAILTO", a path)."""
    if given:
        return given, "--mailto"
    if os.environ.get("BLINAREFS_MAILTO"):
        return os.environ["BLINAREFS_MAILTO"], "BLINAREFS_MAILTO"
    if config.get("mailto"):
        return str(config["mailto"]), str(config_path())
    return None, ""


def env_offline() -> bool:
    return os.environ.get("BLINAREFS_OFFLINE", "").lower() in ("1", "true", "yes")
