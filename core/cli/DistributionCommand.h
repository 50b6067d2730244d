// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/CliCommand.h"
#include "core/domain/DistributionGuideline.h"

#include <QCoreApplication>

namespace kinerja {

/**
 * `kinerja-cli distribution ORG_GRADE (--headcount N | --counts SB,B,BP,K,SK) [--json]`: the pola distribusi of
 * SE MenPANRB 3/2023 (DistributionGuideline, domain.md 4.5).
 *  - With --headcount: the allowed minimum and maximum count of each predikat for N employees, the rules on
 *    grades counted together, and the rounding note (maxima rounded down, minima rounded up).
 *  - With --counts: the unit's actual distribution and the warnings. The counts are five whole numbers in the
 *    order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang ("3,5,1,1,0"), or named
 *    ("Sangat Baik=3,Baik=5", "SB=3,B=5"; grades left out count 0).
 * Exit codes: 0 success (a table, or counts that follow the guideline); 3 the counts raise warnings (the output is
 * complete and the warnings are on stdout: the guideline never blocks, but scripts can tell); 1 invalid input (an
 * unknown organisation grade, a count that is not a whole number >= 0); 2 wrong usage (missing ORG_GRADE, neither
 * or both of --headcount and --counts).
 */
class DistributionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DistributionCommand)

public:
    /// The exit code when --counts raises warnings.
    static constexpr ExitCode kWarningsExitCode = static_cast<ExitCode>(3);
    /// The largest headcount or count accepted, far above any organisation, so the arithmetic never overflows.
    static constexpr int kMaximumHeadcount = 1000000;

    QString name() const override;
    QString summary() const override;
    ExitCode run(const QStringList& arguments, CliContext& context) override;

    /// Parses the value of --counts (see the class comment). Public for tests.
    static Result<DistributionGuideline::Counts> parseCounts(const QString& text);

private:
    static ExitCode showAllowed(OrganizationGrade organizationGrade, int headcount, CliContext& context);
    static ExitCode showCheck(
        OrganizationGrade organizationGrade, const DistributionGuideline::Counts& counts, CliContext& context);
};

} // namespace kinerja
