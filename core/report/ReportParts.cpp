// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportParts.h"

#include "core/Logging.h"
#include "core/domain/IndonesianFormat.h"
#include "core/domain/Nip.h"
#include "core/domain/PerformancePlan.h"
#include "core/report/Html.h"
#include "core/report/PrintedText.h"
#include "core/storage/PlanParticipants.h"

#include <QImageReader>
#include <QRegularExpression>

namespace kinerja {

QString ReportParts::styleSheet()
{
    return QStringLiteral(
        "table.grid { border-collapse: collapse; border-color: #000000; border-style: solid; border-width: 1px; }"
        "table.grid td { border-color: #000000; border-style: solid; border-width: 1px; padding: 3px; "
        "vertical-align: top; }"
        "td.head { background-color: #b8cce4; font-weight: bold; text-align: center; vertical-align: middle; }"
        "td.section { font-weight: bold; background-color: #dbe5f1; }"
        "td.num { text-align: center; }"
        "td.center { text-align: center; }"
        "td.right { text-align: right; }"
        "td.label { font-weight: bold; }"
        "table.plain td { padding: 1px; vertical-align: top; }"
        "p.title { font-weight: bold; text-align: center; margin: 0px; }"
        "p.small { font-size: small; margin-top: 2px; }"
        "span.signer { font-weight: bold; text-decoration: underline; }");
}

void ReportParts::attachImages(ReportDocument& document, const ReportOptions& options)
{
    const auto attach = [&document](const QString& name, const QString& path) {
        if (path.isEmpty())
            return;
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            qCWarning(lcReport) << "image" << path << "not read:" << reader.errorString();
            return;
        }
        document.images.insert(name, image);
    };
    attach(QString::fromLatin1(kLogoImage), options.logoPath);
    attach(QString::fromLatin1(kEmblemImage), options.emblemPath);
}

QString ReportParts::title(const QStringList& lines)
{
    QString html;
    for (const QString& line : lines)
        html += QStringLiteral("<p class=\"title\">%1</p>").arg(PrintedText::escape(line));
    return html + QStringLiteral("<p></p>");
}

QString ReportParts::letterhead(const ReportAgency& agency, const ReportOptions& options)
{
    if (!options.letterhead || agency.letterhead.isEmpty())
        return {};
    QString lines;
    for (int i = 0; i < agency.letterhead.size(); ++i) {
        const QString size =
            i == 0 ? QStringLiteral("large") : (i == 1 ? QStringLiteral("x-large") : QStringLiteral("small"));
        const QString weight = i < 2 ? QStringLiteral("bold") : QStringLiteral("normal");
        lines += QStringLiteral("<p align=\"center\" style=\"margin:0px; font-size:%1; font-weight:%2\">%3</p>")
                     .arg(size, weight, PrintedText::escape(agency.letterhead.at(i)));
    }
    QString logo;
    if (!options.logoPath.isEmpty() && QImageReader(options.logoPath).canRead()) {
        logo = QStringLiteral("<td width=\"12%\" align=\"center\" style=\"vertical-align: middle\">"
                              "<img src=\"%1\" height=\"80\"></td>")
                   .arg(QString::fromLatin1(kLogoImage));
    }
    // The rule under the kop: a one-cell table whose bottom border is the line (QTextDocument draws <hr> faintly).
    return QStringLiteral(
        "<table class=\"plain\" width=\"100%\" cellspacing=\"0\"><tr>%1<td align=\"center\" "
        "style=\"vertical-align: middle\">%2</td>%3</tr></table>"
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse: collapse\">"
        "<tr><td style=\"border-bottom: 2px solid #000000; font-size: 2pt\">&nbsp;</td></tr></table>"
        "<p style=\"margin: 0px; font-size: 4pt\">&nbsp;</p>")
        .arg(logo, lines, logo.isEmpty() ? QString() : QStringLiteral("<td width=\"12%\"></td>"));
}

QString ReportParts::agencyLine(const ReportAgency& agency, const QString& right, PrintedText& text, bool stacked)
{
    if (stacked) {
        return QStringLiteral("<table class=\"plain\" width=\"100%\" cellspacing=\"0\"><tr><td><b>%1</b></td></tr>"
                              "<tr><td align=\"right\"><b>%2</b></td></tr></table>")
            .arg(text.html(agency.line()), text.html(right));
    }
    return QStringLiteral("<table class=\"plain\" width=\"100%\" cellspacing=\"0\"><tr><td width=\"55%\"><b>%1</b></td>"
                          "<td width=\"45%\" align=\"right\"><b>%2</b></td></tr></table>")
        .arg(text.html(agency.line()), text.html(right));
}

QString ReportParts::periodRange(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return {};
    const auto dayMonth = [](QDate date) {
        return QStringLiteral("%1 %2").arg(date.day()).arg(IndonesianFormat::monthName(date.month()).toUpper());
    };
    if (start.year() == end.year())
        return QStringLiteral("%1 SD %2 TAHUN %3").arg(dayMonth(start), dayMonth(end)).arg(end.year());
    return QStringLiteral("%1 %2 SD %3 %4").arg(dayMonth(start)).arg(start.year()).arg(dayMonth(end)).arg(end.year());
}

QString ReportParts::partiesTable(const PlanParticipants& participants, PrintedText& text)
{
    const PersonSnapshot& employee = participants.employee;
    const PersonSnapshot& assessor = participants.assessor;
    const QStringList labels {QStringLiteral("NAMA"), QStringLiteral("NIP"), QStringLiteral("PANGKAT/GOL. RUANG"),
        QStringLiteral("JABATAN"), QStringLiteral("UNIT KERJA")};
    const auto values = [](const PersonSnapshot& person) {
        return QStringList {person.name, formattedNip(person.nip), person.rank, person.position, person.unit};
    };
    const QStringList left = values(employee);
    const QStringList right = values(assessor);
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                       "<td class=\"head\" width=\"4%\">NO</td><td class=\"head\" colspan=\"2\" width=\"46%\">PEGAWAI "
                       "YANG DINILAI</td>"
                       "<td class=\"head\" width=\"4%\">NO</td><td class=\"head\" colspan=\"2\" width=\"46%\">PEJABAT "
                       "PENILAI KINERJA</td>"
                       "</tr>");
    for (int i = 0; i < labels.size(); ++i) {
        html += QStringLiteral(
            "<tr><td class=\"num\" width=\"4%\">%1</td><td width=\"15%\">%2</td><td width=\"31%\">%3</td>"
            "<td class=\"num\" width=\"4%\">%1</td><td width=\"15%\">%2</td><td width=\"31%\">%4</td></tr>")
                    .arg(i + 1)
                    .arg(labels.at(i), text.html(left.at(i)), text.html(right.at(i)));
    }
    return html + QStringLiteral("</table>");
}

void ReportParts::addResultGroups(ReportSection& table,
    const PerformancePlan& plan,
    int columns,
    const std::function<QString(const WorkResult& result, int number)>& rows)
{
    const struct
    {
        ResultKind kind;
        const char* heading;
    } kinds[] = {{ResultKind::Main, "A. UTAMA"}, {ResultKind::Additional, "B. TAMBAHAN"}};
    for (const auto& kind : kinds) {
        table.addGroup(QStringLiteral("<tr>%1</tr>")
                           .arg(html::cell(QString::fromLatin1(kind.heading),
                               QStringLiteral("class=\"label\" colspan=\"%1\"").arg(columns))),
            true);
        const QList<WorkResult> results = plan.resultsOfKind(kind.kind);
        if (results.isEmpty()) {
            table.addGroup(QStringLiteral("<tr>%1</tr>")
                               .arg(html::cell(QStringLiteral("-"),
                                   QStringLiteral("class=\"center\" colspan=\"%1\"").arg(columns))));
        }
        int number = 0;
        for (const WorkResult& result : results)
            table.addGroup(rows(result, ++number));
    }
}

ReportSection ReportParts::signatures(const Signature& left, const Signature& right)
{
    const auto block = [](const Signature& signature) {
        if (signature.role.isEmpty())
            return QString();
        QString html;
        html += QStringLiteral("<p style=\"margin:0px\">%1</p>")
                    .arg(signature.placeAndDate.isEmpty() ? QStringLiteral("&nbsp;")
                                                          : PrintedText::escape(signature.placeAndDate));
        html += QStringLiteral("<p style=\"margin:0px\">%1</p>").arg(PrintedText::escape(signature.role));
        html += QStringLiteral("<p style=\"margin:0px\">&nbsp;</p><p style=\"margin:0px\">&nbsp;</p>"
                               "<p style=\"margin:0px\">&nbsp;</p><p style=\"margin:0px\">&nbsp;</p>");
        const QString name = signature.person.name.isEmpty() ? QStringLiteral("....................................")
                                                             : PrintedText::escape(signature.person.name);
        html += QStringLiteral("<p style=\"margin:0px\"><span class=\"signer\">%1</span></p>").arg(name);
        if (!signature.person.rank.isEmpty())
            html += QStringLiteral("<p style=\"margin:0px\">%1</p>").arg(PrintedText::escape(signature.person.rank));
        html +=
            QStringLiteral("<p style=\"margin:0px\">%1</p>").arg(PrintedText::escape(nipLine(signature.person.nip)));
        return html;
    };
    const QString html = QStringLiteral("<p></p><table class=\"plain\" width=\"100%\" cellspacing=\"0\"><tr>"
                                        "<td width=\"10%\"></td><td width=\"35%\">%1</td><td width=\"15%\"></td>"
                                        "<td width=\"35%\">%2</td><td width=\"5%\"></td></tr></table>")
                             .arg(block(left), block(right));
    return ReportSection::block(html, true);
}

QString ReportParts::nipLine(const QString& digits)
{
    if (digits.trimmed().isEmpty())
        return {}; // a pejabat negara has no NIP; a non-ASN signer's line stays blank (domain.md 5)
    return QStringLiteral("NIP. %1").arg(formattedNip(digits));
}

QString ReportParts::formattedNip(const QString& digits)
{
    if (digits.trimmed().isEmpty())
        return {};
    const auto nip = Nip::parse(digits);
    return nip.ok() ? nip->formatted() : digits;
}

QString ReportParts::safeFileName(const QString& text)
{
    QString name = text.normalized(QString::NormalizationForm_KD);
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _.-]")));
    name = name.simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return name.left(120);
}

} // namespace kinerja
