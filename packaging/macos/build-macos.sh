#!/usr/bin/env bash
# Build consult for macOS: dist/consult.app and the disk image
# dist/consult-<version>-macos-<arch>.dmg, from the top of a checkout, with the virtual
# environment that has consult and PyInstaller installed active (see packaging/README.md):
#
#   bash packaging/macos/build-macos.sh
#
# 1. checks that the installed package metadata has the version of consult/__init__.py;
# 2. runs PyInstaller on packaging/consult.spec, which renders build/icons/consult.icns from
#    resources/icons/consult.svg and makes consult.app with its Info.plist values;
# 3. checks Info.plist (plutil) and the signature (codesign --verify), then runs the smoke test
#    dist/consult.app/Contents/MacOS/consult --self-test without the virtual environment;
# 4. makes the disk image (hdiutil, UDZO): consult.app beside a link to /Applications.
#
# Optional, skipped when unset:
#   CONSULT_CODESIGN_IDENTITY  a "Developer ID Application: …" identity in the keychain: the
#                              app is signed with it (hardened runtime, by PyInstaller) and so
#                              is the disk image; else the app is signed ad hoc (it runs on the
#                              Mac that built it; elsewhere Gatekeeper refuses it).
#   CONSULT_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool
#                              store-credentials): the signed disk image is notarized, and the
#                              ticket stapled to it. Needs CONSULT_CODESIGN_IDENTITY.
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
python=${PYTHON:-python}
identity=${CONSULT_CODESIGN_IDENTITY:-}
notary_profile=${CONSULT_NOTARY_PROFILE:-}

die() {
    echo "build-macos: $*" >&2
    exit 1
}

[ "$(uname -s)" = Darwin ] || die "run this on macOS (this is $(uname -s))"
if [ -n "$notary_profile" ] && [ -z "$identity" ]; then
    die "CONSULT_NOTARY_PROFILE is set but CONSULT_CODESIGN_IDENTITY is not: only a signed app can be notarized"
fi

version=$("$python" -c 'from importlib.metadata import version; print(version("consult"))')
source_version=$("$python" -c 'import consult; print(consult.__version__)')
if [ "$version" != "$source_version" ]; then
    die "installed metadata says $version, consult/__init__.py says $source_version; run pip install -e . again"
fi

arch=$(uname -m)
app=dist/consult.app
dmg="dist/consult-$version-macos-$arch.dmg"

echo "build-macos: pyinstaller ($version, $arch${identity:+, signed by $identity})"
# The spec reads CONSULT_CODESIGN_IDENTITY.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN packaging/consult.spec

plutil -lint "$app/Contents/Info.plist"
codesign --verify --deep --strict "$app"

echo "build-macos: smoke test (no virtual environment on PATH)"
env -i HOME="$HOME" PATH=/usr/bin:/bin "$app/Contents/MacOS/consult" --self-test

echo "build-macos: $dmg"
stage=build/macos-dmg
rm -rf "$stage"
mkdir -p "$stage"
ditto "$app" "$stage/consult.app"
ln -s /Applications "$stage/Applications"
hdiutil create -volname consult -srcfolder "$stage" -ov -format UDZO "$dmg"

if [ -n "$identity" ]; then
    echo "build-macos: signing $dmg"
    codesign --sign "$identity" --timestamp "$dmg"
fi
if [ -n "$notary_profile" ]; then
    echo "build-macos: notarizing $dmg (this waits for Apple's answer)"
    result=build/notarization.json
    xcrun notarytool submit "$dmg" --keychain-profile "$notary_profile" --wait \
        --output-format json > "$result"
    status=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$result")
    if [ "$status" != Accepted ]; then
        die "notarization: $status (see $result; xcrun notarytool log <id> tells why)"
    fi
    xcrun stapler staple "$dmg"
fi

echo "build-macos: done: $app ($(du -sh "$app" | cut -f1)), $dmg ($(du -h "$dmg" | cut -f1))"
