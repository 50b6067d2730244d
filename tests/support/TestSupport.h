// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <ostream>

// Let Catch print Qt values in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << '"' << value.toStdString() << '"';
}

inline std::ostream& operator<<(std::ostream& os, const QStringList& value)
{
    os << '[';
    for (qsizetype i = 0; i < value.size(); ++i) {
        os << (i ? ", " : "") << value.at(i);
    }
    return os << ']';
}

inline std::ostream& operator<<(std::ostream& os, const QDate& value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}

namespace kinerja::test {

/// Runs the test body with the given UI language installed, restoring English (the source
/// language, used by most tests) afterwards.
class LanguageGuard
{
public:
    explicit LanguageGuard(const QString& code);
    ~LanguageGuard();
    LanguageGuard(const LanguageGuard&) = delete;
    LanguageGuard& operator=(const LanguageGuard&) = delete;
};

} // namespace kinerja::test
