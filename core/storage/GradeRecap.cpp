// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/GradeRecap.h"

#include "core/Logging.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/Database.h"
#include "core/storage/ExportScope.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace kinerja {

namespace {

struct UnitNode
{
    QUuid id;
    QUuid parentId;
    QString code;
    QString name;
    QList<int> children; ///< indexes, in sort order
};

void add(DistributionGuideline::Counts& into, const DistributionGuideline::Counts& counts)
{
    for (const auto grade : allPerformanceGrades()) {
        into.setCount(grade, into.count(grade) + counts.count(grade));
    }
}

/// "33,3%" or "80%": one decimal with a comma (Indonesian), omitted for a whole percent.
QString officialShare(int count, int headcount)
{
    const int tenths = GradeRecap::shareInTenths(count, headcount);
    if (tenths % 10 == 0) {
        return QString::number(tenths / 10) + u'%';
    }
    return QString::number(tenths / 10) + u',' + QString::number(tenths % 10) + u'%';
}

/// Periodic periods by start date (then cadence and number), the annual period last.
void sortPeriods(QList<AssessmentPeriod>& periods)
{
    std::stable_sort(periods.begin(), periods.end(), [](const AssessmentPeriod& a, const AssessmentPeriod& b) {
        if (a.isAnnual() != b.isAnnual()) {
            return b.isAnnual();
        }
        if (a.start != b.start) {
            return a.start < b.start;
        }
        if (a.typeCode() != b.typeCode()) {
            return a.typeCode() < b.typeCode();
        }
        return a.number < b.number;
    });
}

} // namespace

GradeRecap::GradeRecap(const Database& database)
    : m_database(database)
{ }

Result<QList<GradeRecap::Sheet>> GradeRecap::build(const Selection& selection) const
{
    if (auto checked = ExportScope::checkYear(selection.year); !checked) {
        return checked.propagate<QList<Sheet>>();
    }
    if (!selection.unitCode.trimmed().isEmpty()) {
        // Refuse an unknown unit before anything else, whatever the periods.
        if (auto unit = ExportScope::findUnit(m_database, selection.unitCode); !unit) {
            return unit.propagate<QList<Sheet>>();
        }
    }
    auto stored = PeriodRepository(m_database).periodsOfYear(selection.year);
    if (!stored) {
        return stored.propagate<QList<Sheet>>();
    }
    QList<AssessmentPeriod> periods;
    switch (selection.periods) {
    case Selection::Periods::All:
        periods = *stored;
        if (periods.isEmpty()) {
            return Result<QList<Sheet>>::failure(
                tr("No assessment periods are stored for %1.").arg(QString::number(selection.year)));
        }
        break;
    case Selection::Periods::Annual:
        for (const auto& period : *stored) {
            if (period.isAnnual()) {
                periods.append(period);
            }
        }
        if (periods.isEmpty()) {
            return Result<QList<Sheet>>::failure(
                tr("No annual assessment period (AKHIR) is stored for %1.").arg(QString::number(selection.year)));
        }
        break;
    case Selection::Periods::Periodic: {
        QStringList cadences;
        for (const auto& period : *stored) {
            if (!period.isAnnual() && period.number == selection.periodNumber
                && (!selection.cadence || period.cadence == selection.cadence)) {
                periods.append(period);
                cadences.append(period.typeCode());
            }
        }
        if (periods.isEmpty()) {
            return Result<QList<Sheet>>::failure(selection.cadence
                    ? tr("No periodic assessment period %1 of cadence %2 is stored for %3.")
                          .arg(QString::number(selection.periodNumber), officialName(*selection.cadence),
                              QString::number(selection.year))
                    : tr("No periodic assessment period %1 is stored for %2.")
                          .arg(QString::number(selection.periodNumber), QString::number(selection.year)));
        }
        if (periods.size() > 1) {
            return Result<QList<Sheet>>::failure(
                tr("%1 has a periodic assessment period %2 in several cadences (%3): choose the cadence.")
                    .arg(QString::number(selection.year), QString::number(selection.periodNumber),
                        cadences.join(QStringLiteral(", "))));
        }
        break;
    }
    }
    sortPeriods(periods);
    QList<Sheet> sheets;
    for (const auto& period : periods) {
        auto sheet = forPeriod(period, selection.unitCode);
        if (!sheet) {
            return sheet.propagate<QList<Sheet>>();
        }
        sheets.append(std::move(sheet).value());
    }
    return sheets;
}

Result<GradeRecap::Sheet> GradeRecap::forPeriod(const AssessmentPeriod& period, const QString& unitCode) const
{
    const auto unreadable = [] {
        return Result<Sheet>::failure(tr("The grades could not be read from the database."));
    };
    Sheet sheet;
    sheet.period = period;
    sheet.periodId = PeriodRepository::idOf(period);
    QUuid scopeId;
    if (!unitCode.trimmed().isEmpty()) {
        const auto unit = ExportScope::findUnit(m_database, unitCode);
        if (!unit) {
            return unit.propagate<Sheet>();
        }
        scopeId = unit->id;
        sheet.scopeCode = unit->code;
        sheet.scopeName = unit->name;
    }
    const auto db = m_database.connection();

    // The tree, tombstoned units included (a past period may point to them).
    QList<UnitNode> nodes;
    QHash<QUuid, int> indexOf;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query,
                QStringLiteral("SELECT id, parent_id, code, name FROM org_unit ORDER BY sort_order, name, code"), {},
                "read the units for a grade recap")) {
            return unreadable();
        }
        while (query.next()) {
            UnitNode node;
            node.id = Uuid::fromText(query.value(0).toString());
            node.parentId = query.value(1).isNull() ? QUuid() : Uuid::fromText(query.value(1).toString());
            node.code = query.value(2).toString();
            node.name = query.value(3).toString();
            indexOf.insert(node.id, static_cast<int>(nodes.size()));
            nodes.append(node);
        }
    }
    QList<int> roots;
    for (int i = 0; i < nodes.size(); ++i) {
        const auto parent = indexOf.constFind(nodes.at(i).parentId);
        if (nodes.at(i).parentId.isNull() || parent == indexOf.constEnd() || *parent == i) {
            roots.append(i);
        } else {
            nodes[*parent].children.append(i);
        }
    }

    // Each unit's own counts; evaluations without a (known) unit only count in the total.
    QList<DistributionGuideline::Counts> own(nodes.size());
    DistributionGuideline::Counts unplaced;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query,
                QStringLiteral("SELECT p.unit_id, e.grade, count(*) FROM evaluation AS e "
                               "JOIN performance_plan AS p ON p.id = e.plan_id "
                               "WHERE e.period_id = ? AND e.deleted = 0 AND p.deleted = 0 AND e.status IN (?, ?) "
                               "AND e.grade IS NOT NULL GROUP BY p.unit_id, e.grade"),
                {Uuid::toText(sheet.periodId), codeName(WorkflowState::EvaluationFinalized),
                    codeName(WorkflowState::EvaluationFinal)},
                "count the grades of a period")) {
            return unreadable();
        }
        while (query.next()) {
            const auto grade = parsePerformanceGrade(query.value(1).toString());
            if (!grade) {
                qCWarning(lcDb) << "unknown grade code in evaluation" << query.value(1);
                return unreadable();
            }
            const int count = query.value(2).toInt();
            const auto index = query.value(0).isNull() ? indexOf.constEnd()
                                                       : indexOf.constFind(Uuid::fromText(query.value(0).toString()));
            auto& counts = index == indexOf.constEnd() ? unplaced : own[*index];
            counts.setCount(*grade, counts.count(*grade) + count);
        }
    }
    const auto grades = OrganizationGradeRepository(m_database).gradesOfPeriod(sheet.periodId);
    if (!grades) {
        return grades.propagate<Sheet>();
    }

    // Subtree sums, then the lines in tree order. `visited` guards against a loop in bad data.
    QList<DistributionGuideline::Counts> subtree(nodes.size());
    QSet<int> visited;
    const std::function<void(int)> sum = [&](int index) {
        visited.insert(index);
        subtree[index] = own.at(index);
        for (const int child : nodes.at(index).children) {
            if (!visited.contains(child)) {
                sum(child);
                add(subtree[index], subtree.at(child));
            }
        }
    };
    QSet<int> listed;
    const std::function<void(int, int)> list = [&](int index, int depth) {
        listed.insert(index);
        const auto& counts = subtree.at(index);
        if (counts.total() == 0) {
            return; // nothing counted here or below
        }
        const auto& node = nodes.at(index);
        UnitLine line;
        line.unitId = node.id;
        line.code = node.code;
        line.name = node.name;
        const auto parent = indexOf.constFind(node.parentId);
        line.parentCode = parent == indexOf.constEnd() ? QString() : nodes.at(*parent).code;
        line.depth = depth;
        line.counts = counts;
        if (const auto grade = grades->constFind(node.id); grade != grades->constEnd()) {
            line.organizationGrade = *grade;
            if (auto warnings = DistributionGuideline::check(*grade, counts)) {
                line.warnings = *warnings;
            }
        }
        sheet.units.append(line);
        for (const int child : node.children) {
            if (!listed.contains(child)) {
                list(child, depth + 1);
            }
        }
    };

    if (!scopeId.isNull()) {
        const int top = indexOf.value(scopeId, -1);
        if (top < 0) {
            return unreadable();
        }
        sum(top);
        list(top, 0);
        sheet.total = subtree.at(top);
    } else {
        for (const int root : roots) {
            sum(root);
            list(root, 0);
            add(sheet.total, subtree.at(root));
        }
        // Units caught in a parent loop are reached from no root: count them in the total all the same.
        for (int i = 0; i < nodes.size(); ++i) {
            if (!visited.contains(i)) {
                add(sheet.total, own.at(i));
            }
        }
        add(sheet.total, unplaced);
    }
    return sheet;
}

QStringList GradeRecap::columnTitles()
{
    QStringList titles {QStringLiteral("Kode Unit"), QStringLiteral("Nama Unit"), QStringLiteral("Kode Unit Induk"),
        QStringLiteral("Jumlah Pegawai Dinilai")};
    for (const auto grade : allPerformanceGrades()) {
        titles << officialName(grade) << QStringLiteral("% ") + officialName(grade);
    }
    titles << QStringLiteral("Predikat Kinerja Organisasi") << QStringLiteral("Sesuai Pola Distribusi")
           << QStringLiteral("Catatan");
    return titles;
}

QString GradeRecap::complianceText(const UnitLine& line)
{
    if (!line.organizationGrade) {
        return {};
    }
    return line.warnings.isEmpty() ? QStringLiteral("Ya") : QStringLiteral("Tidak");
}

QStringList GradeRecap::officialNotes(const UnitLine& line)
{
    QStringList notes;
    if (!line.organizationGrade) {
        return notes;
    }
    for (const auto& warning : line.warnings) {
        notes.append(officialNote(warning, *line.organizationGrade));
    }
    return notes;
}

QString GradeRecap::officialNote(const DistributionGuideline::Warning& warning, OrganizationGrade organizationGrade)
{
    const QString organization = officialName(organizationGrade);
    const QString count = QString::number(warning.count);
    const QString headcount = QString::number(warning.headcount);
    const QString share = officialShare(warning.count, warning.headcount);
    const QString percent = QString::number(warning.rule.percent);
    switch (warning.rule.kind) {
    case DistributionGuideline::RuleKind::Maximum:
        if (warning.rule.percent == 0) {
            return QStringLiteral("%1: %2 dari %3 pegawai (%4), padahal predikat ini tidak diperbolehkan untuk "
                                  "organisasi dengan predikat %5.")
                .arg(warning.rule.label(), count, headcount, share, organization);
        }
        return QStringLiteral("%1: %2 dari %3 pegawai (%4) melebihi batas maksimum %5% untuk organisasi dengan "
                              "predikat %6.")
            .arg(warning.rule.label(), count, headcount, share, percent, organization);
    case DistributionGuideline::RuleKind::Minimum:
        return QStringLiteral("%1: %2 dari %3 pegawai (%4) kurang dari batas minimal %5% untuk organisasi dengan "
                              "predikat %6.")
            .arg(warning.rule.label(), count, headcount, share, percent, organization);
    case DistributionGuideline::RuleKind::MustExist:
        return QStringLiteral("%1: 0 dari %2 pegawai, padahal organisasi dengan predikat %3 wajib memiliki paling "
                              "sedikit satu.")
            .arg(warning.rule.label(), headcount, organization);
    }
    return {};
}

QString GradeRecap::officialTitle(const Sheet& sheet)
{
    return QStringLiteral("Rekapitulasi Predikat Kinerja Pegawai Tahun %1 Periode %2")
        .arg(QString::number(sheet.period.year), sheet.period.label());
}

QString GradeRecap::officialScope(const Sheet& sheet)
{
    if (sheet.scopeCode.isEmpty()) {
        return QStringLiteral("Unit kerja: seluruh unit kerja");
    }
    return QStringLiteral("Unit kerja: %1 (%2) beserta sub-unitnya").arg(sheet.scopeName, sheet.scopeCode);
}

QString GradeRecap::totalLabel()
{
    return QStringLiteral("Jumlah");
}

int GradeRecap::shareInTenths(int count, int headcount)
{
    if (headcount <= 0) {
        return 0;
    }
    // count x 1000 / n, rounded half up, in integers.
    return static_cast<int>((static_cast<qint64>(count) * 2000 + headcount) / (static_cast<qint64>(headcount) * 2));
}

void GradeRecap::write(const QList<Sheet>& sheets, CsvWriter& writer)
{
    using F = CsvWriter;
    QList<F::Field> header {F::text(QStringLiteral("Tahun")), F::text(QStringLiteral("Periode"))};
    for (const auto& title : columnTitles()) {
        header.append(F::text(title));
    }
    writer.addRow(header);
    const auto countFields = [&writer](QList<F::Field>& fields, const DistributionGuideline::Counts& counts) {
        fields << F::number(counts.total());
        for (const auto grade : allPerformanceGrades()) {
            fields << F::number(counts.count(grade))
                   << F::number(writer.fixed(shareInTenths(counts.count(grade), counts.total()), 1));
        }
    };
    for (const auto& sheet : sheets) {
        const QList<F::Field> period {F::number(sheet.period.year), F::text(sheet.period.label())};
        for (const auto& line : sheet.units) {
            QList<F::Field> fields = period;
            fields << F::text(line.code) << F::text(line.name) << F::text(line.parentCode);
            countFields(fields, line.counts);
            fields << F::text(line.organizationGrade ? officialName(*line.organizationGrade) : QString())
                   << F::text(complianceText(line)) << F::text(officialNotes(line).join(u' '));
            writer.addRow(fields);
        }
        QList<F::Field> total = period;
        total << F::text(QString()) << F::text(totalLabel()) << F::text(QString());
        countFields(total, sheet.total);
        total << F::text(QString()) << F::text(QString()) << F::text(QString());
        writer.addRow(total);
    }
}

} // namespace kinerja
