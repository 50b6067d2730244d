// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Employee.h"

namespace kinerja {

QString Employee::fullName() const
{
    QString result = name.simplified();
    const QString front = frontTitles.simplified();
    const QString back = backTitles.simplified();
    if (!front.isEmpty()) {
        result = front + u' ' + result;
    }
    if (!back.isEmpty()) {
        result += (back.startsWith(u',') ? QString() : QStringLiteral(", ")) + back;
    }
    return result;
}

QString Employee::siasnStatus() const
{
    return isAsn() ? QStringLiteral("ASN") : QStringLiteral("NON ASN");
}

QString Employee::formattedNip() const
{
    return nip ? nip->formatted() : QString();
}

Status Employee::validate() const
{
    QStringList problems;
    if (id.isNull()) {
        problems << tr("The employee has no id.");
    }
    if (name.trimmed().isEmpty()) {
        problems << tr("The employee has no name.");
    }
    if (nip) {
        if (nip->kind() != kind) {
            problems << tr("The NIP %1 is a %2 NIP, but the employee is recorded as %3.")
                            .arg(nip->formatted(), officialName(nip->kind()), officialName(kind));
        }
        if (birthDate.isValid() && birthDate != nip->birthDate()) {
            problems << tr("The birth date does not match the NIP %1.").arg(nip->formatted());
        }
        if (gender != nip->gender()) {
            problems << tr("The gender does not match the NIP %1.").arg(nip->formatted());
        }
        if (rank && rank->kind() != kind) {
            problems << tr("The pangkat/golongan %1 does not fit a %2.").arg(rank->code(), officialName(kind));
        }
    } else if (rank) {
        problems << tr("Without a NIP the person is a pejabat negara, who has no pangkat/golongan.");
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems);
    }
    return success();
}

} // namespace kinerja
