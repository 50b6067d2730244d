// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

class Database;

/**
 * Who is signed in on this file now: the one-row `local_session` table that the audit triggers read to name the
 * author of a local change. The application calls signIn() after a successful sign-in (local password on a
 * standalone file, the server account on a replica) and signOut() when the user leaves.
 */
class LocalSession
{
    Q_DECLARE_TR_FUNCTIONS(LocalSession)

public:
    static Status signIn(const Database& database, const QString& employeeId);
    static Status signOut(const Database& database);
    /// The signed-in employee id; empty when nobody is signed in.
    static Result<QString> employeeId(const Database& database);
};

} // namespace kinerja
