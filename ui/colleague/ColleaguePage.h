// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/ColleagueRepository.h"
#include "ui/Page.h"

#include <QUuid>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace kinerja {

class ErrorLabel;
class DetailStack;
class ColleagueNoteModel;
class RealizationModel;
class Session;

/**
 * "Feedback for colleagues": the requests of the people who invited the signed-in person as a colleague (rekan
 * kerja). Choosing one shows that period's work results, indicators, targets and realizations, read-only and without
 * ratings or grade, and the person's own notes on it: on a work result, on a BerAKHLAK value or on the period as a
 * whole. Notes are written while the evaluation is open (Permissions: the InvitedColleague's ColleagueFeedback) and
 * stored at once; removing one asks first.
 */
class ColleaguePage : public Page
{
    Q_OBJECT

public:
    explicit ColleaguePage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    void reload() override;

    const QList<ColleagueRepository::Request>& requests() const { return m_requests; }
    /// Shows the request of this invitation; false when it is not listed.
    bool showRequest(const QUuid& invitationId);
    /// Chooses what the next note is about: a work result id, a core value code, or empty for the whole period.
    bool setNoteSubject(const QString& key);
    void setNoteText(const QString& text);
    /// Stores the note typed. False (with errorText()) when refused.
    bool addNote();
    /// Asks for confirmation and removes the selected note of one's own. False (with errorText()) when refused.
    bool removeSelectedNote();
    bool selectNote(int row);
    ColleagueNoteModel* noteModel() const { return m_noteModel; }
    RealizationModel* realizationModel() const { return m_realizationModel; }
    QString errorText() const;
    bool canWrite() const { return m_canWrite; }

private:
    void buildUi();
    void loadRequest();
    void loadNotes();
    void updateActions();
    bool fail(const QString& text);

    Session& m_session; // not owned
    QList<ColleagueRepository::Request> m_requests;
    std::optional<ColleagueRepository::Request> m_current;
    std::optional<PerformancePlan> m_plan;
    bool m_canWrite = false;

    QListWidget* m_requestList = nullptr;
    DetailStack* m_detailStack = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    RealizationModel* m_realizationModel = nullptr;
    QTreeView* m_realizationView = nullptr;
    ColleagueNoteModel* m_noteModel = nullptr;
    QTableView* m_noteView = nullptr;
    QComboBox* m_subjectCombo = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    ErrorLabel* m_errorLabel = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace kinerja
