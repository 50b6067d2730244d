// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncEngine.h"

#include "core/Logging.h"
#include "core/Version.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/Outbox.h"
#include "core/storage/Transaction.h"
#include "core/sync/EvidenceTransfer.h"
#include "core/sync/PullApplier.h"
#include "core/sync/PullPrefetcher.h"
#include "core/sync/SyncState.h"
#include "core/sync/SyncTransport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace kinerja {

namespace {

QJsonObject mutationJson(const Outbox::Entry& entry)
{
    QJsonObject m {{QStringLiteral("seq"), entry.clientSeq}, {QStringLiteral("id"), entry.mutationId},
        {QStringLiteral("kind"), entry.kind}, {QStringLiteral("entity"), entry.entity},
        {QStringLiteral("row"), entry.rowId}, {QStringLiteral("op"), entry.op},
        {QStringLiteral("base"), entry.baseRowVersion}};
    if (entry.kind == QLatin1String("command")) {
        m.insert(QStringLiteral("command"), entry.command);
        m.insert(QStringLiteral("arguments"), entry.arguments);
    } else {
        m.insert(QStringLiteral("changes"), entry.changes);
    }
    return m;
}

/// Disconnects on every way out of a round.
class Disconnect
{
public:
    explicit Disconnect(SyncTransport& transport)
        : m_transport(transport)
    { }
    ~Disconnect() { m_transport.disconnect(); }
    Disconnect(const Disconnect&) = delete;
    Disconnect& operator=(const Disconnect&) = delete;

private:
    SyncTransport& m_transport;
};

} // namespace

SyncEngine::SyncEngine(const Database& database, SyncTransport& transport)
    : m_database(database)
    , m_transport(transport)
{ }

Result<SyncReport> SyncEngine::run()
{
    auto info = DatabaseInfo::read(m_database);
    if (!info) {
        return info.propagate<SyncReport>();
    }
    if (!info->isReplica()) {
        return Result<SyncReport>::failure(tr("This file is a standalone file; only a file bound to an account on "
                                              "the shared database synchronizes."));
    }
    if (auto connected = m_transport.connect(); !connected) {
        return connected.propagate<SyncReport>();
    }
    Disconnect disconnect(m_transport);
    SyncReport report;
    if (auto greeted = hello(report); !greeted) {
        return greeted.propagate<SyncReport>();
    }
    if (auto pushed = push(report); !pushed) {
        return pushed.propagate<SyncReport>();
    }
    if (auto pulled = pull(report); !pulled) {
        return pulled.propagate<SyncReport>();
    }
    if (auto touched = SyncState::touch(m_database); !touched) {
        return touched.propagate<SyncReport>();
    }
    qCInfo(lcSync) << "sync round: pushed" << report.pushed << "refused" << report.refused << "conflicts"
                   << report.conflicts << "pulled" << report.pulledRows << "in" << report.pages << "pages";
    return report;
}

Result<QJsonObject> SyncEngine::hello(SyncReport& report)
{
    auto state = SyncState::read(m_database);
    if (!state) {
        return state.propagate<QJsonObject>();
    }
    m_clientId = state->clientId;
    auto answer = m_transport.hello(m_clientId, kProtocolVersion, QString::fromLatin1(kVersion));
    if (!answer) {
        return answer;
    }
    if (!answer->value(QStringLiteral("compatible")).toBool()) {
        return Result<QJsonObject>::failure(
            tr("The shared database speaks a newer version of the sync protocol (%1). Install the newer Kinerja ASN; "
               "your changes stay in this file until then.")
                .arg(answer->value(QStringLiteral("protocol")).toInt()));
    }
    report.employeeId = answer->value(QStringLiteral("employee_id")).toString();
    report.admin = answer->value(QStringLiteral("admin")).toBool();
    const auto epoch = answer->value(QStringLiteral("epoch")).toString();
    if (state->serverEpoch != epoch) {
        // A first round, or a restored server database: copy everything again, letting the copy overwrite every row
        // (a restored server's versions may be lower than ours), and send again what the server no longer has.
        Transaction transaction(m_database);
        if (!state->serverEpoch.isEmpty()) {
            report.reset = true;
            if (auto cleared = SyncState::writeCursor(m_database, QJsonValue(QJsonValue::Null)); !cleared) {
                return cleared.propagate<QJsonObject>();
            }
            PullApplier applier(m_database);
            if (auto forgotten = applier.forgetVersions(); !forgotten) {
                return forgotten.propagate<QJsonObject>();
            }
            const auto taken = answer->value(QStringLiteral("last_seq")).toInteger();
            if (auto replayed = Outbox(m_database).replayAfter(taken); !replayed) {
                return replayed.propagate<QJsonObject>();
            }
        }
        if (auto stored = SyncState::writeEpoch(m_database, epoch); !stored) {
            return stored.propagate<QJsonObject>();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.propagate<QJsonObject>();
        }
    }
    return answer;
}

Status SyncEngine::push(SyncReport& report)
{
    Outbox outbox(m_database);
    EvidenceTransfer transfer(m_database, m_transport);
    qint64 after = 0;
    for (;;) {
        auto batch = outbox.pendingBatch(after, kPushBatch);
        if (!batch) {
            return batch.propagate<Done>();
        }
        if (batch->isEmpty()) {
            return success();
        }
        // the files first: a row never reaches the server before the file it points to
        auto files = transfer.uploadFor(*batch);
        if (!files) {
            return files.propagate<Done>();
        }
        report.filesUploaded += *files;
        QJsonArray mutations;
        for (const auto& entry : *batch) {
            mutations.append(mutationJson(entry));
        }
        auto answer = m_transport.push(m_clientId, mutations);
        if (!answer) {
            return answer.propagate<Done>();
        }
        Transaction transaction(m_database);
        const auto results = answer->value(QStringLiteral("results")).toArray();
        for (const auto& value : results) {
            const auto result = value.toObject();
            const auto seq = result.value(QStringLiteral("seq")).toInteger();
            const auto outcome = result.value(QStringLiteral("outcome")).toString();
            QString status = QStringLiteral("confirmed");
            QString reason;
            if (outcome == QLatin1String("applied")) {
                ++report.applied;
            } else if (outcome == QLatin1String("merged")) {
                ++report.merged;
            } else if (outcome == QLatin1String("conflict")) {
                ++report.conflicts;
                status = QStringLiteral("conflict");
                QStringList fields;
                for (const auto& clash : result.value(QStringLiteral("conflicts")).toArray()) {
                    fields.append(clash.toObject().value(QStringLiteral("field")).toString());
                }
                reason = tr("Someone else changed the same field first: %1. Their value was kept; yours is kept in "
                            "the conflict record.")
                             .arg(fields.join(QStringLiteral(", ")));
            } else {
                ++report.refused;
                status = QStringLiteral("refused");
                reason = refusalText(result.value(QStringLiteral("reason")).toString());
                const auto entry = std::find_if(
                    batch->cbegin(), batch->cend(), [seq](const Outbox::Entry& e) { return e.clientSeq == seq; });
                if (entry != batch->cend()) {
                    report.refusals.append(QStringLiteral("%1 %2: %3").arg(entry->entity, entry->rowId, reason));
                }
                qCInfo(lcSync) << "refused" << seq << result.value(QStringLiteral("reason")).toString()
                               << result.value(QStringLiteral("detail")).toString();
            }
            if (auto stored = outbox.setResult(seq, status, reason); !stored) {
                return stored;
            }
            ++report.pushed;
            after = std::max(after, seq);
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        if (answer->contains(QStringLiteral("gap"))) {
            const auto gap = answer->value(QStringLiteral("gap")).toObject();
            return Status::failure(tr("The shared database expected change number %1 from this file but the next "
                                      "one here is %2. Nothing was lost; ask the administrator to check this file.")
                                       .arg(gap.value(QStringLiteral("expected")).toInteger())
                                       .arg(gap.value(QStringLiteral("got")).toInteger()));
        }
        if (results.isEmpty()) {
            return Status::failure(tr("The shared database did not answer the changes sent to it."));
        }
    }
}

Status SyncEngine::pull(SyncReport& report)
{
    PullApplier applier(m_database);
    auto state = SyncState::read(m_database);
    if (!state) {
        return state.propagate<Done>();
    }
    // The cursor of the next page is the one in the last page's answer: PullApplier stores exactly that one with
    // its page.
    QJsonValue cursor = state->cursor;
    // When more than one page is to come, the pages are fetched on a second connection while this thread applies
    // the one before (the server's work for a page does not depend on the local apply of the one before); pages are
    // still applied one by one, in order, each with its cursor. A copy (the first pull, or one that an earlier round
    // began) has several pages: all of them come from the second connection, whose server process then makes them
    // all; other pulls start on this connection and open the second one only when a page says more are to come.
    // Without a second connection, page after page on this one.
    std::unique_ptr<PullPrefetcher> ahead;
    bool triedAhead = false;
    if (cursor.isNull() || cursor.toObject().contains(QStringLiteral("snapshot"))) {
        triedAhead = true;
        if (auto other = m_transport.another()) {
            ahead = std::make_unique<PullPrefetcher>(std::move(other), m_clientId, cursor, kPullPage);
        }
    }
    for (;;) {
        std::optional<Result<QJsonObject>> fetched;
        if (ahead) {
            fetched = ahead->next();
            if (!fetched) {
                ahead.reset();
            }
        }
        if (!fetched) {
            fetched = m_transport.pull(m_clientId, cursor, kPullPage);
        }
        const auto& page = *fetched;
        if (!page) {
            return page.propagate<Done>();
        }
        const bool more = page->value(QStringLiteral("more")).toBool();
        if (more && !ahead && !triedAhead) {
            triedAhead = true;
            if (auto other = m_transport.another()) {
                ahead = std::make_unique<PullPrefetcher>(
                    std::move(other), m_clientId, page->value(QStringLiteral("cursor")), kPullPage);
            }
        }
        auto applied = applier.apply(*page);
        if (!applied) {
            return applied.propagate<Done>();
        }
        ++report.pages;
        report.pulledRows += applied->rows;
        report.purged += applied->purged;
        if (!more) {
            return success();
        }
        cursor = page->value(QStringLiteral("cursor"));
    }
}

QString SyncEngine::refusalText(const QString& code)
{
    if (code == QLatin1String("field-not-owned")) {
        return tr("You may not change this field: it belongs to someone else's role.");
    }
    if (code == QLatin1String("out-of-scope") || code == QLatin1String("not-found")) {
        return tr("The document is not (or no longer) yours to change on the shared database.");
    }
    if (code == QLatin1String("role-not-allowed")) {
        return tr("Your role does not allow this step on this document.");
    }
    if (code == QLatin1String("state-not-allowed")) {
        return tr("The document has moved on meanwhile; this step is no longer possible.");
    }
    if (code == QLatin1String("reason-required")) {
        return tr("This step needs a reason.");
    }
    if (code == QLatin1String("outcome-required")) {
        return tr("A decision on an objection must either confirm or change the result.");
    }
    if (code == QLatin1String("period-closed")) {
        return tr("The Batas Pengisian of this period has passed.");
    }
    if (code == QLatin1String("extension-required")) {
        return tr("Reopening after the Batas Pengisian needs a new date until which the evaluation stays open.");
    }
    if (code == QLatin1String("objection-window-closed")) {
        return tr("An objection must be filed within 14 days of the evaluation being finalized.");
    }
    if (code == QLatin1String("unknown-table") || code == QLatin1String("unknown-field")) {
        return tr("The shared database does not know this kind of data; update Kinerja ASN.");
    }
    return tr("The shared database refused the change (%1).").arg(code);
}

} // namespace kinerja
