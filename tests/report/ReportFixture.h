// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PlanApproach.h"
#include "core/domain/PlanForm.h"
#include "core/domain/WorkflowState.h"
#include "core/report/PaperSize.h"
#include "core/report/ReportDocument.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <optional>

namespace kinerja::test {

/// The office demo (built once per run, year 2026) opened read-only, for building documents from real data.
class DemoReportFixture
{
public:
    DemoReportFixture();

    const Database& database() const { return *m_database; }
    QString path() const { return m_path; }

    /// The first plan (by employee name) of kDemoYear in `state`, of this form and approach when given; null when
    /// there is none.
    QUuid planId(WorkflowState state,
        std::optional<PlanForm> form = std::nullopt,
        std::optional<PlanApproach> approach = std::nullopt) const;

    /// The first evaluation of `planId` in `state`, null when none.
    QUuid evaluationId(const QUuid& planId, WorkflowState state) const;

private:
    QString m_path;
    std::unique_ptr<Database> m_database;
};

/// The year the demo is generated for.
constexpr int kDemoYear = 2026;

/// The text of a PDF (pdftotext -layout), or an empty string when it could not be read.
QString pdfText(const QByteArray& pdf);

/// Page count and size of the first page in points (pdfinfo).
struct PdfInfo
{
    int pages = 0;
    QSizeF pageSizePt;
};
PdfInfo pdfInfo(const QByteArray& pdf);

/// Millimetres to PDF points.
constexpr double pointsFromMm(double mm)
{
    return mm / 25.4 * 72.0;
}

} // namespace kinerja::test

namespace kinerja::test {

/// The text of a PDF in content-stream order (pdftotext -raw): each table cell's lines stay together, so a sentence
/// that wraps inside a narrow cell reads whole after QString::simplified(). Empty when it could not be read.
QString pdfRawText(const QByteArray& pdf);

/// The first evaluation in `state` of an approved kDemoYear plan (plans by employee name, evaluations in period
/// order); null when there is none.
QUuid demoEvaluationId(const DemoReportFixture& demo, WorkflowState state);

/// The document as PDF on `paper` (default margins); fails the test when it cannot be rendered.
QByteArray renderPdf(const ReportDocument& document, PaperSize paper = PaperSize::F4);

/// The whole text in content order with runs of white space squeezed to one space (pdfRawText simplified).
QString pdfRawWords(const QByteArray& pdf);

/// The text of each page in content order, squeezed (pdftotext separates pages with a form feed).
QStringList pdfPages(const QByteArray& pdf);

/// The text of each page as laid out (pdftotext -layout), not squeezed: columns stay apart.
QStringList pdfLayoutPages(const QByteArray& pdf);

} // namespace kinerja::test
