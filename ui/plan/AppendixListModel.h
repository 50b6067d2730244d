// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/plan/commands/PlanEdits.h"

#include <QAbstractListModel>
#include <QStringList>

namespace kinerja {

/**
 * One numbered list of the LAMPIRAN SKP (resources, accountability or consequences). Editable in place when the
 * page allows it: setData() does not store anything itself but emits lineEdited(), from which the page makes an
 * undo command; the page then shows the stored list again with setLines().
 */
class AppendixListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AppendixListModel(AppendixSection section, QObject* parent = nullptr);

    AppendixSection section() const { return m_section; }
    void setLines(const QStringList& lines);
    const QStringList& lines() const { return m_lines; }
    void setEditable(bool editable);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    /// The user finished typing a line in the view.
    void lineEdited(int row, const QString& text);

private:
    AppendixSection m_section;
    QStringList m_lines;
    bool m_editable = false;
};

} // namespace kinerja
