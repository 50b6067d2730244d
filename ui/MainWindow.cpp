// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/storage/DatabaseInfo.h"
#include "ui/MessageBox.h"
#include "ui/Page.h"
#include "ui/Session.h"
#include "ui/colleague/ColleaguePage.h"
#include "ui/competency/CompetencyPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evaluation/EvaluationsPage.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/GuideDialog.h"
#include "ui/office/CompletionPage.h"
#include "ui/office/OrganizationGradePage.h"
#include "ui/office/PeriodsPage.h"
#include "ui/people/PeoplePage.h"
#include "ui/plan/PlanPage.h"
#include "ui/print/DocumentPreviewDialog.h"
#include "ui/print/VerifyDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/TeamMatrixPage.h"
#include "ui/review/TeamRatingPage.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/PreferencesDialog.h"
#include "ui/start/ChangePasswordDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace kinerja {

namespace {

const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(Session& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kinerja.svg")));
    m_undoGroup = new QUndoGroup(this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(this);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 900});
    setCentralWidget(splitter);

    createPages();
    createMenus();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    updateStatusBar();
    connect(&m_session, &Session::userChanged, this, &MainWindow::updateStatusBar);
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::updateStatusBar);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    // A first start fits the screen: 1366 x 768 at 125 % leaves about 1090 x 610 logical pixels.
    const auto available = screen()->availableGeometry().size();
    resize(std::min(1180, available.width() * 9 / 10), std::min(740, available.height() * 9 / 10));
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    splitter->restoreState(m_settings.viewState(kSplitterKey));
    const auto lastPage = QString::fromUtf8(m_settings.viewState(kPageKey));
    if (m_pages.isEmpty()) {
        return;
    }
    if (lastPage.isEmpty() || !showPage(lastPage)) {
        m_navigation->setCurrentRow(0);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    // The pages of every signed-in person, in navigation order, then those of assessors and admins.
    addPage(new DashboardPage(m_session, this));
    addPage(new PlanPage(m_session, this));
    addPage(new EvaluationsPage(m_session, this));
    addPage(new CompetencyPage(m_session, this));
    addPage(new ReviewPage(m_session, this));
    addPage(new TeamRatingPage(m_session, this));
    addPage(new TeamMatrixPage(m_session, this));
    addPage(new ColleaguePage(m_session, this));
    if (m_session.user().isAdmin) {
        addPage(new PeoplePage(m_session, this));
        addPage(new PeriodsPage(m_session, this));
        addPage(new OrganizationGradePage(m_session, this));
        addPage(new CompletionPage(m_session, this));
    }
}

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    // A page larger than a small screen (1366 x 768 at 125 %) scrolls instead of pushing the window off the screen.
    auto* scroller = new QScrollArea(m_stack);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidget(page);
    m_stack->addWidget(scroller);
    auto* item = new QListWidgetItem(page->title(), m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    if (auto* stack = page->undoStack()) {
        m_undoGroup->addStack(stack);
    }
    connect(page, &Page::navigationRequested, this, [this](const QString& name) { showPage(name); });
    connect(page, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

Page* MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : nullptr;
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row)->objectName() == objectName) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::pageChanged(int row)
{
    if (row < 0 || row >= m_pages.size()) {
        return;
    }
    auto* page = m_pages.at(row);
    m_stack->setCurrentIndex(row);
    m_undoGroup->setActiveStack(page->undoStack());
    page->reload();
    setWindowTitle(tr("%1 - Kinerja ASN").arg(page->title()));
}

void MainWindow::createMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* otherDatabase = fileMenu->addAction(tr("&Open another database..."));
    otherDatabase->setShortcut(QKeySequence::Open);
    connect(otherDatabase, &QAction::triggered, this, &MainWindow::otherDatabaseRequested);
    auto* backUpAction = fileMenu->addAction(tr("&Back up the database..."));
    connect(backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    fileMenu->addSeparator();
    m_printAction = fileMenu->addAction(tr("&Print preview..."));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::showPrintPreview);
    fileMenu->addSeparator();
    auto* passwordAction = fileMenu->addAction(tr("&Change my password..."));
    passwordAction->setEnabled(m_session.info().isStandalone());
    connect(passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    auto* signOut = fileMenu->addAction(tr("&Sign out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QMainWindow::close);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    auto* preferences = editMenu->addAction(tr("&Settings..."));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_pages.size(); ++row) {
        auto* action = viewMenu->addAction(m_pages.at(row)->title());
        if (row < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        }
        connect(action, &QAction::triggered, this, [this, row]() { m_navigation->setCurrentRow(row); });
    }
    viewMenu->addSeparator();
    auto* languageMenu = viewMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> names {
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, name] : names) {
        auto* action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code]() {
            if (code != m_settings.language()) {
                emit languageChangeRequested(code);
            }
        });
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* guide = helpMenu->addAction(tr("&Guide to the yearly cycle"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showGuide);
    helpMenu->addSeparator();
    auto* verify = helpMenu->addAction(tr("&Verify a printed document..."));
    verify->setObjectName(QStringLiteral("verifyAction"));
    connect(verify, &QAction::triggered, this, &MainWindow::showVerify);
    helpMenu->addSeparator();
    auto* about = helpMenu->addAction(tr("&About Kinerja ASN"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatusBar()
{
    if (!m_session.isOpen()) {
        m_databaseLabel->clear();
        m_userLabel->clear();
        return;
    }
    const auto fileName = QFileInfo(m_session.database().path()).fileName();
    const auto kind = m_session.info().isStandalone() ? tr("standalone") : tr("replica");
    m_databaseLabel->setText(tr("Database: %1 (%2)").arg(fileName, kind));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session.database().path()));
    const auto& user = m_session.user();
    m_userLabel->setText(user.isAdmin ? tr("%1 (administrator)").arg(user.name) : user.name);
}

void MainWindow::backUp()
{
    const auto suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(tr("kinerja-backup-%1.sqlite").arg(m_session.today().toString(Qt::ISODate)));
    const auto target = QFileDialog::getSaveFileName(
        this, tr("Back up the database"), suggested, tr("Kinerja databases (*.sqlite *.kinerja)"));
    if (target.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The file dialog already asked before replacing an existing file.
    const auto written = m_session.database().backupTo(target, true);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Back up the database"), written.error());
        return;
    }
    statusBar()->showMessage(tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session.database(), m_session.user().employeeId, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password was changed."), 8000);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    const auto language = m_settings.language();
    if (dialog.exec() == QDialog::Accepted && m_settings.language() != language) {
        const auto code = m_settings.language();
        m_settings.setLanguage(language); // the controller stores it when it switches
        emit languageChangeRequested(code);
    }
}

void MainWindow::showGuide()
{
    GuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPrintPreview()
{
    Page* page = currentPage();
    const QList<PrintableDocument> documents = page ? page->printableDocuments() : QList<PrintableDocument>();
    if (documents.isEmpty()) {
        MessageBox::information(this, tr("Print preview"),
            tr("This page has no document to print. Open My plan or My evaluations, or choose an employee on the "
               "Employees page."));
        return;
    }
    DocumentPreviewDialog dialog(
        m_session.database(), documents, m_settings.pageSetup(), m_settings.reportOptions(), this);
    dialog.exec();
}

void MainWindow::showVerify()
{
    VerifyDialog dialog(m_session.database(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session.isOpen() ? &m_session.database() : nullptr, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter"))) {
        m_settings.setViewState(kSplitterKey, splitter->saveState());
    }
    if (auto* page = currentPage()) {
        m_settings.setViewState(kPageKey, page->objectName().toUtf8());
    }
    event->accept();
}

} // namespace kinerja
