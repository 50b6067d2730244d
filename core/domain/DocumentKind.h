// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kinerja {

/// The three documents that have a workflow (domain.md 3.4).
enum class DocumentKind
{
    Plan, ///< SKP (Sasaran Kinerja Pegawai), PerformancePlan
    Evaluation, ///< evaluasi kinerja (periodik / tahunan), one per period per SKP
    Objection ///< keberatan against a finalized evaluation
};

/// Every kind, in declaration order.
QList<DocumentKind> allDocumentKinds();

/// The stable code stored in the database and sent to the server: "plan", "evaluation", "objection".
/// Never translated, never changed once shipped.
QString codeName(DocumentKind kind);

/// The kind for a code written by codeName(); nothing for any other text (exact match, codes are not user input).
std::optional<DocumentKind> documentKindFromCode(const QString& code);

/// "SKP", "evaluation", "objection" in the UI language, for lists and headings.
QString displayName(DocumentKind kind);

} // namespace kinerja
