// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportRequest.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

class Database;

/**
 * Checks a printed document's verification code against the database (`kinerja-cli verify CODE`, Help > Verify a
 * document): finds the rows the code's digits may name, rebuilds their documents from today's data and compares
 * the fingerprints (VerificationCode). Reads only.
 */
class ReportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerifier)

public:
    enum class Outcome
    {
        Valid, ///< the paper shows what the database holds now
        Changed, ///< the document exists, but its data changed since this paper was printed
        Unknown ///< no document of this kind has these digits in this database
    };

    struct Verification
    {
        Outcome outcome = Outcome::Unknown;
        QString code; ///< the code as read (normalised)
        ReportKind kind = ReportKind::Plan;
        ReportRequest request; ///< the document found (Valid, Changed)
        QString title; ///< its title, e.g. "SKP 2026 - Siti Aminah"
        QString status; ///< its status today
        QString currentCode; ///< the code a paper printed today carries
        /// One translated sentence for people.
        QString message() const;
    };

    /// Fails only for a text that is not a code or when the database cannot be read.
    static Result<Verification> verify(const Database& database, const QString& code);
};

} // namespace kinerja
