// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/settings/AppSettings.h"

#include <QObject>
#include <QPointer>

namespace kinerja {

/**
 * The application's flow from start to quit: choose a database (StartDialog), sign in (SignInDialog; the first
 * administrator of a new file with FirstAdminDialog; a required new password with ChangePasswordDialog), then the
 * MainWindow. Signing out, opening another database and switching the language come back here. Owns the Session
 * and the MainWindow. The application must not quit on its own when the last window closes
 * (QGuiApplication::setQuitOnLastWindowClosed(false)): the controller quits when the user closes the main window.
 */
class ApplicationController : public QObject
{
    Q_OBJECT

public:
    explicit ApplicationController(QObject* parent = nullptr);
    ~ApplicationController() override;

    /// Runs the start and sign-in dialogs and shows the main window. `databasePath` (from --database) skips the
    /// choice of file. False when the user left before signing in (the application should quit).
    bool start(const QString& databasePath = {});

    Session& session() { return m_session; }
    MainWindow* mainWindow() const { return m_window; }

    /// Shows a new main window for the signed-in person (replacing the current one), on `page` if given.
    void showMainWindow(const QString& page = {});
    /// Installs another interface language and rebuilds the window in it, on the same page; every edit is
    /// already stored, so nothing is lost.
    void switchLanguage(const QString& code);

private:
    enum class SignInOutcome
    {
        SignedIn,
        OtherDatabase,
        Cancelled
    };

    bool chooseDatabase(QString candidate);
    bool openDatabase(const QString& path, bool create);
    SignInOutcome signIn();
    void closeMainWindow();
    void signOut();
    void otherDatabase();

    AppSettings m_settings;
    Session m_session;
    QPointer<MainWindow> m_window;
    bool m_justCreated = false;
    bool m_replacingWindow = false;
};

} // namespace kinerja
