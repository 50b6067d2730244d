#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build, test and run dependency of Kinerja ASN on Debian 12.
# Run as root (or through sudo). Safe to run again: apt skips what is present.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev
catch2 clang-format sqlite3 libxlsxwriter-dev libqrencode-dev
fonts-dejavu-core fonts-liberation2 poppler-utils zbar-tools xvfb xauth
postgresql
"

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
