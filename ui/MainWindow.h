// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace kinerja {

class AppSettings;
class Page;
class Session;

/**
 * The main window: a navigation of the signed-in person's areas on the left, the current page on the right,
 * menus with the standard shortcuts, Edit > Undo/Redo for the edits of the page shown (one QUndoGroup over the
 * pages' stacks), and a status bar with the database, its kind and the person. Geometry, state and the last page
 * are restored from AppSettings and saved when the window closes. The application flow (sign out, another
 * database, another language) is the ApplicationController's: the window asks through signals.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The pages in navigation order.
    const QList<Page*>& pages() const { return m_pages; }
    Page* currentPage() const;
    /// Shows a page by objectName; false when there is none.
    bool showPage(const QString& objectName);
    QUndoGroup* undoGroup() const { return m_undoGroup; }

signals:
    void signOutRequested();
    void otherDatabaseRequested();
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void addPage(Page* page);
    void createMenus();
    void updateStatusBar();
    void pageChanged(int row);
    void backUp();
    void changePassword();
    void showPreferences();
    void showGuide();
    void showAbout();
    void showPrintPreview();
    void showVerify();

    Session& m_session; // not owned; outlives the window
    AppSettings& m_settings; // not owned; outlives the window
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QList<Page*> m_pages;
    QAction* m_printAction = nullptr;
};

} // namespace kinerja
