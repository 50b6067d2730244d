// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Assignment.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Assignment kepalaDinas(Assignment::Kind kind)
{
    Assignment assignment;
    assignment.id = QUuid::createUuid();
    assignment.employeeId = QUuid::createUuid();
    assignment.position = {
        QStringLiteral("Kepala Dinas Pendidikan"), PositionKind::Jpt, std::nullopt, QUuid::createUuid()};
    assignment.kind = kind;
    assignment.from = QDate(2024, 3, 1);
    assignment.to = QDate(2024, 6, 30);
    assignment.isHead = true;
    return assignment;
}

} // namespace

TEST_CASE("Assignment is active on its first and last day and open-ended without an end", "[core][assignment]")
{
    Assignment assignment = kepalaDinas(Assignment::Kind::Definitive);
    CHECK_FALSE(assignment.isActiveOn(QDate(2024, 2, 29)));
    CHECK(assignment.isActiveOn(QDate(2024, 3, 1)));
    CHECK(assignment.isActiveOn(QDate(2024, 6, 30)));
    CHECK_FALSE(assignment.isActiveOn(QDate(2024, 7, 1)));
    assignment.to.reset();
    CHECK(assignment.isActiveOn(QDate(2040, 1, 1)));
}

TEST_CASE("Assignment overlap counts shared days inclusively", "[core][assignment]")
{
    const Assignment a = kepalaDinas(Assignment::Kind::Definitive);
    Assignment b = a;
    b.from = QDate(2024, 6, 30);
    b.to.reset();
    CHECK(a.overlaps(b));
    b.from = QDate(2024, 7, 1);
    CHECK_FALSE(a.overlaps(b));
    CHECK_FALSE(b.overlaps(a));
}

TEST_CASE("Assignment prints Plt. and Plh. before the jabatan in the signature", "[core][assignment]")
{
    CHECK(kepalaDinas(Assignment::Kind::Definitive).signatureTitle() == QStringLiteral("Kepala Dinas Pendidikan"));
    CHECK(kepalaDinas(Assignment::Kind::Plt).signatureTitle() == QStringLiteral("Plt. Kepala Dinas Pendidikan"));
    CHECK(kepalaDinas(Assignment::Kind::Plh).signatureTitle() == QStringLiteral("Plh. Kepala Dinas Pendidikan"));
}

TEST_CASE("Assignment rejects dates out of order and Plt for a position that is not a head", "[core][assignment]")
{
    Assignment assignment = kepalaDinas(Assignment::Kind::Plt);
    CHECK(assignment.validate().ok());
    assignment.to = QDate(2024, 2, 1);
    assignment.isHead = false;
    const auto status = assignment.validate();
    REQUIRE_FALSE(status.ok());
    REQUIRE(status.problems().size() == 2);
    CHECK(status.problems().at(0).startsWith(QStringLiteral("The assignment to \"Kepala Dinas Pendidikan\" ends on")));
    CHECK(status.problems().at(1)
        == QStringLiteral("Plt and Plh assignments are only possible for the head of a unit; \"Kepala Dinas "
                          "Pendidikan\" is not a head position."));
}

TEST_CASE("Assignment rejects a missing start date and an employee assessing themself", "[core][assignment]")
{
    Assignment assignment = kepalaDinas(Assignment::Kind::Definitive);
    assignment.from = QDate();
    assignment.assessorOverride = assignment.employeeId;
    const auto status = assignment.validate();
    REQUIRE_FALSE(status.ok());
    CHECK(status.problems()
        == QStringList {QStringLiteral("The assignment to \"Kepala Dinas Pendidikan\" has no start date."),
            QStringLiteral("An employee cannot be their own Pejabat Penilai Kinerja.")});
}
