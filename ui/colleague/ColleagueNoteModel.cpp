// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/colleague/ColleagueNoteModel.h"

#include "core/domain/CoreValue.h"
#include "ui/widgets/Formatting.h"

namespace kinerja {

ColleagueNoteModel::ColleagueNoteModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QHash<QUuid, QString> ColleagueNoteModel::resultLabels(const PerformancePlan& plan)
{
    QHash<QUuid, QString> labels;
    int number = 0;
    for (const auto kind : {ResultKind::Main, ResultKind::Additional}) {
        for (const auto& result : plan.resultsOfKind(kind)) {
            labels.insert(result.id, QStringLiteral("%1. %2").arg(++number).arg(result.text.simplified()));
        }
    }
    return labels;
}

void ColleagueNoteModel::setNotes(const PerformancePlan& plan, const QList<ColleagueRepository::Note>& notes)
{
    beginResetModel();
    m_results = resultLabels(plan);
    m_notes = notes;
    endResetModel();
}

void ColleagueNoteModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_notes.clear();
    endResetModel();
}

QString ColleagueNoteModel::aboutText(const ColleagueRepository::Note& note) const
{
    if (!note.workResultId.isNull()) {
        return m_results.value(note.workResultId, tr("A work result no longer in the SKP"));
    }
    if (note.coreValue) {
        return officialName(*note.coreValue);
    }
    return tr("The period as a whole");
}

int ColleagueNoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int ColleagueNoteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColleagueNoteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size()) {
        return {};
    }
    const auto& note = m_notes.at(index.row());
    if (role == NoteIdRole) {
        return note.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case AboutColumn:
        return aboutText(note);
    case TextColumn:
        return note.text;
    case AuthorColumn:
        return note.authorName;
    case WrittenColumn:
        return Formatting::dateTime(note.writtenAt);
    default:
        return {};
    }
}

QVariant ColleagueNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case AboutColumn:
        return tr("About");
    case TextColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Colleague");
    case WrittenColumn:
        return tr("Written");
    default:
        return {};
    }
}

} // namespace kinerja
