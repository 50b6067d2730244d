// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/GradeRecapDocument.h"

#include "core/domain/IndonesianFormat.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportKind.h"
#include "core/report/ReportParts.h"
#include "core/report/VerificationCode.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"

namespace kinerja {

namespace {

constexpr int kColumns = 10;

QString headCell(const QString& text, const QString& attributes)
{
    return html::cell(text, QStringLiteral("class=\"head\" ") + attributes);
}

/// A count with its share of the headcount below it.
QString countCell(int count, int headcount, PrintedText& text)
{
    QString html = text.html(QString::number(count));
    if (headcount > 0)
        html +=
            QStringLiteral("<br><small>(%1)</small>").arg(text.html(GradeRecapDocument::shareText(count, headcount)));
    return html::cell(html, QStringLiteral("class=\"center\""));
}

QString countCells(const DistributionGuideline::Counts& counts, PrintedText& text)
{
    QString html;
    for (const PerformanceGrade grade : allPerformanceGrades())
        html += countCell(counts.count(grade), counts.total(), text);
    return html
        + html::cell(QStringLiteral("<b>%1</b>").arg(text.html(QString::number(counts.total()))),
            QStringLiteral("class=\"center\""));
}

QString recapHeader()
{
    QString header = QStringLiteral("<tr>")
        + headCell(QStringLiteral("NO"), QStringLiteral("rowspan=\"2\" width=\"4%\""))
        + headCell(QStringLiteral("UNIT KERJA"), QStringLiteral("rowspan=\"2\" width=\"20%\""))
        + headCell(QStringLiteral("CAPAIAN KINERJA ORGANISASI"), QStringLiteral("rowspan=\"2\" width=\"9%\""))
        + headCell(QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("colspan=\"5\" width=\"40%\""))
        + headCell(QStringLiteral("JUMLAH"), QStringLiteral("rowspan=\"2\" width=\"6%\""))
        + headCell(QStringLiteral("KETERANGAN"), QStringLiteral("rowspan=\"2\" width=\"21%\""))
        + QStringLiteral("</tr><tr>");
    for (const PerformanceGrade grade : allPerformanceGrades())
        header += headCell(PrintedText::escape(officialName(grade)), QStringLiteral("width=\"8%\""));
    header += QStringLiteral("</tr><tr>");
    for (int i = 1; i <= kColumns; ++i)
        header += html::cell(QStringLiteral("(%1)").arg(i), QStringLiteral("class=\"num\""));
    return header + QStringLiteral("</tr>");
}

QString notesCell(const GradeRecap::UnitLine& line, PrintedText& text)
{
    if (!line.organizationGrade)
        return html::cell(QStringLiteral("-"), QStringLiteral("class=\"center\""));
    if (line.warnings.isEmpty())
        return html::cell(QStringLiteral("Sesuai pola distribusi"));
    QStringList notes;
    for (const QString& note : GradeRecap::officialNotes(line))
        notes << text.html(note);
    return html::cell(notes.join(QStringLiteral("<br>")));
}

QString lineRow(const GradeRecap::UnitLine& line, int number, PrintedText& text)
{
    QString name = text.html(line.name);
    if (line.depth == 0)
        name = QStringLiteral("<b>%1</b>").arg(name);
    const QString unit = QStringLiteral("<p style=\"margin-top:0px; margin-bottom:0px; margin-left:%1px\">%2</p>")
                             .arg(12 * line.depth)
                             .arg(name);
    const QString grade =
        line.organizationGrade ? text.html(officialName(*line.organizationGrade)) : QStringLiteral("-");
    return QStringLiteral("<tr>") + html::cell(QString::number(number), QStringLiteral("class=\"num\""))
        + html::cell(unit) + html::cell(grade, QStringLiteral("class=\"center\"")) + countCells(line.counts, text)
        + notesCell(line, text) + QStringLiteral("</tr>");
}

/// "Paling banyak 70%", "Paling sedikit 60%", "Wajib ada", "Tidak diperbolehkan".
QString ruleText(const DistributionGuideline::Rule& rule)
{
    switch (rule.kind) {
    case DistributionGuideline::RuleKind::Maximum:
        return rule.percent == 0 ? QStringLiteral("Tidak diperbolehkan (0%)")
                                 : QStringLiteral("Paling banyak %1%").arg(rule.percent);
    case DistributionGuideline::RuleKind::Minimum:
        return QStringLiteral("Paling sedikit %1%").arg(rule.percent);
    case DistributionGuideline::RuleKind::MustExist:
        return QStringLiteral("Wajib ada");
    }
    return {};
}

QString limitText(const DistributionGuideline::Rule& rule, int headcount)
{
    const int limit = rule.limit(headcount);
    return rule.kind == DistributionGuideline::RuleKind::Maximum
        ? QStringLiteral("paling banyak %1 pegawai").arg(limit)
        : QStringLiteral("paling sedikit %1 pegawai").arg(limit);
}

/// The pola distribusi of the unit's organisation grade: a heading, the table of its rules (at most three, kept
/// together), and a note.
QList<ReportSection> guidelineSections(const GradeRecapDocument::Content& content, PrintedText& text)
{
    QString heading =
        QStringLiteral("<p></p><p><b>POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI</b> (pedoman SE MenPANRB Nomor 3 "
                       "Tahun 2023)</p>");
    if (!content.organizationGrade) {
        heading += QStringLiteral("<p>Capaian kinerja organisasi %1 untuk periode ini belum ditetapkan, sehingga "
                                  "kesesuaian dengan pola distribusi belum dapat diperiksa.</p>")
                       .arg(text.html(content.unit.name));
        return {ReportSection::block(heading)};
    }
    const OrganizationGrade grade = *content.organizationGrade;
    const int headcount = content.total.total();
    heading +=
        QStringLiteral("<p>Capaian kinerja organisasi %1: <b>%2</b>; pegawai yang dinilai: %3 orang.</p>")
            .arg(text.html(content.unit.name), text.html(officialName(grade)), text.html(QString::number(headcount)));
    ReportSection table = ReportSection::table(html::gridTable(),
        QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
            .arg(headCell(QStringLiteral("NO"), QStringLiteral("width=\"4%\"")),
                headCell(QStringLiteral("PREDIKAT KINERJA PEGAWAI"), QStringLiteral("width=\"28%\"")),
                headCell(QStringLiteral("POLA DISTRIBUSI"), QStringLiteral("width=\"18%\"")),
                headCell(QStringLiteral("BATAS UNTUK %1 PEGAWAI").arg(headcount), QStringLiteral("width=\"18%\"")),
                headCell(QStringLiteral("REALISASI"), QStringLiteral("width=\"18%\"")),
                headCell(QStringLiteral("KESESUAIAN"), QStringLiteral("width=\"14%\""))));
    table.keepWithPrevious = true; // the heading never stays alone at the bottom of a page
    QString rows;
    int number = 0;
    for (const DistributionGuideline::Rule& rule : DistributionGuideline::rules(grade)) {
        const int count = content.total.count(rule.grades);
        const bool broken = headcount > 0 && rule.isBrokenBy(count, headcount);
        rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                    .arg(html::cell(QString::number(++number), QStringLiteral("class=\"num\"")),
                        html::cell(PrintedText::escape(rule.label())),
                        html::cell(ruleText(rule), QStringLiteral("class=\"center\"")),
                        html::cell(headcount > 0 ? limitText(rule, headcount) : QStringLiteral("-"),
                            QStringLiteral("class=\"center\"")),
                        html::cell(QStringLiteral("%1 pegawai (%2)")
                                       .arg(text.html(QString::number(count)),
                                           text.html(GradeRecapDocument::shareText(count, headcount))),
                            QStringLiteral("class=\"center\"")),
                        html::cell(broken ? QStringLiteral("<b>Tidak sesuai</b>") : QStringLiteral("Sesuai"),
                            QStringLiteral("class=\"center\"")));
    }
    table.addGroup(rows);
    const ReportSection note = ReportSection::block(
        QStringLiteral("<p class=\"small\">Predikat yang tidak tercantum tidak dibatasi. Batas dihitung dari jumlah "
                       "pegawai yang dinilai: batas paling banyak dibulatkan ke bawah, batas paling sedikit dibulatkan "
                       "ke atas. Pola distribusi adalah pedoman yang dipertimbangkan Pejabat Penilai Kinerja dan tidak "
                       "membatasi pemberian predikat.</p>"),
        true);
    return {ReportSection::block(heading), table, note};
}

} // namespace

QString GradeRecapDocument::shareText(int count, int headcount)
{
    const int tenths = GradeRecap::shareInTenths(count, headcount);
    if (tenths % 10 == 0)
        return QStringLiteral("%1%").arg(tenths / 10);
    return QStringLiteral("%1,%2%").arg(tenths / 10).arg(tenths % 10);
}

Result<GradeRecapDocument::Content> GradeRecapDocument::load(
    const Database& database, const QUuid& unitId, const QUuid& periodId)
{
    Content content;
    const auto unit = OrgUnitRepository(database).get(unitId);
    if (!unit.ok())
        return unit.propagate<Content>();
    if (!unit.value())
        return Result<Content>::failure(tr("The unit was not found; it may have been deleted."));
    content.unit = *unit.value();
    const auto period = PeriodRepository(database).find(periodId);
    if (!period.ok())
        return period.propagate<Content>();
    if (!period.value())
        return Result<Content>::failure(tr("The assessment period was not found; it may have been deleted."));
    content.periodId = periodId;
    content.period = *period.value();

    // Every unit's line, then the unit's own line and the lines below it (tree order: the lines after it with a
    // greater depth). Going through the whole sheet also covers a unit without a code.
    const auto sheet = GradeRecap(database).forPeriod(content.period);
    if (!sheet.ok())
        return sheet.propagate<Content>();
    const QList<GradeRecap::UnitLine>& lines = sheet->units;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).unitId != unitId)
            continue;
        const int top = lines.at(i).depth;
        content.total = lines.at(i).counts;
        for (int j = i; j < lines.size() && (j == i || lines.at(j).depth > top); ++j) {
            GradeRecap::UnitLine line = lines.at(j);
            line.depth -= top;
            content.lines.append(line);
        }
        break;
    }
    const auto grade = OrganizationGradeRepository(database).grade(unitId, periodId);
    if (!grade.ok())
        return grade.propagate<Content>();
    content.organizationGrade = grade.value();

    const auto signer = UnitHead::of(database, unitId, content.unit.name, content.period.end);
    if (!signer.ok())
        return signer.propagate<Content>();
    content.signer = signer.value();
    const auto agency = ReportAgency::of(database, unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument GradeRecapDocument::build(const Content& content, const ReportOptions& options)
{
    PrintedText text;
    text.record(content.unit.id.toString());
    text.record(content.periodId.toString());

    ReportDocument document;
    const QString periodName = QStringLiteral("%1 TAHUN %2").arg(content.period.label()).arg(content.period.year);
    document.title = QStringLiteral("Rekapitulasi Predikat Kinerja %1 - %2").arg(periodName, content.unit.name);
    document.fileName = ReportParts::safeFileName(QStringLiteral("Rekap Predikat %1 %2 %3")
                                                      .arg(content.period.year)
                                                      .arg(content.period.label(), content.unit.name));
    document.orientation = QPageLayout::Landscape;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);

    const QString head = ReportParts::letterhead(content.agency, options)
        + ReportParts::title({officialTitle(ReportKind::GradeRecap)})
        + QStringLiteral("<p class=\"title\">%1</p><p class=\"title\">PERIODE: %2</p><p></p>")
              .arg(text.html(content.unit.name.toUpper()), text.html(periodName))
        + ReportParts::agencyLine(content.agency,
            QStringLiteral("PERIODE PENILAIAN: %1")
                .arg(ReportParts::periodRange(content.period.start, content.period.end)),
            text);
    document.sections.append(ReportSection::block(head));

    ReportSection table = ReportSection::table(html::gridTable(), recapHeader());
    if (content.lines.isEmpty()) {
        table.addGroup(
            QStringLiteral("<tr>%1</tr>")
                .arg(html::cell(QStringLiteral("Belum ada evaluasi kinerja yang ditetapkan pada periode ini."),
                    QStringLiteral("class=\"center\" colspan=\"%1\"").arg(kColumns))));
    }
    int number = 0;
    for (const GradeRecap::UnitLine& line : content.lines)
        table.addGroup(lineRow(line, ++number, text));
    table.addGroup(QStringLiteral("<tr>")
        + html::cell(QStringLiteral("<b>JUMLAH</b>"), QStringLiteral("colspan=\"3\" class=\"center\""))
        + countCells(content.total, text) + html::cell(QString()) + QStringLiteral("</tr>"));
    document.sections.append(table);
    document.sections.append(ReportSection::block(
        QStringLiteral(
            "<p class=\"small\">Yang dihitung: evaluasi kinerja periode ini yang telah ditetapkan, menurut unit "
            "kerja pada SKP pegawai. Setiap baris menghitung unit beserta seluruh sub-unitnya, sehingga "
            "baris-baris tidak dijumlahkan; baris JUMLAH menghitung setiap evaluasi satu kali.</p>"),
        true));
    document.sections.append(guidelineSections(content, text));

    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, QDate());
    placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature none {};
    const ReportParts::Signature signer {content.signer.role, content.signer.person, placeAndDate};
    document.sections.append(ReportParts::signatures(none, signer));

    document.stamp.code = VerificationCode::make(ReportKind::GradeRecap, content.unit.id, text.fingerprint());
    return document;
}

Result<ReportDocument> GradeRecapDocument::build(
    const Database& database, const QUuid& unitId, const QUuid& periodId, const ReportOptions& options)
{
    const auto content = load(database, unitId, periodId);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
