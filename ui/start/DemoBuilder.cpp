// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/DemoBuilder.h"

#include "core/storage/Database.h"
#include "core/storage/DemoAccounts.h"
#include "core/storage/DemoGenerator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace kinerja {

QString DemoBuilder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

QFuture<Result<int>> DemoBuilder::start(const QString& path)
{
    return QtConcurrent::run([path]() { return build(path); });
}

Result<int> DemoBuilder::build(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Result<int>::failure(
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    DemoOptions options;
    options.scale = DemoOptions::Scale::Office;
    options.newestYear = QDate::currentDate().year();
    const auto created = DemoGenerator::create(path, options, true);
    if (!created) {
        return created.propagate<int>();
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.propagate<int>();
    }
    return DemoAccounts::create(*opened.value());
}

} // namespace kinerja
