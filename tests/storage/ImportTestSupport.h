// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Nip.h"
#include "core/storage/Database.h"
#include "tests/storage/StorageTestSupport.h"

#include <QString>

namespace kinerja::test {

/// A valid PNS NIP for test row `i` (unique for i < 999 * 3650): birth date from 1970-01-01 plus i / 999 days,
/// TMT 2005-03, gender from i (odd: female), sequence i % 999 + 1.
inline QString pnsNip(int i, bool female = false)
{
    const QDate birth = QDate(1970, 1, 1).addDays(i / 999);
    return birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("200503") + (female ? u'2' : u'1')
        + QStringLiteral("%1").arg(i % 999 + 1, 3, 10, QLatin1Char('0'));
}

/// A valid PPPK NIP: birth 1990-06-15, appointed 2024, code 2, batch 1, gender, sequence.
inline QString pppkNip(int sequence, bool female = false)
{
    return QStringLiteral("19900615") + QStringLiteral("2024") + u'2' + u'1' + (female ? u'2' : u'1')
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

inline int countRows(const Database& database, const QString& table)
{
    return value(database, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace kinerja::test
