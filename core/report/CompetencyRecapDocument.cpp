// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/CompetencyRecapDocument.h"

#include "core/domain/IndonesianFormat.h"
#include "core/domain/Position.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportKind.h"
#include "core/report/ReportParts.h"
#include "core/report/VerificationCode.h"
#include "core/storage/CompetencyRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/ExportScope.h"
#include "core/storage/OrgUnitRepository.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace kinerja {

namespace {

constexpr int kColumns = 7;

QString tableHeader()
{
    // The three JP columns under one heading, so that their own titles stay short enough for portrait paper.
    const auto cell = [](const QString& text, const QString& attributes) {
        return html::cell(text, QStringLiteral("class=\"head\" ") + attributes);
    };
    QString header = QStringLiteral("<tr>") + cell(QStringLiteral("NO"), QStringLiteral("rowspan=\"2\" width=\"5%\""))
        + cell(QStringLiteral("NAMA / NIP"), QStringLiteral("rowspan=\"2\" width=\"29%\""))
        + cell(QStringLiteral("JABATAN"), QStringLiteral("rowspan=\"2\" width=\"19%\""))
        + cell(QStringLiteral("JAM PELAJARAN (JP)"), QStringLiteral("colspan=\"3\" width=\"33%\""))
        + cell(QStringLiteral("KETERANGAN"), QStringLiteral("rowspan=\"2\" width=\"14%\" style=\"font-size: 7.5pt\""))
        + QStringLiteral("</tr><tr>")
        + cell(QStringLiteral("KLASIKAL"), QStringLiteral("width=\"11%\" style=\"font-size: 7.5pt\""))
        + cell(QStringLiteral("NON-KLASIKAL"), QStringLiteral("width=\"12%\" style=\"font-size: 7.5pt\""))
        + cell(QStringLiteral("JUMLAH"), QStringLiteral("width=\"10%\" style=\"font-size: 7.5pt\""))
        + QStringLiteral("</tr><tr>");
    // Qt's table layout takes column widths from cells that span one column: the numbering row has one per column.
    const char* const widths[kColumns] = {"5%", "29%", "19%", "11%", "12%", "10%", "14%"};
    for (int i = 0; i < kColumns; ++i) {
        header += html::cell(QStringLiteral("(%1)").arg(i + 1),
            QStringLiteral("class=\"num\" width=\"%1\"").arg(QString::fromLatin1(widths[i])));
    }
    return header + QStringLiteral("</tr>");
}

QString positionOf(const EmployeeRecord& record)
{
    Position position;
    position.title = record.positionTitle;
    position.functionalLevel = record.functionalLevel;
    return position.fullTitle();
}

QString employeeRow(const CompetencyRecapDocument::Row& row, int number, PrintedText& text)
{
    const Employee& employee = row.employee.employee;
    QString person = text.html(employee.fullName());
    const QString nip = ReportParts::nipLine(employee.nip ? employee.nip->digits() : QString());
    if (!nip.isEmpty())
        person += QStringLiteral("<br>") + text.html(nip);
    const CompetencySummary& summary = row.summary;
    const QString center = QStringLiteral("class=\"center\"");
    QString note = text.html(CompetencyRecapDocument::noteText(summary));
    if (!summary.isRequirementMet())
        note = QStringLiteral("<b>%1</b>").arg(note);
    return QStringLiteral("<tr>") + html::cell(QString::number(number), QStringLiteral("class=\"num\""))
        + html::cell(person) + html::cell(text.html(positionOf(row.employee)))
        + html::cell(text.html(QString::number(summary.lessonHours(CompetencyActivity::Kind::Klasikal))), center)
        + html::cell(text.html(QString::number(summary.lessonHours(CompetencyActivity::Kind::NonKlasikal))), center)
        + html::cell(QStringLiteral("<b>%1</b>").arg(text.html(QString::number(summary.totalLessonHours()))), center)
        + html::cell(note, center) + QStringLiteral("</tr>");
}

} // namespace

int CompetencyRecapDocument::Content::employeeCount() const
{
    int count = 0;
    for (const UnitGroup& group : groups)
        count += static_cast<int>(group.rows.size());
    return count;
}

int CompetencyRecapDocument::Content::metCount() const
{
    int count = 0;
    for (const UnitGroup& group : groups) {
        for (const Row& row : group.rows)
            count += row.summary.isRequirementMet() ? 1 : 0;
    }
    return count;
}

QString CompetencyRecapDocument::noteText(const CompetencySummary& summary)
{
    if (summary.isRequirementMet())
        return QStringLiteral("Memenuhi");
    return QStringLiteral("Kurang %1 JP").arg(summary.missingLessonHours());
}

Result<CompetencyRecapDocument::Content> CompetencyRecapDocument::load(
    const Database& database, const QUuid& unitId, int year)
{
    if (auto checked = ExportScope::checkYear(year); !checked)
        return checked.propagate<Content>();
    const OrgUnitRepository units(database);
    const auto unit = units.get(unitId);
    if (!unit.ok())
        return unit.propagate<Content>();
    if (!unit.value())
        return Result<Content>::failure(tr("The unit was not found; it may have been deleted."));
    Content content;
    content.unit = *unit.value();
    content.year = year;

    // The tree below the unit, depth first, each level by sort order then name. `seen` guards against bad data.
    QList<UnitGroup> tree;
    QSet<QUuid> seen;
    QString failure;
    const std::function<bool(const OrgUnit&, int)> visit = [&](const OrgUnit& node, int depth) {
        seen.insert(node.id);
        tree.append({node, depth, {}});
        const auto children = units.children(node.id);
        if (!children.ok()) {
            failure = children.error();
            return false;
        }
        for (const OrgUnit& child : children.value()) {
            if (!seen.contains(child.id) && !visit(child, depth + 1))
                return false;
        }
        return true;
    };
    if (!visit(content.unit, 0))
        return Result<Content>::failure(failure);

    const auto employees = EmployeeRepository(database).activeInUnitTree(unitId);
    if (!employees.ok())
        return employees.propagate<Content>();
    const auto activities = CompetencyRepository(database).forUnitTree(unitId, year);
    if (!activities.ok())
        return activities.propagate<Content>();
    QHash<QUuid, QList<CompetencyActivity>> byEmployee;
    for (const CompetencyActivity& activity : activities.value())
        byEmployee[activity.employeeId].append(activity);

    QHash<QUuid, int> groupOf;
    for (int i = 0; i < tree.size(); ++i)
        groupOf.insert(tree.at(i).unit.id, i);
    for (const EmployeeRecord& record : employees.value()) {
        const QUuid id = record.employee.id;
        const int group = groupOf.value(record.unitId, 0);
        tree[group].rows.append({record, CompetencySummary::summarize(id, year, byEmployee.value(id))});
    }
    for (const UnitGroup& group : tree) {
        if (!group.rows.isEmpty())
            content.groups.append(group);
    }

    const auto signer = UnitHead::of(database, unitId, content.unit.name, QDate(year, 12, 31));
    if (!signer.ok())
        return signer.propagate<Content>();
    content.signer = signer.value();
    const auto agency = ReportAgency::of(database, unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument CompetencyRecapDocument::build(const Content& content, const ReportOptions& options)
{
    PrintedText text;
    text.record(content.unit.id.toString());
    text.record(QString::number(content.year));

    ReportDocument document;
    document.title =
        QStringLiteral("Rekapitulasi Pengembangan Kompetensi %1 - %2").arg(content.year).arg(content.unit.name);
    document.fileName =
        ReportParts::safeFileName(QStringLiteral("Rekap Kompetensi %1 %2").arg(content.year).arg(content.unit.name));
    document.orientation = QPageLayout::Portrait;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);

    const QString head = ReportParts::letterhead(content.agency, options)
        + ReportParts::title({officialTitle(ReportKind::CompetencyRecap)})
        + QStringLiteral("<p class=\"title\">%1</p><p class=\"title\">TAHUN %2</p><p></p>")
              .arg(text.html(content.unit.name.toUpper()), text.html(QString::number(content.year)))
        + ReportParts::agencyLine(content.agency, QStringLiteral("TAHUN %1").arg(content.year), text, true);
    document.sections.append(ReportSection::block(head));

    ReportSection table = ReportSection::table(html::gridTable(), tableHeader());
    if (content.groups.isEmpty()) {
        table.addGroup(QStringLiteral("<tr>%1</tr>")
                           .arg(html::cell(QStringLiteral("Tidak ada pegawai aktif pada unit kerja ini."),
                               QStringLiteral("class=\"center\" colspan=\"%1\"").arg(kColumns))));
    }
    int number = 0;
    int klasikal = 0;
    int nonKlasikal = 0;
    for (const UnitGroup& group : content.groups) {
        // The unit's name heads its employees (and moves with the first of them to the next page).
        table.addGroup(QStringLiteral("<tr>%1</tr>")
                           .arg(html::cell(
                               QStringLiteral("<p style=\"margin-top:0px; margin-bottom:0px; margin-left:%1px\">%2</p>")
                                   .arg(12 * group.depth)
                                   .arg(text.html(group.unit.name)),
                               QStringLiteral("class=\"label\" colspan=\"%1\"").arg(kColumns))),
            true);
        for (const Row& row : group.rows) {
            table.addGroup(employeeRow(row, ++number, text));
            klasikal += row.summary.lessonHours(CompetencyActivity::Kind::Klasikal);
            nonKlasikal += row.summary.lessonHours(CompetencyActivity::Kind::NonKlasikal);
        }
    }
    const int employees = content.employeeCount();
    const int met = content.metCount();
    const QString center = QStringLiteral("class=\"center\"");
    table.addGroup(QStringLiteral("<tr>")
        + html::cell(QStringLiteral("<b>JUMLAH</b>"), QStringLiteral("colspan=\"3\" class=\"center\""))
        + html::cell(QStringLiteral("<b>%1</b>").arg(text.html(QString::number(klasikal))), center)
        + html::cell(QStringLiteral("<b>%1</b>").arg(text.html(QString::number(nonKlasikal))), center)
        + html::cell(QStringLiteral("<b>%1</b>").arg(text.html(QString::number(klasikal + nonKlasikal))), center)
        + html::cell(QString()) + QStringLiteral("</tr>"));
    document.sections.append(table);

    const int share = employees > 0 ? (met * 200 + employees) / (employees * 2) : 0; // whole percent, half up
    document.sections.append(ReportSection::block(
        QStringLiteral("<p>Pegawai yang memenuhi pengembangan kompetensi paling sedikit %1 JP dalam setahun: "
                       "<b>%2 dari %3 pegawai (%4%)</b>; belum memenuhi: %5 pegawai.</p>"
                       "<p class=\"small\">1 JP (jam pelajaran) = 45 menit. Kewajiban paling sedikit 20 JP setahun: "
                       "PP Nomor 11 Tahun 2017 sebagaimana diubah dengan PP Nomor 17 Tahun 2020. Pegawai menurut unit "
                       "kerja saat ini; pegawai yang tidak aktif tidak dicantumkan.</p>")
            .arg(CompetencySummary::kRequiredLessonHoursPerYear)
            .arg(text.html(QString::number(met)), text.html(QString::number(employees)),
                text.html(QString::number(share)), text.html(QString::number(employees - met))),
        true));

    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, QDate());
    placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature none {};
    const ReportParts::Signature signer {content.signer.role, content.signer.person, placeAndDate};
    document.sections.append(ReportParts::signatures(none, signer));

    document.stamp.code = VerificationCode::make(ReportKind::CompetencyRecap, content.unit.id, text.fingerprint());
    return document;
}

Result<ReportDocument> CompetencyRecapDocument::build(
    const Database& database, const QUuid& unitId, int year, const ReportOptions& options)
{
    const auto content = load(database, unitId, year);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
