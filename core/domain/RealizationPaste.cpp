// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RealizationPaste.h"

#include <QHash>
#include <QRegularExpression>

namespace kinerja {

namespace {

/// "2.1", "2,1", "2.1." -> "2.1"; empty when the cell is not an indicator number.
QString indicatorNumber(const QString& cell)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*[.,]\\s*(\\d+)\\.?$"));
    const auto match = pattern.match(cell.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    return QStringLiteral("%1.%2").arg(match.captured(1).toInt()).arg(match.captured(2).toInt());
}

QString comparable(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QList<QPair<int, QStringList>> RealizationPaste::splitRows(const QString& text)
{
    QList<QPair<int, QStringList>> rows;
    QStringList cells;
    QString cell;
    int line = 1;
    int rowLine = 1;
    bool quoted = false;
    bool cellStarted = false; // the current cell has content, or was opened by a quote
    const auto endRow = [&]() {
        cells.append(cell);
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty()) {
            cells.removeLast();
        }
        if (!cells.isEmpty()) {
            for (auto& c : cells) {
                c = c.trimmed();
            }
            rows.append({rowLine, cells});
        }
        cells.clear();
        cell.clear();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                if (c != QLatin1Char('\r')) {
                    cell.append(c);
                }
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char('\t')) {
            cells.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else if (c != QLatin1Char('\r')) {
            cell.append(c);
            if (!c.isSpace()) {
                cellStarted = true;
            }
        }
    }
    endRow();
    return rows;
}

Result<Decimal> RealizationPaste::parseNumber(const QString& text, const QString& unit)
{
    QString body = text.trimmed();
    const QString shown = body;
    // The unit written after the number: "12 dokumen", "85 %", "85%".
    const auto strip = [&body](const QString& suffix) {
        if (!suffix.isEmpty() && body.size() > suffix.size() && body.endsWith(suffix, Qt::CaseInsensitive)) {
            body.chop(suffix.size());
            body = body.trimmed();
        }
    };
    strip(unit.trimmed());
    strip(QStringLiteral("%"));

    QString compact;
    for (const QChar c : std::as_const(body)) {
        if (!c.isSpace()) {
            compact.append(c);
        }
    }
    if (compact.isEmpty()) {
        return Decimal::parse(body);
    }
    const auto notANumber = [&shown] {
        return Result<Decimal>::failure(
            tr("\"%1\" is not a number. Write digits with a decimal comma or point, for example 12,5 or 12.5.")
                .arg(shown));
    };
    static const QRegularExpression numberCharacters(QStringLiteral("^[+-]?[0-9.,]*[0-9][0-9.,]*$"));
    if (!numberCharacters.match(compact).hasMatch()) {
        return notANumber();
    }
    const auto lastComma = compact.lastIndexOf(QLatin1Char(','));
    const auto lastPoint = compact.lastIndexOf(QLatin1Char('.'));
    QString normalized = compact;
    if (lastComma >= 0 && lastPoint > lastComma) {
        // "1,234.5": commas group thousands, the point is the decimal separator; swap to Indonesian.
        for (auto& c : normalized) {
            if (c == QLatin1Char(',')) {
                c = QLatin1Char('.');
            } else if (c == QLatin1Char('.')) {
                c = QLatin1Char(',');
            }
        }
    } else if (lastPoint < 0 && compact.count(QLatin1Char(',')) > 1) {
        // "1,234,567": commas group thousands.
        normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    const auto parsed = Decimal::parse(normalized);
    if (parsed) {
        return parsed;
    }
    // A well-formed number that Decimal still refuses (more than four decimals, too large) keeps Decimal's reason.
    static const QRegularExpression wellFormed(QStringLiteral("^[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?$"));
    return wellFormed.match(normalized).hasMatch() ? parsed : notANumber();
}

QList<RealizationPaste::Row> RealizationPaste::parse(const QString& text, const QList<Target>& targets)
{
    QHash<QString, int> byNumber;
    QHash<QString, QList<int>> byText;
    for (int i = 0; i < targets.size(); ++i) {
        byNumber.insert(targets.at(i).number, i);
        byText[comparable(targets.at(i).text)].append(i);
    }
    QHash<int, int> seen; // target -> line of the first row that named it

    QList<Row> rows;
    for (const auto& [line, cells] : splitRows(text)) {
        Row row;
        row.line = line;
        row.cells = cells;
        const auto fail = [&rows, &row](const QString& error) {
            row.error = error;
            rows.append(row);
        };
        if (cells.size() < 2) {
            fail(tr("The row has only one column. Separate the indicator and the realization with a tab, as a "
                    "spreadsheet does when you copy two or more columns."));
            continue;
        }
        const auto number = indicatorNumber(cells.at(0));
        int valueColumn = 1;
        if (!number.isEmpty()) {
            if (!byNumber.contains(number)) {
                fail(tr("There is no indicator %1 in this SKP.").arg(number));
                continue;
            }
            row.target = byNumber.value(number);
            // NUMBER <TAB> INDICATOR TEXT <TAB> REALISATION: the text repeats the numbered indicator.
            if (cells.size() >= 3 && comparable(cells.at(1)) == comparable(targets.at(row.target).text)) {
                valueColumn = 2;
            }
        } else {
            const auto matches = byText.value(comparable(cells.at(0)));
            if (matches.isEmpty()) {
                fail(tr("No indicator of this SKP has the number or the text \"%1\".").arg(cells.at(0)));
                continue;
            }
            if (matches.size() > 1) {
                QStringList numbers;
                for (const int match : matches) {
                    numbers.append(targets.at(match).number);
                }
                fail(tr("Several indicators have the text \"%1\" (%2): write the number instead.")
                         .arg(cells.at(0), numbers.join(QStringLiteral(", "))));
                continue;
            }
            row.target = matches.constFirst();
        }
        const auto& target = targets.at(row.target);
        if (cells.size() > valueColumn + 2) {
            fail(tr("The row has %1 columns; only the indicator, the realization and the action plan are read.")
                     .arg(cells.size()));
            continue;
        }
        if (seen.contains(row.target)) {
            fail(tr("Indicator %1 was already given in line %2.").arg(target.number).arg(seen.value(row.target)));
            continue;
        }
        const QString realization = cells.at(valueColumn);
        if (cells.size() > valueColumn + 1) {
            row.hasActionPlan = true;
            row.actionPlan = cells.at(valueColumn + 1);
        }
        if (realization.isEmpty()) {
            if (!row.hasActionPlan) {
                fail(tr("The row has no realization."));
                continue;
            }
        } else if (target.numeric) {
            const auto value = parseNumber(realization, target.unit);
            if (!value) {
                fail(value.error());
                continue;
            }
            row.hasRealization = true;
            row.value = value.value();
        } else {
            row.hasRealization = true;
            row.text = realization;
        }
        seen.insert(row.target, row.line);
        rows.append(row);
    }
    return rows;
}

} // namespace kinerja
