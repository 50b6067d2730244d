// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/EvaluationDocument.h"

#include "core/domain/CoreValue.h"
#include "core/domain/DistributionGuideline.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/PlanApproach.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/report/ReportParts.h"
#include "core/report/VerificationCode.h"
#include "core/storage/CascadeSource.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

namespace kinerja {

namespace {

using html::headCell;

QString rowSpan(int rows)
{
    return rows > 1 ? QStringLiteral("rowspan=\"%1\"").arg(rows) : QString();
}

QString joined(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : (b.isEmpty() ? a : a + QLatin1Char(' ') + b);
}

/// The columns of the HASIL KERJA table: those of the SKP variant (domain.md 5.1) plus the two of the evaluation
/// (5.2). Widths add up to 100%.
struct Columns
{
    QStringList titles;
    QStringList widths;
};

const QString kRealizationTitle = QStringLiteral("REALISASI BERDASARKAN BUKTI DUKUNG");
const QString kFeedbackTitle = QStringLiteral("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG");

Columns columnsOf(PlanForm form, PlanApproach approach)
{
    Columns columns;
    if (form == PlanForm::Jpt && approach == PlanApproach::Quantitative) {
        columns = {
            {QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA"), QStringLiteral("INDIKATOR KINERJA INDIVIDU"),
                QStringLiteral("TARGET"), QStringLiteral("PERSPEKTIF")},
            {QStringLiteral("3%"), QStringLiteral("20%"), QStringLiteral("20%"), QStringLiteral("9%"),
                QStringLiteral("10%")}};
    } else if (form == PlanForm::Jpt) {
        columns = {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA"),
                       QStringLiteral("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, TARGET, DAN PERSPEKTIF")},
            {QStringLiteral("3%"), QStringLiteral("24%"), QStringLiteral("29%")}};
    } else if (approach == PlanApproach::Quantitative) {
        columns = {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"),
                       QStringLiteral("RENCANA HASIL KERJA"), QStringLiteral("ASPEK"),
                       QStringLiteral("INDIKATOR KINERJA INDIVIDU"), QStringLiteral("TARGET")},
            {QStringLiteral("3%"), QStringLiteral("15%"), QStringLiteral("15%"), QStringLiteral("7%"),
                QStringLiteral("16%"), QStringLiteral("8%")}};
    } else {
        columns = {{QStringLiteral("NO"), QStringLiteral("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"),
                       QStringLiteral("RENCANA HASIL KERJA"),
                       QStringLiteral("UKURAN KEBERHASILAN/INDIKATOR KINERJA INDIVIDU, DAN TARGET")},
            {QStringLiteral("3%"), QStringLiteral("16%"), QStringLiteral("16%"), QStringLiteral("24%")}};
    }
    // The two columns of the evaluation share what is left of the width, the feedback a little more.
    int used = 0;
    for (const QString& width : columns.widths)
        used += width.chopped(1).toInt();
    const int realization = (100 - used) / 2 - 1;
    columns.titles << kRealizationTitle << kFeedbackTitle;
    columns.widths << QStringLiteral("%1%").arg(realization) << QStringLiteral("%1%").arg(100 - used - realization);
    return columns;
}

/// One realisation as printed: the value with its satuan, the text, the note.
QString realizationHtml(
    const EvaluationRepository::Realization& realization, const Indicator* indicator, PrintedText& text)
{
    QStringList parts;
    if (realization.value) {
        const QString unit = indicator ? indicator->unit.trimmed() : QString();
        parts << text.html(joined(realization.value->toString(), unit));
    }
    if (!realization.description.trimmed().isEmpty())
        parts << text.html(realization.description.trimmed());
    if (!realization.note.trimmed().isEmpty())
        parts << QStringLiteral("<i>Catatan: %1</i>").arg(text.html(realization.note.trimmed()));
    return parts.join(QStringLiteral("<br>"));
}

/// Several entries in one cell: alone as they are, several as a list.
QString listHtml(const QStringList& entries)
{
    if (entries.isEmpty())
        return QStringLiteral("-");
    if (entries.size() == 1)
        return entries.first();
    QString html;
    for (const QString& entry : entries)
        html += QStringLiteral("- %1<br>").arg(entry);
    html.chop(4);
    return html;
}

/// The realisations of one indicator (or, with a null id, of the result as a whole).
QStringList realizationsOf(const EvaluationRepository::StoredEvaluation& evaluation,
    const QUuid& resultId,
    const QUuid& indicatorId,
    const Indicator* indicator,
    PrintedText& text)
{
    QStringList entries;
    for (const auto& realization : evaluation.realizations) {
        if (realization.workResultId != resultId || realization.indicatorId != indicatorId)
            continue;
        const QString html = realizationHtml(realization, indicator, text);
        if (!html.isEmpty())
            entries << html;
    }
    return entries;
}

QString resultFeedbackHtml(
    const EvaluationRepository::StoredEvaluation& evaluation, const QUuid& resultId, PrintedText& text)
{
    QStringList entries;
    for (const auto& feedback : evaluation.feedback) {
        if (feedback.workResultId == resultId && !feedback.coreValue && !feedback.text.trimmed().isEmpty())
            entries << text.html(feedback.text.trimmed());
    }
    return listHtml(entries);
}

QString behaviourFeedbackHtml(
    const EvaluationRepository::StoredEvaluation& evaluation, CoreValue value, PrintedText& text)
{
    QStringList entries;
    for (const auto& feedback : evaluation.feedback) {
        if (feedback.coreValue == value && !feedback.text.trimmed().isEmpty())
            entries << text.html(feedback.text.trimmed());
    }
    return listHtml(entries);
}

/// The narrative cell of a qualitative form: one bullet per indicator (measure and target, and the perspective on
/// JPT forms).
QString narrative(const WorkResult& result, bool withPerspective, PrintedText& text)
{
    QStringList entries;
    for (const Indicator& indicator : result.indicators) {
        QStringList parts;
        if (!indicator.text.trimmed().isEmpty())
            parts << indicator.text.trimmed();
        const QString target = indicator.target.toString(indicator.unit).trimmed();
        if (!target.isEmpty())
            parts << target;
        if (withPerspective && indicator.perspective)
            parts << QStringLiteral("Perspektif: %1").arg(officialName(*indicator.perspective));
        entries << QStringLiteral("- %1").arg(text.html(parts.join(QStringLiteral("; "))));
    }
    return entries.join(QStringLiteral("<br>"));
}

QString resultCell(const WorkResult& result, bool qualitative, PrintedText& text)
{
    QString html = text.html(result.text);
    if (qualitative && !result.assignedBy.trimmed().isEmpty())
        html += QStringLiteral("<br><i>(Penugasan dari %1)</i>").arg(text.html(result.assignedBy.trimmed()));
    return html;
}

/// The rows of one work result: one per indicator in the quantitative approach, one in the qualitative.
QString resultRows(const WorkResult& result, int number, const EvaluationDocument::Content& content, PrintedText& text)
{
    const PerformancePlan& plan = content.plan;
    const auto& evaluation = content.evaluation;
    const bool jpt = plan.form == PlanForm::Jpt;
    const bool qualitative = plan.approach == PlanApproach::Qualitative;
    text.record(QString::number(number));
    const QString parent = content.parentTexts.value(result.parentResultId, result.intervenedText);
    // Realisations of the result as a whole (without an indicator) come first in its realisation cell.
    const QStringList wholeResult = realizationsOf(evaluation, result.id, QUuid(), nullptr, text);

    if (qualitative) {
        QStringList realizations = wholeResult;
        for (const Indicator& indicator : result.indicators)
            realizations << realizationsOf(evaluation, result.id, indicator.id, &indicator, text);
        QString row = QStringLiteral("<tr>") + html::cell(QString::number(number), QStringLiteral("class=\"num\""));
        if (!jpt)
            row += html::cell(text.html(parent));
        row += html::cell(resultCell(result, true, text)) + html::cell(narrative(result, jpt, text))
            + html::cell(listHtml(realizations)) + html::cell(resultFeedbackHtml(evaluation, result.id, text));
        return row + QStringLiteral("</tr>");
    }

    const int rows = std::max<int>(1, result.indicators.size());
    const QString span = rowSpan(rows);
    QString html;
    for (int i = 0; i < rows; ++i) {
        const Indicator* indicator = i < result.indicators.size() ? &result.indicators.at(i) : nullptr;
        html += QStringLiteral("<tr>");
        if (i == 0) {
            html += html::cell(QString::number(number), joined(QStringLiteral("class=\"num\""), span));
            if (!jpt)
                html += html::cell(text.html(parent), span);
            html += html::cell(resultCell(result, false, text), span);
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
        QStringList realizations = i == 0 ? wholeResult : QStringList();
        if (indicator)
            realizations << realizationsOf(evaluation, result.id, indicator->id, indicator, text);
        html += html::cell(listHtml(realizations));
        if (i == 0)
            html += html::cell(resultFeedbackHtml(evaluation, result.id, text), span);
        html += QStringLiteral("</tr>");
    }
    return html;
}

QString ratingText(const std::optional<Rating>& rating)
{
    return rating ? officialName(*rating) : QStringLiteral("-");
}

ReportSection resultsTable(const EvaluationDocument::Content& content, PrintedText& text)
{
    const PerformancePlan& plan = content.plan;
    const Columns columns = columnsOf(plan.form, plan.approach);
    const int count = columns.titles.size();
    const QString header = html::columnHeaders(QStringLiteral("HASIL KERJA"), columns.titles, columns.widths);
    ReportSection table = ReportSection::table(html::gridTable(), header);

    ReportParts::addResultGroups(table, plan, count,
        [&](const WorkResult& result, int number) { return resultRows(result, number, content, text); });
    // The rating stays with the last result: it never opens a page alone.
    table.groups.last().keepWithNext = true;
    table.addGroup(
        QStringLiteral("<tr>%1</tr>")
            .arg(html::cell(
                QStringLiteral("RATING HASIL KERJA : %1").arg(text.html(ratingText(content.evaluation.resultRating))),
                QStringLiteral("class=\"label\" colspan=\"%1\"").arg(count))));
    return table;
}

ReportSection behaviourTable(const EvaluationDocument::Content& content, PrintedText& text)
{
    const QString header =
        QStringLiteral("<tr>%1</tr>")
            .arg(html::cell(QStringLiteral("PERILAKU KERJA"), QStringLiteral("class=\"section\" colspan=\"4\"")))
        + QStringLiteral("<tr>%1%2%3%4</tr>")
              .arg(headCell(QStringLiteral("NO"), QStringLiteral("3%")),
                  headCell(QStringLiteral("PERILAKU KERJA"), QStringLiteral("43%")),
                  headCell(QStringLiteral("EKSPEKTASI KHUSUS PIMPINAN"), QStringLiteral("25%")),
                  headCell(kFeedbackTitle, QStringLiteral("29%")));
    ReportSection table = ReportSection::table(html::gridTable(), header);
    for (const CoreValue value : allCoreValues()) {
        QString behaviour = QStringLiteral("<b>%1</b>").arg(text.html(officialName(value)));
        const QStringList lines = guidance(value);
        for (int i = 0; i < lines.size(); ++i)
            behaviour += QStringLiteral("<br>%1. %2").arg(i + 1).arg(text.html(lines.at(i)));
        const QString expectation = content.plan.specialExpectation(value).trimmed();
        table.addGroup(QStringLiteral("<tr>%1%2%3%4</tr>")
                           .arg(html::cell(QString::number(coreValueNumber(value)), QStringLiteral("class=\"num\"")),
                               html::cell(behaviour),
                               html::cell(expectation.isEmpty() ? QStringLiteral("-") : text.html(expectation)),
                               html::cell(behaviourFeedbackHtml(content.evaluation, value, text))));
    }
    table.groups.last().keepWithNext = true;
    table.addGroup(
        QStringLiteral("<tr>%1</tr>")
            .arg(html::cell(
                QStringLiteral("RATING PERILAKU : %1").arg(text.html(ratingText(content.evaluation.behaviorRating))),
                QStringLiteral("class=\"label\" colspan=\"4\""))));
    return table;
}

QString titleOf(const EvaluationDocument::Content& content, PrintedText& text)
{
    const PerformancePlan& plan = content.plan;
    const QString label = content.evaluation.period.label();
    text.record(label);
    return ReportParts::title({QStringLiteral("EVALUASI KINERJA PEGAWAI"),
        plan.approach == PlanApproach::Quantitative ? QStringLiteral("PENDEKATAN HASIL KERJA KUANTITATIF")
                                                    : QStringLiteral("PENDEKATAN HASIL KERJA KUALITATIF"),
        plan.form == PlanForm::Jpt ? QStringLiteral("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")
                                   : QStringLiteral("BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"),
        QStringLiteral("PERIODE: ") + label});
}

/// CAPAIAN KINERJA ORGANISASI and the POLA DISTRIBUSI chart (domain.md 4.4, 4.5).
QString organisationBlock(const EvaluationDocument::Content& content, PrintedText& text)
{
    const auto& grade = content.evaluation.organizationGrade;
    const QString chart = grade ? QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                                      .arg(QString::fromLatin1(EvaluationDocument::kDistributionImage))
                                      .arg(EvaluationDocument::kDistributionChartWidth)
                                      .arg(EvaluationDocument::kDistributionChartHeight)
                                : QStringLiteral("<b>-</b>");
    return QStringLiteral("<p></p><table class=\"plain\" width=\"100%\" cellspacing=\"0\">"
                          "<tr><td width=\"22%\"><b>CAPAIAN KINERJA ORGANISASI</b></td><td width=\"2%\"><b>:</b></td>"
                          "<td width=\"76%\"><b>%1</b></td></tr>"
                          "<tr><td><b>POLA DISTRIBUSI</b></td><td><b>:</b></td><td>%2</td></tr></table><p></p>")
        .arg(text.html(grade ? officialName(*grade) : QStringLiteral("-")), chart);
}

QString predicateBlock(const EvaluationDocument::Content& content, PrintedText& text)
{
    const auto& grade = content.evaluation.grade;
    return QStringLiteral(
        "<p></p><table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
        "<tr><td class=\"label\">PREDIKAT KINERJA PEGAWAI : %1</td></tr></table>")
        .arg(text.html(grade ? officialName(*grade) : QStringLiteral("-")));
}

} // namespace

QString EvaluationDocument::statusText(WorkflowState state)
{
    switch (state) {
    case WorkflowState::EvaluationNotFilled:
        return QStringLiteral("Belum Diisi");
    case WorkflowState::EvaluationSubmitted:
        return QStringLiteral("Diajukan");
    case WorkflowState::EvaluationReturned:
        return QStringLiteral("Dikembalikan");
    case WorkflowState::EvaluationRated:
        return QStringLiteral("Dinilai");
    case WorkflowState::EvaluationFinalized:
        return QStringLiteral("Ditetapkan");
    case WorkflowState::EvaluationObjected:
        return QStringLiteral("Keberatan");
    case WorkflowState::EvaluationFinal:
        return QStringLiteral("Final");
    default:
        return codeName(state);
    }
}

bool EvaluationDocument::isSettled(WorkflowState state)
{
    return state == WorkflowState::EvaluationFinalized || state == WorkflowState::EvaluationFinal;
}

QImage EvaluationDocument::distributionChart(OrganizationGrade grade, int scale)
{
    scale = std::max(1, scale);
    const double width = kDistributionChartWidth;
    const double height = kDistributionChartHeight;
    QImage image(QSize(kDistributionChartWidth, kDistributionChartHeight) * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);

    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(10);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);

    const QColor line(0x4f, 0x81, 0xbd);
    const QColor light(0xdb, 0xe5, 0xf1);
    const QColor grid(0xc0, 0xc0, 0xc0);
    const QRectF plot(34, 18, width - 40, height - 18 - 28);
    const QList<PerformanceGrade> grades = allPerformanceGrades();
    const double column = plot.width() / grades.size();
    const auto yOf = [&plot](int percent) { return plot.bottom() - plot.height() * percent / 100.0; };
    const auto columnOf = [&grades](PerformanceGrade value) { return static_cast<int>(grades.indexOf(value)); };

    // The frame, the share axis (0, 50, 100%) and the grade names below.
    painter.setPen(QPen(Qt::black, 0.8));
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1));
    painter.setFont(font);
    for (const int percent : {0, 50, 100}) {
        painter.setPen(QPen(percent == 0 ? QColor(Qt::black) : grid, percent == 0 ? 1.0 : 0.6,
            percent == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(percent)), QPointF(plot.right(), yOf(percent)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(2, yOf(percent) - 7, plot.left() - 5, 14), Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1%").arg(percent));
    }
    for (int i = 0; i < grades.size(); ++i) {
        QString name = officialName(grades.at(i));
        if (metrics.horizontalAdvance(name) > column - 4)
            name.replace(QLatin1Char('/'), QStringLiteral("/\n")).replace(QLatin1Char(' '), QLatin1Char('\n'));
        painter.drawText(QRectF(plot.left() + i * column, plot.bottom() + 2, column, height - plot.bottom() - 3),
            Qt::AlignHCenter | Qt::AlignTop, name);
    }

    // The rules: a bar per rule, over the columns of its grades, labelled above.
    for (const DistributionGuideline::Rule& rule : DistributionGuideline::rules(grade)) {
        int first = static_cast<int>(grades.size());
        int last = -1;
        for (const PerformanceGrade value : rule.grades) {
            first = std::min(first, columnOf(value));
            last = std::max(last, columnOf(value));
        }
        if (last < 0)
            continue;
        const double left = plot.left() + first * column + column * 0.2;
        const double right = plot.left() + (last + 1) * column - column * 0.2;
        QString label;
        int shown = rule.percent;
        switch (rule.kind) {
        case DistributionGuideline::RuleKind::Maximum:
            label = rule.percent == 0 ? QStringLiteral("tidak boleh") : QStringLiteral("maks %1%").arg(rule.percent);
            painter.setPen(QPen(line, 1.0, Qt::DashLine));
            painter.setBrush(light);
            break;
        case DistributionGuideline::RuleKind::Minimum:
            label = QStringLiteral("min %1%").arg(rule.percent);
            painter.setPen(QPen(line, 1.0));
            painter.setBrush(line);
            break;
        case DistributionGuideline::RuleKind::MustExist:
            label = QStringLiteral("harus ada");
            shown = 4; // a token bar: at least one employee
            painter.setPen(QPen(line, 1.0));
            painter.setBrush(QBrush(line, Qt::BDiagPattern));
            break;
        }
        if (rule.grades.size() > 1)
            label += QStringLiteral(" (bersama)");
        if (shown > 0)
            painter.drawRect(QRectF(QPointF(left, yOf(shown)), QPointF(right, plot.bottom())));
        painter.setPen(Qt::black);
        painter.setFont(bold);
        const double top = shown > 0 ? yOf(shown) : plot.bottom();
        painter.drawText(QRectF(plot.left() + first * column, top - 16, (last - first + 1) * column, 14),
            Qt::AlignHCenter | Qt::AlignBottom, label);
        painter.setFont(font);
    }
    painter.end();
    return image;
}

Result<EvaluationDocument::Content> EvaluationDocument::load(const Database& database, const QUuid& evaluationId)
{
    const auto evaluation = EvaluationRepository(database).load(evaluationId);
    if (!evaluation.ok())
        return evaluation.propagate<Content>();
    Content content;
    content.evaluation = evaluation.value();
    const auto stored = PlanRepository(database).load(content.evaluation.planId);
    if (!stored.ok())
        return stored.propagate<Content>();
    content.plan = stored->plan;
    const PerformancePlan& plan = content.plan;
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
    // The evaluation keeps no unit of its own (its participants' unitId is null): the agency is the SKP's.
    const QUuid unitId = content.evaluation.participants.unitId.isNull() ? stored->participants.unitId
                                                                         : content.evaluation.participants.unitId;
    const auto agency = ReportAgency::of(database, unitId);
    if (!agency.ok())
        return agency.propagate<Content>();
    content.agency = agency.value();
    return content;
}

ReportDocument EvaluationDocument::build(const Content& content, const ReportOptions& options)
{
    const auto& evaluation = content.evaluation;
    const PlanParticipants& people = evaluation.participants;
    const PerformancePlan& plan = content.plan;
    PrintedText text;
    text.record(evaluation.id.toString());
    text.record(codeName(evaluation.status));
    text.record(officialName(plan.form));
    text.record(officialName(plan.approach));

    const QString label = evaluation.period.label();
    ReportDocument document;
    document.title = QStringLiteral("Evaluasi Kinerja %1 %2 - %3")
                         .arg(label, QString::number(evaluation.period.year), people.employee.name);
    document.fileName = ReportParts::safeFileName(QStringLiteral("Evaluasi Kinerja %1 %2 %3 %4")
                                                      .arg(evaluation.period.year)
                                                      .arg(label, people.employee.nip, people.employee.name));
    document.orientation = QPageLayout::Landscape;
    document.styleSheet = ReportParts::styleSheet();
    ReportParts::attachImages(document, options);
    if (evaluation.organizationGrade) {
        document.images.insert(
            QString::fromLatin1(kDistributionImage), distributionChart(*evaluation.organizationGrade));
    }

    const QString period = QStringLiteral("PERIODE PENILAIAN: %1")
                               .arg(ReportParts::periodRange(evaluation.period.start, evaluation.period.end));
    document.sections.append(ReportSection::block(ReportParts::letterhead(content.agency, options)
        + titleOf(content, text) + ReportParts::agencyLine(content.agency, period, text)));
    document.sections.append(ReportSection::block(ReportParts::partiesTable(people, text)));
    document.sections.append(ReportSection::block(organisationBlock(content, text)));
    document.sections.append(resultsTable(content, text));
    document.sections.append(ReportSection::block(QStringLiteral("<p></p>")));
    document.sections.append(behaviourTable(content, text));

    QDate signedOn;
    if (evaluation.finalizedAt.isValid())
        signedOn = evaluation.finalizedAt.toTimeZone(QTimeZone::systemTimeZone()).date();
    QString placeAndDate = IndonesianFormat::placeAndDate(options.place, signedOn);
    if (!signedOn.isValid())
        placeAndDate += QStringLiteral("..............................");
    const ReportParts::Signature employee {QStringLiteral("Pegawai yang Dinilai"), people.employee, QString()};
    const ReportParts::Signature assessor {QStringLiteral("Pejabat Penilai Kinerja"), people.assessor, placeAndDate};
    // The predikat and the signatures are one block, kept with the end of the PERILAKU KERJA table.
    ReportSection closing = ReportParts::signatures(employee, assessor);
    closing.html.prepend(predicateBlock(content, text));
    document.sections.append(closing);

    document.stamp.status = statusText(evaluation.status);
    document.stamp.draft = !isSettled(evaluation.status);
    document.stamp.code = VerificationCode::make(ReportKind::Evaluation, evaluation.id, text.fingerprint());
    return document;
}

Result<ReportDocument> EvaluationDocument::build(
    const Database& database, const QUuid& evaluationId, const ReportOptions& options)
{
    const auto content = load(database, evaluationId);
    if (!content.ok())
        return content.propagate<ReportDocument>();
    return build(content.value(), options);
}

} // namespace kinerja
