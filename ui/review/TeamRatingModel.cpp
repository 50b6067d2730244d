// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/TeamRatingModel.h"

#include "core/domain/GradeMatrix.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kinerja {

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

TeamRatingModel::TeamRatingModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TeamRatingModel::setMembers(QList<AssessorTeam::Member> members)
{
    beginResetModel();
    m_members = std::move(members);
    m_edits.clear();
    m_outcomes.clear();
    m_checked = QList<bool>(m_members.size(), false);
    endResetModel();
}

std::optional<Rating> TeamRatingModel::resultRating(int row) const
{
    const auto edit = m_edits.constFind(row);
    return edit != m_edits.cend() ? edit->result : m_members.at(row).resultRating;
}

std::optional<Rating> TeamRatingModel::behaviorRating(int row) const
{
    const auto edit = m_edits.constFind(row);
    return edit != m_edits.cend() ? edit->behavior : m_members.at(row).behaviorRating;
}

void TeamRatingModel::setRatings(int row, std::optional<Rating> result, std::optional<Rating> behavior)
{
    if (row < 0 || row >= m_members.size() || !isRatable(row)) {
        return;
    }
    m_edits.insert(row, {result, behavior});
    emit dataChanged(index(row, ResultColumn), index(row, GradeColumn));
}

bool TeamRatingModel::isRatable(int row) const
{
    const auto state = m_members.at(row).state;
    return state == WorkflowState::EvaluationSubmitted || state == WorkflowState::EvaluationRated;
}

bool TeamRatingModel::isChecked(int row) const
{
    return m_checked.value(row, false);
}

void TeamRatingModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_checked.size()) {
        return;
    }
    m_checked[row] = checked;
    emit dataChanged(index(row, EmployeeColumn), index(row, EmployeeColumn), {Qt::CheckStateRole});
}

void TeamRatingModel::checkWhere(const std::function<bool(const AssessorTeam::Member&)>& wanted)
{
    for (int row = 0; row < m_members.size(); ++row) {
        m_checked[row] = wanted(m_members.at(row));
    }
    if (!m_members.isEmpty()) {
        emit dataChanged(index(0, EmployeeColumn), index(rowCount() - 1, EmployeeColumn), {Qt::CheckStateRole});
    }
}

QList<int> TeamRatingModel::checkedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_checked.size(); ++row) {
        if (m_checked.at(row)) {
            rows.append(row);
        }
    }
    return rows;
}

void TeamRatingModel::setOutcome(int row, const QString& text, bool ok)
{
    m_outcomes.insert(row, {text, ok});
    emit dataChanged(index(row, OutcomeColumn), index(row, OutcomeColumn));
}

int TeamRatingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int TeamRatingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamRatingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const auto& member = m_members.at(row);
    const auto rating = [&](int column) { return column == ResultColumn ? resultRating(row) : behaviorRating(row); };
    switch (index.column()) {
    case EmployeeColumn:
        if (role == Qt::CheckStateRole) {
            return m_checked.at(row) ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return member.employeeName;
        }
        if (role == Qt::ToolTipRole) {
            return tr("NIP %1\n%2").arg(member.employeeNip, member.employeePosition);
        }
        return {};
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return displayName(member.state);
        }
        return {};
    case ResultColumn:
    case BehaviorColumn: {
        const auto value = rating(index.column());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return value ? officialName(*value) : kDash;
        }
        if (role == RatingCodeRole || role == Qt::EditRole) {
            return value ? codeName(*value) : QString();
        }
        if (role == Qt::FontRole && m_edits.contains(row)) {
            QFont font;
            font.setItalic(true); // edited here, not stored yet
            return font;
        }
        return {};
    }
    case GradeColumn: {
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
            return {};
        }
        const auto result = resultRating(row);
        const auto behavior = behaviorRating(row);
        return result && behavior ? officialName(GradeMatrix::grade(*result, *behavior)) : kDash;
    }
    case OutcomeColumn: {
        const auto outcome = m_outcomes.constFind(row);
        if (outcome == m_outcomes.cend()) {
            return {};
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return outcome->text;
        }
        if (role == Qt::ForegroundRole && !outcome->ok) {
            return QBrush(QColor(0xa4, 0x00, 0x00)); // as ErrorLabel
        }
        return {};
    }
    default:
        return {};
    }
}

bool TeamRatingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int row = index.row();
    if (index.column() == EmployeeColumn && role == Qt::CheckStateRole) {
        setChecked(row, value.toInt() == Qt::Checked);
        return true;
    }
    if ((index.column() == ResultColumn || index.column() == BehaviorColumn)
        && (role == Qt::EditRole || role == RatingCodeRole) && isRatable(row)) {
        const auto parsed = parseRating(value.toString());
        const auto rating = parsed ? std::optional<Rating>(*parsed) : std::nullopt;
        if (index.column() == ResultColumn) {
            setRatings(row, rating, behaviorRating(row));
        } else {
            setRatings(row, resultRating(row), rating);
        }
        return true;
    }
    return false;
}

Qt::ItemFlags TeamRatingModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    auto flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EmployeeColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if ((index.column() == ResultColumn || index.column() == BehaviorColumn) && isRatable(index.row())) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant TeamRatingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EmployeeColumn:
        return tr("Employee");
    case StateColumn:
        return tr("State");
    case ResultColumn:
        return QStringLiteral("Rating Hasil Kerja"); // official terms, the same in every language
    case BehaviorColumn:
        return QStringLiteral("Rating Perilaku Kerja");
    case GradeColumn:
        return QStringLiteral("Predikat");
    case OutcomeColumn:
        return tr("Last batch");
    default:
        return {};
    }
}

} // namespace kinerja
