// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Nip.h"

#include <QStringList>

namespace kinerja {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-';
}

int number(const QString& digits, int position, int length)
{
    // Positions are 1-based as in domain.md 6.1/6.2.
    return digits.mid(position - 1, length).toInt();
}

} // namespace

EmployeeKind Nip::recogniseKind(const QString& digits)
{
    return digits.size() >= 13 && digits.at(12) == u'2' ? EmployeeKind::Pppk : EmployeeKind::Pns;
}

Result<Nip> Nip::parse(const QString& text, std::optional<EmployeeKind> kind)
{
    QString digits;
    QString invalid;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (!isSeparator(c) && !invalid.contains(c)) {
            invalid.append(c);
        }
    }

    QStringList problems;
    if (text.trimmed().isEmpty()) {
        return Result<Nip>::failure(tr("The NIP is empty; it must have 18 digits."));
    }
    if (!invalid.isEmpty()) {
        problems << tr("The NIP may contain only digits, spaces, dots and dashes; \"%1\" is not allowed.").arg(invalid);
    }
    if (digits.size() != kLength) {
        problems << tr("The NIP must have 18 digits; it has %1.").arg(digits.size());
    }
    if (!problems.isEmpty()) {
        return Result<Nip>::failure(problems);
    }

    Nip nip;
    nip.m_digits = digits;
    nip.m_kind = kind.value_or(recogniseKind(digits));

    const QString birthText = digits.left(8);
    nip.m_birthDate = QDate::fromString(birthText, QStringLiteral("yyyyMMdd"));
    if (!nip.m_birthDate.isValid()) {
        problems << tr("The birth date %1 in the NIP is not a valid date.").arg(birthText);
    }
    const QDate eighteenthBirthday = nip.m_birthDate.isValid() ? nip.m_birthDate.addYears(18) : QDate();

    nip.m_appointmentYear = number(digits, 9, 4);
    if (nip.m_kind == EmployeeKind::Pns) {
        const int month = number(digits, 13, 2);
        if (month < 1 || month > 12) {
            problems << tr("The TMT month %1 in the NIP (digits 13-14) must be from 01 to 12.").arg(digits.mid(12, 2));
        } else {
            nip.m_appointmentMonth = month;
            if (eighteenthBirthday.isValid()
                && nip.m_appointmentYear * 12 + month < eighteenthBirthday.year() * 12 + eighteenthBirthday.month()) {
                problems << tr("The TMT %1 in the NIP is before the 18th birthday of an employee born on %2.")
                                .arg(digits.mid(8, 6), birthText);
            }
        }
    } else {
        if (eighteenthBirthday.isValid() && nip.m_appointmentYear < eighteenthBirthday.year()) {
            problems << tr("The year of appointment %1 in the NIP is before the year in which an employee born "
                           "on %2 turns 18.")
                            .arg(digits.mid(8, 4), birthText);
        }
        if (digits.at(12) != u'2') {
            problems << tr("Digit 13 of a PPPK NIP must be the PPPK code 2; it is %1.").arg(digits.at(12));
        }
        const int batch = number(digits, 14, 1);
        if (batch < 1) {
            problems << tr("The appointment batch in the NIP (digit 14) must be from 1 to 9; it is 0.");
        } else {
            nip.m_appointmentBatch = batch;
        }
    }

    const QChar genderDigit = digits.at(14);
    if (genderDigit == u'1') {
        nip.m_gender = Gender::Male;
    } else if (genderDigit == u'2') {
        nip.m_gender = Gender::Female;
    } else {
        problems
            << tr("The gender digit in the NIP (digit 15) must be 1 (male) or 2 (female); it is %1.").arg(genderDigit);
    }

    nip.m_sequence = number(digits, 16, 3);
    if (nip.m_sequence == 0) {
        problems << tr("The sequence number in the NIP (digits 16-18) must not be 000.");
    }

    if (!problems.isEmpty()) {
        return Result<Nip>::failure(problems);
    }
    return nip;
}

QString Nip::formatted() const
{
    const QString& d = m_digits;
    if (m_kind == EmployeeKind::Pns) {
        return d.mid(0, 8) + u' ' + d.mid(8, 6) + u' ' + d.mid(14, 1) + u' ' + d.mid(15, 3);
    }
    return d.mid(0, 8) + u' ' + d.mid(8, 4) + u' ' + d.mid(12, 1) + u' ' + d.mid(13, 1) + u' ' + d.mid(14, 1) + u' '
        + d.mid(15, 3);
}

} // namespace kinerja
