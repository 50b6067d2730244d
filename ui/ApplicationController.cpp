// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ApplicationController.h"

#include "core/Language.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Page.h"
#include "ui/start/ChangePasswordDialog.h"
#include "ui/start/FirstAdminDialog.h"
#include "ui/start/SignInDialog.h"
#include "ui/start/StartDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kinerja {

ApplicationController::ApplicationController(QObject* parent)
    : QObject(parent)
{ }

ApplicationController::~ApplicationController()
{
    delete m_window.data();
}

bool ApplicationController::start(const QString& databasePath)
{
    auto candidate = databasePath;
    if (candidate.isEmpty() && !m_settings.recentDatabases().isEmpty()
        && QFileInfo::exists(m_settings.recentDatabases().constFirst())) {
        candidate = m_settings.recentDatabases().constFirst();
    }
    return chooseDatabase(candidate);
}

bool ApplicationController::chooseDatabase(QString candidate)
{
    for (;;) {
        if (!m_session.isOpen()) {
            if (!candidate.isEmpty()) {
                const auto path = candidate;
                candidate.clear();
                if (!openDatabase(path, false)) {
                    continue;
                }
            } else {
                StartDialog dialog(m_settings);
                QString language;
                connect(&dialog, &StartDialog::languageChosen, &dialog, [&dialog, &language](const QString& code) {
                    language = code;
                    dialog.done(QDialog::Rejected);
                });
                if (dialog.exec() != QDialog::Accepted) {
                    if (language.isEmpty()) {
                        return false;
                    }
                    // The dialog is built again in the new language.
                    m_settings.setLanguage(language);
                    Language::install(language);
                    continue;
                }
                if (!openDatabase(dialog.chosenPath(), dialog.chosenMode() == StartDialog::Mode::CreateNew)) {
                    continue;
                }
            }
        }
        switch (signIn()) {
        case SignInOutcome::SignedIn:
            showMainWindow();
            return true;
        case SignInOutcome::OtherDatabase:
            m_session.close();
            continue;
        case SignInOutcome::Cancelled:
            m_session.close();
            return false;
        }
    }
}

bool ApplicationController::openDatabase(const QString& path, bool create)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto opened =
        m_session.open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBox::critical(nullptr, tr("Open a database"),
            tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)), opened.error());
        return false;
    }
    m_justCreated = create;
    m_settings.addRecentDatabase(path);
    if (m_session.info().isReplica()) {
        MessageBox::warning(nullptr, tr("Open a database"),
            tr("%1 is the copy of a server account. This version of Kinerja ASN opens standalone files only.")
                .arg(QDir::toNativeSeparators(path)));
        m_session.close();
        return false;
    }
    return true;
}

ApplicationController::SignInOutcome ApplicationController::signIn()
{
    const auto& database = m_session.database();
    AccountRepository accounts(database);
    const auto hasAccounts = accounts.hasAccounts();
    if (!hasAccounts) {
        MessageBox::critical(nullptr, tr("Sign in"), hasAccounts.error());
        return SignInOutcome::OtherDatabase;
    }
    if (!hasAccounts.value()) {
        FirstAdminDialog dialog(database);
        if (dialog.exec() != QDialog::Accepted) {
            if (m_justCreated) {
                // The user gave up on the new file before anything was in it: leave no empty file behind.
                const auto path = database.path();
                m_session.close();
                QFile::remove(path);
                m_settings.removeRecentDatabase(path);
            }
            return SignInOutcome::OtherDatabase;
        }
        const auto employee = EmployeeRepository(database).get(dialog.employeeId());
        if (!employee || !employee.value()) {
            return SignInOutcome::OtherDatabase;
        }
        Session::User user {dialog.employeeId(), employee.value()->employee.fullName(),
            employee.value()->employee.formattedNip(), true};
        if (const auto signedIn = m_session.signIn(user); !signedIn) {
            MessageBox::critical(nullptr, tr("Sign in"), signedIn.error());
            return SignInOutcome::OtherDatabase;
        }
        m_settings.setLastUser(database.path(), user.employeeId);
        return SignInOutcome::SignedIn;
    }
    for (;;) {
        SignInDialog dialog(m_session, m_settings.lastUser(database.path()));
        if (dialog.exec() != QDialog::Accepted) {
            return dialog.otherDatabaseWanted() ? SignInOutcome::OtherDatabase : SignInOutcome::Cancelled;
        }
        const auto& result = dialog.signInResult();
        if (result.mustChangePassword) {
            ChangePasswordDialog change(database, result.employeeId, true);
            if (change.exec() != QDialog::Accepted) {
                continue;
            }
        }
        const auto employee = EmployeeRepository(database).get(result.employeeId);
        Session::User user {result.employeeId, dialog.account().name, {}, result.isAdmin};
        if (employee && employee.value()) {
            user.name = employee.value()->employee.fullName();
            user.nip = employee.value()->employee.formattedNip();
        }
        if (const auto signedIn = m_session.signIn(user); !signedIn) {
            MessageBox::critical(nullptr, tr("Sign in"), signedIn.error());
            continue;
        }
        m_settings.setLastUser(database.path(), user.employeeId);
        return SignInOutcome::SignedIn;
    }
}

void ApplicationController::showMainWindow(const QString& page)
{
    closeMainWindow();
    m_window = new MainWindow(m_session, m_settings);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &ApplicationController::signOut, Qt::QueuedConnection);
    connect(m_window, &MainWindow::otherDatabaseRequested, this, &ApplicationController::otherDatabase,
        Qt::QueuedConnection);
    connect(m_window, &MainWindow::languageChangeRequested, this, &ApplicationController::switchLanguage,
        Qt::QueuedConnection);
    // Closing the window quits, unless the controller itself is replacing it (sign out, language, database).
    connect(m_window, &QObject::destroyed, this, [this]() {
        if (!m_replacingWindow) {
            QApplication::quit();
        }
    });
    if (!page.isEmpty()) {
        m_window->showPage(page);
    }
    m_window->show();
}

void ApplicationController::closeMainWindow()
{
    if (m_window) {
        m_replacingWindow = true;
        m_window->close(); // saves the layout
        delete m_window.data();
        m_replacingWindow = false;
    }
}

void ApplicationController::signOut()
{
    closeMainWindow();
    m_session.signOut();
    switch (signIn()) {
    case SignInOutcome::SignedIn:
        showMainWindow();
        return;
    case SignInOutcome::OtherDatabase:
        m_session.close();
        if (chooseDatabase({})) {
            return;
        }
        break;
    case SignInOutcome::Cancelled:
        break;
    }
    m_session.close();
    QApplication::quit();
}

void ApplicationController::otherDatabase()
{
    closeMainWindow();
    m_session.close();
    if (!chooseDatabase({})) {
        QApplication::quit();
    }
}

void ApplicationController::switchLanguage(const QString& code)
{
    if (!Language::install(code)) {
        return;
    }
    m_settings.setLanguage(code);
    // Rebuild the window in the new language, on the same page; every edit is already stored.
    const auto page = m_window && m_window->currentPage() ? m_window->currentPage()->objectName() : QString();
    showMainWindow(page);
}

} // namespace kinerja
