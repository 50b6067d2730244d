// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace kinerja {

/// A fixed table between an enum and the stable code stored in the database (DocumentCodes, PersonnelCodes).
template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

/// The code of `value`, or an empty string when the table lacks it.
template<typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [entry, text] : table) {
        if (entry == value) {
            return QString::fromLatin1(text);
        }
    }
    return {};
}

/// The value stored as `code`, or nothing for an unknown code.
template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [entry, text] : table) {
        if (code == QLatin1String(text)) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace kinerja
