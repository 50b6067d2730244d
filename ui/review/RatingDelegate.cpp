// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/RatingDelegate.h"

#include "core/domain/Rating.h"

#include <QComboBox>

namespace kinerja {

RatingDelegate::RatingDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void RatingDelegate::fillRatings(QComboBox* box)
{
    box->addItem(QStringLiteral("\u2014"), QString());
    for (const auto rating : allRatings()) {
        box->addItem(officialName(rating), codeName(rating));
    }
}

QWidget* RatingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("ratingEditorComboBox"));
    fillRatings(box);
    // a choice is stored at once, without leaving the cell first
    connect(box, &QComboBox::activated, this, [this, box] { emit const_cast<RatingDelegate*>(this)->commitData(box); });
    return box;
}

void RatingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toString())));
}

void RatingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* box = static_cast<QComboBox*>(editor);
    model->setData(index, box->currentData().toString(), Qt::EditRole);
}

} // namespace kinerja
