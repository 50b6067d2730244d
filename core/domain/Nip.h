// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/EmployeeKind.h"
#include "core/domain/Gender.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace kinerja {

/**
 * Nomor Induk Pegawai: 18 digits, PNS (domain.md 6.1) or PPPK (6.2). A Nip always holds a valid number:
 * the only way to make one is parse(). Pejabat negara have no NIP; model that as std::optional<Nip>, never
 * as an empty or fake Nip.
 *
 *   PNS   19700518 200503 1 005       birth date, TMT CPNS YYYYMM, gender, sequence
 *   PPPK  20001231 2024 2 1 1 001     birth date, year of appointment, code 2, batch, gender, sequence
 *
 * The PPPK layout is the PNS one with the 6-digit TMT split into its 4-digit year, the fixed code digit and
 * the batch digit, so that each field is readable and the digits stay in order.
 */
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    static constexpr int kLength = 18;

    /**
     * Reads a NIP as typed: digits with any spaces, dots or dashes between them ("19700518 200503 1 005").
     * When `kind` is not given it is recognised from the digits (see recogniseKind()). On failure every problem
     * found is reported at once, each as a whole translated sentence saying why.
     */
    static Result<Nip> parse(const QString& text, std::optional<EmployeeKind> kind = {});

    /**
     * PNS or PPPK from 18 digits (domain.md 6.2): digit 13 of a PNS NIP is the first digit of the TMT month,
     * so it is 0 or 1; digit 13 of a PPPK NIP is the fixed code 2. So a 2 at digit 13 means PPPK, anything else
     * PNS (and then an invalid month is reported as such). Prefer an explicit kind where one is known.
     */
    static EmployeeKind recogniseKind(const QString& digits);

    /// The 18 digits without separators, as stored and exported: "197005182005031005".
    const QString& digits() const { return m_digits; }
    EmployeeKind kind() const { return m_kind; }
    QDate birthDate() const { return m_birthDate; }
    /// Year of the TMT CPNS (PNS) or of the appointment (PPPK).
    int appointmentYear() const { return m_appointmentYear; }
    /// Month of the TMT CPNS, 1..12, for a PNS; empty for a PPPK (whose NIP holds the year only).
    std::optional<int> appointmentMonth() const { return m_appointmentMonth; }
    /// Frekuensi/angkatan pengangkatan, 1..9, for a PPPK; empty for a PNS.
    std::optional<int> appointmentBatch() const { return m_appointmentBatch; }
    Gender gender() const { return m_gender; }
    /// Nomor urut, 1..999.
    int sequence() const { return m_sequence; }

    /// The display form: "19700518 200503 1 005" (PNS), "20001231 2024 2 1 1 001" (PPPK).
    QString formatted() const;

    friend bool operator==(const Nip&, const Nip&) = default;

private:
    Nip() = default;

    QString m_digits;
    EmployeeKind m_kind = EmployeeKind::Pns;
    QDate m_birthDate;
    int m_appointmentYear = 0;
    std::optional<int> m_appointmentMonth;
    std::optional<int> m_appointmentBatch;
    Gender m_gender = Gender::Male;
    int m_sequence = 0;
};

} // namespace kinerja
