// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli grade [--json] RESULT BEHAVIOR`: the predikat kinerja pegawai for a rating hasil kerja and a rating
 * perilaku kerja, from the kuadran kinerja (GradeMatrix, domain.md 4.3). The ratings are read by parseRating():
 * official words in any case, "Diatas"/"Dibawah", short forms ("di atas", "sesuai") and code names.
 * The first line of the text output is the predikat alone ("Baik"), for scripts.
 * Exit 0 with the predikat; 1 when a rating is not understood (every bad rating is reported); 2 for a usage error.
 */
class GradeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GradeCommand)

public:
    QString name() const override;
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
