// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvidenceFileJob.h"

#include "core/storage/Database.h"
#include "ui/evaluation/EvidenceListModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace kinerja {

namespace {

/// Runs on a worker thread: everything it uses is its own.
void attachFiles(QPromise<EvidenceFileJob::Outcome>& promise,
    const QString& databasePath,
    const EvidenceStore::Target& target,
    const QStringList& files,
    qint64 maxBytes)
{
    promise.setProgressRange(0, static_cast<int>(files.size()));
    auto opened = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    for (int i = 0; i < files.size(); ++i) {
        const QFileInfo info(files.at(i));
        EvidenceFileJob::Outcome outcome;
        outcome.fileName = info.fileName();
        promise.setProgressValueAndText(i, outcome.fileName);
        if (promise.isCanceled()) {
            return;
        }
        if (!opened) {
            outcome.error = opened.error();
        } else if (!info.exists() || !info.isFile()) {
            outcome.error = EvidenceFileJob::tr("The file \"%1\" was not found.").arg(outcome.fileName);
        } else if (info.size() > maxBytes) {
            outcome.error = EvidenceFileJob::tr("The file \"%1\" is %2; an evidence file may be at most %3.")
                                .arg(outcome.fileName, EvidenceListModel::sizeText(info.size()),
                                    EvidenceListModel::sizeText(maxBytes));
        } else {
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                outcome.error =
                    EvidenceFileJob::tr("The file \"%1\" cannot be read: %2").arg(outcome.fileName, file.errorString());
            } else {
                const auto bytes = file.readAll();
                auto stored = EvidenceStore(*opened.value(), maxBytes).addFile(target, outcome.fileName, bytes);
                if (stored) {
                    outcome.evidence = stored.value();
                } else {
                    outcome.error = stored.error();
                }
            }
        }
        promise.addResult(outcome);
    }
    promise.setProgressValue(static_cast<int>(files.size()));
}

EvidenceFileJob::Copy copyFile(
    const QString& databasePath, const EvidenceStore::Evidence& evidence, const QString& folder)
{
    EvidenceFileJob::Copy copy;
    auto opened = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    if (!opened) {
        copy.error = opened.error();
        return copy;
    }
    const auto bytes = EvidenceStore(*opened.value()).read(evidence.id);
    if (!bytes) {
        copy.error = bytes.error();
        return copy;
    }
    // A folder per evidence row, so that two files with the same name never overwrite each other.
    const QDir base(folder);
    const auto subfolder = evidence.id.toString(QUuid::WithoutBraces);
    auto name = QFileInfo(evidence.fileName).fileName();
    if (name.isEmpty()) {
        name = QStringLiteral("evidence");
    }
    if (!base.mkpath(subfolder)) {
        copy.error = EvidenceFileJob::tr("The file \"%1\" could not be written to the temporary folder.").arg(name);
        return copy;
    }
    const auto path = QDir(base.filePath(subfolder)).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        copy.error = EvidenceFileJob::tr("The file \"%1\" could not be written to the temporary folder: %2")
                         .arg(name, file.errorString());
        return copy;
    }
    copy.path = path;
    return copy;
}

} // namespace

EvidenceFileJob::EvidenceFileJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_attachWatcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { emit progressChanged(value, m_total, m_attachWatcher.progressText()); });
    connect(&m_attachWatcher, &QFutureWatcherBase::finished, this, [this]() {
        m_running = false;
        emit attachFinished(m_attachWatcher.future().results());
    });
    connect(&m_copyWatcher, &QFutureWatcherBase::finished, this, [this]() {
        m_running = false;
        const auto future = m_copyWatcher.future();
        emit copyFinished(future.resultCount() > 0 ? future.result() : Copy {});
    });
}

EvidenceFileJob::~EvidenceFileJob()
{
    m_attachWatcher.disconnect(this);
    m_copyWatcher.disconnect(this);
    m_attachWatcher.waitForFinished();
    m_copyWatcher.waitForFinished();
}

void EvidenceFileJob::attach(
    const QString& databasePath, const EvidenceStore::Target& target, const QStringList& files, qint64 maxBytes)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_total = static_cast<int>(files.size());
    m_attachWatcher.setFuture(QtConcurrent::run([databasePath, target, files, maxBytes](QPromise<Outcome>& promise) {
        attachFiles(promise, databasePath, target, files, maxBytes);
    }));
}

void EvidenceFileJob::copyOut(
    const QString& databasePath, const EvidenceStore::Evidence& evidence, const QString& folder)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_total = 1;
    m_copyWatcher.setFuture(
        QtConcurrent::run([databasePath, evidence, folder]() { return copyFile(databasePath, evidence, folder); }));
}

bool EvidenceFileJob::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return !m_running;
}

} // namespace kinerja
