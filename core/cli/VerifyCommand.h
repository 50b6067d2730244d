// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli verify CODE`: checks the verification code printed on a document against the database
 * (ReportVerifier). Exit codes: 0 valid; 1 changed since printed, unknown, or the database cannot be read;
 * 2 wrong usage (no code, or a text that is not a code).
 */
class VerifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
