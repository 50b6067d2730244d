// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Gender.h"

#include <QCoreApplication>

namespace kinerja {

QString officialName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("Laki-laki");
    case Gender::Female:
        return QStringLiteral("Perempuan");
    }
    return {};
}

QString displayName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QCoreApplication::translate("Gender", "Male");
    case Gender::Female:
        return QCoreApplication::translate("Gender", "Female");
    }
    return {};
}

} // namespace kinerja
