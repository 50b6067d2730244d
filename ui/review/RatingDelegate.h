// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QComboBox;

namespace kinerja {

/**
 * Edits a rating cell in place with a combo box of the three ratings (official names) and a dash for none. Reads and
 * writes the rating's code (Rating codeName(), empty for none) through Qt::EditRole.
 */
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RatingDelegate(QObject* parent = nullptr);

    /// Fills a combo box with the dash and the three ratings; the item data is the code.
    static void fillRatings(QComboBox* box);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace kinerja
