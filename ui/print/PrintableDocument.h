// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportRequest.h"

#include <QString>

namespace kinerja {

/// A document a page offers to print (File > Print preview): what the list shows and what to build.
struct PrintableDocument
{
    QString label; ///< translated, e.g. "Sasaran Kinerja Pegawai (SKP) 2026"
    ReportRequest request;
};

} // namespace kinerja
