// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli nip [--pns|--pppk] [--json] NIP`: checks a NIP and shows its parts (domain.md 6.1, 6.2).
 * The NIP may be typed with spaces, also unquoted ("nip 19700518 200503 1 005": the words are joined).
 * Exit 0 for a valid NIP; 1 with every reason for an invalid one; 2 for a usage error.
 */
class NipCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NipCommand)

public:
    QString name() const override;
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
