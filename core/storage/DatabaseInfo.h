// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

class Database;

/**
 * What a Kinerja file is (design.md "Identity"; the one-row table `database_info`): a standalone file, which holds
 * a whole office and local sign-in for its people, or the replica of one account on the shared PostgreSQL server,
 * whose person is who the server says. A new file is standalone; the sync setup makes a new, empty file a replica
 * once, when it is created (makeReplica()). Read it anywhere with read().
 */
class DatabaseInfo
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInfo)

public:
    enum class Kind
    {
        Standalone,
        Replica
    };

    /// The server account a replica belongs to. All three are set for a replica and empty for a standalone file.
    struct ServerAccount
    {
        QString host; ///< host name or address of the PostgreSQL server
        QString database; ///< database name on that server
        QString role; ///< the PostgreSQL login role of the person
        friend bool operator==(const ServerAccount&, const ServerAccount&) = default;
    };

    /// The file's row.
    static Result<DatabaseInfo> read(const Database& database);
    /**
     * Binds a new file to one server account. Refused, leaving the file unchanged, when a part of the account is
     * empty, when the file is already a replica, or when it already holds people or local accounts (a standalone
     * office file is moved to a server with `kinerja-cli server install`, not turned into a replica).
     */
    static Status makeReplica(const Database& database, const ServerAccount& account);

    Kind kind() const { return m_kind; }
    bool isStandalone() const { return m_kind == Kind::Standalone; }
    bool isReplica() const { return m_kind == Kind::Replica; }
    /// Empty for a standalone file.
    const ServerAccount& serverAccount() const { return m_account; }
    /// ISO 8601 UTC time the file was created.
    const QString& createdAt() const { return m_createdAt; }
    /// "standalone" or "replica", as stored.
    static QString kindCode(Kind kind);

private:
    Kind m_kind = Kind::Standalone;
    ServerAccount m_account;
    QString m_createdAt;
};

} // namespace kinerja
