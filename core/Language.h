// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTranslator;

namespace kinerja {

/**
 * The user-interface language: Indonesian ("id", the default) or English ("en").
 * Installs the application's translator (embedded as ":/i18n/kinerja_<code>.qm") and one for Qt's own
 * strings (our ":/i18n/kinerja_qt_<code>.qm", or Qt's qtbase file). Printed documents are always Indonesian and do not
 * use this.
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static constexpr const char* kDefaultCode = "id";

    /// "id" and "en"; the first is the default.
    static QStringList supportedCodes();
    static bool isSupported(const QString& code);

    /// Replaces any translator installed earlier by this class. Precondition: a QCoreApplication exists.
    /// Returns false (and leaves the source language, English) when the code is not supported.
    static bool install(const QString& code);

    /// The code installed last, or an empty string before the first install().
    static QString current();
};

} // namespace kinerja
