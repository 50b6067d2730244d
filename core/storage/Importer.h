// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/ImportReport.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace kinerja {

class Database;

/**
 * Imports org units and employees from CSV files (format and columns: docs/import.md; CsvReader reads them).
 *
 * One pass over the file, one transaction: every row is checked with the domain rules (Nip::parse, Rank::parse,
 * Employee::validate, ...) and each problem is reported with its line. By default the import is all-or-nothing:
 * if any row is rejected, the transaction is rolled back and the database is left as it was (the report still
 * counts what the valid rows would have done). With `validOnly` the valid rows are committed and the rejected
 * ones skipped. Rows identical to the stored ones are not written at all, so importing the same file twice
 * changes nothing, not even the outbox or the audit log.
 *
 * Employees are streamed (memory does not grow with the file beyond one entry per NIP); units are read whole
 * (their parents may come later in the file) and written parents first.
 *
 * Change capture: every new or changed row gets its outbox and audit rows, as for any edit. For new employees they
 * are written in bulk before the commit (Outbox::recordBulkInserts, AuditLog::recordBulkInserts) while the two
 * employee insert triggers are dropped for the length of the transaction (docs/architecture.md, "Change capture").
 *
 * A failure Result means the file could not be imported at all (unreadable, missing columns, database error);
 * then nothing was written. `database` is not owned and must outlive the importer.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    struct Options
    {
        /// Commit the valid rows even when others are rejected.
        bool validOnly = false;
    };

    explicit Importer(const Database& database);

    Result<ImportReport> importUnits(const QString& path, const Options& options);
    Result<ImportReport> importUnits(QIODevice& device, const Options& options);
    Result<ImportReport> importEmployees(const QString& path, const Options& options);
    Result<ImportReport> importEmployees(QIODevice& device, const Options& options);

private:
    const Database& m_database; // not owned
};

} // namespace kinerja
