// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/EmployeeKind.h"
#include "core/domain/FunctionalLevel.h"
#include "core/domain/Gender.h"
#include "core/domain/OrgUnit.h"
#include "core/domain/PositionKind.h"

#include <QString>

#include <optional>

namespace kinerja {

/**
 * The stable code strings stored in the org_unit and employee tables for the domain enums that define none
 * themselves (storage-common brief: one place for the mapping). Codes are lowercase, never translated, and
 * never change once shipped: the server and every replica read the same strings.
 *
 *   OrgUnit::Kind    instansi, opd, bidang, bagian, seksi, subbagian, uptd, school
 *   EmployeeKind     pns, pppk (and "non-asn" for a person without a NIP)
 *   Gender           male, female
 *   PositionKind     jpt, administrator, pengawas, pelaksana, fungsional
 *   FunctionalLevel  pemula, terampil, mahir, penyelia, ahli-pertama, ahli-muda, ahli-madya, ahli-utama
 *
 * The from*() functions return nothing for an unknown code; they accept only the exact code.
 */
class PersonnelCodes
{
public:
    static QString orgUnitKind(OrgUnit::Kind kind);
    static std::optional<OrgUnit::Kind> orgUnitKindFrom(const QString& code);

    /// "non-asn" is written for a person without a NIP; it has no EmployeeKind.
    static QString nonAsn() { return QStringLiteral("non-asn"); }
    static QString employeeKind(EmployeeKind kind);
    static std::optional<EmployeeKind> employeeKindFrom(const QString& code);

    static QString gender(Gender gender);
    static std::optional<Gender> genderFrom(const QString& code);

    static QString positionKind(PositionKind kind);
    static std::optional<PositionKind> positionKindFrom(const QString& code);

    static QString functionalLevel(FunctionalLevel level);
    static std::optional<FunctionalLevel> functionalLevelFrom(const QString& code);
};

} // namespace kinerja
