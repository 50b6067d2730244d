// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * The few pieces of QTextDocument HTML every document builder writes (core/report): cells, header cells and the
 * opening tag of a bordered table (styled by ReportParts::styleSheet()). Content passed in must already be HTML:
 * user text goes through PrintedText first.
 */
namespace kinerja::html {

/// `<td attributes>content</td>`.
QString cell(const QString& content, const QString& attributes = QString());

/// A shaded, bold, centred header cell of `width` ("24%"), spanning `rowspan` rows.
QString headCell(const QString& text, const QString& width, int rowspan = 1);

/// The header rows of a form's table: the section title across all columns ("HASIL KERJA"), one head cell per
/// column with its width, and the row of column numbers "(1)", "(2)", ... as on the official forms.
QString columnHeaders(const QString& title, const QStringList& titles, const QStringList& widths);

/// `<table class="grid" ...>`: full borders, collapsed, 100 % wide.
QString gridTable();

} // namespace kinerja::html
