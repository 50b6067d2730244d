// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Session.h"

#include <QString>
#include <QTemporaryDir>

namespace kinerja::test {

/**
 * A copy of the office demo database (with its demo accounts) in a temporary folder, opened in a Session.
 * The demo is generated once per test run and copied for each fixture, so each test may change its copy.
 */
class DemoSessionFixture
{
public:
    DemoSessionFixture();
    ~DemoSessionFixture();

    Session session;
    QTemporaryDir folder;
    QString path;

    /// An employee of the demo by position title (first by name), e.g. "Kepala Subbagian Umum dan Kepegawaian".
    QUuid employeeByPosition(const QString& positionName) const;
    /// Signs in the employee of employeeByPosition() (with their name and NIP) as an admin or not; returns the id.
    QUuid signInByPosition(const QString& positionName, bool isAdmin);
};

} // namespace kinerja::test
