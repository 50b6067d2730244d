// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/ReportRequest.h"

namespace kinerja {

class Database;

/// Builds any printed document from the database: one entry point for the command line, the GUI and verification.
class ReportFactory
{
public:
    ReportFactory() = delete;

    static Result<ReportDocument> build(
        const Database& database, const ReportRequest& request, const ReportOptions& options = ReportOptions());
};

} // namespace kinerja
