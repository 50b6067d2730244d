// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"

#include "core/Logging.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace kinerja {

namespace {

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QStringList Language::supportedCodes()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

bool Language::isSupported(const QString& code)
{
    return supportedCodes().contains(code);
}

bool Language::install(const QString& code)
{
    if (!isSupported(code)) {
        qCWarning(lcI18n) << "unsupported language" << code;
        return false;
    }
    auto& state = installed();
    remove(state.app);
    remove(state.qt);

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/kinerja_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    } else {
        qCWarning(lcI18n) << "no embedded translation for" << code;
    }
    // Qt's own strings: our translation where Qt ships none (Indonesian), else Qt's qtbase file.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral(":/i18n/kinerja_qt_%1.qm").arg(code))
        || qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    state.code = code;
    qCDebug(lcI18n) << "language installed:" << code;
    return true;
}

QString Language::current()
{
    return installed().code;
}

} // namespace kinerja
