// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PageSetup.h"
#include "core/report/ReportOptions.h"
#include "core/report/ReportRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace kinerja {

/**
 * Prints many documents to PDF files in a folder (`kinerja-cli report ... --unit`), on several worker threads:
 * each opens its own read-only connection to the database file (a connection belongs to its thread) and builds,
 * lays out and writes whole documents; nothing is shared but the list of requests. Each file is written
 * atomically (QSaveFile), named after the document (ReportDocument::fileName) and made unique in the folder.
 */
class ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ReportBatch)

public:
    struct Item
    {
        ReportRequest request;
        QString file; ///< the PDF written; empty when it failed
        QString code; ///< its verification code
        qint64 bytes = 0;
        QString error; ///< translated; empty when written
    };

    ReportBatch(QString databasePath, PageSetup setup, ReportOptions options);

    /// Writes one PDF per request into `folder` (created if missing) with `jobs` threads (at least 1). Returns one
    /// item per request, in the requests' order. Existing files are replaced only with `overwrite`.
    QList<Item> run(const QList<ReportRequest>& requests, const QString& folder, int jobs, bool overwrite) const;

private:
    QString m_databasePath;
    PageSetup m_setup;
    ReportOptions m_options;
};

} // namespace kinerja
