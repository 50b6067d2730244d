// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kinerja {

/**
 * "LAMPIRAN SASARAN KINERJA PEGAWAI" (domain.md 2.8): three numbered free-text lists, printed in this order.
 */
struct PlanAppendix
{
    QStringList resourceSupport; ///< DUKUNGAN SUMBER DAYA
    QStringList accountabilityScheme; ///< SKEMA PERTANGGUNGJAWABAN
    QStringList consequences; ///< KONSEKUENSI

    /// The official headings, printed exactly. Not translated.
    static QString resourceSupportTitle() { return QStringLiteral("DUKUNGAN SUMBER DAYA"); }
    static QString accountabilitySchemeTitle() { return QStringLiteral("SKEMA PERTANGGUNGJAWABAN"); }
    static QString consequencesTitle() { return QStringLiteral("KONSEKUENSI"); }

    bool isEmpty() const
    {
        return resourceSupport.isEmpty() && accountabilityScheme.isEmpty() && consequences.isEmpty();
    }

    friend bool operator==(const PlanAppendix&, const PlanAppendix&) = default;
};

} // namespace kinerja
