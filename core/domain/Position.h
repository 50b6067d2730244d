// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/FunctionalLevel.h"
#include "core/domain/PositionKind.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * A jabatan: "Kepala Bidang Mutasi", "Analis SDM Aparatur" (Fungsional, Ahli Muda), in an OrgUnit.
 * The title is the name of the jabatan without the Plt./Plh. prefix, which belongs to the Assignment.
 */
struct Position
{
    Q_DECLARE_TR_FUNCTIONS(Position)

public:
    QString title;
    PositionKind kind = PositionKind::Pelaksana;
    /// The jenjang; set exactly when kind is Fungsional.
    std::optional<FunctionalLevel> functionalLevel;
    /// The OrgUnit this jabatan belongs to.
    QUuid unitId;

    /// The title as printed: for a Fungsional, followed by its jenjang unless the title already names it
    /// ("Analis SDM Aparatur Ahli Muda").
    QString fullTitle() const;

    /// Title present, functional level given exactly for a Fungsional, unit given. Every problem at once.
    Status validate() const;

    friend bool operator==(const Position&, const Position&) = default;
};

} // namespace kinerja
