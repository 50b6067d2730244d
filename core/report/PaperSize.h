// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * The papers documents print on (domain.md 5, product decisions): A4 (210 x 297 mm) and F4/Folio
 * (215 x 330 mm), the default in Indonesian offices.
 */
enum class PaperSize
{
    A4,
    F4
};

/// "A4" or "F4". Not translated.
QString paperSizeName(PaperSize paper);

/// The paper for "A4" or "F4" in any case (also "Folio"); nullopt otherwise.
std::optional<PaperSize> paperSizeFromName(const QString& name);

/**
 * The page size in portrait. F4 is an exact custom size (QPageSize::ExactMatch): without it Qt 6.4 snaps
 * 215 x 330 mm to 8.5 x 13 in (design.md "Reports").
 */
QPageSize pageSizeOf(PaperSize paper);

} // namespace kinerja
