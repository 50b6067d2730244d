// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/ResultKind.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * Rencana Hasil Kerja (RHK) with its indicators (domain.md 2.3).
 *
 * Cascading: `parentResultId` is the id of the assessor's RHK (in the assessor's approved SKP) that this RHK
 * intervenes; null when that RHK is not in the system. Then `intervenedText` holds what is intervened as
 * written on the form, e.g. a JPT's RHK with its IKI, or an organisation target and indicator.
 * Several RHKs may intervene the same parent.
 */
struct WorkResult
{
    QUuid id;
    ResultKind kind = ResultKind::Main;
    QString text;
    QUuid parentResultId; ///< the assessor's RHK; null when outside the system or not cascaded
    QString intervenedText; ///< the intervened RHK/target as text when the parent is outside the system
    QString assignedBy; ///< "Penugasan dari ..." (qualitative forms); empty when not used
    int order = 0; ///< position within its kind; lower first
    QList<Indicator> indicators;

    bool isCascaded() const { return !parentResultId.isNull() || !intervenedText.trimmed().isEmpty(); }

    friend bool operator==(const WorkResult&, const WorkResult&) = default;
};

} // namespace kinerja
