#!/usr/bin/env bash
# Build the Linux bundle of consult and its tarball, from the top of a checkout, with the
# virtual environment that has consult and PyInstaller installed active (see packaging/README.md):
#
#   bash packaging/build-linux.sh
#
# Makes dist/consult/ (PyInstaller, one folder) and
# dist/consult-<version>-linux-x86_64.tar.gz, which unpacks to consult-<version>/ holding
#   bin/consult                      (a link to ../lib/consult/consult)
#   lib/consult/                     (the bundle)
#   share/applications/consult.desktop
#   share/metainfo/org.consult.Consult.metainfo.xml
#   share/icons/hicolor/<size>x<size>/apps/consult.png, scalable/apps/consult.svg
# Then it runs the smoke test on the bundle without the virtual environment on PATH.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
python=${PYTHON:-python}

version=$("$python" -c 'from importlib.metadata import version; print(version("consult"))')
source_version=$("$python" -c 'import consult; print(consult.__version__)')
if [ "$version" != "$source_version" ]; then
    echo "build-linux: installed metadata says $version, consult/__init__.py says $source_version;" \
        "run pip install -e . again" >&2
    exit 1
fi
if ! grep -q "<release version=\"$version\"" packaging/linux/org.consult.Consult.metainfo.xml; then
    echo "build-linux: packaging/linux/org.consult.Consult.metainfo.xml has no release $version" >&2
    exit 1
fi

machine=$(uname -m)
name="consult-$version"
tarball="dist/$name-linux-$machine.tar.gz"

echo "build-linux: pyinstaller ($version)"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/consult.spec

stage="build/linux-stage/$name"
rm -rf "build/linux-stage"
mkdir -p "$stage/bin" "$stage/lib" "$stage/share/applications" "$stage/share/metainfo"
cp -a dist/consult "$stage/lib/consult"
ln -s ../lib/consult/consult "$stage/bin/consult"
cp packaging/linux/consult.desktop "$stage/share/applications/"
cp packaging/linux/org.consult.Consult.metainfo.xml "$stage/share/metainfo/"
"$python" packaging/render_icons.py "$stage/share/icons/hicolor" > /dev/null

echo "build-linux: $tarball"
tar -C build/linux-stage --owner=0 --group=0 -czf "$tarball" "$name"

echo "build-linux: smoke test (no virtual environment on PATH)"
env -i HOME="$HOME" PATH=/usr/bin:/bin dist/consult/consult --self-test
echo "build-linux: done: dist/consult ($(du -sh dist/consult | cut -f1)), $tarball ($(du -h "$tarball" | cut -f1))"
