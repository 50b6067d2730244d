// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PersonnelCodes.h"

#include "core/storage/CodeTable.h"

#include <array>
#include <utility>

namespace kinerja {

namespace {

constexpr std::array<std::pair<OrgUnit::Kind, const char*>, 8> kUnitKinds {{
    {OrgUnit::Kind::Instansi, "instansi"},
    {OrgUnit::Kind::Opd, "opd"},
    {OrgUnit::Kind::Bidang, "bidang"},
    {OrgUnit::Kind::Bagian, "bagian"},
    {OrgUnit::Kind::Seksi, "seksi"},
    {OrgUnit::Kind::Subbagian, "subbagian"},
    {OrgUnit::Kind::Uptd, "uptd"},
    {OrgUnit::Kind::School, "school"},
}};

constexpr std::array<std::pair<EmployeeKind, const char*>, 2> kEmployeeKinds {{
    {EmployeeKind::Pns, "pns"},
    {EmployeeKind::Pppk, "pppk"},
}};

constexpr std::array<std::pair<Gender, const char*>, 2> kGenders {{
    {Gender::Male, "male"},
    {Gender::Female, "female"},
}};

constexpr std::array<std::pair<PositionKind, const char*>, 5> kPositionKinds {{
    {PositionKind::Jpt, "jpt"},
    {PositionKind::Administrator, "administrator"},
    {PositionKind::Pengawas, "pengawas"},
    {PositionKind::Pelaksana, "pelaksana"},
    {PositionKind::Fungsional, "fungsional"},
}};

constexpr std::array<std::pair<FunctionalLevel, const char*>, 8> kFunctionalLevels {{
    {FunctionalLevel::Pemula, "pemula"},
    {FunctionalLevel::Terampil, "terampil"},
    {FunctionalLevel::Mahir, "mahir"},
    {FunctionalLevel::Penyelia, "penyelia"},
    {FunctionalLevel::AhliPertama, "ahli-pertama"},
    {FunctionalLevel::AhliMuda, "ahli-muda"},
    {FunctionalLevel::AhliMadya, "ahli-madya"},
    {FunctionalLevel::AhliUtama, "ahli-utama"},
}};

} // namespace

QString PersonnelCodes::orgUnitKind(OrgUnit::Kind kind)
{
    return codeOf(kUnitKinds, kind);
}

std::optional<OrgUnit::Kind> PersonnelCodes::orgUnitKindFrom(const QString& code)
{
    return fromCode(kUnitKinds, code);
}

QString PersonnelCodes::employeeKind(EmployeeKind kind)
{
    return codeOf(kEmployeeKinds, kind);
}

std::optional<EmployeeKind> PersonnelCodes::employeeKindFrom(const QString& code)
{
    return fromCode(kEmployeeKinds, code);
}

QString PersonnelCodes::gender(Gender gender)
{
    return codeOf(kGenders, gender);
}

std::optional<Gender> PersonnelCodes::genderFrom(const QString& code)
{
    return fromCode(kGenders, code);
}

QString PersonnelCodes::positionKind(PositionKind kind)
{
    return codeOf(kPositionKinds, kind);
}

std::optional<PositionKind> PersonnelCodes::positionKindFrom(const QString& code)
{
    return fromCode(kPositionKinds, code);
}

QString PersonnelCodes::functionalLevel(FunctionalLevel level)
{
    return codeOf(kFunctionalLevels, level);
}

std::optional<FunctionalLevel> PersonnelCodes::functionalLevelFrom(const QString& code)
{
    return fromCode(kFunctionalLevels, code);
}

} // namespace kinerja
