// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kinerja {

/// What an import of units or employees did (Importer), and every problem, by line of the CSV file.
struct ImportReport
{
    struct Problem
    {
        /// The physical line where the record starts (1 is the header).
        qint64 line = 0;
        /// A translated sentence: the reason.
        QString message;

        friend bool operator==(const Problem&, const Problem&) = default;
    };

    /// Valid rows by what they did, or would have done when nothing was written (see written).
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    /// Rows with at least one problem; never written.
    int rejected = 0;
    /// Empty lines, skipped.
    int blank = 0;
    /// True when the valid rows were committed: always with validOnly, else only when nothing was rejected.
    bool written = false;
    bool validOnly = false;
    /// In file order; a row can have several.
    QList<Problem> problems;
};

} // namespace kinerja
