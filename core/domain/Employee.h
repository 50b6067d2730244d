// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/EmployeeKind.h"
#include "core/domain/Gender.h"
#include "core/domain/Nip.h"
#include "core/domain/Rank.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * A person in the reporting lines: a Pegawai ASN (PNS or PPPK, with a NIP) or a pejabat negara such as the
 * Gubernur (no NIP, no pangkat; domain.md 8 item 17), who can be the Pejabat Penilai Kinerja of the Sekda.
 * Jabatan and unit are not stored here: they come from the Assignment history (ReportingLines).
 */
struct Employee
{
    Q_DECLARE_TR_FUNCTIONS(Employee)

public:
    QUuid id;
    /// Empty exactly for a pejabat negara (not an ASN).
    std::optional<Nip> nip;
    /// PNS or PPPK; meaningless (and ignored) for a pejabat negara.
    EmployeeKind kind = EmployeeKind::Pns;
    /// The name without titles: "Siti Aminah".
    QString name;
    /// Gelar depan as written: "Dr. Hj.".
    QString frontTitles;
    /// Gelar belakang as written, comma separated: "S.Pd., M.Si.".
    QString backTitles;
    QDate birthDate;
    Gender gender = Gender::Male;
    /// Empty for a pejabat negara.
    std::optional<Rank> rank;
    bool active = true;

    /// The name with its titles, as printed: "Dr. Hj. Siti Aminah, S.Pd., M.Si.".
    QString fullName() const;

    /// True for a PNS or PPPK, i.e. someone with a NIP.
    bool isAsn() const { return nip.has_value(); }

    /// The SIASN statusPenilai value: "ASN" or "NON ASN" (domain.md 8 item 17).
    QString siasnStatus() const;

    /// The NIP formatted, or empty for a pejabat negara. "19700518 200503 1 005".
    QString formattedNip() const;

    /// Id and name present; a NIP agrees with kind, birth date and gender; a rank agrees with kind; a pejabat
    /// negara has no rank. Every problem at once.
    Status validate() const;

    friend bool operator==(const Employee&, const Employee&) = default;
};

} // namespace kinerja
