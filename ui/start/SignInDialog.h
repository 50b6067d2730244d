// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AccountRepository.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QListView;

namespace kinerja {

class Session;

/**
 * Sign-in to a standalone file (design.md "Identity"): pick your name (type to search, by name or NIP) and give
 * your password or PIN. Accepted when AccountRepository accepted the password; signIn() then holds the outcome.
 * "Other database" rejects with otherDatabaseWanted() set.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Session& session, const QUuid& lastUser, QWidget* parent = nullptr);

    const AccountRepository::SignIn& signInResult() const { return m_signIn; }
    const AccountRepository::Account& account() const { return m_account; }
    bool otherDatabaseWanted() const { return m_otherDatabase; }

    /// Tests and keyboard users: select a person by employee id. False when not in the list.
    bool selectPerson(const QUuid& employeeId);
    void setPassword(const QString& password);
    /// Checks the password; accepts on success, shows the reason otherwise.
    void trySignIn();
    /// The message under the password field ("" when none).
    QString errorText() const;

private:
    void updateButtons();
    std::optional<AccountRepository::Account> selectedAccount() const;

    Session& m_session; // not owned
    QList<AccountRepository::Account> m_accounts;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QListView* m_peopleView = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_signInButton = nullptr;
    AccountRepository::SignIn m_signIn;
    AccountRepository::Account m_account;
    bool m_otherDatabase = false;
};

} // namespace kinerja
