// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlanRepository.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/DocumentValues.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace kinerja {

namespace {

using V = DocumentValues;

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

const QString kSnapshotColumns = QStringLiteral(
    "employee_name, employee_nip, employee_rank, employee_position, employee_unit, "
    "assessor_name, assessor_nip, assessor_rank, assessor_position, assessor_unit, "
    "second_assessor_name, second_assessor_nip, second_assessor_rank, second_assessor_position, second_assessor_unit");

PersonSnapshot readSnapshot(const QSqlQuery& query, int first)
{
    return {query.value(first).toString(), query.value(first + 1).toString(), query.value(first + 2).toString(),
        query.value(first + 3).toString(), query.value(first + 4).toString()};
}

struct CurrentIndicator
{
    QUuid resultId;
    Indicator indicator;
    int position = 0;
};

struct AppendixLine
{
    QUuid id;
    QString text;
};

/// What is stored of a plan's content, read inside or outside a transaction.
struct StoredContent
{
    QList<WorkResult> results;
    QHash<QUuid, CurrentIndicator> indicators;
    QList<BehaviorExpectation> expectations;
    QHash<QString, QList<AppendixLine>> appendix; // by section code
};

const QStringList kSections {
    QStringLiteral("resources"), QStringLiteral("accountability"), QStringLiteral("consequences")};

QStringList* appendixList(PlanAppendix& appendix, const QString& section)
{
    if (section == kSections.at(0)) {
        return &appendix.resourceSupport;
    }
    if (section == kSections.at(1)) {
        return &appendix.accountabilityScheme;
    }
    if (section == kSections.at(2)) {
        return &appendix.consequences;
    }
    return nullptr;
}

const QStringList& appendixList(const PlanAppendix& appendix, const QString& section)
{
    if (section == kSections.at(0)) {
        return appendix.resourceSupport;
    }
    if (section == kSections.at(1)) {
        return appendix.accountabilityScheme;
    }
    return appendix.consequences;
}

std::optional<Indicator> readIndicator(const QSqlQuery& query, int first)
{
    Indicator indicator;
    indicator.id = V::toId(query.value(first));
    const auto aspect = DocumentCodes::indicatorAspectFromCode(query.value(first + 1).toString());
    indicator.aspect = aspect.value_or(IndicatorAspect::Quantity);
    indicator.text = query.value(first + 2).toString();
    const auto kind = DocumentCodes::targetKindFromCode(query.value(first + 3).toString());
    const auto minimum = DocumentCodes::decimalFromText(query.value(first + 4).toString());
    const auto maximum = DocumentCodes::decimalFromText(query.value(first + 5).toString());
    if (!kind) {
        return std::nullopt;
    }
    switch (*kind) {
    case IndicatorTarget::Kind::None:
        break;
    case IndicatorTarget::Kind::Number:
        if (!minimum) {
            return std::nullopt;
        }
        indicator.target = IndicatorTarget::number(*minimum);
        break;
    case IndicatorTarget::Kind::Range:
        if (!minimum || !maximum) {
            return std::nullopt;
        }
        indicator.target = IndicatorTarget::range(*minimum, *maximum);
        break;
    case IndicatorTarget::Kind::Narrative:
        indicator.target = IndicatorTarget::narrative(query.value(first + 6).toString());
        break;
    }
    indicator.unit = query.value(first + 7).toString();
    if (!query.value(first + 8).isNull()) {
        indicator.perspective = DocumentCodes::perspectiveFromCode(query.value(first + 8).toString());
        if (!indicator.perspective) {
            return std::nullopt;
        }
    }
    const auto direction = DocumentCodes::indicatorDirectionFromCode(query.value(first + 9).toString());
    if (!aspect && !query.value(first + 1).isNull()) {
        return std::nullopt;
    }
    if (!direction) {
        return std::nullopt;
    }
    indicator.direction = *direction;
    return indicator;
}

std::optional<StoredContent> readContent(const QSqlDatabase& db, const QString& planId)
{
    StoredContent content;
    QSqlQuery results(db);
    if (!sql::exec(results,
            QStringLiteral("SELECT id, kind, description, parent_result_id, parent_text, assigned_by, sort_order "
                           "FROM work_result WHERE plan_id = ? AND deleted = 0 "
                           "ORDER BY (kind = 'additional'), sort_order, rowid"),
            {planId}, "read work results")) {
        return std::nullopt;
    }
    QHash<QUuid, qsizetype> resultIndex;
    while (results.next()) {
        WorkResult result;
        result.id = V::toId(results.value(0));
        const auto kind = DocumentCodes::resultKindFromCode(results.value(1).toString());
        if (!kind) {
            qCWarning(lcDb) << "unknown work_result.kind" << results.value(1).toString();
            return std::nullopt;
        }
        result.kind = *kind;
        result.text = results.value(2).toString();
        result.parentResultId = V::toId(results.value(3));
        result.intervenedText = results.value(4).toString();
        result.assignedBy = results.value(5).toString();
        result.order = results.value(6).toInt();
        resultIndex.insert(result.id, content.results.size());
        content.results.append(result);
    }

    QSqlQuery indicators(db);
    if (!sql::exec(indicators,
            QStringLiteral("SELECT i.work_result_id, i.id, i.aspect, i.description, i.target_kind, i.target_min, "
                           "i.target_max, i.target_text, i.unit, i.perspective, i.direction "
                           "FROM indicator AS i JOIN work_result AS w ON w.id = i.work_result_id "
                           "WHERE w.plan_id = ? AND w.deleted = 0 AND i.deleted = 0 ORDER BY i.sort_order, i.rowid"),
            {planId}, "read indicators")) {
        return std::nullopt;
    }
    while (indicators.next()) {
        const auto resultId = V::toId(indicators.value(0));
        const auto indicator = readIndicator(indicators, 1);
        if (!indicator) {
            qCWarning(lcDb) << "unreadable indicator" << indicators.value(1).toString();
            return std::nullopt;
        }
        auto& result = content.results[resultIndex.value(resultId)];
        content.indicators.insert(indicator->id, {resultId, *indicator, int(result.indicators.size())});
        result.indicators.append(*indicator);
    }

    QHash<int, QString> expectations; // by CoreValue
    QSqlQuery behavior(db);
    if (!sql::exec(behavior,
            QStringLiteral(
                "SELECT core_value, expectation FROM behavior_expectation WHERE plan_id = ? AND deleted = 0"),
            {planId}, "read behaviour expectations")) {
        return std::nullopt;
    }
    while (behavior.next()) {
        const auto value = DocumentCodes::coreValueFromCode(behavior.value(0).toString());
        if (value) {
            expectations.insert(static_cast<int>(*value), behavior.value(1).toString());
        }
    }
    for (const auto value : allCoreValues()) {
        content.expectations.append({value, expectations.value(static_cast<int>(value))});
    }

    QSqlQuery appendix(db);
    if (!sql::exec(appendix,
            QStringLiteral("SELECT section, id, description FROM plan_appendix_item WHERE plan_id = ? AND deleted = 0 "
                           "ORDER BY section, sort_order, rowid"),
            {planId}, "read the appendix")) {
        return std::nullopt;
    }
    while (appendix.next()) {
        content.appendix[appendix.value(0).toString()].append(
            {V::toId(appendix.value(1)), appendix.value(2).toString()});
    }
    return content;
}

void fillPlan(PerformancePlan& plan, const StoredContent& content)
{
    plan.results = content.results;
    plan.behaviorExpectations = content.expectations;
    plan.appendix = {};
    for (const auto& section : kSections) {
        for (const auto& line : content.appendix.value(section)) {
            appendixList(plan.appendix, section)->append(line.text);
        }
    }
}

bool insertResult(const QSqlDatabase& db, const QString& planId, const WorkResult& result, const QVariant& author)
{
    return sql::exec(db,
        QStringLiteral("INSERT INTO work_result (id, plan_id, parent_result_id, parent_text, kind, description, "
                       "assigned_by, sort_order, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {V::id(result.id), planId, V::id(result.parentResultId), sql::text(result.intervenedText),
            DocumentCodes::code(result.kind), sql::text(result.text), sql::text(result.assignedBy), result.order,
            author},
        "insert a work result");
}

bool updateResult(const QSqlDatabase& db, const WorkResult& result, const QVariant& author)
{
    return sql::exec(db,
        QStringLiteral("UPDATE work_result SET parent_result_id = ?, parent_text = ?, kind = ?, description = ?, "
                       "assigned_by = ?, sort_order = ?, updated_by = ?, updated_at = %1 WHERE id = ?")
            .arg(kNow),
        {V::id(result.parentResultId), sql::text(result.intervenedText), DocumentCodes::code(result.kind),
            sql::text(result.text), sql::text(result.assignedBy), result.order, author, V::id(result.id)},
        "update a work result");
}

struct TargetColumns
{
    QString kind;
    QVariant minimum;
    QVariant maximum;
    QString text;
};

TargetColumns targetColumns(const IndicatorTarget& target)
{
    const QVariant null(QMetaType::fromType<QString>());
    TargetColumns columns {DocumentCodes::code(target.kind()), null, null, QStringLiteral("")};
    switch (target.kind()) {
    case IndicatorTarget::Kind::None:
        break;
    case IndicatorTarget::Kind::Number:
        columns.minimum = DocumentCodes::decimalText(target.value());
        break;
    case IndicatorTarget::Kind::Range:
        columns.minimum = DocumentCodes::decimalText(target.minimum());
        columns.maximum = DocumentCodes::decimalText(target.maximum());
        break;
    case IndicatorTarget::Kind::Narrative:
        columns.text = target.narrativeText().isNull() ? QStringLiteral("") : target.narrativeText();
        break;
    }
    return columns;
}

QVariant perspectiveValue(const Indicator& indicator)
{
    return indicator.perspective ? QVariant(DocumentCodes::code(*indicator.perspective))
                                 : QVariant(QMetaType::fromType<QString>());
}

bool insertIndicator(
    const QSqlDatabase& db, const QUuid& resultId, const Indicator& indicator, int position, const QVariant& author)
{
    const auto target = targetColumns(indicator.target);
    return sql::exec(db,
        QStringLiteral("INSERT INTO indicator (id, work_result_id, aspect, description, target_kind, target_min, "
                       "target_max, target_text, unit, perspective, direction, sort_order, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {V::id(indicator.id), V::id(resultId), DocumentCodes::code(indicator.aspect), sql::text(indicator.text),
            target.kind, target.minimum, target.maximum, target.text, sql::text(indicator.unit),
            perspectiveValue(indicator), DocumentCodes::code(indicator.direction), position, author},
        "insert an indicator");
}

bool updateIndicator(
    const QSqlDatabase& db, const QUuid& resultId, const Indicator& indicator, int position, const QVariant& author)
{
    const auto target = targetColumns(indicator.target);
    return sql::exec(db,
        QStringLiteral("UPDATE indicator SET work_result_id = ?, aspect = ?, description = ?, target_kind = ?, "
                       "target_min = ?, target_max = ?, target_text = ?, unit = ?, perspective = ?, direction = ?, "
                       "sort_order = ?, updated_by = ?, updated_at = %1 WHERE id = ?")
            .arg(kNow),
        {V::id(resultId), DocumentCodes::code(indicator.aspect), sql::text(indicator.text), target.kind, target.minimum,
            target.maximum, target.text, sql::text(indicator.unit), perspectiveValue(indicator),
            DocumentCodes::code(indicator.direction), position, author, V::id(indicator.id)},
        "update an indicator");
}

/// False only when the statement failed; a row that is already gone is fine here (the plan is being rewritten).
bool tombstoneRow(const QSqlDatabase& db, sql::Table table, const QUuid& id, const QVariant& author)
{
    return sql::tombstone(db, table, id, author, "tombstone a plan row") != sql::TombstoneOutcome::Failed;
}

bool saveExpectation(
    const QSqlDatabase& db, const QUuid& planId, CoreValue value, const QString& text, const QVariant& author)
{
    const auto code = DocumentCodes::code(value);
    return sql::exec(db,
        QStringLiteral("INSERT INTO behavior_expectation (id, plan_id, core_value, expectation, updated_by) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET expectation = excluded.expectation, "
                       "deleted = 0, updated_by = excluded.updated_by, updated_at = %1 "
                       "WHERE behavior_expectation.expectation IS NOT excluded.expectation "
                       "OR behavior_expectation.deleted <> 0")
            .arg(kNow),
        {V::id(Uuid::forBehaviorExpectation(planId, code)), V::id(planId), code, sql::text(text), author},
        "save a behaviour expectation");
}

bool saveAppendix(const QSqlDatabase& db,
    const QUuid& planId,
    const PlanAppendix& appendix,
    const QHash<QString, QList<AppendixLine>>& current,
    const QVariant& author)
{
    for (const auto& section : kSections) {
        const auto& wanted = appendixList(appendix, section);
        const auto existing = current.value(section);
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (i < existing.size()) {
                if (existing.at(i).text != wanted.at(i)
                    && !sql::exec(db,
                        QStringLiteral("UPDATE plan_appendix_item SET description = ?, sort_order = ?, updated_by = ?, "
                                       "updated_at = %1 WHERE id = ?")
                            .arg(kNow),
                        {sql::text(wanted.at(i)), int(i), author, V::id(existing.at(i).id)},
                        "update an appendix line")) {
                    return false;
                }
            } else if (!sql::exec(db,
                           QStringLiteral("INSERT INTO plan_appendix_item (id, plan_id, section, description, "
                                          "sort_order, updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
                           {Uuid::createV7Text(), V::id(planId), section, sql::text(wanted.at(i)), int(i), author},
                           "insert an appendix line")) {
                return false;
            }
        }
        for (qsizetype i = wanted.size(); i < existing.size(); ++i) {
            if (!tombstoneRow(db, sql::Table::PlanAppendixItem, existing.at(i).id, author)) {
                return false;
            }
        }
    }
    return true;
}

/// Gives every new result and indicator an id, and lists problems with the content.
QStringList prepareContent(PerformancePlan& plan)
{
    QStringList problems;
    QSet<QUuid> resultIds;
    QSet<QUuid> indicatorIds;
    bool duplicateResult = false;
    bool duplicateIndicator = false;
    for (auto& result : plan.results) {
        if (result.id.isNull()) {
            result.id = Uuid::createV7();
        }
        duplicateResult = duplicateResult || resultIds.contains(result.id);
        resultIds.insert(result.id);
        for (auto& indicator : result.indicators) {
            if (indicator.id.isNull()) {
                indicator.id = Uuid::createV7();
            }
            duplicateIndicator = duplicateIndicator || indicatorIds.contains(indicator.id);
            indicatorIds.insert(indicator.id);
        }
    }
    if (duplicateResult) {
        problems.append(PlanRepository::tr("Two work results of the SKP have the same identifier."));
    }
    if (duplicateIndicator) {
        problems.append(PlanRepository::tr("Two indicators of the SKP have the same identifier."));
    }
    return problems;
}

bool writeContent(
    const QSqlDatabase& db, const PerformancePlan& plan, const StoredContent& current, const QVariant& author)
{
    const auto planId = Uuid::toText(plan.id);
    QHash<QUuid, const WorkResult*> currentResults;
    for (const auto& result : current.results) {
        currentResults.insert(result.id, &result);
    }
    QSet<QUuid> keptResults;
    QSet<QUuid> keptIndicators;
    for (const auto& result : plan.results) {
        keptResults.insert(result.id);
        const auto* existing = currentResults.value(result.id);
        if (!existing) {
            // A result id that exists elsewhere (another plan, or tombstoned) fails on the primary key: refused.
            if (!insertResult(db, planId, result, author)) {
                return false;
            }
        } else if (existing->kind != result.kind || existing->text != result.text
            || existing->parentResultId != result.parentResultId || existing->intervenedText != result.intervenedText
            || existing->assignedBy != result.assignedBy || existing->order != result.order) {
            if (!updateResult(db, result, author)) {
                return false;
            }
        }
        for (qsizetype i = 0; i < result.indicators.size(); ++i) {
            const auto& indicator = result.indicators.at(i);
            keptIndicators.insert(indicator.id);
            const auto found = current.indicators.constFind(indicator.id);
            if (found == current.indicators.constEnd()) {
                if (!insertIndicator(db, result.id, indicator, int(i), author)) {
                    return false;
                }
            } else if (found->indicator != indicator || found->resultId != result.id || found->position != i) {
                if (!updateIndicator(db, result.id, indicator, int(i), author)) {
                    return false;
                }
            }
        }
    }
    for (auto it = current.indicators.constBegin(); it != current.indicators.constEnd(); ++it) {
        if (!keptIndicators.contains(it.key()) && !tombstoneRow(db, sql::Table::Indicator, it.key(), author)) {
            return false;
        }
    }
    for (const auto& result : current.results) {
        if (!keptResults.contains(result.id) && !tombstoneRow(db, sql::Table::WorkResult, result.id, author)) {
            return false;
        }
    }
    for (const auto value : allCoreValues()) {
        const auto text = plan.specialExpectation(value);
        QString stored;
        for (const auto& expectation : current.expectations) {
            if (expectation.value == value) {
                stored = expectation.specialExpectation;
            }
        }
        if ((current.expectations.isEmpty() || text != stored) && !saveExpectation(db, plan.id, value, text, author)) {
            return false;
        }
    }
    return saveAppendix(db, plan.id, plan.appendix, current.appendix, author);
}

} // namespace

PlanRepository::PlanRepository(const Database& database)
    : m_database(database)
{ }

Result<PerformancePlan> PlanRepository::create(const PerformancePlan& plan,
    const PlanParticipants& participants,
    const QUuid& authorId,
    const QUuid& previousPlanId)
{
    auto stored = plan;
    if (stored.id.isNull()) {
        stored.id = Uuid::createV7();
    }
    QStringList problems;
    if (stored.employeeId.isNull()) {
        problems.append(tr("The SKP has no Pegawai yang Dinilai."));
    }
    if (!stored.startDate.isValid() || !stored.endDate.isValid()) {
        problems.append(tr("The SKP needs a start date and an end date."));
    } else if (stored.endDate < stored.startDate) {
        problems.append(tr("The SKP ends before it starts."));
    } else if (stored.endDate.year() != stored.startDate.year()) {
        problems.append(tr("An SKP must start and end in the same year."));
    }
    problems.append(prepareContent(stored));
    if (!problems.isEmpty()) {
        return Result<PerformancePlan>::failure(problems);
    }

    const auto db = m_database.connection();
    const auto author = V::id(authorId);
    const auto failed = [] { return Result<PerformancePlan>::failure(tr("The SKP could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    const auto& e = participants.employee;
    const auto& a = participants.assessor;
    const auto& s = participants.secondAssessor;
    if (!sql::exec(db,
            QStringLiteral(
                "INSERT INTO performance_plan (id, employee_id, assessor_id, second_assessor_id, unit_id, "
                "year, starts_on, ends_on, form, revision, previous_plan_id, approach, status, updated_by, %1) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "coalesce((SELECT p.revision + 1 FROM performance_plan AS p WHERE p.id = ?), 1), ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kSnapshotColumns),
            {V::id(stored.id), V::id(stored.employeeId), V::id(stored.assessorId), V::id(stored.secondAssessorId),
                V::id(participants.unitId), stored.year(), V::date(stored.startDate), V::date(stored.endDate),
                DocumentCodes::code(stored.form), V::id(previousPlanId), V::id(previousPlanId),
                DocumentCodes::code(stored.approach), codeName(initialState(DocumentKind::Plan)), author,
                sql::text(e.name), sql::text(e.nip), sql::text(e.rank), sql::text(e.position), sql::text(e.unit),
                sql::text(a.name), sql::text(a.nip), sql::text(a.rank), sql::text(a.position), sql::text(a.unit),
                sql::text(s.name), sql::text(s.nip), sql::text(s.rank), sql::text(s.position), sql::text(s.unit)},
            "insert a plan")) {
        return failed();
    }
    if (!writeContent(db, stored, StoredContent(), author)) {
        return failed();
    }
    const auto content = readContent(db, Uuid::toText(stored.id));
    if (!content) {
        return failed();
    }
    fillPlan(stored, *content);
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<PerformancePlan>();
    }
    return stored;
}

Result<PlanRepository::StoredPlan> PlanRepository::load(const QUuid& planId) const
{
    const auto db = m_database.connection();
    const auto id = Uuid::toText(planId);
    const auto unreadable = [] { return Result<StoredPlan>::failure(tr("The SKP could not be read.")); };
    QSqlQuery query(db);
    if (!sql::exec(query,
            QStringLiteral("SELECT employee_id, assessor_id, second_assessor_id, unit_id, starts_on, ends_on, form, "
                           "approach, status, return_note, submitted_at, approved_at, revision, previous_plan_id, "
                           "row_version, %1 FROM performance_plan WHERE id = ? AND deleted = 0")
                .arg(kSnapshotColumns),
            {id}, "read a plan")) {
        return unreadable();
    }
    if (!query.next()) {
        return Result<StoredPlan>::failure(tr("The SKP was not found; it may have been deleted."));
    }
    StoredPlan stored;
    auto& plan = stored.plan;
    plan.id = planId;
    plan.employeeId = V::toId(query.value(0));
    plan.assessorId = V::toId(query.value(1));
    plan.secondAssessorId = V::toId(query.value(2));
    stored.participants.unitId = V::toId(query.value(3));
    plan.startDate = V::toDate(query.value(4));
    plan.endDate = V::toDate(query.value(5));
    const auto form = DocumentCodes::planFormFromCode(query.value(6).toString());
    const auto approach = DocumentCodes::planApproachFromCode(query.value(7).toString());
    const auto status = workflowStateFromCode(query.value(8).toString());
    if (!form || !approach || !status || documentKind(*status) != DocumentKind::Plan) {
        qCWarning(lcDb) << "unknown codes in plan" << id << query.value(6) << query.value(7) << query.value(8);
        return unreadable();
    }
    plan.form = *form;
    plan.approach = *approach;
    stored.status = *status;
    stored.returnNote = query.value(9).toString();
    stored.submittedAt = V::toTimestamp(query.value(10));
    stored.approvedAt = V::toTimestamp(query.value(11));
    stored.revision = query.value(12).toInt();
    stored.previousPlanId = V::toId(query.value(13));
    stored.rowVersion = query.value(14).toLongLong();
    stored.participants.employee = readSnapshot(query, 15);
    stored.participants.assessor = readSnapshot(query, 20);
    stored.participants.secondAssessor = readSnapshot(query, 25);
    const auto content = readContent(db, id);
    if (!content) {
        return unreadable();
    }
    fillPlan(plan, *content);
    return stored;
}

Result<PerformancePlan> PlanRepository::saveContent(const PerformancePlan& plan, const QUuid& authorId)
{
    auto stored = plan;
    const auto problems = prepareContent(stored);
    if (!problems.isEmpty()) {
        return Result<PerformancePlan>::failure(problems);
    }
    const auto db = m_database.connection();
    const auto id = Uuid::toText(plan.id);
    const auto author = V::id(authorId);
    const auto failed = [] { return Result<PerformancePlan>::failure(tr("The SKP could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    QSqlQuery header(db);
    if (!sql::exec(header,
            QStringLiteral("SELECT approach, employee_id, assessor_id, second_assessor_id, starts_on, ends_on, form "
                           "FROM performance_plan WHERE id = ? AND deleted = 0"),
            {id}, "read a plan header")) {
        return failed();
    }
    if (!header.next()) {
        return Result<PerformancePlan>::failure(tr("The SKP was not found; it may have been deleted."));
    }
    if (header.value(0).toString() != DocumentCodes::code(stored.approach)
        && !sql::exec(db,
            QStringLiteral("UPDATE performance_plan SET approach = ?, updated_by = ?, updated_at = %1 WHERE id = ?")
                .arg(kNow),
            {DocumentCodes::code(stored.approach), author, id}, "update the approach")) {
        return failed();
    }
    // The people, dates and form are not content: the stored ones are returned.
    stored.employeeId = V::toId(header.value(1));
    stored.assessorId = V::toId(header.value(2));
    stored.secondAssessorId = V::toId(header.value(3));
    stored.startDate = V::toDate(header.value(4));
    stored.endDate = V::toDate(header.value(5));
    stored.form = DocumentCodes::planFormFromCode(header.value(6).toString()).value_or(stored.form);
    const auto current = readContent(db, id);
    if (!current || !writeContent(db, stored, *current, author)) {
        return failed();
    }
    const auto saved = readContent(db, id);
    if (!saved) {
        return failed();
    }
    fillPlan(stored, *saved);
    const auto committed = transaction.commit();
    if (!committed) {
        return committed.propagate<PerformancePlan>();
    }
    return stored;
}

Status PlanRepository::setSpecialExpectations(
    const QUuid& planId, const QList<BehaviorExpectation>& expectations, const QUuid& authorId)
{
    const auto db = m_database.connection();
    const auto failed = [] { return Status::failure(tr("The expectations could not be saved.")); };
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return failed();
    }
    const auto stored = sql::scalar(db, QStringLiteral("SELECT 1 FROM performance_plan WHERE id = ? AND deleted = 0"),
        {V::id(planId)}, "find a plan");
    if (!stored.isValid()) {
        return Status::failure(tr("The SKP was not found; it may have been deleted."));
    }
    const auto author = V::id(authorId);
    for (const auto& expectation : expectations) {
        if (!saveExpectation(db, planId, expectation.value, expectation.specialExpectation.trimmed(), author)) {
            return failed();
        }
    }
    return transaction.commit();
}

Status PlanRepository::refreshSnapshots(
    const QUuid& planId, const PlanParticipants& participants, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto& e = participants.employee;
    const auto& a = participants.assessor;
    const auto& s = participants.secondAssessor;
    QSqlQuery update(db);
    if (!transaction.isActive()
        || !sql::exec(update,
            QStringLiteral("UPDATE performance_plan SET unit_id = ?, employee_name = ?, employee_nip = ?, "
                           "employee_rank = ?, employee_position = ?, employee_unit = ?, assessor_name = ?, "
                           "assessor_nip = ?, assessor_rank = ?, assessor_position = ?, assessor_unit = ?, "
                           "second_assessor_name = ?, second_assessor_nip = ?, second_assessor_rank = ?, "
                           "second_assessor_position = ?, second_assessor_unit = ?, updated_by = ?, updated_at = %1 "
                           "WHERE id = ? AND deleted = 0")
                .arg(kNow),
            {V::id(participants.unitId), sql::text(e.name), sql::text(e.nip), sql::text(e.rank), sql::text(e.position),
                sql::text(e.unit), sql::text(a.name), sql::text(a.nip), sql::text(a.rank), sql::text(a.position),
                sql::text(a.unit), sql::text(s.name), sql::text(s.nip), sql::text(s.rank), sql::text(s.position),
                sql::text(s.unit), V::id(authorId), V::id(planId)},
            "refresh plan snapshots")) {
        return Status::failure(tr("The SKP could not be saved."));
    }
    if (update.numRowsAffected() != 1) {
        return Status::failure(tr("The SKP was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Status PlanRepository::tombstone(const QUuid& planId, const QUuid& authorId)
{
    const auto db = m_database.connection();
    Transaction transaction(db);
    const auto outcome = transaction.isActive()
        ? sql::tombstone(db, sql::Table::PerformancePlan, planId, V::id(authorId), "tombstone a plan")
        : sql::TombstoneOutcome::Failed;
    if (outcome == sql::TombstoneOutcome::Failed) {
        return Status::failure(tr("The SKP could not be deleted."));
    }
    if (outcome == sql::TombstoneOutcome::NotFound) {
        return Status::failure(tr("The SKP was not found; it may have been deleted."));
    }
    return transaction.commit();
}

Result<QList<PlanRepository::Summary>> PlanRepository::listForEmployee(const QUuid& employeeId, Page page) const
{
    return list(QStringLiteral("employee_id = ? AND ? = 0"), V::id(employeeId), 0, page);
}

Result<QList<PlanRepository::Summary>> PlanRepository::listForYear(int year, Page page) const
{
    return list(QStringLiteral("year = ? AND ? = 0"), year, 0, page);
}

Result<QList<PlanRepository::Summary>> PlanRepository::listForAssessor(
    const QUuid& assessorId, int year, Page page) const
{
    return list(QStringLiteral("assessor_id = ? AND (? = 0 OR year = ?)"), V::id(assessorId), year, page);
}

Result<QList<PlanRepository::Summary>> PlanRepository::list(
    const QString& where, const QVariant& first, const QVariant& second, Page page) const
{
    QSqlQuery query(m_database.connection());
    // `where` is one of the fixed conditions above; every value is bound.
    const auto statement = QStringLiteral(
        "SELECT id, employee_id, assessor_id, starts_on, ends_on, status, revision, %1 FROM performance_plan "
        "WHERE deleted = 0 AND %2 ORDER BY year DESC, employee_name, starts_on, id LIMIT ? OFFSET ?")
                               .arg(kSnapshotColumns, where);
    const bool twoSecond = where.count(QLatin1Char('?')) == 3;
    bool ok = query.prepare(statement);
    if (ok) {
        query.addBindValue(first);
        query.addBindValue(second);
        if (twoSecond) {
            query.addBindValue(second);
        }
        query.addBindValue(qMax(0, page.limit));
        query.addBindValue(qMax(0, page.offset));
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcDb) << "list plans failed:" << query.lastQuery();
        return Result<QList<Summary>>::failure(tr("The list of SKPs could not be read."));
    }
    QList<Summary> summaries;
    while (query.next()) {
        Summary summary;
        summary.id = V::toId(query.value(0));
        summary.employeeId = V::toId(query.value(1));
        summary.assessorId = V::toId(query.value(2));
        summary.startDate = V::toDate(query.value(3));
        summary.endDate = V::toDate(query.value(4));
        summary.status = workflowStateFromCode(query.value(5).toString()).value_or(WorkflowState::PlanDraft);
        summary.revision = query.value(6).toInt();
        summary.employee = readSnapshot(query, 7);
        summary.assessor = readSnapshot(query, 12);
        summaries.append(summary);
    }
    return summaries;
}

} // namespace kinerja
