// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/TeamMatrixDocument.h"

#include "core/domain/IndonesianFormat.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportKind.h"
#include "core/report/ReportParts.h"
#include "core/report/SkpDocument.h"
#include "core/report/VerificationCode.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace kinerja {

namespace {

using html::headCell;

/// The most rows of people's results kept in one row group of the matrix (about half a landscape page); a result
/// with more continues in groups of kRowsPerContinuation, which fill the pages better.
constexpr qsizetype kRowsPerGroup = 10;
constexpr qsizetype kRowsPerContinuation = 5;

QString rowspan(int rows)
{
    return rows > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(rows) : QString();
}

/// The header of a table: a section title over the column titles, then the column numbers.
QString tableHeader(const QString& sectionTitle, const QStringList& titles, const QStringList& widths, bool numbers)
{
    const int count = static_cast<int>(titles.size());
    QString header = QStringLiteral("<tr>%1</tr><tr>")
                         .arg(html::cell(sectionTitle, QStringLiteral("class=\"section\" colspan=\"%1\"").arg(count)));
    for (int i = 0; i < count; ++i)
        header += headCell(titles.at(i), widths.at(i));
    header += QStringLiteral("</tr>");
    if (numbers) {
        header += QStringLiteral("<tr>");
        for (int i = 0; i < count; ++i)
            header += html::cell(QStringLiteral("(%1)").arg(i + 1), QStringLiteral("class=\"num\""));
        header += QStringLiteral("</tr>");
    }
    return header;
}

/// Name, NIP and, while the person's SKP is not approved, its status.
QString personCell(const PlanRepository::StoredPlan& plan, PrintedText& text)
{
    const PersonSnapshot& person = plan.participants.employee;
    QString html = QStringLiteral("<b>%1</b>").arg(text.html(person.name));
    const QString nip = ReportParts::nipLine(person.nip);
    if (!nip.isEmpty())
        html += QStringLiteral("<br>") + text.html(nip);
    if (plan.status != WorkflowState::PlanApproved)
        html += QStringLiteral("<br><i>SKP: %1</i>").arg(text.html(SkpDocument::statusText(plan.status)));
    return html;
}

/// One result of a person, with the index of the person's plan in Content::memberPlans.
struct MemberResult
{
    int member = 0;
    WorkResult result;
};

/// The results of every member, main then additional, each by order.
QList<MemberResult> memberResults(const QList<PlanRepository::StoredPlan>& members)
{
    QList<MemberResult> list;
    for (int i = 0; i < members.size(); ++i) {
        const PerformancePlan& plan = members.at(i).plan;
        for (const ResultKind kind : {ResultKind::Main, ResultKind::Additional}) {
            for (const WorkResult& result : plan.resultsOfKind(kind))
                list.append({i, result});
        }
    }
    return list;
}

/// Rows for entries grouped by person (consecutive): the person cell spans the person's results. `leading` is
/// put at the start of the first row (cells that span every row); `trailing(result)` gives the cells after the
/// result's text.
QString personRows(const QList<MemberResult>& entries,
    const QList<PlanRepository::StoredPlan>& members,
    const QString& leading,
    const std::function<QString(const WorkResult&)>& trailing,
    PrintedText& text)
{
    QString html;
    for (int i = 0; i < entries.size(); ++i) {
        html += QStringLiteral("<tr>");
        if (i == 0)
            html += leading;
        const MemberResult& entry = entries.at(i);
        if (i == 0 || entries.at(i - 1).member != entry.member) {
            int span = 1;
            while (i + span < entries.size() && entries.at(i + span).member == entry.member)
                ++span;
            html += html::cell(personCell(members.at(entry.member), text), rowspan(span).trimmed());
        }
        html += html::cell(text.html(entry.result.text));
        if (trailing)
            html += trailing(entry.result);
        html += QStringLiteral("</tr>");
    }
    return html;
}

QString identityTable(const PersonSnapshot& assessor, int people, PrintedText& text)
{
    const QStringList labels {QStringLiteral("NAMA"), QStringLiteral("NIP"), QStringLiteral("PANGKAT/GOL. RUANG"),
        QStringLiteral("JABATAN"), QStringLiteral("UNIT KERJA"), QStringLiteral("PEGAWAI YANG DINILAI")};
    const QStringList values {assessor.name, ReportParts::formattedNip(assessor.nip), assessor.rank, assessor.position,
        assessor.unit, QStringLiteral("%1 orang").arg(people)};
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"65%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                       "<tr><td class=\"head\" width=\"6%\">NO</td>"
                       "<td class=\"head\" colspan=\"2\" width=\"94%\">PEJABAT PENILAI KINERJA</td></tr>");
    for (int i = 0; i < labels.size(); ++i) {
        html += QStringLiteral("<tr><td class=\"num\" width=\"6%\">%1</td><td width=\"30%\">%2</td>"
                               "<td width=\"64%\">%3</td></tr>")
                    .arg(i + 1)
                    .arg(labels.at(i), text.html(values.at(i)));
    }
    return html + QStringLiteral("</table><p></p>");
}

struct KindHeading
{
    ResultKind kind;
    const char* heading;
    const char* prefix;
};
const KindHeading kKinds[] = {{ResultKind::Main, "A. UTAMA", "A"}, {ResultKind::Additional, "B. TAMBAHAN", "B"}};

} // namespace

Result<TeamMatrixDocument::Content> TeamMatrixDocument::load(const Database& database, const QUuid& assessorPlanId)
{
    const PlanRepository plans(database);
    const auto stored = plans.load(assessorPlanId);
    if (!stored.ok())
        return stored.propagate<Content>();
    Content content;
    content.assessorPlan = stored.value();
    const PerformancePlan& own = content.assessorPlan.plan;

    QList<PlanRepository::Summary> summaries;
    constexpr int kPageSize = 500;
    for (int offset = 0;; offset += kPageSize) {
        const auto page = plans.listForAssessor(own.employeeId, own.year(), {offset, kPageSize});
        if (!page.ok())
            return page.propagate<Content>();
        summaries += page.value();
        if (page->size() < kPageSize)
            break;
    }
    for (const PlanRepository::Summary& summary : summaries) {
        if (summary.id == own.id || summary.status == WorkflowState::PlanSuperseded)
            continue;
        if (summary.startDate > own.endDate || summary.endDate < own.startDate)
            continue; // under another SKP of the assessor in the same year
        const auto member = plans.load(summary.id);
        if (!member.ok())
            return member.propagate<Content>();
        content.memberPlans.append(member.value());
    }
    std::stable_sort(content.memberPlans.begin(), content.memberPlans.end(),
        [](const PlanRepository::StoredPlan& a, const PlanRepository::StoredPlan& b) {
            const int byName =
                QString::compare(a.participants.employee.name, b.participants.employee.name, Qt::CaseInsensitive);
            if (byName != 0)
                return byName < 0;
            if (a.plan.startDate != b.plan.startDate)
                return a.plan.startDate < b.plan.startDate;
            return a.plan.id.toString() < b.plan.id.toString();
        });

    const auto agency = ReportAgency::of(database, content.assessorPlan.participants.unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument TeamMatrixDocument::build(const Content& content, const ReportOptions& options)
{
    const PerformancePlan& plan = content.assessorPlan.plan;
    const PersonSnapshot& assessor = content.assessorPlan.participants.employee;
    PrintedText text;
    text.record(plan.id.toString());
    text.record(codeName(content.assessorPlan.status));
    text.record(QString::number(content.assessorPlan.revision));
    for (const PlanRepository::StoredPlan& member : content.memberPlans) {
        text.record(member.plan.id.toString());
        text.record(codeName(member.status));
        text.record(QString::number(member.revision));
    }

    ReportDocument document;
    document.title = QStringLiteral("Matriks Peran Hasil %1 - %2").arg(plan.year()).arg(assessor.name);
    document.fileName = ReportParts::safeFileName(
        QStringLiteral("Matriks Peran Hasil %1 %2 %3").arg(plan.year()).arg(assessor.nip, assessor.name));
    document.orientation = QPageLayout::Landscape;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);

    const QString period =
        QStringLiteral("PERIODE PENILAIAN: %1").arg(ReportParts::periodRange(plan.startDate, plan.endDate));
    // Count persons, not SKPs: one person may have two SKPs under the same assessor in a year.
    QSet<QUuid> personIds;
    for (const PlanRepository::StoredPlan& member : content.memberPlans)
        personIds.insert(member.plan.employeeId);
    const QString head = ReportParts::letterhead(content.agency, options)
        + ReportParts::title({officialTitle(ReportKind::TeamMatrix),
            QStringLiteral("PEMBAGIAN PERAN DAN HASIL KERJA PIMPINAN KEPADA PEGAWAI YANG DINILAI")})
        + ReportParts::agencyLine(content.agency, period, text)
        + identityTable(assessor, static_cast<int>(personIds.size()), text);
    document.sections.append(ReportSection::block(head));

    // Which of the people's results intervene which of the assessor's results.
    QHash<QUuid, QList<MemberResult>> byParent;
    QList<MemberResult> outside; // main results that intervene none of this SKP's results
    for (const MemberResult& entry : memberResults(content.memberPlans)) {
        if (!entry.result.parentResultId.isNull() && plan.findResult(entry.result.parentResultId))
            byParent[entry.result.parentResultId].append(entry);
        else if (entry.result.kind == ResultKind::Main)
            outside.append(entry);
    }

    // The matrix.
    ReportSection matrix = ReportSection::table(html::gridTable(),
        tableHeader(QStringLiteral("HASIL KERJA"),
            {QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN"),
                QStringLiteral("PEGAWAI YANG DINILAI"), QStringLiteral("RENCANA HASIL KERJA PEGAWAI YANG DINILAI")},
            {QStringLiteral("5%"), QStringLiteral("32%"), QStringLiteral("23%"), QStringLiteral("40%")}, true));
    QList<std::pair<QString, WorkResult>> notCarried; // number ("A.2") and result
    for (const KindHeading& kind : kKinds) {
        const QList<WorkResult> results = plan.resultsOfKind(kind.kind);
        matrix.addGroup(
            QStringLiteral("<tr>%1</tr>")
                .arg(html::cell(QString::fromLatin1(kind.heading), QStringLiteral("class=\"label\" colspan=\"4\""))),
            !results.isEmpty());
        if (results.isEmpty())
            matrix.addGroup(
                QStringLiteral("<tr>%1</tr>")
                    .arg(html::cell(QStringLiteral("-"), QStringLiteral("class=\"center\" colspan=\"4\""))));
        int number = 0;
        for (const WorkResult& result : results) {
            ++number;
            const QList<MemberResult> entries = byParent.value(result.id);
            if (entries.isEmpty()) {
                notCarried.append({QStringLiteral("%1.%2").arg(QString::fromLatin1(kind.prefix)).arg(number), result});
                matrix.addGroup(
                    QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(html::cell(QString::number(number), QStringLiteral("class=\"num\"")),
                            html::cell(text.html(result.text)),
                            html::cell(QStringLiteral("-"), QStringLiteral("class=\"center\"")),
                            html::cell(QStringLiteral("<i>Belum diintervensi oleh pegawai yang dinilai</i>"))));
                continue;
            }
            // A result carried by a whole school does not fit on one page: it continues in smaller groups, each
            // repeating the result, marked "(lanjutan)".
            const qsizetype size = entries.size() <= kRowsPerGroup ? kRowsPerGroup : kRowsPerContinuation;
            for (qsizetype first = 0; first < entries.size(); first += size) {
                const QList<MemberResult> chunk = entries.mid(first, size);
                const QString span = rowspan(static_cast<int>(chunk.size()));
                const QString continued = first > 0 ? QStringLiteral("<br><i>(lanjutan)</i>") : QString();
                const QString leading = html::cell(QString::number(number), QStringLiteral("class=\"num\"") + span)
                    + html::cell(text.html(result.text) + continued, span.trimmed());
                matrix.addGroup(personRows(chunk, content.memberPlans, leading, {}, text));
            }
        }
    }
    document.sections.append(matrix);

    // The assessor's results nobody carries.
    ReportSection open = ReportSection::table(html::gridTable(),
        tableHeader(QStringLiteral("HASIL KERJA PIMPINAN YANG BELUM DIINTERVENSI"),
            {QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN"), QStringLiteral("KETERANGAN")},
            {QStringLiteral("5%"), QStringLiteral("58%"), QStringLiteral("37%")}, false));
    if (notCarried.isEmpty()) {
        open.addGroup(
            QStringLiteral("<tr>%1</tr>")
                .arg(html::cell(
                    QStringLiteral("Semua hasil kerja pimpinan telah diintervensi oleh pegawai yang dinilai."),
                    QStringLiteral("class=\"center\" colspan=\"3\""))));
    }
    for (const auto& [number, result] : notCarried) {
        open.addGroup(
            QStringLiteral("<tr>%1%2%3</tr>")
                .arg(html::cell(number, QStringLiteral("class=\"num\"")), html::cell(text.html(result.text)),
                    html::cell(result.kind == ResultKind::Main
                            ? QStringLiteral("Hasil kerja utama belum dibagi kepada pegawai yang dinilai")
                            : QStringLiteral("Hasil kerja tambahan belum dibagi kepada pegawai yang dinilai"))));
    }
    document.sections.append(ReportSection::block(QStringLiteral("<p></p>")));
    document.sections.append(open);

    // The people's main results that intervene none of the assessor's results.
    ReportSection loose = ReportSection::table(html::gridTable(),
        tableHeader(QStringLiteral("HASIL KERJA UTAMA PEGAWAI YANG TIDAK MENGINTERVENSI HASIL KERJA PIMPINAN"),
            {QStringLiteral("NO"), QStringLiteral("PEGAWAI YANG DINILAI"), QStringLiteral("RENCANA HASIL KERJA"),
                QStringLiteral("KETERANGAN")},
            {QStringLiteral("5%"), QStringLiteral("23%"), QStringLiteral("40%"), QStringLiteral("32%")}, false));
    if (outside.isEmpty()) {
        loose.addGroup(
            QStringLiteral("<tr>%1</tr>")
                .arg(html::cell(QStringLiteral("Semua hasil kerja utama pegawai yang dinilai mengintervensi hasil "
                                               "kerja pimpinan."),
                    QStringLiteral("class=\"center\" colspan=\"4\""))));
    }
    const auto note = [&text](const WorkResult& result) {
        if (!result.parentResultId.isNull())
            return html::cell(
                QStringLiteral("Hasil kerja pimpinan yang diintervensi tidak terdapat dalam SKP pimpinan ini"));
        if (!result.intervenedText.trimmed().isEmpty())
            return html::cell(QStringLiteral("Mengintervensi: %1").arg(text.html(result.intervenedText.trimmed())));
        return html::cell(QStringLiteral("Tidak mengintervensi hasil kerja pimpinan"));
    };
    int person = 0;
    for (int i = 0; i < outside.size();) {
        QList<MemberResult> entries;
        const int member = outside.at(i).member;
        while (i < outside.size() && outside.at(i).member == member)
            entries.append(outside.at(i++));
        const QString leading = html::cell(
            QString::number(++person), QStringLiteral("class=\"num\"") + rowspan(static_cast<int>(entries.size())));
        loose.addGroup(personRows(entries, content.memberPlans, leading, note, text));
    }
    document.sections.append(ReportSection::block(QStringLiteral("<p></p>")));
    document.sections.append(loose);

    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, QDate());
    placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature none {};
    const ReportParts::Signature signer {QStringLiteral("Pejabat Penilai Kinerja"), assessor, placeAndDate};
    document.sections.append(ReportParts::signatures(none, signer));

    document.stamp.status = SkpDocument::statusText(content.assessorPlan.status);
    document.stamp.draft = content.assessorPlan.status != WorkflowState::PlanApproved;
    document.stamp.code = VerificationCode::make(ReportKind::TeamMatrix, plan.id, text.fingerprint());
    return document;
}

Result<ReportDocument> TeamMatrixDocument::build(
    const Database& database, const QUuid& assessorPlanId, const ReportOptions& options)
{
    const auto content = load(database, assessorPlanId);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
