// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"

#include <QUuid>

namespace kinerja::test {

/// Inserts an org unit row with the given id (no parent unless given) for tests of the admin repositories.
inline void insertUnit(const Database& database, const QUuid& id, const QString& name, const QUuid& parent = {})
{
    run(database, QStringLiteral("INSERT INTO org_unit (id, parent_id, code, name, kind) VALUES (?, ?, ?, ?, 'opd')"),
        {Uuid::toText(id), parent.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Uuid::toText(parent)),
            Uuid::toText(id), name});
}

/// Inserts an employee row (PNS) with the given id, name and NIP.
inline void insertEmployee(const Database& database, const QUuid& id, const QString& name, const QString& nip)
{
    run(database, QStringLiteral("INSERT INTO employee (id, nip, employee_kind, name) VALUES (?, ?, 'pns', ?)"),
        {Uuid::toText(id), nip, name});
}

} // namespace kinerja::test
