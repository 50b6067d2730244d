// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerSettings.h"

#include <QStringList>

namespace kinerja {

QString ServerSettings::connectOptions() const
{
    QStringList options {QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
        QStringLiteral("sslmode=%1").arg(sslMode.isEmpty() ? QStringLiteral("verify-full") : sslMode),
        QStringLiteral("application_name=kinerja")};
    if (!sslRootCert.isEmpty()) {
        options.append(QStringLiteral("sslrootcert=%1").arg(sslRootCert));
    }
    return options.join(QLatin1Char(';'));
}

QString ServerSettings::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace kinerja
