// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/EvidenceStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinerja {

/**
 * The evidence (bukti dukung) of one indicator in one evaluation, oldest first: its title and what it is (a file
 * with its size, or a web address). A handful per indicator, loaded at once.
 */
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        DetailColumn,
        ColumnCount
    };

    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
    };

    explicit EvidenceListModel(QObject* parent = nullptr);

    void setEvidence(QList<EvidenceStore::Evidence> evidence);
    const QList<EvidenceStore::Evidence>& evidence() const { return m_evidence; }
    /// The row of an evidence id, or -1.
    int rowOf(const QUuid& evidenceId) const;

    /// "1,2 MB" / "1.2 MB", "350 KB", "12 bytes".
    static QString sizeText(qint64 bytes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvidenceStore::Evidence> m_evidence;
};

} // namespace kinerja
