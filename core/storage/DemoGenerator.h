// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

/// What kinerja-cli demo generates.
struct DemoOptions
{
    enum class Scale
    {
        Office, ///< the Provinsi Jambi office data set (JambiOrgChart::office(), about 300 employees)
        Province ///< a synthetic province for benchmarks (JambiOrgChart::province())
    };

    Scale scale = Scale::Office;
    /// Years of history, ending with newestYear (office default 3; province default 1).
    int years = 3;
    quint32 seed = 20250101;
    /// The newest year, normally the current one (passed in by the command; tests pass a fixed year). The data is
    /// as on 15 July of that year: the first quarter evaluated, the second in progress, the third open.
    int newestYear = 0;
    /// Province scale only: the sizes to generate (design.md "Scale": 60,000 employees, 1,500 units).
    int provinceEmployees = 60000;
    int provinceUnits = 1500;
};

/// Row counts of a generated file.
struct DemoSummary
{
    qint64 units = 0;
    qint64 employees = 0;
    qint64 assignments = 0;
    qint64 periods = 0;
    qint64 plans = 0;
    qint64 workResults = 0;
    qint64 indicators = 0;
    qint64 evaluations = 0;
    qint64 realizations = 0;
    qint64 feedback = 0;
    qint64 organizationGrades = 0;
    qint64 competencyActivities = 0;
    qint64 totalRows = 0;
    qint64 elapsedMs = 0;
    qint64 fileBytes = 0;
};

/**
 * Creates a NEW standalone database with generated data (kinerja-cli demo; issue 3 "Data to work with").
 * Deterministic: the same options (seed included) give the same content, ids and timestamps included; the only
 * source of randomness is DemoRandom, and every date derives from the years, never from today.
 *
 * The file is written under a temporary name next to `path` and renamed when complete, so `path` is never
 * half-written; an existing `path` is refused unless `overwrite`. Both scales write through the same path,
 * BulkWriter (one prepared statement per table, every column checked against the schema; not the repositories, which
 * would record every generated row as a user's edit), so generated rows have no outbox and no audit rows; the office
 * data set differs from the province one only in what it generates (texts, feedback, drafts and returned plans).
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static Result<DemoSummary> create(const QString& path, const DemoOptions& options, bool overwrite = false);
};

} // namespace kinerja
