// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * What an export covers (docs/export.md): one year, and optionally one unit kerja with all its sub-units.
 * Shared by SiasnExport and GradeRecap so that both refuse the same bad input with the same words.
 */
class ExportScope
{
    Q_DECLARE_TR_FUNCTIONS(ExportScope)

public:
    ExportScope() = delete;

    /// The years an export accepts (the same bounds as the demo generator).
    static constexpr int kMinimumYear = 2000;
    static constexpr int kMaximumYear = 2100;

    /// A unit named by its code.
    struct Unit
    {
        QUuid id;
        QString code;
        QString name;
    };

    /// Fails with a translated message when `year` is outside kMinimumYear..kMaximumYear.
    static Status checkYear(int year);

    /**
     * The unit with this code (codes are unique). A tombstoned unit is found too: a past year's export may cover a
     * unit that a later reorganisation (SOTK) removed. Fails with a translated message for an empty or unknown code,
     * or when the database cannot be read.
     */
    static Result<Unit> findUnit(const Database& database, const QString& code);
};

} // namespace kinerja
