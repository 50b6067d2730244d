// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/ReportKind.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * The short code printed on every document (and in its QR code), e.g. "SKP-0192F3A7-K7QM2X":
 *   - the kind (ReportKind codePrefix),
 *   - the last 8 hex digits of the subject's id (the SKP, the evaluation, the assessor's SKP, the unit): random
 *     bits in a UUIDv7, whose first digits are a timestamp shared by every row of one import,
 *   - 6 characters (Crockford base 32, 30 bits) of the document's fingerprint (PrintedText).
 * The code needs no table: `kinerja-cli verify` finds the subjects whose id ends with the digits, rebuilds
 * their documents from the database and compares the fingerprints (ReportVerifier). The same content always gives
 * the same code, so a reprint of an unchanged document carries the code of the filed one.
 */
class VerificationCode
{
public:
    struct Parts
    {
        ReportKind kind = ReportKind::Plan;
        QString subjectDigits; ///< the id's last 8 hex digits, lower case
        QString fingerprint; ///< 6 upper-case base-32 characters
        friend bool operator==(const Parts&, const Parts&) = default;
    };

    VerificationCode() = delete;

    static QString make(ReportKind kind, const QUuid& subjectId, const QByteArray& fingerprint);

    /// The fingerprint part of make() for this SHA-256.
    static QString fingerprintText(const QByteArray& fingerprint);

    /// The parts of a code as typed: any case, spaces ignored, O read as 0 and I/L as 1 (Crockford). nullopt when
    /// it is not a code.
    static std::optional<Parts> parse(const QString& text);
};

} // namespace kinerja
