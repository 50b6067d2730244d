// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AgencyAdministration.h"

#include "core/Language.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/Permissions.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"

#include <QLocale>

namespace kinerja {

AgencyAdministration::AgencyAdministration(const Database& database, Actor actor)
    : m_database(database)
    , m_actor(actor)
{ }

Status AgencyAdministration::canEdit(bool organizationGrades) const
{
    ActorRoleSet roles;
    if (m_actor.isAdmin) {
        roles.insert(ActorRole::Admin);
    }
    if (m_actor.employeeId.isNull()) {
        return Status::failure(tr("Sign in first."));
    }
    return Permissions(roles).canEdit(organizationGrades ? FieldGroup::OrganizationGrades : FieldGroup::Periods);
}

Status AgencyAdministration::canChangePeriods() const
{
    return canEdit(false);
}

Status AgencyAdministration::canChangeOrganizationGrades() const
{
    return canEdit(true);
}

Result<AssessmentPeriod> AgencyAdministration::existingPeriod(const QUuid& periodId) const
{
    const auto found = PeriodRepository(m_database).find(periodId);
    if (!found) {
        return found.propagate<AssessmentPeriod>();
    }
    if (!found.value()) {
        return Result<AssessmentPeriod>::failure(tr("The assessment period does not exist or was removed."));
    }
    return *found.value();
}

Result<QList<AssessmentPeriod>> AgencyAdministration::createYear(
    int year, EvaluationCadence cadence, const DeadlinePolicy& policy)
{
    if (auto allowed = canChangePeriods(); !allowed) {
        return allowed.propagate<QList<AssessmentPeriod>>();
    }
    return PeriodRepository(m_database).createYear(year, cadence, policy);
}

Status AgencyAdministration::setDeadline(const QUuid& periodId, QDate deadline)
{
    if (auto allowed = canChangePeriods(); !allowed) {
        return allowed;
    }
    const auto period = existingPeriod(periodId);
    if (!period) {
        return period.propagate<Done>();
    }
    if (deadline.isValid() && deadline < period->start) {
        return Status::failure(
            tr("The deadline cannot be before the first day of the period (%1).")
                .arg(Language::current() == QLatin1String("en")
                        ? QLocale(QLocale::English).toString(period->start, QStringLiteral("d MMMM yyyy"))
                        : IndonesianFormat::longDate(period->start)));
    }
    return PeriodRepository(m_database).setDeadline(periodId, deadline);
}

Status AgencyAdministration::setLocked(const QUuid& periodId, bool locked)
{
    if (auto allowed = canChangePeriods(); !allowed) {
        return allowed;
    }
    if (const auto period = existingPeriod(periodId); !period) {
        return period.propagate<Done>();
    }
    return PeriodRepository(m_database).setLocked(periodId, locked);
}

Status AgencyAdministration::setCustomLabel(const QUuid& periodId, const QString& label)
{
    if (auto allowed = canChangePeriods(); !allowed) {
        return allowed;
    }
    const QString trimmed = label.trimmed();
    if (trimmed.contains(u'\n') || trimmed.contains(u'\r') || trimmed.contains(u'\t')) {
        return Status::failure(tr("The label of a period must be on one line."));
    }
    if (trimmed.size() > kMaximumLabelLength) {
        return Status::failure(
            tr("The label of a period can have at most %1 characters.").arg(QString::number(kMaximumLabelLength)));
    }
    if (const auto period = existingPeriod(periodId); !period) {
        return period.propagate<Done>();
    }
    return PeriodRepository(m_database).setCustomLabel(periodId, trimmed);
}

Status AgencyAdministration::setOrganizationGrade(
    const QUuid& unitId, const QUuid& periodId, std::optional<OrganizationGrade> grade, const QString& setBy)
{
    if (auto allowed = canChangeOrganizationGrades(); !allowed) {
        return allowed;
    }
    OrganizationGradeRepository repository(m_database);
    if (!grade) {
        return repository.clear(unitId, periodId);
    }
    const QString official = setBy.simplified();
    if (official.isEmpty()) {
        return Status::failure(tr("Say who set the predikat kinerja organisasi (the official above the unit)."));
    }
    if (official.size() > kMaximumSetByLength) {
        return Status::failure(
            tr("The name of the official can have at most %1 characters.").arg(QString::number(kMaximumSetByLength)));
    }
    return repository.set(unitId, periodId, *grade, official);
}

Result<std::optional<EvaluationCadence>> AgencyAdministration::cadenceOfYear(int year) const
{
    const auto periods = PeriodRepository(m_database).periodsOfYear(year);
    if (!periods) {
        return periods.propagate<std::optional<EvaluationCadence>>();
    }
    for (const auto& period : *periods) {
        if (period.cadence) {
            return std::optional<EvaluationCadence>(period.cadence);
        }
    }
    return std::optional<EvaluationCadence>();
}

} // namespace kinerja
