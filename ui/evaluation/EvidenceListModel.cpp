// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvidenceListModel.h"

#include "ui/widgets/Formatting.h"

namespace kinerja {

EvidenceListModel::EvidenceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvidenceListModel::setEvidence(QList<EvidenceStore::Evidence> evidence)
{
    beginResetModel();
    m_evidence = std::move(evidence);
    endResetModel();
}

int EvidenceListModel::rowOf(const QUuid& evidenceId) const
{
    for (int row = 0; row < m_evidence.size(); ++row) {
        if (m_evidence.at(row).id == evidenceId) {
            return row;
        }
    }
    return -1;
}

QString EvidenceListModel::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024) {
        return tr("%1 MB").arg(Formatting::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 1));
    }
    if (bytes >= 1024) {
        return tr("%1 KB").arg(Formatting::number(static_cast<double>(bytes) / 1024.0, 0));
    }
    return tr("%n byte(s)", nullptr, static_cast<int>(bytes));
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_evidence.size());
}

int EvidenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& evidence = m_evidence.at(index.row());
    if (role == EvidenceIdRole) {
        return evidence.id;
    }
    const bool isLink = !evidence.url.isEmpty();
    if (role == Qt::ToolTipRole) {
        return isLink ? evidence.url : evidence.fileName;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return evidence.title;
    case KindColumn:
        return isLink ? tr("Link") : tr("File");
    case DetailColumn:
        return isLink ? evidence.url : tr("%1, %2").arg(evidence.fileName, sizeText(evidence.size));
    default:
        return {};
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case DetailColumn:
        return tr("File or address");
    default:
        return {};
    }
}

} // namespace kinerja
