// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kinerja {

/**
 * One piece of a printed document, for PageComposer: either a block of HTML that is kept together on one page,
 * or a table whose header rows repeat on every page it runs over and whose row groups are never split (a work
 * result with its indicators is one group).
 *
 * The HTML is QTextDocument's subset (Qt "Supported HTML Subset"); user text must already be escaped
 * (PrintedText). Column widths belong in the header rows (td width="..%"), so every page's table has the
 * same columns.
 */
struct ReportSection
{
    /// Rows (`<tr>...</tr>`) that stay together on one page.
    struct RowGroup
    {
        QString rows;
        bool keepWithNext = false; ///< a sub-heading row ("A. UTAMA") stays with the group after it
    };

    enum class Kind
    {
        Block,
        Table
    };

    Kind kind = Kind::Block;
    QString html; ///< Block: the whole HTML. Table: the opening tag, e.g. `<table class="grid" width="100%">`
    QString headerRows; ///< Table: repeated at the top of the table on every page
    QList<RowGroup> groups; ///< Table: the body
    bool keepWithPrevious = false; ///< never start a page with this section (a signature block)
    bool pageBreakBefore = false; ///< always start a new page (the Lampiran)

    static ReportSection block(QString html, bool keepWithPrevious = false)
    {
        ReportSection section;
        section.html = std::move(html);
        section.keepWithPrevious = keepWithPrevious;
        return section;
    }

    static ReportSection table(QString openingTag, QString headerRows)
    {
        ReportSection section;
        section.kind = Kind::Table;
        section.html = std::move(openingTag);
        section.headerRows = std::move(headerRows);
        return section;
    }

    void addGroup(QString rows, bool keepWithNext = false) { groups.append({std::move(rows), keepWithNext}); }
};

} // namespace kinerja
