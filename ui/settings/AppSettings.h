// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/PageSetup.h"
#include "core/report/ReportOptions.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kinerja {

/**
 * The application's settings in one typed facade (style.md R15): every key and default is here. Stored with
 * QSettings under the organisation and application names set once in main(); tests point QSettings at a
 * temporary folder. Cheap to construct: make one where needed.
 */
class AppSettings
{
public:
    /// The longest list of recently opened databases.
    static constexpr int kMaxRecentDatabases = 8;

    AppSettings() = default;

    /// "id" (the default) or "en".
    QString language() const;
    void setLanguage(const QString& code);

    /// Most recent first; files that no longer exist are kept (a network drive may be offline) until removed.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    void removeRecentDatabase(const QString& path);

    /// The person who last signed in to a database file, to preselect them.
    QUuid lastUser(const QString& databasePath) const;
    void setLastUser(const QString& databasePath, const QUuid& employeeId);

    /// "A4" or "F4" (the default: the common paper of Indonesian offices).
    QString paperSize() const;
    void setPaperSize(const QString& size);

    /// Paper (paperSize()) and margins of printed documents.
    PageSetup pageSetup() const;
    void setMargins(const QMarginsF& marginsMm);
    /// What this office prints on its documents: place of signing, kop surat, logo and emblem files, signers of the
    /// one-page Dokumen Evaluasi.
    ReportOptions reportOptions() const;
    void setReportOptions(const ReportOptions& options);

    /// The main window's geometry and dock/toolbar state (restored at start, saved at close).
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    /// Saved state of a view's header or splitter, by a stable key ("plan/splitter").
    /// The assessor's own reusable feedback phrases, in their order; nullopt when the person never saved any.
    std::optional<QStringList> feedbackPhrases(const QUuid& employeeId) const;
    void setFeedbackPhrases(const QUuid& employeeId, const QStringList& phrases);

    QByteArray viewState(const QString& key) const;
    void setViewState(const QString& key, const QByteArray& state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace kinerja
