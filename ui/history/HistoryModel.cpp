// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryModel.h"

#include "core/domain/WorkflowCommand.h"
#include "core/storage/EmployeeRepository.h"
#include "ui/widgets/Formatting.h"

#include <QJsonValue>

namespace kinerja {

namespace {

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return HistoryModel::tr("(empty)");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isBool()) {
        return value.toBool() ? HistoryModel::tr("yes") : HistoryModel::tr("no");
    }
    auto text = value.toString();
    if (text.size() > 120) {
        text = text.left(117) + QStringLiteral("...");
    }
    return text.isEmpty() ? HistoryModel::tr("(empty)") : text;
}

} // namespace

HistoryModel::HistoryModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

bool HistoryModel::load(const QUuid& documentId)
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    const auto entries = AuditLog(m_database).forDocument(documentId.toString(QUuid::WithoutBraces));
    if (entries) {
        m_entries = entries.value();
    } else {
        m_error = entries.error();
    }
    endResetModel();
    return entries.ok();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const auto& entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return Formatting::dateTime(QDateTime::fromString(entry.at, Qt::ISODateWithMs));
    case WhoColumn: {
        const auto name = personName(entry.actor);
        return entry.source == QStringLiteral("remote") ? tr("%1 (from the server)").arg(name) : name;
    }
    case WhatColumn:
        return entityName(entry.entity);
    case ChangeColumn:
        return describeChange(entry);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

QString HistoryModel::entityName(const QString& entity)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("performance_plan"), QT_TR_NOOP("Plan (SKP)")},
        {QStringLiteral("work_result"), QT_TR_NOOP("Work result")},
        {QStringLiteral("indicator"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("behavior_expectation"), QT_TR_NOOP("Behaviour expectation")},
        {QStringLiteral("plan_appendix_item"), QT_TR_NOOP("Appendix")},
        {QStringLiteral("evaluation"), QT_TR_NOOP("Evaluation")},
        {QStringLiteral("realization"), QT_TR_NOOP("Realization")},
        {QStringLiteral("evidence"), QT_TR_NOOP("Evidence")},
        {QStringLiteral("feedback"), QT_TR_NOOP("Feedback")},
        {QStringLiteral("objection"), QT_TR_NOOP("Objection")},
    };
    const auto found = names.constFind(entity);
    return found == names.constEnd() ? entity : tr(found.value());
}

QString HistoryModel::describeChange(const AuditLog::Entry& entry)
{
    if (entry.op == QStringLiteral("command")) {
        const auto command = entry.changes.value(QStringLiteral("command")).toString();
        const auto parsed = workflowCommandFromCode(command);
        const auto name = parsed ? displayName(*parsed) : command;
        const auto note = entry.changes.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("reason"));
        return note.isString() && !note.toString().isEmpty() ? tr("%1: %2").arg(name, note.toString()) : name;
    }
    if (entry.op == QStringLiteral("delete")) {
        return tr("Removed");
    }
    QStringList lines;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        if (it.key() == QStringLiteral("deleted") || it.key().endsWith(QStringLiteral("_id"))) {
            continue; // technical fields: the removal and the links say nothing to a reader
        }
        const auto change = it.value().toObject();
        if (entry.op == QStringLiteral("insert")) {
            if (!change.value(QStringLiteral("new")).isNull()) {
                lines << tr("%1: %2").arg(it.key(), valueText(change.value(QStringLiteral("new"))));
            }
        } else {
            lines << tr("%1: %2 -> %3")
                         .arg(it.key(), valueText(change.value(QStringLiteral("old"))),
                             valueText(change.value(QStringLiteral("new"))));
        }
    }
    const auto details = lines.join(QLatin1Char('\n'));
    return entry.op == QStringLiteral("insert") ? (details.isEmpty() ? tr("Added") : tr("Added: %1").arg(details))
                                                : details;
}

QString HistoryModel::personName(const QString& employeeId) const
{
    if (employeeId.isEmpty()) {
        return tr("(unknown)");
    }
    if (const auto cached = m_names.constFind(employeeId); cached != m_names.constEnd()) {
        return cached.value();
    }
    QString name = employeeId;
    if (const auto found = EmployeeRepository(m_database).get(QUuid::fromString(employeeId)); found && found.value()) {
        name = found.value()->employee.fullName();
    }
    m_names.insert(employeeId, name);
    return name;
}

} // namespace kinerja
