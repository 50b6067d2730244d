// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Gender.h"
#include "core/domain/Nip.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace kinerja {

/**
 * Makes valid, unique NIPs for generated employees (domain.md 6.1, 6.2): the birth date, TMT and gender given by
 * the caller, and the next free nomor urut for that prefix, so that the same calls give the same NIPs. Every NIP
 * is checked with Nip::parse(); a failure (a birth date or TMT the caller got wrong) is returned, never hidden.
 */
class NipGenerator
{
    Q_DECLARE_TR_FUNCTIONS(NipGenerator)

public:
    /// PNS: birth date, TMT CPNS (year and month), gender, sequence.
    Result<Nip> pns(QDate birthDate, QDate tmtCpns, Gender gender);
    /// PPPK: birth date, year of appointment, code 2, batch 1..9, gender, sequence.
    Result<Nip> pppk(QDate birthDate, int appointmentYear, int batch, Gender gender);

private:
    Result<Nip> take(const QString& prefix, EmployeeKind kind);

    QHash<QString, int> m_lastSequence; ///< per prefix (the 15 digits before the nomor urut)
};

} // namespace kinerja
