// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Session.h"

#include "core/storage/LocalSession.h"

namespace kinerja {

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session()
{
    close();
}

Status Session::open(const QString& path, Database::OpenMode mode)
{
    auto opened = Database::open(path, mode);
    if (!opened) {
        return opened.propagate<Done>();
    }
    auto info = DatabaseInfo::read(*opened.value());
    if (!info) {
        return info.propagate<Done>();
    }
    close();
    m_database = std::move(opened.value());
    m_info = info.value();
    emit databaseChanged();
    return Done {};
}

void Session::close()
{
    if (!m_database) {
        return;
    }
    signOut();
    m_database.reset();
    m_info = {};
    emit databaseChanged();
}

Status Session::signIn(const User& user)
{
    if (!m_database) {
        return Status::failure(tr("No database is open."));
    }
    if (auto recorded = LocalSession::signIn(*m_database, user.employeeId.toString(QUuid::WithoutBraces)); !recorded) {
        return recorded;
    }
    m_user = user;
    emit userChanged();
    return Done {};
}

void Session::signOut()
{
    if (m_user.employeeId.isNull()) {
        return;
    }
    if (m_database) {
        // A failure only leaves the last name in local_session, which the next sign-in replaces.
        (void)LocalSession::signOut(*m_database);
    }
    m_user = {};
    emit userChanged();
}

QDate Session::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

} // namespace kinerja
