// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/// How the Atasan Pejabat Penilai Kinerja decides a keberatan (PP 30/2019 Ps 59): the decision is final.
enum class ObjectionOutcome
{
    Confirmed, ///< tetap: the result stands
    Changed ///< ubah: the ratings or the predikat were changed
};

/// Every outcome, in declaration order.
QList<ObjectionOutcome> allObjectionOutcomes();

/// The stable code stored with the decide command: "confirmed", "changed". Never translated.
QString codeName(ObjectionOutcome outcome);

/// The outcome for a code written by codeName(); nothing for any other text (exact match).
std::optional<ObjectionOutcome> objectionOutcomeFromCode(const QString& code);

/// "Result confirmed" / "Result changed" in the UI language.
QString displayName(ObjectionOutcome outcome);

} // namespace kinerja
