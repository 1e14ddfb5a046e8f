"""Derive logostudio/design/data/mdi-meta.json.gz from the npm package @mdi/svg.

The PyPI pack material-design-icons-pack carries the icons' paths but not their aliases and
category tags; those come from ``meta.json`` in the npm package ``@mdi/svg`` of the SAME version
(pinned below, and checked against the installed PyPI pack). Only what the symbol matcher needs
is kept: per icon that is not deprecated, its aliases and tags.

Rerun (needs npm and the npm registry; nothing else is fetched):

    .venv/bin/python scripts/build_icon_data.py            # npm pack @mdi/svg@VERSION into a temp dir
    .venv/bin/python scripts/build_icon_data.py --package DIR_OR_TGZ   # an already fetched package

The output is deterministic (sorted keys, fixed gzip header), so a rerun on the same version gives
the same bytes. When the PyPI pack is upgraded, change MDI_VERSION and MDI_INTEGRITY together
(``npm view @mdi/svg@NEW dist.integrity``) and rerun.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version
from pathlib import Path

MDI_VERSION = "7.4.47"
# ``npm view @mdi/svg@7.4.47 dist.integrity``: the tarball is checked against it.
MDI_INTEGRITY = "sha512-WQ2gDll12T9WD34fdRFgQVgO8bag3gavrAgJ0frN4phlwdJARpE6gO1YvLEMJR0KKgoc+/Ea/A0Pp11I00xBvw=="

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "logostudio" / "design" / "data"
OUT = OUT_DIR / "mdi-meta.json.gz"
LICENCE_NOTE = OUT_DIR / "MDI-LICENSE.md"


def fetch_tarball(spec: str, workdir: Path) -> Path:
    """``npm pack SPEC`` (name@version) into ``workdir``: the package's .tgz."""
    subprocess.run(
        ["npm", "pack", spec, "--silent", "--pack-destination", str(workdir)],
        check=True,
        cwd=workdir,
        stdout=subprocess.DEVNULL,
    )
    found = sorted(workdir.glob("*.tgz"))
    if not found:
        sys.exit("npm pack produced no tarball")
    return found[0]


def check_integrity(tgz: Path, integrity: str) -> None:
    """Exit unless the tarball's digest is the pinned ``npm view NAME@VERSION dist.integrity``."""
    algo, expected = integrity.split("-", 1)
    digest = base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode()
    if digest != expected:
        sys.exit(f"{tgz.name}: integrity {algo}-{digest} does not match the pinned {integrity}")


def package_files(source: Path, names: list[str], integrity: str) -> dict[str, str]:
    """The named files (paths inside the package) of an npm package folder or of its .tgz, whose
    integrity is checked first."""
    if source.is_dir():
        return {n: (source / n).read_text(encoding="utf-8") for n in names}
    check_integrity(source, integrity)
    files = {}
    with tarfile.open(source, "r:gz") as tar:
        for n in names:
            member = tar.extractfile(f"package/{n}")
            assert member is not None, n
            files[n] = member.read().decode("utf-8")
    return files


def _read_package(source: Path) -> tuple[dict, list[dict], str]:
    """(package.json, meta.json, LICENSE text) from a package folder or its .tgz."""
    files = package_files(source, ["package.json", "meta.json", "LICENSE"], MDI_INTEGRITY)
    return json.loads(files["package.json"]), json.loads(files["meta.json"]), files["LICENSE"]


def build(meta: list[dict]) -> dict:
    """The compact form: tag names once, then name -> [aliases, tag indexes] for live icons."""
    tags = sorted({t for icon in meta if not icon.get("deprecated") for t in icon.get("tags", [])})
    index = {t: i for i, t in enumerate(tags)}
    icons = {}
    for icon in sorted(meta, key=lambda i: i["name"]):
        if icon.get("deprecated"):
            continue
        icons[icon["name"]] = [sorted(set(icon.get("aliases", []))), sorted(index[t] for t in icon.get("tags", []))]
    return {
        "source": f"@mdi/svg {MDI_VERSION} meta.json",
        "licence": "Apache-2.0 (see MDI-LICENSE.md)",
        "tags": tags,
        "icons": icons,
    }


def write(data: dict) -> bytes:
    raw = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", type=Path, help="an extracted @mdi/svg folder or its .tgz (default: npm pack)")
    args = parser.parse_args()
    pypi = version("material-design-icons-pack")
    if pypi != MDI_VERSION:
        sys.exit(f"material-design-icons-pack is {pypi}, this script is pinned to @mdi/svg {MDI_VERSION}")
    with tempfile.TemporaryDirectory() as tmp:
        source = args.package or fetch_tarball(f"@mdi/svg@{MDI_VERSION}", Path(tmp))
        package, meta, licence = _read_package(source)
    if package.get("version") != MDI_VERSION:
        sys.exit(f"@mdi/svg is {package.get('version')}, expected {MDI_VERSION}")
    data = build(meta)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(write(data))
    LICENCE_NOTE.write_text(
        "# Material Design Icons metadata\n\n"
        f"`mdi-meta.json.gz` is derived by `scripts/build_icon_data.py` from `meta.json` of the npm package\n"
        f"`@mdi/svg` {MDI_VERSION} (the same version as the PyPI pack `material-design-icons-pack` that\n"
        "draws the icons). It keeps each live icon's name, aliases and category tags.\n\n"
        f"The package is licensed `{package.get('license')}` (package.json); its LICENSE file reads:\n\n"
        + "\n".join(("> " + line).rstrip() for line in licence.strip().splitlines())
        + "\n",
        encoding="utf-8",
    )
    print(
        f"{OUT.relative_to(ROOT)}: {len(data['icons'])} icons, {len(data['tags'])} tags, "
        f"{OUT.stat().st_size / 1024:.0f} KiB"
    )


if __name__ == "__main__":
    main()
