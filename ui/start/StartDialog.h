// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace kinerja {

class AppSettings;

/**
 * The first screen: choose the database file to work on. Open a recent file, open another, create a new one, or
 * try the demo data (created on a worker thread the first time). The language can be chosen here already.
 * Accepted with chosenPath() and chosenMode() set; the controller opens the file.
 */
class StartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        OpenExisting,
        CreateNew,
        Demo
    };

    explicit StartDialog(AppSettings& settings, QWidget* parent = nullptr);

    QString chosenPath() const { return m_chosenPath; }
    Mode chosenMode() const { return m_chosenMode; }

    /// Tests: the path the next file dialog returns instead of showing (empty = cancelled).
    static void setNextFileName(const QString& path)
    {
        s_nextFileName = path;
        s_hasNextFileName = true;
    }

    void openRecent();
    void openOther();
    void createNew();
    void tryDemo();

signals:
    /// The user picked another language; the controller installs it and rebuilds the dialog.
    void languageChosen(const QString& code);

private:
    void choose(const QString& path, Mode mode);
    void updateButtons();
    QString askFileName(bool save);

    AppSettings& m_settings; // not owned
    QListWidget* m_recentList = nullptr;
    QPushButton* m_openRecentButton = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QString m_chosenPath;
    Mode m_chosenMode = Mode::OpenExisting;

    static inline QString s_nextFileName;
    static inline bool s_hasNextFileName = false;
};

} // namespace kinerja
