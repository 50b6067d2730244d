// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/NipGenerator.h"

namespace kinerja {

namespace {

QChar genderDigit(Gender gender)
{
    return gender == Gender::Male ? u'1' : u'2';
}

} // namespace

Result<Nip> NipGenerator::pns(QDate birthDate, QDate tmtCpns, Gender gender)
{
    const auto prefix = birthDate.toString(QStringLiteral("yyyyMMdd")) + tmtCpns.toString(QStringLiteral("yyyyMM"))
        + genderDigit(gender);
    return take(prefix, EmployeeKind::Pns);
}

Result<Nip> NipGenerator::pppk(QDate birthDate, int appointmentYear, int batch, Gender gender)
{
    const auto prefix = birthDate.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(appointmentYear, 4, 10, QLatin1Char('0')) + u'2' + QString::number(batch)
        + genderDigit(gender);
    return take(prefix, EmployeeKind::Pppk);
}

Result<Nip> NipGenerator::take(const QString& prefix, EmployeeKind kind)
{
    int& last = m_lastSequence[prefix];
    if (last >= 999) {
        return Result<Nip>::failure(tr("No free NIP sequence number is left for %1.").arg(prefix));
    }
    ++last;
    return Nip::parse(prefix + QStringLiteral("%1").arg(last, 3, 10, QLatin1Char('0')), kind);
}

} // namespace kinerja
