// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/StartDialog.h"

#include "core/Language.h"
#include "ui/MessageBox.h"
#include "ui/settings/AppSettings.h"
#include "ui/start/DemoBuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kinerja {

StartDialog::StartDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Kinerja ASN"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kinerja.svg")));

    auto* title = new QLabel(tr("<h2>Kinerja ASN</h2><p>Performance management of civil servants (SKP, "
                                "evaluations, BerAKHLAK behaviours), working offline.</p>"),
        this);
    title->setWordWrap(true);

    auto* recentGroup = new QGroupBox(tr("Recent databases"), this);
    m_recentList = new QListWidget(recentGroup);
    m_recentList->setObjectName(QStringLiteral("recentListWidget"));
    m_recentList->setAccessibleName(tr("Recent databases"));
    for (const auto& path : m_settings.recentDatabases()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!QFileInfo::exists(path)) {
            item->setText(tr("%1 (not found)").arg(QFileInfo(path).fileName()));
        }
    }
    if (m_recentList->count() > 0) {
        m_recentList->setCurrentRow(0);
    }
    auto* recentPath = new QLabel(recentGroup);
    recentPath->setWordWrap(true);
    recentPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openRecentButton = new QPushButton(tr("&Open selected"), recentGroup);
    m_openRecentButton->setObjectName(QStringLiteral("openRecentButton"));
    auto* recentLayout = new QVBoxLayout(recentGroup);
    recentLayout->addWidget(m_recentList);
    recentLayout->addWidget(recentPath);
    recentLayout->addWidget(m_openRecentButton, 0, Qt::AlignRight);
    connect(m_recentList, &QListWidget::currentItemChanged, this, [this, recentPath](QListWidgetItem* item) {
        recentPath->setText(item ? QDir::toNativeSeparators(item->data(Qt::UserRole).toString()) : QString());
        updateButtons();
    });
    if (auto* item = m_recentList->currentItem()) {
        recentPath->setText(QDir::toNativeSeparators(item->data(Qt::UserRole).toString()));
    }
    connect(m_recentList, &QListWidget::itemActivated, this, &StartDialog::openRecent);
    connect(m_openRecentButton, &QPushButton::clicked, this, &StartDialog::openRecent);

    auto* otherGroup = new QGroupBox(tr("Other choices"), this);
    auto* openButton = new QPushButton(tr("Open a database &file..."), otherGroup);
    openButton->setObjectName(QStringLiteral("openOtherButton"));
    auto* newButton = new QPushButton(tr("&New database for an office..."), otherGroup);
    newButton->setObjectName(QStringLiteral("createNewButton"));
    auto* demoButton = new QPushButton(tr("&Try the demo data"), otherGroup);
    demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    demoButton->setToolTip(tr("An example office of the Provincial Government of Jambi with about 300 employees, "
                              "their plans and evaluations. Everyone signs in with the PIN %1.")
                               .arg(QLatin1String("123456")));
    auto* otherLayout = new QVBoxLayout(otherGroup);
    otherLayout->addWidget(openButton);
    otherLayout->addWidget(newButton);
    otherLayout->addWidget(demoButton);
    otherLayout->addStretch();
    connect(openButton, &QPushButton::clicked, this, &StartDialog::openOther);
    connect(newButton, &QPushButton::clicked, this, &StartDialog::createNew);
    connect(demoButton, &QPushButton::clicked, this, &StartDialog::tryDemo);

    auto* choices = new QHBoxLayout;
    choices->addWidget(recentGroup, 3);
    choices->addWidget(otherGroup, 2);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_settings.language()));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        const auto code = m_languageCombo->itemData(index).toString();
        if (code != m_settings.language()) {
            emit languageChosen(code);
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(languageLabel);
    bottom->addWidget(m_languageCombo);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(choices, 1);
    layout->addLayout(bottom);

    if (m_recentList->count() == 0) {
        demoButton->setDefault(true);
        demoButton->setFocus();
    } else {
        m_openRecentButton->setDefault(true);
        m_recentList->setFocus();
    }
    updateButtons();
    resize(640, 360);
}

void StartDialog::updateButtons()
{
    m_openRecentButton->setEnabled(m_recentList->currentItem() != nullptr);
}

void StartDialog::openRecent()
{
    const auto* item = m_recentList->currentItem();
    if (!item) {
        return;
    }
    choose(item->data(Qt::UserRole).toString(), Mode::OpenExisting);
}

QString StartDialog::askFileName(bool save)
{
    if (s_hasNextFileName) {
        s_hasNextFileName = false;
        return s_nextFileName;
    }
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto filter = tr("Kinerja databases (*.sqlite *.kinerja);;All files (*)");
    return save ? QFileDialog::getSaveFileName(
               this, tr("New database"), QDir(folder).filePath(QStringLiteral("kinerja.sqlite")), filter)
                : QFileDialog::getOpenFileName(this, tr("Open a database"), folder, filter);
}

void StartDialog::openOther()
{
    const auto path = askFileName(false);
    if (!path.isEmpty()) {
        choose(path, Mode::OpenExisting);
    }
}

void StartDialog::createNew()
{
    const auto path = askFileName(true);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        // A new database never replaces a file: the user's data could be in it.
        MessageBox::warning(this, tr("New database"),
            tr("The file %1 already exists. Choose another name, or open it instead.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    choose(path, Mode::CreateNew);
}

void StartDialog::tryDemo()
{
    const auto path = DemoBuilder::defaultPath();
    if (QFileInfo::exists(path)) {
        const auto answer = MessageBox::question(this, tr("Demo data"),
            tr("The demo database already exists. Open it as it is (Yes), or start again with fresh demo data "
               "(No)?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel) {
            return;
        }
        if (answer == QMessageBox::Yes) {
            choose(path, Mode::Demo);
            return;
        }
    }
    QProgressDialog progress(tr("Creating the demo data..."), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QFutureWatcher<Result<int>> watcher;
    connect(&watcher, &QFutureWatcher<Result<int>>::finished, &progress, &QProgressDialog::accept);
    watcher.setFuture(DemoBuilder::start(path));
    if (!watcher.isFinished()) {
        progress.exec();
    }
    watcher.waitForFinished();
    const auto built = watcher.result();
    if (!built) {
        MessageBox::critical(this, tr("Demo data"), tr("The demo data could not be created."), built.error());
        return;
    }
    choose(path, Mode::Demo);
}

void StartDialog::choose(const QString& path, Mode mode)
{
    m_chosenPath = path;
    m_chosenMode = mode;
    accept();
}

} // namespace kinerja
