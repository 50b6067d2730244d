// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/SessionFixture.h"

#include "core/storage/EmployeeRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/start/DemoBuilder.h"

#include <QFile>

namespace kinerja::test {

namespace {

/// The demo, built once per run.
const QString& demoTemplate()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const auto file = folder.filePath(QStringLiteral("demo-template.sqlite"));
        const auto built = DemoBuilder::build(file);
        if (!built) {
            FAIL("the demo database could not be built: " << built.error().toStdString());
        }
        return file;
    }();
    return path;
}

} // namespace

DemoSessionFixture::DemoSessionFixture()
{
    REQUIRE(folder.isValid());
    path = folder.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(QFile::copy(demoTemplate(), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const auto opened = session.open(path);
    REQUIRE(opened.ok());
}

DemoSessionFixture::~DemoSessionFixture()
{
    session.close();
}

QUuid DemoSessionFixture::employeeByPosition(const QString& positionName) const
{
    const auto page = EmployeeRepository(session.database()).page(0, 1000);
    REQUIRE(page.ok());
    for (const auto& record : page.value()) {
        if (record.positionTitle == positionName) {
            return record.employee.id;
        }
    }
    FAIL("no employee with the position " << positionName.toStdString());
    return {};
}

QUuid DemoSessionFixture::signInByPosition(const QString& positionName, bool isAdmin)
{
    const auto id = employeeByPosition(positionName);
    const auto record = EmployeeRepository(session.database()).get(id);
    REQUIRE(record.ok());
    REQUIRE(record->has_value());
    const auto& employee = record->value().employee;
    REQUIRE(session.signIn({id, employee.fullName(), employee.nip ? employee.nip->digits() : QString(), isAdmin}).ok());
    return id;
}

} // namespace kinerja::test
