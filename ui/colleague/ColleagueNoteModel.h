// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PerformancePlan.h"
#include "core/storage/ColleagueRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kinerja {

/**
 * The notes of invited colleagues (rekan kerja) on one evaluation, oldest first: what a note is about (a work result
 * of the plan, numbered as in the SKP, a BerAKHLAK value, or the period as a whole), its text, its author and when it
 * was written. Read-only; the notes are input for the employee and the assessor, never a rating.
 */
class ColleagueNoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AboutColumn,
        TextColumn,
        AuthorColumn,
        WrittenColumn,
        ColumnCount
    };
    static constexpr int NoteIdRole = Qt::UserRole + 1;

    explicit ColleagueNoteModel(QObject* parent = nullptr);

    /// The plan gives the work results' numbers and texts.
    void setNotes(const PerformancePlan& plan, const QList<ColleagueRepository::Note>& notes);
    void clear();
    const QList<ColleagueRepository::Note>& notes() const { return m_notes; }
    /// What a note is about, as shown in the first column.
    QString aboutText(const ColleagueRepository::Note& note) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "1. <the result's text>" for each work result of the plan, main results first (the SKP's numbering).
    static QHash<QUuid, QString> resultLabels(const PerformancePlan& plan);

private:
    QList<ColleagueRepository::Note> m_notes;
    QHash<QUuid, QString> m_results;
};

} // namespace kinerja
