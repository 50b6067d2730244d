// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * Realisations pasted from a spreadsheet (users.md "Bulk entry"): tab-separated clipboard text, one row per
 * indicator, read against the indicators of one SKP. Pure logic: nothing is stored here, and a row that cannot be
 * read carries its reason instead of a value, so that the caller applies only the valid rows.
 *
 * Accepted rows (empty lines are skipped; cells are trimmed; empty cells at the end of a row are ignored):
 *   NUMBER <TAB> REALISATION [<TAB> ACTION PLAN]
 *   NUMBER <TAB> INDICATOR TEXT <TAB> REALISATION [<TAB> ACTION PLAN]
 *   INDICATOR TEXT <TAB> REALISATION [<TAB> ACTION PLAN]
 * NUMBER is the indicator's number as the screen shows it, "result.indicator" ("2.1"; "2,1" and "2.1." too).
 * INDICATOR TEXT is matched ignoring case and repeated spaces, and must name exactly one indicator. In the second
 * shape the text must be the same indicator's text as the number.
 * REALISATION, for an indicator with a numeric target, is a number (parseNumber()), optionally followed by the
 * indicator's unit; for a narrative target it is the text. An empty realisation is allowed when an action plan is
 * given (only the action plan is then changed). An indicator named twice is an error on the later row.
 * Cells may be quoted as spreadsheets do when a cell holds a tab, a line break or a quote ("a ""b"" c").
 */
class RealizationPaste
{
    Q_DECLARE_TR_FUNCTIONS(RealizationPaste)

public:
    /// An indicator that a row may name.
    struct Target
    {
        QString number; ///< as shown: "2.1"
        QUuid workResultId;
        QUuid indicatorId;
        QString text; ///< the indicator's text
        QString unit; ///< satuan; empty for a narrative target
        bool numeric = true; ///< false: narrative (qualitative) target, the realisation is text
    };

    /// One pasted row, read.
    struct Row
    {
        int line = 0; ///< 1-based line of the pasted text where the row starts
        QStringList cells; ///< as pasted (trimmed)
        int target = -1; ///< index into the targets; -1 when no indicator was found
        bool hasRealization = false;
        std::optional<Decimal> value; ///< numeric target: the number read
        QString text; ///< narrative target: the realisation text
        bool hasActionPlan = false;
        QString actionPlan;
        QString error; ///< translated; empty for a valid row

        bool isValid() const { return error.isEmpty(); }
    };

    RealizationPaste() = delete;

    /// Splits clipboard text into rows of cells (tab-separated, spreadsheet quoting), with each row's line number.
    static QList<QPair<int, QStringList>> splitRows(const QString& text);

    /**
     * Reads a number written with a decimal comma or a decimal point: "12,5" and "12.5" are twelve and a half;
     * when both separators appear the last one is the decimal separator ("1.234,5", "1,234.5"); several commas
     * alone group thousands ("1,234,567"); a single comma is a decimal comma; dots alone follow Decimal::parse
     * ("1.500" is one thousand five hundred). Spaces (also non-breaking) are ignored, and so is `unit` (or "%")
     * written after the number, in any case. A translated reason otherwise.
     */
    static Result<Decimal> parseNumber(const QString& text, const QString& unit = {});

    /// Reads every row of `text` against `targets`.
    static QList<Row> parse(const QString& text, const QList<Target>& targets);
};

} // namespace kinerja
