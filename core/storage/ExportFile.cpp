// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExportFile.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kinerja {

namespace {

QString display(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status ExportFile::checkTarget(const QString& path, bool overwrite)
{
    if (path.trimmed().isEmpty()) {
        return Status::failure(tr("No file name was given for the export."));
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        return Status::failure(tr("%1 is a folder; give the name of the file to write.").arg(display(absolute)));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Status::failure(tr("The folder %1 does not exist.").arg(display(info.absolutePath())));
    }
    if (info.exists() && !overwrite) {
        return Status::failure(
            tr("The file %1 already exists. Choose another name, or allow replacing it.").arg(display(absolute)));
    }
    return success();
}

Status ExportFile::write(const QString& path, const QByteArray& bytes, bool overwrite)
{
    if (auto checked = checkTarget(path, overwrite); !checked) {
        return checked;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto failed = [&absolute](const QSaveFile& file, const char* what) {
        qCWarning(lcDb) << "cannot" << what << "the export" << absolute << file.errorString();
        return Status::failure(tr("The file %1 could not be written. Check that the folder can be written to and has "
                                  "free space; nothing was written.")
                                   .arg(display(absolute)));
    };
    // QSaveFile writes to a temporary file in the same folder and renames it over the target in commit(); until
    // then the target is untouched, and a failed or abandoned write removes the temporary file.
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file, "open");
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed(file, "write");
    }
    if (!file.commit()) {
        return failed(file, "commit");
    }
    qCInfo(lcDb) << "export written to" << absolute << bytes.size() << "bytes";
    return success();
}

Result<QByteArray> ExportFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDb) << "cannot read" << path << file.errorString();
        return Result<QByteArray>::failure(tr("The file %1 could not be read.").arg(display(path)));
    }
    return file.readAll();
}

} // namespace kinerja
