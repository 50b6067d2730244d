// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportVerifier.h"

#include "core/report/ReportFactory.h"
#include "core/report/VerificationCode.h"
#include "core/storage/ReportSubjects.h"

namespace kinerja {

namespace {

ReportSubjects::Subject subjectTable(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Plan:
    case ReportKind::TeamMatrix:
        return ReportSubjects::Subject::Plan;
    case ReportKind::Evaluation:
    case ReportKind::EvaluationSummary:
        return ReportSubjects::Subject::Evaluation;
    case ReportKind::GradeRecap:
    case ReportKind::CompetencyRecap:
        return ReportSubjects::Subject::Unit;
    }
    return ReportSubjects::Subject::Plan;
}

/// Every document the code may name: one per subject, or per subject and period/year for the unit recaps.
Result<QList<ReportRequest>> candidates(const Database& database, const VerificationCode::Parts& parts)
{
    const ReportSubjects subjects(database);
    const auto ids = subjects.idsEndingWith(subjectTable(parts.kind), parts.subjectDigits);
    if (!ids.ok())
        return ids.propagate<QList<ReportRequest>>();
    QList<ReportRequest> requests;
    if (ids->isEmpty())
        return requests;
    QList<QUuid> periods;
    QList<int> years;
    if (parts.kind == ReportKind::GradeRecap) {
        const auto all = subjects.allPeriods();
        if (!all.ok())
            return all.propagate<QList<ReportRequest>>();
        periods = all.value();
    } else if (parts.kind == ReportKind::CompetencyRecap) {
        const auto all = subjects.planYears();
        if (!all.ok())
            return all.propagate<QList<ReportRequest>>();
        years = all.value();
    }
    for (const QUuid& id : ids.value()) {
        if (parts.kind == ReportKind::GradeRecap) {
            for (const QUuid& period : std::as_const(periods))
                requests.append({parts.kind, id, period, 0});
        } else if (parts.kind == ReportKind::CompetencyRecap) {
            for (const int year : std::as_const(years))
                requests.append({parts.kind, id, QUuid(), year});
        } else {
            requests.append({parts.kind, id, QUuid(), 0});
        }
    }
    return requests;
}

} // namespace

QString ReportVerifier::Verification::message() const
{
    switch (outcome) {
    case Outcome::Valid:
        if (status.isEmpty())
            return tr("Valid: %1 matches the database.").arg(title);
        return tr("Valid: %1 (%2) matches the database.").arg(title, status);
    case Outcome::Changed:
        return tr("Changed: %1 exists, but its data changed after this paper was printed. A paper printed now "
                  "carries the code %2 (status: %3).")
            .arg(title, currentCode, status);
    case Outcome::Unknown:
        return tr("Unknown: no document with the code %1 is in this database.").arg(code);
    }
    return {};
}

Result<ReportVerifier::Verification> ReportVerifier::verify(const Database& database, const QString& code)
{
    const auto parts = VerificationCode::parse(code);
    if (!parts) {
        return Result<Verification>::failure(
            tr("\"%1\" is not a verification code: it looks like SKP-0192F3A7-K7QM2X.").arg(code.trimmed()));
    }
    Verification verification;
    verification.kind = parts->kind;
    verification.code = codePrefix(parts->kind) + QLatin1Char('-') + parts->subjectDigits.toUpper() + QLatin1Char('-')
        + parts->fingerprint;
    const auto requests = candidates(database, *parts);
    if (!requests.ok())
        return requests.propagate<Verification>();
    std::optional<ReportDocument> firstFound;
    ReportRequest firstRequest;
    for (const ReportRequest& request : requests.value()) {
        const auto document = ReportFactory::build(database, request);
        if (!document.ok())
            continue; // e.g. a recap of a period the unit has no data for
        if (document->stamp.code == verification.code) {
            verification.outcome = Outcome::Valid;
            verification.request = request;
            verification.title = document->title;
            verification.status = document->stamp.status;
            verification.currentCode = document->stamp.code;
            return verification;
        }
        if (!firstFound) {
            firstFound = document.value();
            firstRequest = request;
        }
    }
    // A recap names a unit and a period: with several periods, "changed" would be a guess.
    if (firstFound && parts->kind != ReportKind::GradeRecap && parts->kind != ReportKind::CompetencyRecap) {
        verification.outcome = Outcome::Changed;
        verification.request = firstRequest;
        verification.title = firstFound->title;
        verification.status = firstFound->stamp.status;
        verification.currentCode = firstFound->stamp.code;
    }
    return verification;
}

} // namespace kinerja
