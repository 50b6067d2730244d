// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/EvaluationSummaryDocument.h"

#include "core/domain/IndonesianFormat.h"
#include "core/report/EvaluationDocument.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportParts.h"
#include "core/report/VerificationCode.h"
#include "core/storage/PlanRepository.h"

#include <QTimeZone>

namespace kinerja {

namespace {

QString valueOrDash(const QString& value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("-") : value.trimmed();
}

/// A numbered part of the table: the number beside its heading and its rows (label, value).
QString part(int number, const QString& heading, const QList<QPair<QString, QString>>& rows, PrintedText& text)
{
    QString html = QStringLiteral("<tr><td class=\"num\" width=\"5%\" rowspan=\"%1\"><b>%2</b></td>"
                                  "<td class=\"section\" colspan=\"2\">%3</td></tr>")
                       .arg(rows.size() + 1)
                       .arg(number)
                       .arg(heading);
    for (const auto& row : rows) {
        html += QStringLiteral("<tr><td width=\"38%\">%1</td><td width=\"57%\">%2</td></tr>")
                    .arg(row.first, text.html(valueOrDash(row.second)));
    }
    return html;
}

QList<QPair<QString, QString>> personRows(const PersonSnapshot& person)
{
    return {{QStringLiteral("NAMA"), person.name}, {QStringLiteral("NIP"), ReportParts::formattedNip(person.nip)},
        {QStringLiteral("PANGKAT/GOL.RUANG"), person.rank}, {QStringLiteral("JABATAN"), person.position},
        {QStringLiteral("UNIT KERJA"), person.unit}};
}

} // namespace

Result<EvaluationSummaryDocument::Content> EvaluationSummaryDocument::load(
    const Database& database, const QUuid& evaluationId)
{
    const auto evaluation = EvaluationRepository(database).load(evaluationId);
    if (!evaluation.ok())
        return evaluation.propagate<Content>();
    Content content;
    content.evaluation = evaluation.value();
    // The evaluation keeps no unit of its own (its participants' unitId is null): the agency is the SKP's.
    QUuid unitId = content.evaluation.participants.unitId;
    if (unitId.isNull()) {
        const auto plan = PlanRepository(database).load(content.evaluation.planId);
        if (!plan.ok())
            return plan.propagate<Content>();
        unitId = plan->participants.unitId;
    }
    const auto agency = ReportAgency::of(database, unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument EvaluationSummaryDocument::build(const Content& content, const ReportOptions& options)
{
    const auto& evaluation = content.evaluation;
    const PlanParticipants& people = evaluation.participants;
    PrintedText text;
    text.record(evaluation.id.toString());
    text.record(codeName(evaluation.status));

    const QString label = evaluation.period.label();
    ReportDocument document;
    document.title = QStringLiteral("Dokumen Evaluasi %1 %2 - %3")
                         .arg(label, QString::number(evaluation.period.year), people.employee.name);
    document.fileName = ReportParts::safeFileName(QStringLiteral("Dokumen Evaluasi %1 %2 %3 %4")
                                                      .arg(evaluation.period.year)
                                                      .arg(label, people.employee.nip, people.employee.name));
    document.orientation = QPageLayout::Portrait;
    document.fontSizePt = 10.0;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);

    QString head;
    if (document.images.contains(QString::fromLatin1(ReportParts::kEmblemImage))) {
        head += QStringLiteral("<p align=\"center\" style=\"margin:0px\"><img src=\"%1\" height=\"80\"></p><p></p>")
                    .arg(QString::fromLatin1(ReportParts::kEmblemImage));
    }
    text.record(label);
    head +=
        ReportParts::title({QStringLiteral("DOKUMEN EVALUASI KINERJA PEGAWAI"), QStringLiteral("PERIODE: ") + label});
    const QString period = QStringLiteral("PERIODE PENILAIAN: %1")
                               .arg(ReportParts::periodRange(evaluation.period.start, evaluation.period.end));
    head += ReportParts::agencyLine(content.agency, period, text, true);
    document.sections.append(ReportSection::block(head));

    ReportSection table = ReportSection::table(
        QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"),
        QString());
    table.addGroup(part(1, QStringLiteral("PEGAWAI YANG DINILAI"), personRows(people.employee), text));
    table.addGroup(part(2, QStringLiteral("PEJABAT PENILAI KINERJA"), personRows(people.assessor), text));
    table.addGroup(part(3, QStringLiteral("ATASAN PEJABAT PENILAI KINERJA"), personRows(people.secondAssessor), text));
    table.addGroup(part(4, QStringLiteral("EVALUASI KINERJA"),
        {{QStringLiteral("CAPAIAN KINERJA ORGANISASI"),
             evaluation.organizationGrade ? officialName(*evaluation.organizationGrade) : QString()},
            {QStringLiteral("PREDIKAT KINERJA PEGAWAI"),
                evaluation.grade ? officialName(*evaluation.grade) : QString()}},
        text));
    table.addGroup(QStringLiteral("<tr><td class=\"num\" width=\"5%\" rowspan=\"2\"><b>5</b></td>"
                                  "<td class=\"section\" colspan=\"2\">CATATAN/REKOMENDASI</td></tr>"
                                  "<tr><td colspan=\"2\">%1<br></td></tr>")
                       .arg(text.html(valueOrDash(evaluation.note))));
    document.sections.append(table);

    QDate signedOn;
    if (evaluation.finalizedAt.isValid())
        signedOn = evaluation.finalizedAt.toTimeZone(QTimeZone::systemTimeZone()).date();
    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, signedOn);
    if (!signedOn.isValid())
        placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature employee {QStringLiteral("Pegawai yang Dinilai"), people.employee, placeAndDate};
    const ReportParts::Signature assessor {QStringLiteral("Pejabat Penilai Kinerja"), people.assessor, placeAndDate};
    const ReportParts::Signature second {
        QStringLiteral("Atasan Pejabat Penilai Kinerja"), people.secondAssessor, placeAndDate};
    if (options.summarySigners == ReportOptions::SummarySigners::AssessorAndSecondAssessor)
        document.sections.append(ReportParts::signatures(assessor, second));
    else
        document.sections.append(ReportParts::signatures(employee, assessor));

    document.stamp.status = EvaluationDocument::statusText(evaluation.status);
    document.stamp.draft = !EvaluationDocument::isSettled(evaluation.status);
    document.stamp.code = VerificationCode::make(ReportKind::EvaluationSummary, evaluation.id, text.fingerprint());
    return document;
}

Result<ReportDocument> EvaluationSummaryDocument::build(
    const Database& database, const QUuid& evaluationId, const ReportOptions& options)
{
    const auto content = load(database, evaluationId);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
