#!/bin/sh
# Build, sign, notarise and pack MBC Desktop for macOS: dist/MBC Desktop.app into a .dmg.
# Runs on a Mac with Xcode's command line tools and the project's venv; it cannot run on this
# project's Linux machines. See packaging/README.md.
#
#   packaging/macos/make_dmg.sh                      # unsigned, for trying it out
#   SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" NOTARY_PROFILE=mbc-notary \
#       packaging/macos/make_dmg.sh                  # signed and notarised, for people
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials mbc-notary --apple-id ... --team-id ...
set -eu
cd "$(dirname "$0")/../.."

version=$(.venv/bin/python -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("src/mbc_desktop/__init__.py").read_text())
print(next(n.value.value for n in tree.body if isinstance(n, ast.Assign)
           and getattr(n.targets[0], "id", "") == "__version__"))')
out=build/bundle
app="$out/dist/MBC Desktop.app"
dmg="$out/mbc-desktop-$version-macos-$(uname -m).dmg"

.venv/bin/pyinstaller --noconfirm --clean --distpath "$out/dist" --workpath "$out/work" \
  packaging/pyinstaller/mbc-desktop.spec

if [ -n "${SIGN_IDENTITY:-}" ]; then
  # Every library and the app itself, with the hardened runtime notarisation requires.
  codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "MBC Desktop" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi
echo "Built $dmg ($(du -h "$dmg" | cut -f1))"
