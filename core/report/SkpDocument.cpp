// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/SkpDocument.h"

#include "core/domain/CoreValue.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/PlanApproach.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportParts.h"
#include "core/report/VerificationCode.h"
#include "core/storage/CascadeSource.h"

#include <QTimeZone>

namespace kinerja {

namespace {

using html::headCell;

// Official footnotes of the SKP form (PermenPANRB 6/2022, the form as reproduced by public implementations;
// domain.md 2.3, 2.7).
const char* const kFootnoteIntervened =
    "* Dalam hal rencana hasil kerja Pimpinan yang diintervensi adalah hasil kerja pejabat pimpinan tinggi dan "
    "Pimpinan unit kerja mandiri/ organisasi maka dituliskan rencana hasil kerja beserta indikator kinerja individu "
    "pejabat pimpinan tinggi dan Pimpinan unit kerja mandiri atau sasaran dan indikator kinerja organisasi yang "
    "diintervensi";
const char* const kFootnoteExpectation =
    "** Pimpinan dapat memberikan Ekspektasi khusus terhadap satu atau lebih aspek perilaku kerja Pegawai";

struct Columns
{
    QStringList titles;
    QStringList widths;
};

Columns columnsOf(PlanForm form, PlanApproach approach)
{
    if (form == PlanForm::Jpt && approach == PlanApproach::Quantitative) {
        return {
            {QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA"), QStringLiteral("INDIKATOR KINERJA INDIVIDU"),
                QStringLiteral("TARGET"), QStringLiteral("PERSPEKTIF")},
            {QStringLiteral("4%"), QStringLiteral("34%"), QStringLiteral("34%"), QStringLiteral("14%"),
                QStringLiteral("14%")}};
    }
    if (form == PlanForm::Jpt) {
        return {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA"),
                    QStringLiteral("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, TARGET, DAN PERSPEKTIF")},
            {QStringLiteral("4%"), QStringLiteral("40%"), QStringLiteral("56%")}};
    }
    if (approach == PlanApproach::Quantitative) {
        return {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*"),
                    QStringLiteral("RENCANA HASIL KERJA"), QStringLiteral("ASPEK"),
                    QStringLiteral("INDIKATOR KINERJA INDIVIDU"), QStringLiteral("TARGET")},
            {QStringLiteral("4%"), QStringLiteral("24%"), QStringLiteral("24%"), QStringLiteral("9%"),
                QStringLiteral("26%"), QStringLiteral("13%")}};
    }
    return {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI*"),
                QStringLiteral("RENCANA HASIL KERJA"),
                QStringLiteral("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET")},
        {QStringLiteral("4%"), QStringLiteral("30%"), QStringLiteral("30%"), QStringLiteral("36%")}};
}

/// The narrative cell of a qualitative form: one bullet per indicator (measure and target, and the perspective
/// on JPT forms).
QString narrative(const WorkResult& result, bool withPerspective, PrintedText& text)
{
    QString html;
    for (const Indicator& indicator : result.indicators) {
        QStringList parts;
        if (!indicator.text.trimmed().isEmpty())
            parts << indicator.text.trimmed();
        const QString target = indicator.target.toString(indicator.unit);
        if (!target.trimmed().isEmpty())
            parts << target.trimmed();
        if (withPerspective && indicator.perspective)
            parts << QStringLiteral("Perspektif: %1").arg(officialName(*indicator.perspective));
        html += QStringLiteral("- %1<br>").arg(text.html(parts.join(QStringLiteral("; "))));
    }
    if (html.endsWith(QStringLiteral("<br>")))
        html.chop(4);
    return html;
}

QString resultCell(const WorkResult& result, bool qualitative, PrintedText& text)
{
    QString html = text.html(result.text);
    if (qualitative && !result.assignedBy.trimmed().isEmpty())
        html += QStringLiteral("<br><i>(Penugasan dari %1)</i>").arg(text.html(result.assignedBy.trimmed()));
    return html;
}

/// The rows of one work result.
QString resultRows(const WorkResult& result,
    int number,
    const PerformancePlan& plan,
    const QHash<QUuid, QString>& parentTexts,
    PrintedText& text)
{
    const bool jpt = plan.form == PlanForm::Jpt;
    const bool qualitative = plan.approach == PlanApproach::Qualitative;
    const QString no = html::cell(QString::number(number), QStringLiteral("class=\"num\""));
    text.record(QString::number(number));
    if (qualitative) {
        QString row = QStringLiteral("<tr>") + no;
        if (!jpt) {
            const QString parent = parentTexts.value(result.parentResultId, result.intervenedText);
            row += html::cell(text.html(parent));
        }
        row += html::cell(resultCell(result, true, text)) + html::cell(narrative(result, jpt, text));
        return row + QStringLiteral("</tr>");
    }
    const int rows = std::max<int>(1, result.indicators.size());
    const QString span = rows > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(rows) : QString();
    QString html;
    for (int i = 0; i < rows; ++i) {
        const Indicator* indicator = i < result.indicators.size() ? &result.indicators.at(i) : nullptr;
        html += QStringLiteral("<tr>");
        if (i == 0) {
            html += html::cell(QString::number(number), QStringLiteral("class=\"num\"") + span);
            if (!jpt) {
                const QString parent = parentTexts.value(result.parentResultId, result.intervenedText);
                html += html::cell(text.html(parent), span.trimmed());
            }
            html += html::cell(resultCell(result, false, text), span.trimmed());
        }
        if (!jpt)
            html += html::cell(indicator ? text.html(officialName(indicator->aspect)) : QString());
        html += html::cell(indicator ? text.html(indicator->text) : QString());
        html += html::cell(indicator ? text.html(indicator->target.toString(indicator->unit)) : QString(),
            QStringLiteral("class=\"center\""));
        if (jpt) {
            html += html::cell(
                indicator && indicator->perspective ? text.html(officialName(*indicator->perspective)) : QString(),
                QStringLiteral("class=\"center\""));
        }
        html += QStringLiteral("</tr>");
    }
    return html;
}

ReportSection resultsTable(const SkpDocument::Content& content, PrintedText& text)
{
    const PerformancePlan& plan = content.stored.plan;
    const Columns columns = columnsOf(plan.form, plan.approach);
    const int count = columns.titles.size();
    const QString header = html::columnHeaders(QStringLiteral("HASIL KERJA"), columns.titles, columns.widths);
    ReportSection table = ReportSection::table(html::gridTable(), header);

    ReportParts::addResultGroups(table, plan, count, [&](const WorkResult& result, int number) {
        return resultRows(result, number, plan, content.parentTexts, text);
    });
    return table;
}

ReportSection behaviourTable(const PerformancePlan& plan, PrintedText& text)
{
    const QString header =
        QStringLiteral("<tr>%1</tr>")
            .arg(html::cell(QStringLiteral("PERILAKU KERJA"), QStringLiteral("class=\"section\" colspan=\"3\"")))
        + QStringLiteral("<tr>%1%2%3</tr>")
              .arg(headCell(QStringLiteral("NO"), QStringLiteral("4%")),
                  headCell(QStringLiteral("PERILAKU KERJA"), QStringLiteral("56%")),
                  headCell(QStringLiteral("EKSPEKTASI KHUSUS PIMPINAN**"), QStringLiteral("40%")));
    ReportSection table = ReportSection::table(html::gridTable(), header);
    for (const CoreValue value : allCoreValues()) {
        QString guidanceHtml = QStringLiteral("Ukuran Keberhasilan/Indikator Kinerja dan Target:");
        for (const QString& line : guidance(value))
            guidanceHtml += QStringLiteral("<br>- ") + text.html(line);
        const QString expectation = plan.specialExpectation(value).trimmed();
        const QString number = QString::number(coreValueNumber(value));
        table.addGroup(
            QStringLiteral("<tr>%1%2</tr><tr>%3%4</tr>")
                .arg(html::cell(number, QStringLiteral("class=\"num\" rowspan=\"2\"")),
                    html::cell(QStringLiteral("<b>%1</b>").arg(text.html(officialName(value))),
                        QStringLiteral("colspan=\"2\"")),
                    html::cell(guidanceHtml),
                    html::cell(QStringLiteral("Ekspektasi Khusus Pimpinan**:<br>%1")
                                   .arg(expectation.isEmpty() ? QStringLiteral("-") : text.html(expectation)))));
    }
    return table;
}

QString footnotes(const PerformancePlan& plan)
{
    QString html = QStringLiteral("<p class=\"small\">");
    if (plan.form != PlanForm::Jpt)
        html += QString::fromLatin1(kFootnoteIntervened) + QStringLiteral("<br>");
    return html + QString::fromLatin1(kFootnoteExpectation) + QStringLiteral("</p>");
}

QString titleOf(const PerformancePlan& plan)
{
    return ReportParts::title({QStringLiteral("SASARAN KINERJA PEGAWAI"),
        plan.approach == PlanApproach::Quantitative ? QStringLiteral("PENDEKATAN HASIL KERJA KUANTITATIF")
                                                    : QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF"),
        plan.form == PlanForm::Jpt ? QStringLiteral("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")
                                   : QStringLiteral("BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")});
}

QString appendixList(const QString& title, int number, const QStringList& items, PrintedText& text)
{
    QString html = QStringLiteral(
        "<tr><td class=\"num\" width=\"4%\"><b>%1</b></td><td class=\"label\" width=\"96%\">%2</td></tr>")
                       .arg(number)
                       .arg(title);
    QString list;
    for (int i = 0; i < items.size(); ++i)
        list += QStringLiteral("%1. %2<br>").arg(i + 1).arg(text.html(items.at(i)));
    if (list.isEmpty())
        list = QStringLiteral("-");
    else
        list.chop(4);
    return html + QStringLiteral("<tr><td></td><td>%1</td></tr>").arg(list);
}

} // namespace

QString SkpDocument::statusText(WorkflowState state)
{
    switch (state) {
    case WorkflowState::PlanDraft:
        return QStringLiteral("Draf");
    case WorkflowState::PlanSubmitted:
        return QStringLiteral("Diajukan");
    case WorkflowState::PlanReturned:
        return QStringLiteral("Dikembalikan");
    case WorkflowState::PlanApproved:
        return QStringLiteral("Ditetapkan"); // the SKP is ditetapkan by the assessor (PermenPANRB 6/2022 Ps 14)
    case WorkflowState::PlanSuperseded:
        return QStringLiteral("Digantikan");
    default:
        return codeName(state);
    }
}

Result<SkpDocument::Content> SkpDocument::load(const Database& database, const QUuid& planId)
{
    const auto stored = PlanRepository(database).load(planId);
    if (!stored.ok())
        return stored.propagate<Content>();
    Content content;
    content.stored = stored.value();
    const PerformancePlan& plan = content.stored.plan;
    bool cascades = false;
    for (const WorkResult& result : plan.results)
        cascades = cascades || !result.parentResultId.isNull();
    if (cascades) {
        const auto sources = CascadeSource(database).approvedPlans(plan.assessorId, plan.startDate, plan.endDate);
        if (!sources.ok())
            return sources.propagate<Content>();
        for (const WorkResult& result : plan.results) {
            if (const WorkResult* parent = CascadeSource::findResult(sources.value(), result.parentResultId))
                content.parentTexts.insert(result.parentResultId, parent->text);
        }
    }
    const auto agency = ReportAgency::of(database, content.stored.participants.unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument SkpDocument::build(const Content& content, const ReportOptions& options)
{
    const PerformancePlan& plan = content.stored.plan;
    const PlanParticipants& people = content.stored.participants;
    PrintedText text;
    text.record(plan.id.toString());
    text.record(codeName(content.stored.status));
    text.record(QString::number(content.stored.revision));
    text.record(officialName(plan.form));
    text.record(officialName(plan.approach));
    text.record(content.stored.approvedAt.toString(Qt::ISODate));

    ReportDocument document;
    document.title = QStringLiteral("SKP %1 - %2").arg(plan.year()).arg(people.employee.name);
    document.fileName = ReportParts::safeFileName(
        QStringLiteral("SKP %1 %2 %3").arg(plan.year()).arg(people.employee.nip, people.employee.name));
    document.orientation = QPageLayout::Landscape;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);

    const QString period =
        QStringLiteral("PERIODE PENILAIAN: %1").arg(ReportParts::periodRange(plan.startDate, plan.endDate));
    const QString head = ReportParts::letterhead(content.agency, options) + titleOf(plan)
        + ReportParts::agencyLine(content.agency, period, text);
    document.sections.append(ReportSection::block(head));
    document.sections.append(ReportSection::block(ReportParts::partiesTable(people, text)));
    document.sections.append(resultsTable(content, text));
    document.sections.append(behaviourTable(plan, text));
    document.sections.append(ReportSection::block(footnotes(plan), true));

    QDate signedOn;
    if (content.stored.approvedAt.isValid())
        signedOn = content.stored.approvedAt.toTimeZone(QTimeZone::systemTimeZone()).date();
    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, signedOn);
    if (!signedOn.isValid())
        placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature employee {QStringLiteral("Pegawai yang Dinilai"), people.employee, QString()};
    const ReportParts::Signature assessor {QStringLiteral("Pejabat Penilai Kinerja"), people.assessor, placeAndDate};
    document.sections.append(ReportParts::signatures(employee, assessor));

    // LAMPIRAN SASARAN KINERJA PEGAWAI (domain.md 2.8), on its own page with the same signatures.
    ReportSection appendixHead =
        ReportSection::block(ReportParts::title({QStringLiteral("LAMPIRAN SASARAN KINERJA PEGAWAI")})
            + ReportParts::agencyLine(content.agency, period, text));
    appendixHead.pageBreakBefore = true;
    document.sections.append(appendixHead);
    ReportSection appendix = ReportSection::table(html::gridTable(), QString());
    appendix.addGroup(appendixList(PlanAppendix::resourceSupportTitle(), 1, plan.appendix.resourceSupport, text));
    appendix.addGroup(
        appendixList(PlanAppendix::accountabilitySchemeTitle(), 2, plan.appendix.accountabilityScheme, text));
    appendix.addGroup(appendixList(PlanAppendix::consequencesTitle(), 3, plan.appendix.consequences, text));
    document.sections.append(appendix);
    document.sections.append(ReportParts::signatures(employee, assessor));

    document.stamp.status = statusText(content.stored.status);
    document.stamp.draft = content.stored.status != WorkflowState::PlanApproved;
    document.stamp.code = VerificationCode::make(ReportKind::Plan, plan.id, text.fingerprint());
    return document;
}

Result<ReportDocument> SkpDocument::build(const Database& database, const QUuid& planId, const ReportOptions& options)
{
    const auto content = load(database, planId);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
