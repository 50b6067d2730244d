// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompetencyActivity.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kinerja {

/**
 * Adds or edits one kegiatan pengembangan kompetensi: form (Klasikal / Non-Klasikal), name, organiser, date, JP and
 * the certificate number or notes, each with a labelled field. Stores nothing: accepted only when the values pass
 * CompetencyActivity::validate(); otherwise the reasons are shown and the dialog stays open. The page turns the
 * accepted activity() into an undo command.
 */
class CompetencyActivityDialog : public QDialog
{
    Q_OBJECT

public:
    /// `activity` fills the fields (its id and employee are kept); `adding` chooses the title and the button.
    CompetencyActivityDialog(const CompetencyActivity& activity, bool adding, QWidget* parent = nullptr);

    /// Fills the fields (for tests, and for the page).
    void setValues(CompetencyActivity::Kind kind,
        const QString& name,
        const QString& organizer,
        QDate date,
        int lessonHours,
        const QString& certificateReference);
    /// The activity as the fields say, with the id and employee of the one given.
    CompetencyActivity activity() const;

    /// Checks the fields: accepts the dialog when they are valid, else shows why. Returns whether it accepted.
    bool tryAccept();
    /// The reasons shown after a refused tryAccept(); empty otherwise.
    QString errorText() const;

private:
    CompetencyActivity m_activity;
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_organizerEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QSpinBox* m_lessonHoursSpin = nullptr;
    QLabel* m_minutesLabel = nullptr;
    QLineEdit* m_certificateEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
