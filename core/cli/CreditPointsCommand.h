// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli credit-points LEVEL GRADE [--months N] [--json]`: the angka kredit of a jabatan fungsional for a
 * predikat kinerja pegawai (CreditPoints, domain.md 4.8), with the formula. LEVEL is a jenjang ("Ahli Pertama",
 * "ahli-pertama", "Mahir"); GRADE a predikat ("Sangat Baik", SB, very-good); --months the months of the SKP within
 * the year, 1..12, default 12. The value is exact internally and shown rounded to 2 decimals, half up.
 * Exit 0 with the angka kredit; 1 for an unknown jenjang or predikat, or months outside 1..12; 2 for a usage error.
 */
class CreditPointsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreditPointsCommand)

public:
    QString name() const override;
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;
};

} // namespace kinerja
