// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/AppendixListModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kinerja {

AppendixListModel::AppendixListModel(AppendixSection section, QObject* parent)
    : QAbstractListModel(parent)
    , m_section(section)
{ }

void AppendixListModel::setLines(const QStringList& lines)
{
    if (lines == m_lines) {
        return;
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void AppendixListModel::setEditable(bool editable)
{
    if (editable == m_editable) {
        return;
    }
    m_editable = editable;
    if (!m_lines.isEmpty()) {
        emit dataChanged(index(0), index(int(m_lines.size()) - 1));
    }
}

int AppendixListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant AppendixListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.trimmed().isEmpty() ? tr("%1. (empty: type the text)").arg(index.row() + 1)
                                        : QStringLiteral("%1. %2").arg(index.row() + 1).arg(line);
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return line;
    case Qt::FontRole:
        if (line.trimmed().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return line.trimmed().isEmpty() ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                                        : QVariant();
    default:
        return {};
    }
}

bool AppendixListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole
        || !m_editable) {
        return false;
    }
    const auto text = value.toString();
    if (text == m_lines.at(index.row())) {
        return false;
    }
    emit lineEdited(index.row(), text);
    return true;
}

Qt::ItemFlags AppendixListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    auto flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace kinerja
