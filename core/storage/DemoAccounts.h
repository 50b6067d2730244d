// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

class Database;

/**
 * Local sign-in for the people of a demo file, so that anyone trying the application can sign in as any of them:
 * every employee gets an account with the public demo PIN (kPin), and the staff of the personnel office (the
 * Kepala Subbagian Umum dan Kepegawaian and the Analis SDM Aparatur) are admins. The PIN is public, so one salted
 * PBKDF2 hash is computed once and shared by all the demo accounts (300 separate hashes would take a minute);
 * a person who changes their password gets their own salt as usual (AccountRepository).
 * Only for a standalone file that has no accounts yet; refused otherwise, leaving the file unchanged.
 */
class DemoAccounts
{
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)

public:
    /// The PIN of every demo account; shown on the sign-in screen of a demo file.
    static constexpr const char* kPin = "123456";

    /// Creates the accounts in one transaction; returns how many.
    static Result<int> create(const Database& database);
    /// True when the file's accounts are the demo ones (some account still uses the shared demo hash).
    static bool isDemo(const Database& database);
};

} // namespace kinerja
