// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace kinerja {

Result<QPainterPath> QrCode::encode(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return Result<QPainterPath>::failure(tr("The QR code could not be made."));
    constexpr int kQuietZone = 4;
    const int width = code->width;
    const double module = 1.0 / (width + 2 * kQuietZone);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1)
                path.addRect((x + kQuietZone) * module, (y + kQuietZone) * module, module, module);
        }
    }
    return path;
}

} // namespace kinerja
