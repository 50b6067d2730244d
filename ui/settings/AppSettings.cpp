// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/AppSettings.h"

#include "core/Language.h"

#include <QDir>
#include <QFileInfo>

namespace kinerja {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kRecentKey = QStringLiteral("databases/recent");
const QString kPhrasesGroup = QStringLiteral("feedbackPhrases");
const QString kLastUserGroup = QStringLiteral("databases/lastUser");
const QString kPaperKey = QStringLiteral("print/paperSize");
const QString kMarginsKey = QStringLiteral("print/marginsMm");
const QString kPlaceKey = QStringLiteral("print/place");
const QString kLetterheadKey = QStringLiteral("print/letterhead");
const QString kLogoKey = QStringLiteral("print/logo");
const QString kEmblemKey = QStringLiteral("print/emblem");
const QString kSignersKey = QStringLiteral("print/summarySigners");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kViewGroup = QStringLiteral("views");

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// QSettings keys may not contain slashes; a path becomes a stable hex key.
QString pathKey(const QString& path)
{
    return QString::fromLatin1(normalised(path).toUtf8().toHex());
}

} // namespace

QString AppSettings::language() const
{
    const auto code = m_settings.value(kLanguageKey, QString::fromLatin1(Language::kDefaultCode)).toString();
    return Language::isSupported(code) ? code : QString::fromLatin1(Language::kDefaultCode);
}

void AppSettings::setLanguage(const QString& code)
{
    if (Language::isSupported(code)) {
        m_settings.setValue(kLanguageKey, code);
    }
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(kRecentKey).toStringList();
}

void AppSettings::addRecentDatabase(const QString& path)
{
    auto list = recentDatabases();
    const auto clean = normalised(path);
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentDatabases) {
        list.removeLast();
    }
    m_settings.setValue(kRecentKey, list);
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    auto list = recentDatabases();
    list.removeAll(normalised(path));
    m_settings.setValue(kRecentKey, list);
}

QUuid AppSettings::lastUser(const QString& databasePath) const
{
    return QUuid::fromString(m_settings.value(kLastUserGroup + QLatin1Char('/') + pathKey(databasePath)).toString());
}

void AppSettings::setLastUser(const QString& databasePath, const QUuid& employeeId)
{
    m_settings.setValue(
        kLastUserGroup + QLatin1Char('/') + pathKey(databasePath), employeeId.toString(QUuid::WithoutBraces));
}

QString AppSettings::paperSize() const
{
    const auto size = m_settings.value(kPaperKey, QStringLiteral("F4")).toString();
    return size == QStringLiteral("A4") ? size : QStringLiteral("F4");
}

void AppSettings::setPaperSize(const QString& size)
{
    m_settings.setValue(kPaperKey, size == QStringLiteral("A4") ? size : QStringLiteral("F4"));
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(kStateKey).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    m_settings.setValue(kStateKey, state);
}

std::optional<QStringList> AppSettings::feedbackPhrases(const QUuid& employeeId) const
{
    const auto key = kPhrasesGroup + QLatin1Char('/') + employeeId.toString(QUuid::WithoutBraces);
    if (!m_settings.contains(key)) {
        return std::nullopt;
    }
    return m_settings.value(key).toStringList();
}

void AppSettings::setFeedbackPhrases(const QUuid& employeeId, const QStringList& phrases)
{
    m_settings.setValue(kPhrasesGroup + QLatin1Char('/') + employeeId.toString(QUuid::WithoutBraces), phrases);
}

QByteArray AppSettings::viewState(const QString& key) const
{
    return m_settings.value(kViewGroup + QLatin1Char('/') + key).toByteArray();
}

void AppSettings::setViewState(const QString& key, const QByteArray& state)
{
    m_settings.setValue(kViewGroup + QLatin1Char('/') + key, state);
}

PageSetup AppSettings::pageSetup() const
{
    PageSetup setup;
    setup.paper = paperSizeFromName(paperSize()).value_or(PaperSize::F4);
    const QStringList margins = m_settings.value(kMarginsKey).toStringList();
    if (margins.size() == 4) {
        PageSetup candidate = setup;
        candidate.marginsMm = QMarginsF(
            margins.at(0).toDouble(), margins.at(1).toDouble(), margins.at(2).toDouble(), margins.at(3).toDouble());
        if (candidate.problem().isEmpty()) {
            setup = candidate;
        }
    }
    return setup;
}

void AppSettings::setMargins(const QMarginsF& marginsMm)
{
    m_settings.setValue(kMarginsKey,
        QStringList {QString::number(marginsMm.left()), QString::number(marginsMm.top()),
            QString::number(marginsMm.right()), QString::number(marginsMm.bottom())});
}

ReportOptions AppSettings::reportOptions() const
{
    ReportOptions options;
    options.place = m_settings.value(kPlaceKey, options.place).toString();
    options.letterhead = m_settings.value(kLetterheadKey, options.letterhead).toBool();
    options.logoPath = m_settings.value(kLogoKey).toString();
    options.emblemPath = m_settings.value(kEmblemKey).toString();
    options.summarySigners = m_settings.value(kSignersKey).toString() == QLatin1String("second")
        ? ReportOptions::SummarySigners::AssessorAndSecondAssessor
        : ReportOptions::SummarySigners::EmployeeAndAssessor;
    return options;
}

void AppSettings::setReportOptions(const ReportOptions& options)
{
    m_settings.setValue(kPlaceKey, options.place);
    m_settings.setValue(kLetterheadKey, options.letterhead);
    m_settings.setValue(kLogoKey, options.logoPath);
    m_settings.setValue(kEmblemKey, options.emblemPath);
    m_settings.setValue(kSignersKey,
        options.summarySigners == ReportOptions::SummarySigners::AssessorAndSecondAssessor
            ? QStringLiteral("second")
            : QStringLiteral("employee"));
}

} // namespace kinerja
