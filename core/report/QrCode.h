// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QString>

namespace kinerja {

/**
 * A QR code (libqrencode, error correction level M) as vector squares: crisp at any resolution and a few hundred
 * bytes in a PDF.
 */
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    /// The code for `text` in a square of side 1 (modules plus the 4-module quiet zone), origin top left.
    static Result<QPainterPath> encode(const QString& text);
};

} // namespace kinerja
