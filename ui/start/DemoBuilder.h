// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace kinerja {

/**
 * Creates the office demo database (DemoGenerator, then DemoAccounts) on a worker thread, with its own database
 * connection, so that the window stays responsive (style.md R25). The result is the number of accounts.
 */
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    /// "<AppLocalDataLocation>/demo.sqlite": where the start screen keeps the demo.
    static QString defaultPath();
    /// Replaces `path` with a new office demo of three years ending this year.
    static QFuture<Result<int>> start(const QString& path);
    /// The same, synchronously (for tests and the worker).
    static Result<int> build(const QString& path);
};

} // namespace kinerja
