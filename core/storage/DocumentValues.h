// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/storage/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace kinerja {

/**
 * Conversions between domain values and the column forms of migration 001, for the document repositories:
 * a null id or an invalid date binds as SQL NULL (never as ''), dates are "yyyy-MM-dd", timestamps ISO 8601 UTC
 * with milliseconds ("2025-01-31T08:15:00.000Z", the form of the schema's defaults).
 */
class DocumentValues
{
public:
    DocumentValues() = delete;

    static QVariant id(const QUuid& value)
    {
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(Uuid::toText(value));
    }
    static QVariant date(const QDate& value)
    {
        return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    static QVariant timestamp(const QDateTime& value)
    {
        return value.isValid() ? QVariant(timestampText(value)) : QVariant(QMetaType::fromType<QString>());
    }
    static QString timestampText(const QDateTime& value)
    {
        return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    /// A nullable text column: NULL for an empty string.
    static QVariant optionalText(const QString& value)
    {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    }

    /// A rating column ('above', 'as-expected', 'below'): NULL when there is none.
    static QVariant rating(std::optional<Rating> value)
    {
        return value ? QVariant(codeName(*value)) : QVariant(QMetaType::fromType<QString>());
    }
    /// nullopt for NULL or a code that is not a rating.
    static std::optional<Rating> toRating(const QVariant& value)
    {
        const auto parsed = value.isNull() ? Result<Rating>::failure(QString()) : parseRating(value.toString());
        return parsed ? std::optional<Rating>(*parsed) : std::nullopt;
    }
    /// nullopt for NULL or a code that is not a predikat.
    static std::optional<PerformanceGrade> toGrade(const QVariant& value)
    {
        const auto parsed =
            value.isNull() ? Result<PerformanceGrade>::failure(QString()) : parsePerformanceGrade(value.toString());
        return parsed ? std::optional<PerformanceGrade>(*parsed) : std::nullopt;
    }
    static QUuid toId(const QVariant& value) { return Uuid::fromText(value.toString()); }
    static QDate toDate(const QVariant& value) { return QDate::fromString(value.toString(), Qt::ISODate); }
    static QDateTime toTimestamp(const QVariant& value)
    {
        auto parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (parsed.isValid()) {
            parsed = parsed.toUTC();
        }
        return parsed;
    }
};

} // namespace kinerja
