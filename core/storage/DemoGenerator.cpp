// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DemoGenerator.h"

#include "core/Logging.h"
#include "core/domain/Assignment.h"
#include "core/domain/CoreValue.h"
#include "core/domain/Employee.h"
#include "core/domain/GradeMatrix.h"
#include "core/domain/OrganizationGrade.h"
#include "core/domain/PerformanceGrade.h"
#include "core/domain/Rating.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/BulkWriter.h"
#include "core/storage/Database.h"
#include "core/storage/DemoPlanTexts.h"
#include "core/storage/DemoRandom.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/FileReplace.h"
#include "core/storage/IndonesianNameGenerator.h"
#include "core/storage/JambiOrgChart.h"
#include "core/storage/NipGenerator.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Uuid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace kinerja {

namespace {

using Education = IndonesianNameGenerator::Education;
using Field = IndonesianNameGenerator::Field;

// ---- Codes stored in the database (one place for the generator; the repositories own the same mappings) ----

QString unitKindCode(OrgUnit::Kind kind)
{
    return PersonnelCodes::orgUnitKind(kind);
}

QString positionKindCode(PositionKind kind)
{
    return PersonnelCodes::positionKind(kind);
}

QString functionalLevelCode(FunctionalLevel level)
{
    return PersonnelCodes::functionalLevel(level);
}

QString aspectCode(IndicatorAspect aspect)
{
    switch (aspect) {
    case IndicatorAspect::Quantity:
        return QStringLiteral("quantity");
    case IndicatorAspect::Quality:
        return QStringLiteral("quality");
    case IndicatorAspect::Time:
        return QStringLiteral("time");
    case IndicatorAspect::Cost:
        return QStringLiteral("cost");
    }
    return {};
}

QString coreValueCode(CoreValue value)
{
    return DocumentCodes::code(value);
}

QString assignmentKindCode(Assignment::Kind kind)
{
    switch (kind) {
    case Assignment::Kind::Definitive:
        return QStringLiteral("definitive");
    case Assignment::Kind::Plt:
        return QStringLiteral("plt");
    case Assignment::Kind::Plh:
        return QStringLiteral("plh");
    }
    return {};
}

QString isoDate(QDate date)
{
    // Memoized: the generator formats the same few hundred dates millions of times. Single-threaded use only.
    static QHash<qint64, QString> cache;
    auto found = cache.constFind(date.toJulianDay());
    if (found == cache.constEnd()) {
        found = cache.insert(date.toJulianDay(), date.toString(Qt::ISODate));
    }
    return *found;
}

/// A fixed timestamp on a given day (08:00 WIB = 01:00 UTC): generated data never reads the clock.
QString stamp(QDate date)
{
    static QHash<qint64, QString> cache;
    auto found = cache.constFind(date.toJulianDay());
    if (found == cache.constEnd()) {
        found = cache.insert(date.toJulianDay(), isoDate(date) + QStringLiteral("T01:00:00.000Z"));
    }
    return *found;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

struct Person
{
    int seat = -1;
    QUuid id;
    QString idText;
    Employee employee;
    QString unitCode;
    QString unitName;
    QString opdCode;
    Position position;
    bool head = false;
    bool pejabatNegara = false;
    QString topic;
    QDate assignedFrom;
    std::optional<QDate> assignedTo; ///< the retired head's last day
    QString rankPrintable;
    QString nipDigits;
};

struct PlanRef
{
    QString id;
    QList<QString> mainResultIds;
};

/// Snapshot of a person as printed on a plan or evaluation (domain.md "Snapshots").
struct Snapshot
{
    QString name;
    QString nip;
    QString rank;
    QString position;
    QString unit;
};

class Builder
{
public:
    Builder(const DemoOptions& options, BulkWriter& writer, DemoSummary& summary)
        : m_options(options)
        , m_writer(writer)
        , m_summary(summary)
        , m_firstYear(options.newestYear - options.years + 1)
        , m_referenceDate(options.newestYear, 7, 15)
        , m_random(options.seed,
              QDateTime(QDate(options.newestYear - options.years + 1, 1, 1), QTime(0, 0), QTimeZone::utc())
                  .toMSecsSinceEpoch())
        , m_colleagueRandom(options.seed ^ 0x7265u,
              QDateTime(QDate(options.newestYear - options.years + 1, 1, 1), QTime(0, 0), QTimeZone::utc())
                  .toMSecsSinceEpoch())
        , m_names(m_random)
        , m_chart(options.scale == DemoOptions::Scale::Office
                  ? JambiOrgChart::office()
                  : JambiOrgChart::province(options.provinceEmployees, options.provinceUnits))
    { }

    bool run()
    {
        return prepareStatements() && writeUnits() && makePeople() && writePeople() && writePeriods()
            && writeOrganizationGrades() && writePlansAndEvaluations() && writeCompetencies() && !m_writer.failed();
    }

private:
    bool office() const { return m_options.scale == DemoOptions::Scale::Office; }

    bool prepareStatements()
    {
        QStringList unitColumns {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("code"),
            QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("letterhead"),
            QStringLiteral("sort_order"), QStringLiteral("updated_at")};
        m_unitHasDelegate = m_writer.hasColumn(QStringLiteral("org_unit"), QStringLiteral("assessment_delegate_id"));
        if (m_unitHasDelegate) {
            unitColumns << QStringLiteral("assessment_delegate_id");
        }
        m_unitStatement = m_writer.prepare(QStringLiteral("org_unit"), unitColumns);
        m_employeeStatement = m_writer.prepare(QStringLiteral("employee"),
            {QStringLiteral("id"), QStringLiteral("nip"), QStringLiteral("employee_kind"), QStringLiteral("name"),
                QStringLiteral("title_prefix"), QStringLiteral("title_suffix"), QStringLiteral("birth_date"),
                QStringLiteral("gender"), QStringLiteral("rank"), QStringLiteral("rank_since"),
                QStringLiteral("position_kind"), QStringLiteral("position_name"), QStringLiteral("functional_level"),
                QStringLiteral("unit_id"), QStringLiteral("active"), QStringLiteral("updated_at")});
        QStringList assignmentColumns {QStringLiteral("id"), QStringLiteral("employee_id"), QStringLiteral("unit_id"),
            QStringLiteral("position_kind"), QStringLiteral("position_name"), QStringLiteral("kind"),
            QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("updated_at")};
        m_assignmentHasHead = m_writer.hasColumn(QStringLiteral("assignment"), QStringLiteral("is_head"));
        if (m_assignmentHasHead) {
            assignmentColumns << QStringLiteral("is_head");
        }
        m_assignmentHasLevel = m_writer.hasColumn(QStringLiteral("assignment"), QStringLiteral("functional_level"));
        if (m_assignmentHasLevel) {
            assignmentColumns << QStringLiteral("functional_level");
        }
        m_assignmentStatement = m_writer.prepare(QStringLiteral("assignment"), assignmentColumns);
        m_periodStatement = m_writer.prepare(QStringLiteral("assessment_period"),
            {QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("cadence"), QStringLiteral("number"),
                QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("entry_deadline"),
                QStringLiteral("locked"), QStringLiteral("updated_at")});
        m_gradeStatement = m_writer.prepare(QStringLiteral("organization_grade"),
            {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("period_id"), QStringLiteral("grade"),
                QStringLiteral("set_by"), QStringLiteral("updated_at")});
        QStringList snapshotColumns;
        for (const auto& who :
            {QStringLiteral("employee"), QStringLiteral("assessor"), QStringLiteral("second_assessor")}) {
            for (const auto& what : {QStringLiteral("name"), QStringLiteral("nip"), QStringLiteral("rank"),
                     QStringLiteral("position"), QStringLiteral("unit")}) {
                snapshotColumns << who + u'_' + what;
            }
        }
        m_planStatement = m_writer.prepare(QStringLiteral("performance_plan"),
            QStringList {QStringLiteral("id"), QStringLiteral("employee_id"), QStringLiteral("assessor_id"),
                QStringLiteral("second_assessor_id"), QStringLiteral("unit_id"), QStringLiteral("year"),
                QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("form"),
                QStringLiteral("approach"), QStringLiteral("status"), QStringLiteral("return_note"),
                QStringLiteral("submitted_at"), QStringLiteral("approved_at"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by")}
                + snapshotColumns);
        m_resultStatement = m_writer.prepare(QStringLiteral("work_result"),
            {QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("parent_result_id"),
                QStringLiteral("parent_text"), QStringLiteral("kind"), QStringLiteral("description"),
                QStringLiteral("sort_order"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
        m_indicatorStatement = m_writer.prepare(QStringLiteral("indicator"),
            {QStringLiteral("id"), QStringLiteral("work_result_id"), QStringLiteral("aspect"),
                QStringLiteral("description"), QStringLiteral("target_kind"), QStringLiteral("target_min"),
                QStringLiteral("unit"), QStringLiteral("direction"), QStringLiteral("sort_order"),
                QStringLiteral("updated_at"), QStringLiteral("updated_by")});
        m_expectationStatement = m_writer.prepare(QStringLiteral("behavior_expectation"),
            {QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("core_value"),
                QStringLiteral("expectation"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
        m_evaluationStatement = m_writer.prepare(QStringLiteral("evaluation"),
            QStringList {QStringLiteral("id"), QStringLiteral("plan_id"), QStringLiteral("period_id"),
                QStringLiteral("starts_on"), QStringLiteral("ends_on"), QStringLiteral("status"),
                QStringLiteral("submitted_at"), QStringLiteral("rated_at"), QStringLiteral("finalized_at"),
                QStringLiteral("result_rating"), QStringLiteral("behavior_rating"), QStringLiteral("grade"),
                QStringLiteral("note"), QStringLiteral("organization_grade"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by")}
                + snapshotColumns);
        m_realizationStatement = m_writer.prepare(QStringLiteral("realization"),
            {QStringLiteral("id"), QStringLiteral("evaluation_id"), QStringLiteral("work_result_id"),
                QStringLiteral("indicator_id"), QStringLiteral("action_plan"), QStringLiteral("description"),
                QStringLiteral("value"), QStringLiteral("sort_order"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by")});
        m_feedbackStatement = m_writer.prepare(QStringLiteral("feedback"),
            {QStringLiteral("id"), QStringLiteral("evaluation_id"), QStringLiteral("work_result_id"),
                QStringLiteral("core_value"), QStringLiteral("author_id"), QStringLiteral("author_name"),
                QStringLiteral("written_at"), QStringLiteral("body"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by")});
        m_invitationStatement = m_writer.prepare(QStringLiteral("colleague_invitation"),
            {QStringLiteral("id"), QStringLiteral("evaluation_id"), QStringLiteral("colleague_id"),
                QStringLiteral("colleague_name"), QStringLiteral("invited_at"), QStringLiteral("message"),
                QStringLiteral("updated_at"), QStringLiteral("updated_by")});
        m_colleagueNoteStatement = m_writer.prepare(QStringLiteral("colleague_feedback"),
            {QStringLiteral("id"), QStringLiteral("invitation_id"), QStringLiteral("work_result_id"),
                QStringLiteral("core_value"), QStringLiteral("written_at"), QStringLiteral("body"),
                QStringLiteral("updated_at"), QStringLiteral("updated_by")});
        m_competencyStatement = m_writer.prepare(QStringLiteral("competency_activity"),
            {QStringLiteral("id"), QStringLiteral("employee_id"), QStringLiteral("year"), QStringLiteral("title"),
                QStringLiteral("activity_kind"), QStringLiteral("hours"), QStringLiteral("starts_on"),
                QStringLiteral("ends_on"), QStringLiteral("organizer"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by")});
        return !m_writer.failed();
    }

    bool writeUnits()
    {
        int order = 0;
        for (const auto& unit : m_chart.units()) {
            const auto id = Uuid::forOrgUnit(unit.code);
            m_unitIds.insert(unit.code, Uuid::toText(id));
            m_unitNames.insert(unit.code, unit.name);
            m_unitParents.insert(unit.code, unit.parentCode);
            m_unitKinds.insert(unit.code, unit.kind);
            QVariantList values {Uuid::toText(id),
                unit.parentCode.isEmpty() ? QVariant() : QVariant(Uuid::toText(Uuid::forOrgUnit(unit.parentCode))),
                unit.code, unit.name, unitKindCode(unit.kind), sql(unit.address), sql(unit.letterhead), order++,
                stamp(QDate(m_firstYear, 1, 1))};
            if (m_unitHasDelegate) {
                values << QVariant(); // set below: the delegate is a child, written after its parent
            }
            if (!unit.delegateCode.isEmpty()) {
                m_delegates.insert(unit.code, unit.delegateCode);
            }
            m_writer.insert(m_unitStatement, values);
            ++m_summary.units;
        }
        if (m_unitHasDelegate) {
            for (auto it = m_delegates.constBegin(); it != m_delegates.constEnd(); ++it) {
                m_writer.exec(QStringLiteral("UPDATE org_unit SET assessment_delegate_id = ? WHERE id = ?"),
                    {m_unitIds.value(it.value()), m_unitIds.value(it.key())});
            }
        }
        return !m_writer.failed();
    }

    static QVariant sql(const QString& text) { return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text); }

    QString opdOf(const QString& unitCode) const
    {
        QString code = unitCode;
        QString opd;
        while (!code.isEmpty()) {
            if (m_unitKinds.value(code) == OrgUnit::Kind::Opd) {
                opd = code;
            }
            code = m_unitParents.value(code);
        }
        return opd;
    }

    /// Rank index (0 = I/a .. 16 = IV/e) and education for a seat.
    std::pair<int, Education> pnsRankFor(const JambiOrgChart::Seat& seat)
    {
        switch (seat.kind) {
        case PositionKind::Jpt:
            if (seat.topic == QStringLiteral("sekda")) {
                return {m_random.between(15, 16), Education::Doctorate};
            }
            return {m_random.between(13, 14), m_random.chance(0.3) ? Education::Doctorate : Education::Master};
        case PositionKind::Administrator:
            return {m_random.between(12, 13), Education::Master};
        case PositionKind::Pengawas:
            return {m_random.between(10, 12), m_random.chance(0.5) ? Education::Master : Education::Bachelor};
        case PositionKind::Pelaksana: {
            const int roll = m_random.between(0, 9);
            if (roll < 3) {
                return {m_random.between(4, 7), Education::Sma};
            }
            if (roll < 5) {
                return {m_random.between(6, 8), Education::Diploma3};
            }
            return {m_random.between(8, 9), Education::Bachelor};
        }
        case PositionKind::Fungsional:
            switch (seat.level.value_or(FunctionalLevel::AhliPertama)) {
            case FunctionalLevel::Pemula:
            case FunctionalLevel::Terampil:
                return {m_random.between(6, 7), Education::Diploma3};
            case FunctionalLevel::Mahir:
            case FunctionalLevel::Penyelia:
                return {m_random.between(8, 9), Education::Diploma3};
            case FunctionalLevel::AhliPertama:
                return {m_random.between(8, 9), Education::Bachelor};
            case FunctionalLevel::AhliMuda:
                return {m_random.between(10, 11), m_random.chance(0.4) ? Education::Master : Education::Bachelor};
            case FunctionalLevel::AhliMadya:
            case FunctionalLevel::AhliUtama:
                return {m_random.between(12, 13), Education::Master};
            }
        }
        return {8, Education::Bachelor};
    }

    static int entryRankIndex(Education education)
    {
        switch (education) {
        case Education::Sma:
            return 4; // II/a
        case Education::Diploma3:
            return 6; // II/c
        case Education::Bachelor:
            return 8; // III/a
        case Education::Master:
        case Education::Doctorate:
            return 9; // III/b
        }
        return 8;
    }

    bool makePeople()
    {
        NipGenerator nips;
        const QDate base(m_firstYear, 1, 1);
        const auto& seats = m_chart.seats();
        for (int s = 0; s < seats.size(); ++s) {
            const auto& seat = seats.at(s);
            if (seat.vacant) {
                if (m_options.years > 1) {
                    // The former head, retired at the end of the year before the newest one.
                    if (!makePerson(s, seat, nips, base, QDate(m_options.newestYear - 1, 12, 31))) {
                        return false;
                    }
                }
                continue;
            }
            if (!makePerson(s, seat, nips, base, std::nullopt)) {
                return false;
            }
        }
        return true;
    }

    bool makePerson(
        int seatIndex, const JambiOrgChart::Seat& seat, NipGenerator& nips, QDate base, std::optional<QDate> lastDay)
    {
        Person p;
        p.seat = seatIndex;
        p.unitCode = seat.unitCode;
        p.unitName = m_unitNames.value(seat.unitCode);
        p.opdCode = opdOf(seat.unitCode);
        p.head = seat.isHead;
        p.pejabatNegara = seat.pejabatNegara;
        p.topic = seat.topic;
        p.position = Position {seat.title, seat.kind, seat.level, Uuid::forOrgUnit(seat.unitCode)};
        const Gender gender =
            m_random.chance(seat.field == Field::Education ? 0.58 : 0.45) ? Gender::Female : Gender::Male;
        Employee& e = p.employee;
        e.gender = gender;
        e.name = m_names.name(gender);
        if (seat.pejabatNegara) {
            p.id = m_random.nextId();
            e.id = p.id;
            e.birthDate = QDate(1962, 3, 14);
            p.assignedFrom = QDate(m_firstYear - 1, 2, 12);
            e.frontTitles = QStringLiteral("Dr. H.");
            e.backTitles = QStringLiteral("S.E., M.E.");
            e.gender = Gender::Male;
        } else if (seat.pppk) {
            const int age = m_random.between(25, 40);
            e.birthDate = QDate(base.year() - age, m_random.between(1, 12), m_random.between(1, 28));
            const int appointed = m_firstYear - m_random.between(1, 2);
            const auto nip = nips.pppk(e.birthDate, appointed, m_random.between(1, 2), gender);
            if (!nip) {
                qCWarning(lcDb) << "demo: invalid PPPK NIP" << nip.error();
                return false;
            }
            e.nip = nip.value();
            e.kind = EmployeeKind::Pppk;
            const auto education = seat.kind == PositionKind::Pelaksana ? Education::Diploma3 : Education::Bachelor;
            e.rank = Rank::pppk(education == Education::Bachelor ? 9 : 7);
            e.frontTitles = m_names.frontTitles(gender, education, seat.field, age);
            e.backTitles = m_names.backTitles(education, seat.field);
            p.assignedFrom = QDate(appointed, 4, 1);
        } else {
            const auto [rankIndex, education] = pnsRankFor(seat);
            const int entry = entryRankIndex(education);
            const int serviceYears = std::max(2, (rankIndex - entry) * 4 + m_random.between(1, 4));
            const QDate tmt(base.year() - serviceYears, m_random.chance(0.5) ? 1 : 3, 1);
            const int entryAge = education == Education::Sma ? m_random.between(19, 24) : m_random.between(23, 30);
            e.birthDate = QDate(tmt.year() - entryAge, m_random.between(1, 12), m_random.between(1, 28));
            const auto nip = nips.pns(e.birthDate, tmt, gender);
            if (!nip) {
                qCWarning(lcDb) << "demo: invalid PNS NIP" << nip.error();
                return false;
            }
            e.nip = nip.value();
            e.kind = EmployeeKind::Pns;
            e.rank = Rank::allPns().at(std::min(16, rankIndex));
            const int age = base.year() - e.birthDate.year();
            e.frontTitles = m_names.frontTitles(gender, education, seat.field, age);
            e.backTitles = m_names.backTitles(education, seat.field);
            // In the jabatan since a few years before the data starts (never before the TMT).
            p.assignedFrom =
                std::max(tmt.addYears(1), QDate(m_firstYear - m_random.between(0, 4), m_random.between(1, 12), 1));
            if (p.assignedFrom > base) {
                p.assignedFrom = base;
            }
        }
        if (e.nip) {
            p.id = Uuid::forEmployee(e.nip->digits());
            e.id = p.id;
            p.nipDigits = e.nip->digits();
        }
        p.idText = Uuid::toText(p.id);
        p.rankPrintable = e.rank ? e.rank->printable() : QString();
        p.assignedTo = lastDay;
        e.active = !lastDay.has_value();
        if (p.assignedTo && p.assignedFrom > *p.assignedTo) {
            p.assignedFrom = QDate(m_firstYear - 3, 1, 1);
        }
        m_people.append(p);
        return true;
    }

    bool writePeople()
    {
        // The Plt: the definitive head of the holder unit also acts as head of the vacant unit from 1 January of
        // the newest year (the former head retired at the end of the year before).
        for (int i = 0; i < m_people.size(); ++i) {
            const auto& p = m_people.at(i);
            if (p.head && p.unitCode == m_chart.actingHolderUnitCode() && !p.assignedTo) {
                m_actingPerson = i;
            }
        }
        for (const auto& p : m_people) {
            const auto& e = p.employee;
            const QString kind = p.pejabatNegara ? PersonnelCodes::nonAsn() : PersonnelCodes::employeeKind(e.kind);
            m_writer.insert(m_employeeStatement,
                {p.idText, nullable(p.nipDigits), kind, e.name, sql(e.frontTitles), sql(e.backTitles),
                    isoDate(e.birthDate), PersonnelCodes::gender(e.gender),
                    e.rank ? QVariant(e.rank->code()) : QVariant(),
                    e.rank ? QVariant(isoDate(QDate(m_firstYear - 2, 4, 1))) : QVariant(),
                    positionKindCode(p.position.kind), p.position.fullTitle(),
                    p.position.functionalLevel ? QVariant(functionalLevelCode(*p.position.functionalLevel))
                                               : QVariant(),
                    m_unitIds.value(p.unitCode), e.active ? 1 : 0, stamp(QDate(m_firstYear, 1, 1))});
            ++m_summary.employees;
            writeAssignment(p, p.position, Assignment::Kind::Definitive, p.assignedFrom, p.assignedTo, p.head);
        }
        if (m_actingPerson >= 0 && !m_chart.vacantUnitCode().isEmpty()) {
            const auto& p = m_people.at(m_actingPerson);
            const QString code = m_chart.vacantUnitCode();
            for (const auto& seat : m_chart.seats()) {
                if (seat.unitCode == code && seat.isHead) {
                    m_actingPosition = Position {seat.title, seat.kind, seat.level, Uuid::forOrgUnit(code)};
                }
            }
            writeAssignment(
                p, m_actingPosition, Assignment::Kind::Plt, QDate(m_options.newestYear, 1, 1), std::nullopt, true);
        }
        return !m_writer.failed();
    }

    void writeAssignment(const Person& p,
        const Position& position,
        Assignment::Kind kind,
        QDate from,
        std::optional<QDate> to,
        bool head)
    {
        QVariantList values {m_random.nextIdText(), p.idText, Uuid::toText(position.unitId),
            positionKindCode(position.kind), position.title, assignmentKindCode(kind), isoDate(from),
            to ? QVariant(isoDate(*to)) : QVariant(), stamp(std::max(from, QDate(m_firstYear, 1, 1)))};
        if (m_assignmentHasHead) {
            values << (head ? 1 : 0);
        }
        if (m_assignmentHasLevel) {
            values << (position.functionalLevel ? QVariant(functionalLevelCode(*position.functionalLevel))
                                                : QVariant());
        }
        m_writer.insert(m_assignmentStatement, values);
        ++m_summary.assignments;
    }

    bool activeIn(const Person& p, int year) const
    {
        return p.assignedFrom <= QDate(year, 12, 31) && (!p.assignedTo || *p.assignedTo >= QDate(year, 1, 1));
    }

    // ---- Reporting lines for a year (the same rules as core/domain/ReportingLines, on a map of heads: the
    // ---- generated chart is static within a year; the tests check the result against ReportingLines itself).

    struct Head
    {
        int person = -1;
        bool acting = false;
    };

    void buildHeads(int year)
    {
        m_heads.clear();
        for (int i = 0; i < m_people.size(); ++i) {
            const auto& p = m_people.at(i);
            if (p.head && activeIn(p, year) && (!p.assignedTo || *p.assignedTo >= QDate(year, 12, 31))) {
                m_heads.insert(p.unitCode, Head {i, false});
            }
        }
        if (m_actingPerson >= 0 && year == m_options.newestYear) {
            m_heads.insert(m_chart.vacantUnitCode(), Head {m_actingPerson, true});
        }
    }

    /// The nearest head at or above `unitCode` who is not `excluded`, with the instansi's delegation.
    Head headFrom(QString unitCode, int excluded) const
    {
        for (; !unitCode.isEmpty(); unitCode = m_unitParents.value(unitCode)) {
            const auto delegate = m_delegates.constFind(unitCode);
            if (delegate != m_delegates.constEnd()) {
                const auto delegateHead = m_heads.value(*delegate);
                if (delegateHead.person >= 0 && delegateHead.person != excluded) {
                    return delegateHead;
                }
            }
            const auto head = m_heads.value(unitCode);
            if (head.person >= 0 && head.person != excluded) {
                return head;
            }
        }
        return {};
    }

    Head assessorOf(int person) const
    {
        const auto& p = m_people.at(person);
        const QString start = p.head ? m_unitParents.value(p.unitCode) : p.unitCode;
        return headFrom(start, person);
    }

    Head secondAssessorOf(const Head& assessor) const
    {
        if (assessor.person < 0) {
            return {};
        }
        const auto& a = m_people.at(assessor.person);
        const QString unit = assessor.acting ? m_chart.vacantUnitCode() : a.unitCode;
        return headFrom(m_unitParents.value(unit), assessor.person);
    }

    Snapshot snapshot(int person, bool acting) const
    {
        if (person < 0) {
            return {};
        }
        const auto& p = m_people.at(person);
        Snapshot s {p.employee.fullName(), p.nipDigits, p.rankPrintable, p.position.fullTitle(), p.unitName};
        if (acting) {
            s.position = QStringLiteral("Plt. ") + m_actingPosition.fullTitle();
            s.unit = m_unitNames.value(m_chart.vacantUnitCode());
        }
        return s;
    }

    static void appendSnapshot(QVariantList& values, const Snapshot& s)
    {
        values << sql(s.name) << sql(s.nip) << sql(s.rank) << sql(s.position) << sql(s.unit);
    }

    // ---- Periods and organisation grades ----

    bool writePeriods()
    {
        for (int year = m_firstYear; year <= m_options.newestYear; ++year) {
            const bool past = year < m_options.newestYear;
            for (int q = 1; q <= 4; ++q) {
                const QDate start(year, (q - 1) * 3 + 1, 1);
                const QDate end = start.addMonths(3).addDays(-1);
                const auto id = Uuid::toText(Uuid::forPeriod(year, QStringLiteral("TRIWULANAN"), q));
                m_periods[year].append(id);
                m_periodEnds[id] = end;
                m_periodStarts[id] = start;
                m_writer.insert(m_periodStatement,
                    {id, year, QStringLiteral("TRIWULANAN"), q, isoDate(start), isoDate(end), isoDate(end.addDays(10)),
                        past ? 1 : 0, stamp(QDate(year, 1, 1))});
                ++m_summary.periods;
            }
            const auto annual = Uuid::toText(Uuid::forPeriod(year, QStringLiteral("TAHUNAN"), 0));
            m_annualPeriods[year] = annual;
            m_periodEnds[annual] = QDate(year, 12, 31);
            m_periodStarts[annual] = QDate(year, 1, 1);
            m_writer.insert(m_periodStatement,
                {annual, year, QStringLiteral("TAHUNAN"), 0, isoDate(QDate(year, 1, 1)), isoDate(QDate(year, 12, 31)),
                    isoDate(QDate(year + 1, 1, 31)), past ? 1 : 0, stamp(QDate(year, 1, 1))});
            ++m_summary.periods;
        }
        return !m_writer.failed();
    }

    /// The periods of `year` that are over on the reference date (evaluated), in order.
    QList<QString> closedPeriods(int year) const
    {
        QList<QString> list;
        for (const auto& id : m_periods.value(year)) {
            if (m_periodEnds.value(id) < m_referenceDate) {
                list.append(id);
            }
        }
        if (year < m_options.newestYear) {
            list.append(m_annualPeriods.value(year));
        }
        return list;
    }

    bool writeOrganizationGrades()
    {
        QStringList opds;
        for (const auto& unit : m_chart.units()) {
            if (unit.kind == OrgUnit::Kind::Opd) {
                opds.append(unit.code);
            }
        }
        for (int year = m_firstYear; year <= m_options.newestYear; ++year) {
            for (const auto& period : closedPeriods(year)) {
                for (const auto& opd : opds) {
                    const int roll = m_random.between(0, 9);
                    const auto grade = roll < 2 ? OrganizationGrade::Outstanding
                        : roll < 9              ? OrganizationGrade::Good
                                                : OrganizationGrade::NeedsImprovement;
                    m_orgGrades.insert(opd + u'|' + period, grade);
                    m_writer.insert(m_gradeStatement,
                        {m_random.nextIdText(), m_unitIds.value(opd), period, codeName(grade),
                            QStringLiteral("Gubernur Jambi"), stamp(m_periodEnds.value(period).addDays(12))});
                    ++m_summary.organizationGrades;
                }
            }
        }
        return !m_writer.failed();
    }

    // ---- Plans, evaluations ----

    int depth(int person, QHash<int, int>& memo, int guard = 0) const
    {
        if (memo.contains(person)) {
            return memo.value(person);
        }
        const auto assessor = assessorOf(person);
        const int d = assessor.person < 0 || guard > 32 ? 0 : depth(assessor.person, memo, guard + 1) + 1;
        memo.insert(person, d);
        return d;
    }

    bool writePlansAndEvaluations()
    {
        for (int year = m_firstYear; year <= m_options.newestYear; ++year) {
            buildHeads(year);
            QList<int> order;
            QHash<int, int> memo;
            for (int i = 0; i < m_people.size(); ++i) {
                if (!m_people.at(i).pejabatNegara && activeIn(m_people.at(i), year)) {
                    order.append(i);
                }
            }
            for (const int i : order) {
                depth(i, memo);
            }
            std::stable_sort(
                order.begin(), order.end(), [&memo](int a, int b) { return memo.value(a) < memo.value(b); });
            QHash<int, PlanRef> plans;
            int staffCounter = 0;
            for (const int i : order) {
                if (!writePlan(i, year, plans, staffCounter)) {
                    return false;
                }
            }
        }
        return !m_writer.failed();
    }

    bool writePlan(int person, int year, QHash<int, PlanRef>& plans, int& staffCounter)
    {
        const auto& p = m_people.at(person);
        const auto assessor = assessorOf(person);
        const auto second = secondAssessorOf(assessor);
        const QDate start = std::max(QDate(year, 1, 1), p.assignedFrom);
        const QDate end = p.assignedTo && *p.assignedTo < QDate(year, 12, 31) ? *p.assignedTo : QDate(year, 12, 31);
        if (end < start) {
            return true;
        }
        const bool newest = year == m_options.newestYear;
        WorkflowState state = WorkflowState::PlanApproved;
        QString returnNote;
        if (newest && !p.head) {
            const int slot = staffCounter++ % 29;
            if (slot == 7) {
                state = WorkflowState::PlanDraft;
            } else if (slot == 13) {
                state = WorkflowState::PlanReturned;
                returnNote = m_random.pick(DemoPlanTexts::returnNotes());
            } else if (slot == 21) {
                state = WorkflowState::PlanSubmitted;
            }
        }
        const QString planId = m_random.nextIdText();
        const QDate submitted = QDate(year, 1, m_random.between(5, 20));
        const QDate approved = submitted.addDays(m_random.between(1, 10));
        const QString author = p.idText;
        // Province scale: the many child rows carry no author (a NULL updated_by is a system row), which keeps the
        // benchmark file under 1 GB; the plan and evaluation rows still name theirs.
        const QVariant childAuthor = office() ? QVariant(author) : QVariant();
        QVariantList values {planId, p.idText,
            assessor.person >= 0 ? QVariant(m_people.at(assessor.person).idText) : QVariant(),
            second.person >= 0 ? QVariant(m_people.at(second.person).idText) : QVariant(), m_unitIds.value(p.unitCode),
            year, isoDate(start), isoDate(end),
            p.position.kind == PositionKind::Jpt ? QStringLiteral("jpt") : QStringLiteral("ja-jf"),
            QStringLiteral("quantitative"), codeName(state), nullable(returnNote),
            state == WorkflowState::PlanDraft ? QVariant() : QVariant(stamp(submitted)),
            state == WorkflowState::PlanApproved ? QVariant(stamp(approved)) : QVariant(),
            stamp(state == WorkflowState::PlanApproved ? approved : submitted), author};
        appendSnapshot(values, snapshot(person, false));
        appendSnapshot(values, snapshot(assessor.person, assessor.acting));
        appendSnapshot(values, snapshot(second.person, second.acting));
        m_writer.insert(m_planStatement, values);
        ++m_summary.plans;

        // Work results: the seat's own texts (province: cycled to 5-10 results with 10-20 indicators), each main
        // result cascading from one of the assessor's main results.
        QList<DemoPlanTexts::ResultText> texts = DemoPlanTexts::results(p.topic, p.head, p.unitName);
        const bool complaintDesk = office() && p.opdCode == QStringLiteral("15.02")
            && (p.topic == QStringLiteral("kadis-pendidikan") || p.topic == QStringLiteral("sekretariat")
                || p.topic == QStringLiteral("pengaduan") || p.topic == QStringLiteral("kepegawaian"));
        if (complaintDesk) {
            texts.prepend(DemoPlanTexts::complaintResult(p.head));
        }
        int resultCount = static_cast<int>(texts.size());
        int indicatorBudget = 0;
        if (!office()) {
            resultCount = m_random.between(5, 10);
            indicatorBudget = m_random.between(std::max(10, resultCount), 20);
            const auto extra = DemoPlanTexts::results(QStringLiteral("kepegawaian"), false, p.unitName)
                + DemoPlanTexts::results(QStringLiteral("keuangan"), false, p.unitName)
                + DemoPlanTexts::results(QStringLiteral("ti"), false, p.unitName);
            for (int k = 0; texts.size() < resultCount; ++k) {
                texts.append(extra.at(k % extra.size()));
            }
        } else if (!p.head && texts.size() > 3) {
            resultCount = 3;
        }
        const PlanRef* parent =
            assessor.person >= 0 && plans.contains(assessor.person) ? &plans[assessor.person] : nullptr;
        PlanRef ref;
        ref.id = planId;
        struct WrittenIndicator
        {
            QString id;
            QString resultId;
            int target;
            IndicatorAspect aspect;
            IndicatorDirection direction;
        };
        QList<WrittenIndicator> indicators;
        const QDate written = submitted.addDays(-2);
        int indicatorsWritten = 0;
        for (int r = 0; r < resultCount; ++r) {
            const auto& text = texts.at(r);
            const QString resultId = m_random.nextIdText();
            QVariant parentId;
            QString parentText;
            if (parent && !parent->mainResultIds.isEmpty()) {
                parentId = parent->mainResultIds.at(r % parent->mainResultIds.size());
            } else if (p.topic == QStringLiteral("sekda")) {
                parentText = QStringLiteral("Sasaran RPJMD Provinsi Jambi: meningkatnya kualitas tata kelola "
                                            "pemerintahan yang bersih dan akuntabel");
            } else {
                parentText = QStringLiteral("Perjanjian Kinerja %1 Tahun %2").arg(p.unitName).arg(year);
            }
            m_writer.insert(m_resultStatement,
                {resultId, planId, parentId, sql(parentText), QStringLiteral("main"), text.text, r, stamp(written),
                    childAuthor});
            ++m_summary.workResults;
            ref.mainResultIds.append(resultId);
            int perResult = static_cast<int>(text.indicators.size());
            if (!office()) {
                const int remainingResults = resultCount - r;
                perResult = std::max(1, (indicatorBudget - indicatorsWritten) / remainingResults);
            }
            for (int k = 0; k < perResult; ++k) {
                const auto& ind = text.indicators.at(k % text.indicators.size());
                const QString indicatorId = m_random.nextIdText();
                const int target = ind.target;
                m_writer.insert(m_indicatorStatement,
                    {indicatorId, resultId, aspectCode(ind.aspect), ind.text, QStringLiteral("number"),
                        QString::number(target), ind.unit,
                        ind.direction == IndicatorDirection::LowerIsBetter ? QStringLiteral("lower-is-better")
                                                                           : QStringLiteral("higher-is-better"),
                        k, stamp(written), childAuthor});
                ++m_summary.indicators;
                ++indicatorsWritten;
                indicators.append({indicatorId, resultId, target, ind.aspect, ind.direction});
            }
        }
        if (office() && m_random.chance(0.3)) {
            const auto additional = m_random.pick(DemoPlanTexts::additionalResults());
            const QString resultId = m_random.nextIdText();
            m_writer.insert(m_resultStatement,
                {resultId, planId, QVariant(), sql(QString()), QStringLiteral("additional"), additional.text, 0,
                    stamp(written), author});
            ++m_summary.workResults;
            for (const auto& ind : additional.indicators) {
                const QString indicatorId = m_random.nextIdText();
                m_writer.insert(m_indicatorStatement,
                    {indicatorId, resultId, aspectCode(ind.aspect), ind.text, QStringLiteral("number"),
                        QString::number(ind.target), ind.unit, QStringLiteral("higher-is-better"), 0, stamp(written),
                        author});
                ++m_summary.indicators;
                indicators.append({indicatorId, resultId, ind.target, ind.aspect, ind.direction});
            }
        }
        if (office()) {
            const QString assessorId = assessor.person >= 0 ? m_people.at(assessor.person).idText : author;
            for (const auto value : allCoreValues()) {
                const QString expectation = value == CoreValue::ServiceOriented && m_random.chance(0.4)
                    ? QStringLiteral("Menanggapi pengaduan masyarakat paling lambat 3 hari kerja")
                    : value == CoreValue::Collaborative && m_random.chance(0.3)
                    ? QStringLiteral("Aktif berkoordinasi lintas bidang dalam penyusunan laporan")
                    : QString();
                m_writer.insert(m_expectationStatement,
                    {Uuid::toText(Uuid::forBehaviorExpectation(Uuid::fromText(planId), coreValueCode(value))), planId,
                        coreValueCode(value), sql(expectation), stamp(approved), assessorId});
            }
        }
        plans.insert(person, ref);

        if (state != WorkflowState::PlanApproved) {
            return !m_writer.failed();
        }
        // Evaluations of the closed periods, and the current open one in the newest year.
        const QString assessorId = assessor.person >= 0 ? m_people.at(assessor.person).idText : QString();
        const QString assessorName =
            assessor.person >= 0 ? m_people.at(assessor.person).employee.fullName() : QString();
        QList<QString> periods = closedPeriods(year);
        if (newest) {
            for (const auto& id : m_periods.value(year)) {
                if (!periods.contains(id)) {
                    periods.append(id); // the quarter in progress on the reference date, not filled yet
                    break;
                }
            }
        }
        for (int k = 0; k < periods.size(); ++k) {
            const auto& periodId = periods.at(k);
            const QDate periodEnd = m_periodEnds.value(periodId);
            WorkflowState evaluationState = WorkflowState::EvaluationFinalized;
            if (periodEnd >= m_referenceDate) {
                evaluationState = WorkflowState::EvaluationNotFilled;
            } else if (newest && periodEnd.addMonths(3) >= m_referenceDate) {
                // The most recent closed quarter: still being worked on.
                const int roll = m_random.between(0, 9);
                evaluationState = roll < (office() ? 2 : 5) ? WorkflowState::EvaluationNotFilled
                    : roll < (office() ? 5 : 7)             ? WorkflowState::EvaluationSubmitted
                    : roll < 8                              ? WorkflowState::EvaluationRated
                                                            : WorkflowState::EvaluationFinalized;
            }
            const bool filled = evaluationState != WorkflowState::EvaluationNotFilled;
            if (!filled && !office()) {
                continue; // province scale: an evaluation row appears when the employee starts filling it in
            }
            const bool rated = evaluationState == WorkflowState::EvaluationRated
                || evaluationState == WorkflowState::EvaluationFinalized;
            const QDate submittedOn = periodEnd.addDays(m_random.between(1, 8));
            const QDate ratedOn = submittedOn.addDays(m_random.between(1, 6));
            const QDate finalizedOn = ratedOn.addDays(m_random.between(0, 4));
            const int ratingRoll = m_random.between(0, 99);
            const Rating resultRating = ratingRoll < 15 ? Rating::AboveExpectation
                : ratingRoll < 94                       ? Rating::AsExpected
                                                        : Rating::BelowExpectation;
            const int behaviorRoll = m_random.between(0, 99);
            const Rating behaviorRating = behaviorRoll < 12 ? Rating::AboveExpectation
                : behaviorRoll < 96                         ? Rating::AsExpected
                                                            : Rating::BelowExpectation;
            const auto orgGrade = m_orgGrades.constFind(p.opdCode + u'|' + periodId);
            const QString evaluationId =
                Uuid::toText(Uuid::forEvaluation(Uuid::fromText(planId), Uuid::fromText(periodId)));
            QVariantList row {evaluationId, planId, periodId, isoDate(std::max(start, m_periodStarts.value(periodId))),
                isoDate(std::min(end, periodEnd)), codeName(evaluationState),
                filled ? QVariant(stamp(submittedOn)) : QVariant(), rated ? QVariant(stamp(ratedOn)) : QVariant(),
                evaluationState == WorkflowState::EvaluationFinalized ? QVariant(stamp(finalizedOn)) : QVariant(),
                rated ? QVariant(codeName(resultRating)) : QVariant(),
                rated ? QVariant(codeName(behaviorRating)) : QVariant(),
                rated ? QVariant(codeName(GradeMatrix::grade(resultRating, behaviorRating))) : QVariant(),
                sql(rated && resultRating == Rating::BelowExpectation
                        ? QStringLiteral("Perlu pendampingan dan rencana peningkatan kinerja pada periode berikutnya.")
                        : QString()),
                rated && orgGrade != m_orgGrades.constEnd() ? QVariant(codeName(*orgGrade)) : QVariant(),
                stamp(rated      ? ratedOn
                        : filled ? submittedOn
                                 : std::min(periodEnd, m_referenceDate)),
                rated && !assessorId.isEmpty() ? assessorId : author};
            appendSnapshot(row, snapshot(person, false));
            appendSnapshot(row, snapshot(assessor.person, assessor.acting));
            appendSnapshot(row, snapshot(second.person, second.acting));
            m_writer.insert(m_evaluationStatement, row);
            ++m_summary.evaluations;
            if (office() && newest && filled && evaluationState != WorkflowState::EvaluationFinalized) {
                inviteColleague(person, assessor.person, second.person, evaluationId, ref, periodEnd);
            }
            if (!filled) {
                continue;
            }
            const bool annual = periodId == m_annualPeriods.value(year);
            int sort = 0;
            for (const auto& indicator : indicators) {
                // Quantities accumulate over the year; percentages and durations are measured per period.
                const double factor = 0.8 + m_random.unit() * 0.35;
                double value = indicator.target * factor;
                if (indicator.aspect == IndicatorAspect::Quantity && !annual) {
                    value = indicator.target * factor / 4.0;
                }
                if (indicator.direction == IndicatorDirection::LowerIsBetter) {
                    value = indicator.target * (0.6 + m_random.unit() * 0.6);
                }
                const QString valueText = QString::number(std::max(0.5, value), 'f', value < 10 ? 1 : 0);
                m_writer.insert(m_realizationStatement,
                    {m_random.nextIdText(), evaluationId, indicator.resultId, indicator.id,
                        sql(office() ? m_random.pick(DemoPlanTexts::actionPlans()) : QString()),
                        sql(office() ? m_random.pick(DemoPlanTexts::realizationNotes()) : QString()), valueText, sort++,
                        stamp(submittedOn.addDays(-1)), childAuthor});
                ++m_summary.realizations;
            }
            if (rated && !ref.mainResultIds.isEmpty()) {
                m_writer.insert(m_feedbackStatement,
                    {m_random.nextIdText(), evaluationId, ref.mainResultIds.first(), QVariant(), nullable(assessorId),
                        sql(assessorName), stamp(ratedOn), m_random.pick(DemoPlanTexts::resultFeedback()),
                        stamp(ratedOn), nullable(assessorId)});
                ++m_summary.feedback;
                if (office() && m_random.chance(0.5)) {
                    const auto value = m_random.pick(allCoreValues());
                    m_writer.insert(m_feedbackStatement,
                        {m_random.nextIdText(), evaluationId, QVariant(), coreValueCode(value), nullable(assessorId),
                            sql(assessorName), stamp(ratedOn), m_random.pick(DemoPlanTexts::behaviorFeedback()),
                            stamp(ratedOn), nullable(assessorId)});
                    ++m_summary.feedback;
                }
            }
        }
        return !m_writer.failed();
    }

    /// Sometimes (office scale, filled and still open evaluations of the newest year) the employee invites a colleague
    /// of the same unit to comment, who may already have written a note or two.
    void inviteColleague(
        int person, int assessor, int second, const QString& evaluationId, const PlanRef& ref, QDate periodEnd)
    {
        if (!m_colleagueRandom.chance(0.25)) {
            return;
        }
        const auto& p = m_people.at(person);
        QList<int> candidates;
        for (int i = 0; i < m_people.size(); ++i) {
            if (i != person && i != assessor && i != second && m_people.at(i).unitCode == p.unitCode
                && !m_people.at(i).pejabatNegara && m_people.at(i).employee.active) {
                candidates.append(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        const auto& colleague = m_people.at(m_colleagueRandom.pick(candidates));
        const QString invitationId =
            Uuid::toText(Uuid::forColleagueInvitation(Uuid::fromText(evaluationId), colleague.id));
        const QDate invitedOn = std::min(periodEnd, m_referenceDate).addDays(-m_colleagueRandom.between(3, 20));
        m_writer.insert(m_invitationStatement,
            {invitationId, evaluationId, colleague.idText, colleague.employee.fullName(), stamp(invitedOn),
                sql(m_colleagueRandom.pick(DemoPlanTexts::colleagueRequests())), stamp(invitedOn), p.idText});
        if (ref.mainResultIds.isEmpty() || !m_colleagueRandom.chance(0.7)) {
            return;
        }
        const QDate writtenOn = invitedOn.addDays(m_colleagueRandom.between(1, 3));
        m_writer.insert(m_colleagueNoteStatement,
            {m_colleagueRandom.nextIdText(), invitationId, ref.mainResultIds.first(), QVariant(), stamp(writtenOn),
                m_colleagueRandom.pick(DemoPlanTexts::colleagueNotes()), stamp(writtenOn), colleague.idText});
        if (m_colleagueRandom.chance(0.5)) {
            m_writer.insert(m_colleagueNoteStatement,
                {m_colleagueRandom.nextIdText(), invitationId, QVariant(), coreValueCode(CoreValue::Collaborative),
                    stamp(writtenOn), QStringLiteral("Mudah diajak bekerja sama dan terbuka terhadap masukan."),
                    stamp(writtenOn), colleague.idText});
        }
    }

    bool writeCompetencies()
    {
        static const QStringList organizers {QStringLiteral("BPSDM Provinsi Jambi"),
            QStringLiteral("Badan Kepegawaian Daerah Provinsi Jambi"), QStringLiteral("Lembaga Administrasi Negara"),
            QStringLiteral("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi")};
        for (const auto& p : m_people) {
            if (p.pejabatNegara) {
                continue;
            }
            for (int year = m_firstYear; year <= m_options.newestYear; ++year) {
                if (!activeIn(p, year)) {
                    continue;
                }
                const int lastMonth = year == m_options.newestYear ? 6 : 12;
                const int count = office() ? m_random.between(1, 3) : 1;
                for (int k = 0; k < count; ++k) {
                    const QDate start(year, m_random.between(1, lastMonth), m_random.between(1, 28));
                    const QString title = m_random.pick(DemoPlanTexts::competencyActivities());
                    const bool classical = title.startsWith(QStringLiteral("Pelatihan"))
                        || title.startsWith(QStringLiteral("Bimbingan"))
                        || title.startsWith(QStringLiteral("Workshop"));
                    m_writer.insert(m_competencyStatement,
                        {m_random.nextIdText(), p.idText, year, title,
                            classical ? QStringLiteral("klasikal") : QStringLiteral("non-klasikal"),
                            m_random.between(2, 24), isoDate(start), isoDate(start.addDays(m_random.between(0, 3))),
                            m_random.pick(organizers), stamp(start.addDays(5)), p.idText});
                    ++m_summary.competencyActivities;
                }
            }
        }
        return !m_writer.failed();
    }

    const DemoOptions& m_options;
    BulkWriter& m_writer;
    DemoSummary& m_summary;
    int m_firstYear;
    QDate m_referenceDate;
    DemoRandom m_random;
    /// Draws for the invited colleagues only, so that adding them left every other generated value as it was.
    DemoRandom m_colleagueRandom;
    IndonesianNameGenerator m_names;
    JambiOrgChart m_chart;

    QList<Person> m_people;
    int m_actingPerson = -1;
    Position m_actingPosition;
    QHash<QString, QString> m_unitIds;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_unitParents;
    QHash<QString, OrgUnit::Kind> m_unitKinds;
    QHash<QString, QString> m_delegates;
    QHash<QString, Head> m_heads;
    QHash<int, QList<QString>> m_periods;
    QHash<int, QString> m_annualPeriods;
    QHash<QString, QDate> m_periodEnds;
    QHash<QString, QDate> m_periodStarts;
    QHash<QString, OrganizationGrade> m_orgGrades;
    bool m_unitHasDelegate = false;
    bool m_assignmentHasHead = false;
    bool m_assignmentHasLevel = false;
    int m_unitStatement = -1;
    int m_employeeStatement = -1;
    int m_assignmentStatement = -1;
    int m_periodStatement = -1;
    int m_gradeStatement = -1;
    int m_planStatement = -1;
    int m_resultStatement = -1;
    int m_indicatorStatement = -1;
    int m_expectationStatement = -1;
    int m_evaluationStatement = -1;
    int m_realizationStatement = -1;
    int m_feedbackStatement = -1;
    int m_invitationStatement = -1;
    int m_colleagueNoteStatement = -1;
    int m_competencyStatement = -1;
};

void removeWithCompanions(const QString& path)
{
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Result<DemoSummary> DemoGenerator::create(const QString& path, const DemoOptions& options, bool overwrite)
{
    QElapsedTimer timer;
    timer.start();
    if (options.newestYear < 2000 || options.newestYear > 2100) {
        return Result<DemoSummary>::failure(
            tr("The year %1 is not a valid year for demo data.").arg(options.newestYear));
    }
    if (options.years < 1 || options.years > 10) {
        return Result<DemoSummary>::failure(
            tr("The number of years must be between 1 and 10, not %1.").arg(options.years));
    }
    if (options.scale == DemoOptions::Scale::Province
        && (options.provinceEmployees < 100 || options.provinceUnits < 22 || options.provinceEmployees > 1000000)) {
        return Result<DemoSummary>::failure(tr("The province size is too small or too large."));
    }
    const QFileInfo target(path);
    if (target.exists() && !overwrite) {
        return Result<DemoSummary>::failure(
            tr("The file %1 already exists. Choose another file, or use --force to replace it.").arg(path));
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    removeWithCompanions(partial);

    DemoSummary summary;
    {
        auto opened = Database::open(partial, Database::OpenMode::CreateIfMissing);
        if (!opened) {
            return opened.propagate<DemoSummary>();
        }
        auto database = std::move(opened).value();
        auto writer = std::make_unique<BulkWriter>(*database);
        const auto discard = [&] {
            writer.reset(); // before the database: it rolls back on the connection
            database.reset();
            removeWithCompanions(partial);
        };
        // The big tables get their secondary indexes built once at the end (BulkWriter::begin()).
        const QStringList deferred {QStringLiteral("work_result"), QStringLiteral("indicator"),
            QStringLiteral("evaluation"), QStringLiteral("realization"), QStringLiteral("feedback"),
            QStringLiteral("competency_activity"), QStringLiteral("performance_plan")};
        if (auto begun = writer->begin(deferred); !begun) {
            discard();
            return begun.propagate<DemoSummary>();
        }
        Builder builder(options, *writer, summary);
        const bool built = builder.run();
        const auto finished = built ? writer->finish() : Status::failure(QString());
        if (!built || !finished) {
            qCWarning(lcDb) << "demo: generation failed";
            discard();
            return Result<DemoSummary>::failure(
                finished.error().isEmpty() ? tr("The demo data could not be generated.") : finished.error());
        }
        summary.totalRows = writer->rowsWritten();
        writer.reset();
    }
    QString error;
    if (target.exists()) {
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
    }
    if (!replaceFileAtomically(partial, target.absoluteFilePath(), &error)) {
        qCWarning(lcDb) << "demo: could not rename the generated file:" << error;
        removeWithCompanions(partial);
        return Result<DemoSummary>::failure(tr("The demo database could not be saved as %1.").arg(path));
    }
    summary.fileBytes = QFileInfo(target.absoluteFilePath()).size();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace kinerja
