// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileReplace.h"

#include <QFile>

#include <filesystem>
#include <system_error>

namespace kinerja {

namespace {

std::filesystem::path toPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

bool replaceFileAtomically(const QString& source, const QString& target, QString* error)
{
    std::error_code code;
    std::filesystem::rename(toPath(source), toPath(target), code);
    if (code) {
        if (error) {
            *error = QString::fromStdString(code.message());
        }
        return false;
    }
    return true;
}

} // namespace kinerja
