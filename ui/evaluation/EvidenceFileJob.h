// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvidenceStore.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace kinerja {

/**
 * The slow parts of evidence files, off the GUI thread (style.md R25): reading, checking and hashing files from
 * disk and storing them (EvidenceStore::addFile), and copying a stored file out to open it. Each job runs with
 * QtConcurrent on its own Database connection to the same file and never touches a widget; results come back
 * in the GUI thread through the signals. One job at a time; the destructor waits for a running job.
 */
class EvidenceFileJob : public QObject
{
    Q_OBJECT

public:
    /// What happened to one file.
    struct Outcome
    {
        QString fileName; ///< without its folder
        std::optional<EvidenceStore::Evidence> evidence; ///< as stored; empty when refused
        QString error; ///< translated; empty when stored
    };

    /// A stored file copied out to open it.
    struct Copy
    {
        QString path; ///< empty on failure
        QString error; ///< translated
    };

    explicit EvidenceFileJob(QObject* parent = nullptr);
    ~EvidenceFileJob() override;

    bool isRunning() const { return m_running; }

    /**
     * Stores each file as evidence for `target` in the database file at `databasePath`: a file that is missing,
     * unreadable, larger than `maxBytes` (checked before reading) or of a type EvidenceStore refuses is reported
     * and nothing of it is stored. Emits progressChanged() per file and attachFinished() at the end.
     */
    void attach(const QString& databasePath,
        const EvidenceStore::Target& target,
        const QStringList& files,
        qint64 maxBytes = EvidenceStore::kDefaultMaxBytes);

    /// Writes the stored file of `evidence` into a folder of its own under `folder`; emits copyFinished().
    void copyOut(const QString& databasePath, const EvidenceStore::Evidence& evidence, const QString& folder);

    /// Tests: processes events until the running job has reported, at most `timeoutMs`. False on timeout.
    bool waitForFinished(int timeoutMs = 30000);

signals:
    void progressChanged(int done, int total, const QString& fileName);
    void attachFinished(const QList<EvidenceFileJob::Outcome>& outcomes);
    void copyFinished(const EvidenceFileJob::Copy& copy);

private:
    QFutureWatcher<Outcome> m_attachWatcher;
    QFutureWatcher<Copy> m_copyWatcher;
    int m_total = 0;
    bool m_running = false;
};

} // namespace kinerja
