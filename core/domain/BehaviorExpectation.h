// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CoreValue.h"

#include <QString>

namespace kinerja {

/**
 * One row of PERILAKU KERJA on the SKP: a BerAKHLAK core value (whose name and guidance are fixed, see
 * CoreValue) and the "Ekspektasi Khusus Pimpinan" the assessor may add, usually when approving (domain.md 2.7).
 */
struct BehaviorExpectation
{
    CoreValue value = CoreValue::ServiceOriented;
    QString specialExpectation; ///< optional, free text by the assessor

    friend bool operator==(const BehaviorExpectation&, const BehaviorExpectation&) = default;
};

} // namespace kinerja
