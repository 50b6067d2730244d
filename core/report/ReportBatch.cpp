// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/ReportBatch.h"

#include "core/report/ReportFactory.h"
#include "core/report/ReportRenderer.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QSet>

#include <thread>
#include <vector>

namespace kinerja {

ReportBatch::ReportBatch(QString databasePath, PageSetup setup, ReportOptions options)
    : m_databasePath(std::move(databasePath))
    , m_setup(setup)
    , m_options(std::move(options))
{ }

QList<ReportBatch::Item> ReportBatch::run(
    const QList<ReportRequest>& requests, const QString& folder, int jobs, bool overwrite) const
{
    QList<Item> items(requests.size());
    for (int i = 0; i < requests.size(); ++i)
        items[i].request = requests.at(i);
    if (!QDir().mkpath(folder)) {
        for (Item& item : items)
            item.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
        return items;
    }

    std::atomic<int> next {0};
    QMutex namesLock;
    QSet<QString> names; // file names taken in this run
    const auto work = [&] {
        auto opened = Database::open(m_databasePath, Database::OpenMode::ReadOnly);
        const ReportRenderer renderer(m_setup);
        for (int i = next++; i < requests.size(); i = next++) {
            Item& item = items[i];
            if (!opened.ok()) {
                item.error = opened.error();
                continue;
            }
            const auto document = ReportFactory::build(*opened.value(), item.request, m_options);
            if (!document.ok()) {
                item.error = document.error();
                continue;
            }
            QString path;
            {
                const QMutexLocker locker(&namesLock);
                QString name = document->fileName.isEmpty() ? QStringLiteral("dokumen") : document->fileName;
                QString candidate = name;
                for (int n = 2; names.contains(candidate.toLower()); ++n)
                    candidate = QStringLiteral("%1_%2").arg(name).arg(n);
                names.insert(candidate.toLower());
                path = QDir(folder).filePath(candidate + QStringLiteral(".pdf"));
            }
            if (!overwrite && QFile::exists(path)) {
                item.error =
                    tr("The file %1 exists already; use --force to replace it.").arg(QDir::toNativeSeparators(path));
                continue;
            }
            const auto pdf = renderer.toPdf(document.value());
            if (!pdf.ok()) {
                item.error = pdf.error();
                continue;
            }
            QSaveFile file(path); // a killed batch leaves whole files or none
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
                item.error =
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                continue;
            }
            item.file = path;
            item.code = document->stamp.code;
            item.bytes = pdf->size();
        }
    };
    const int threads = std::max(1, std::min<int>(jobs, requests.size()));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (auto& worker : workers)
        worker.join();
    return items;
}

} // namespace kinerja
