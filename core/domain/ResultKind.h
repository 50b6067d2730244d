// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace kinerja {

/// Whether an RHK is cascaded from the leader (A. UTAMA) or an extra assignment (B. TAMBAHAN); domain.md 2.3.
/// There is no weighting between the two.
enum class ResultKind
{
    Main, ///< "UTAMA"
    Additional ///< "TAMBAHAN"
};

/// "UTAMA" / "TAMBAHAN", as in the section headings "A. UTAMA", "B. TAMBAHAN". Not translated.
QString officialName(ResultKind kind);

/// The kind for its official name, in any case; nullopt otherwise.
std::optional<ResultKind> resultKindFromName(const QString& name);

} // namespace kinerja
