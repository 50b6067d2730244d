// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/SignInDialog.h"

#include "core/domain/Nip.h"
#include "core/storage/DemoAccounts.h"
#include "ui/Session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

constexpr int kEmployeeIdRole = Qt::UserRole + 1;

} // namespace

SignInDialog::SignInDialog(Session& session, const QUuid& lastUser, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Sign in - Kinerja ASN"));
    const auto fileName = QFileInfo(session.database().path()).fileName();
    auto* intro = new QLabel(tr("Database: <b>%1</b>").arg(fileName.toHtmlEscaped()), this);
    intro->setToolTip(QDir::toNativeSeparators(session.database().path()));

    m_model = new QStandardItemModel(this);
    if (const auto accounts = AccountRepository(session.database()).signInList()) {
        m_accounts = accounts.value();
    }
    for (const auto& account : std::as_const(m_accounts)) {
        const auto nip = Nip::parse(account.nip);
        const auto shownNip = nip ? nip.value().formatted() : account.nip;
        auto* item =
            new QStandardItem(shownNip.isEmpty() ? account.name : tr("%1 - NIP %2").arg(account.name, shownNip));
        item->setData(account.employeeId, kEmployeeIdRole);
        // Search by the NIP typed with or without spaces.
        item->setData(account.name + QLatin1Char(' ') + account.nip, Qt::UserRole + 2);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::UserRole + 2);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Type part of your name or NIP"));
    m_searchEdit->setClearButtonEnabled(true);
    m_peopleView = new QListView(this);
    m_peopleView->setObjectName(QStringLiteral("peopleListView"));
    m_peopleView->setModel(m_filter);
    m_peopleView->setAccessibleName(tr("People who can sign in"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));

    auto* form = new QFormLayout;
    auto* searchLabel = new QLabel(tr("&Find your name:"), this);
    searchLabel->setBuddy(m_searchEdit);
    form->addRow(searchLabel, m_searchEdit);
    form->addRow(m_peopleView);
    auto* passwordLabel = new QLabel(tr("&Password or PIN:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    form->addRow(m_errorLabel);
    if (DemoAccounts::isDemo(session.database())) {
        auto* hint = new QLabel(
            tr("This is the demo database: everyone signs in with the PIN %1.").arg(QLatin1String(DemoAccounts::kPin)),
            this);
        hint->setWordWrap(true);
        form->addRow(hint);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    auto* otherButton = buttons->addButton(tr("&Other database..."), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(otherButton, &QPushButton::clicked, this, [this]() {
        m_otherDatabase = true;
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A NIP is searched without its spaces ("19700518 200503" finds 197005182005031005).
        auto needle = text.simplified();
        if (std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.isDigit() || c == QLatin1Char(' '); })) {
            needle.remove(QLatin1Char(' '));
        }
        m_filter->setFilterFixedString(needle);
        if (m_filter->rowCount() > 0 && !m_peopleView->currentIndex().isValid()) {
            m_peopleView->setCurrentIndex(m_filter->index(0, 0));
        }
        updateButtons();
    });
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        m_errorLabel->clear();
        updateButtons();
    });
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setTabOrder(m_searchEdit, m_peopleView);
    setTabOrder(m_peopleView, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_signInButton);
    if (!lastUser.isNull() && selectPerson(lastUser)) {
        m_passwordEdit->setFocus();
    } else {
        m_searchEdit->setFocus();
    }
    updateButtons();
    resize(480, 480);
}

bool SignInDialog::selectPerson(const QUuid& employeeId)
{
    m_searchEdit->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const auto index = m_filter->index(row, 0);
        if (index.data(kEmployeeIdRole).toUuid() == employeeId) {
            m_peopleView->setCurrentIndex(index);
            m_peopleView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void SignInDialog::setPassword(const QString& password)
{
    m_passwordEdit->setText(password);
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->text();
}

std::optional<AccountRepository::Account> SignInDialog::selectedAccount() const
{
    const auto index = m_peopleView->currentIndex();
    if (!index.isValid()) {
        return std::nullopt;
    }
    const auto id = index.data(kEmployeeIdRole).toUuid();
    for (const auto& account : m_accounts) {
        if (account.employeeId == id) {
            return account;
        }
    }
    return std::nullopt;
}

void SignInDialog::updateButtons()
{
    m_signInButton->setEnabled(selectedAccount().has_value() && !m_passwordEdit->text().isEmpty());
}

void SignInDialog::trySignIn()
{
    const auto account = selectedAccount();
    if (!account) {
        m_errorLabel->setText(tr("Choose your name in the list first."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signedIn = AccountRepository(m_session.database()).signIn(account->employeeId, m_passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_errorLabel->setText(signedIn.error());
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        return;
    }
    m_signIn = signedIn.value();
    m_account = *account;
    accept();
}

} // namespace kinerja
