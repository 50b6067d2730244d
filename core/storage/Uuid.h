// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * Row identifiers (design.md "Storage"). In the database a UUID is TEXT: lowercase, without braces (toText()).
 *
 * New rows get a UUIDv7 (RFC 9562: 48-bit Unix time in milliseconds, version 7, variant 10, the rest random),
 * monotonic within the process: each id sorts after the previous one, even within one millisecond or when the
 * clock steps back. Thread-safe.
 *
 * Rows with a natural key get a UUIDv5 (SHA-1, RFC 9562) in the project namespace, so that every device and the
 * server derive the same id. The name hashed is "<kind>:<key parts joined by ':'>" in UTF-8, for example
 * "employee:199001012015031001". The server computes the same names (installer/server); never change them.
 * Keys are used exactly as given: callers pass normalised keys (NIP digits only, codes as stored).
 */
class Uuid
{
public:
    /// The project namespace for UUIDv5, generated once for Kinerja ASN: 6770a6f9-47ed-4280-b271-a81b3304013e.
    static QUuid projectNamespace();

    /// A new time-ordered UUIDv7.
    static QUuid createV7();
    /// createV7() as database text.
    static QString createV7Text();

    /// Employee from the 18-digit NIP: name "employee:<nip>".
    static QUuid forEmployee(const QString& nip);
    /// Org unit from its code: name "org-unit:<code>".
    static QUuid forOrgUnit(const QString& code);
    /// Reference data (rank, core_value, ...) from its table and code: name "reference:<table>:<code>".
    static QUuid forReference(const QString& table, const QString& code);
    /// Assessment period: name "period:<year>:<cadence code>:<number>", e.g. "period:2025:quarterly:1".
    static QUuid forPeriod(int year, const QString& cadence, int number);
    /// Evaluation of a plan in a period: name "evaluation:<plan id text>:<period id text>".
    static QUuid forEvaluation(const QUuid& planId, const QUuid& periodId);
    /// A colleague's invitation to comment on an evaluation: "colleague-invitation:<evaluation>:<colleague>".
    static QUuid forColleagueInvitation(const QUuid& evaluationId, const QUuid& colleagueId);
    /// Behaviour expectation: name "behavior-expectation:<plan id text>:<core value code>".
    static QUuid forBehaviorExpectation(const QUuid& planId, const QString& coreValueCode);

    /// Database text form: lowercase, no braces. Empty for a null UUID.
    static QString toText(const QUuid& id);
    /// Parses the database text form (braces tolerated); a null QUuid for anything else.
    static QUuid fromText(const QString& text);

    /// The version nibble (7 for createV7(), 5 for the name-based ids).
    static int version(const QUuid& id);
    /// The Unix time in milliseconds stored in a UUIDv7.
    static qint64 timestampMs(const QUuid& id);
};

} // namespace kinerja
