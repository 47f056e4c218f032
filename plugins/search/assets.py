"""The browser files of the search, and where they must be in the output.

Everything goes into one folder, the `data-search-base` URL of the search forms (for instance
output/search/): search.js (loaded by the page), search-worker.js and what the worker loads
from beside itself. The index files of each language go into <that folder>/<lang>/.
"""

import shutil
from pathlib import Path

STATIC = Path(__file__).parent / "static"
OWN_FILES = ("search.js", "search-worker.js", "search-core.js")
# name in the output folder -> path under node_modules (versions pinned in package.json)
VENDOR_FILES = {
    "lunr.min.js": "lunr/lunr.min.js",
    "lunr.stemmer.support.js": "lunr-languages/lunr.stemmer.support.js",
    "lunr.de.js": "lunr-languages/lunr.de.js",
}


def copy_search_assets(search_dir: Path, node_modules: Path) -> list[Path]:
    """Copy the search's browser files into `search_dir`; returns the files written."""
    search_dir.mkdir(parents=True, exist_ok=True)
    sources = [STATIC / name for name in OWN_FILES]
    targets = [search_dir / name for name in OWN_FILES]
    for name, relative in VENDOR_FILES.items():
        sources.append(node_modules / relative)
        targets.append(search_dir / name)
    for source, target in zip(sources, targets, strict=True):
        shutil.copyfile(source, target)
    return targets
